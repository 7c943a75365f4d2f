/* resource_limits: setrlimit/prlimit take effect and are checked as on Linux. RLIMIT_NOFILE bounds
 * the descriptors open() and dup() hand out, dup2's target and F_DUPFD's minimum; RLIMIT_FSIZE
 * cuts a write short at the limit, fails the next one with EFBIG after SIGXFSZ (which kills when
 * not handled) and refuses truncation past it; RLIMIT_STACK bounds execve's arguments. fork
 * copies the limits, execve keeps them. The runtime used to accept every setrlimit and change
 * nothing. Only lowered values are used, so the output does not depend on the host's limits. */
#define _GNU_SOURCE
#include "check.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>

static volatile sig_atomic_t xfsz_seen;
static void on_xfsz(int sig) {
  (void)sig;
  xfsz_seen++;
}

/* Opens /dev/null until it fails; prints the first descriptor refused and why. */
static void fill_descriptors(const char* who) {
  int last = -1;
  for (;;) {
    int fd = open("/dev/null", O_RDONLY);
    if (fd < 0) {
      printf("%s: open after fd %d: %s\n", who, last, errno_name(errno));
      break;
    }
    last = fd;
  }
  for (int fd = 3; fd <= last; fd++)
    close(fd);
}

static void show(const char* what, int resource) {
  struct rlimit r;
  CHECK(getrlimit(resource, &r) == 0);
  printf("%s: cur %llu max %llu\n", what, (unsigned long long)r.rlim_cur,
         (unsigned long long)r.rlim_max);
}

int main(int argc, char** argv) {
  if (argc == 2) { /* after execve */
    show("after execve: nofile", RLIMIT_NOFILE);
    show("after execve: fsize", RLIMIT_FSIZE);
    fill_descriptors("after execve");
    return 0;
  }
  for (int fd = 3; fd < 64; fd++)
    close(fd); /* whatever the test harness left open */

  /* RLIMIT_NOFILE. */
  struct rlimit nofile;
  CHECK(getrlimit(RLIMIT_NOFILE, &nofile) == 0);
  struct rlimit small = {12, nofile.rlim_max < 40 ? nofile.rlim_max : 40};
  TRY(setrlimit(RLIMIT_NOFILE, &small));
  show("nofile", RLIMIT_NOFILE);
  fill_descriptors("parent");
  TRYE(dup2(0, 12));
  TRY(dup2(0, 11));
  close(11);
  TRYE(fcntl(0, F_DUPFD, 12));
  TRY(fcntl(0, F_DUPFD, 11));
  close(11);
  struct rlimit upside_down = {30, 20};
  TRYE(setrlimit(RLIMIT_NOFILE, &upside_down));
  TRYE(getrlimit(9999, &nofile));
  TRYE(syscall(SYS_setrlimit, RLIMIT_CORE, NULL));
  /* prlimit: old values out, new values in, for this process by pid 0 and by its own pid */
  struct rlimit old, larger = {16, small.rlim_max};
  TRY(prlimit(0, RLIMIT_NOFILE, &larger, &old));
  printf("prlimit old: cur %llu\n", (unsigned long long)old.rlim_cur);
  TRY(prlimit(getpid(), RLIMIT_NOFILE, NULL, &old));
  printf("prlimit now: cur %llu\n", (unsigned long long)old.rlim_cur);
  TRY(setrlimit(RLIMIT_NOFILE, &small));

  /* fork copies the limit; the child's change stays in the child */
  fflush(stdout);
  pid_t pid = fork();
  CHECK(pid >= 0);
  if (pid == 0) {
    fill_descriptors("child");
    fflush(stdout);
    struct rlimit tiny = {5, small.rlim_max};
    CHECK(setrlimit(RLIMIT_NOFILE, &tiny) == 0);
    _exit(0);
  }
  int status;
  CHECK(waitpid(pid, &status, 0) == pid);
  show("parent after the child changed its own", RLIMIT_NOFILE);

  /* RLIMIT_FSIZE: a write reaching the limit is cut short, the next fails. The limit is far
   * above what this program prints: the harness's stdout may be a regular file too. */
  struct sigaction sa = {0};
  sa.sa_handler = on_xfsz;
  CHECK(sigaction(SIGXFSZ, &sa, NULL) == 0);
  struct rlimit fsize = {100000, RLIM_INFINITY};
  CHECK(getrlimit(RLIMIT_FSIZE, &old) == 0);
  fsize.rlim_max = old.rlim_max;
  TRY(setrlimit(RLIMIT_FSIZE, &fsize));
  int fd = open("big", O_WRONLY | O_CREAT | O_TRUNC, 0644);
  CHECK(fd >= 0);
  static char buf[150000];
  memset(buf, 'x', sizeof buf);
  TRY(write(fd, buf, 60000));
  TRY(write(fd, buf, 60000));
  printf("SIGXFSZ so far: %d\n", (int)xfsz_seen);
  TRYE(write(fd, buf, 10));
  printf("SIGXFSZ so far: %d\n", (int)xfsz_seen);
  TRY(pwrite(fd, buf, 100, 99950));
  TRYE(pwrite(fd, buf, 100, 100000));
  TRY(write(fd, buf, 0));
  TRY(ftruncate(fd, 100000));
  TRYE(ftruncate(fd, 100001));
  TRYE(truncate("big", 500000));
  printf("SIGXFSZ so far: %d\n", (int)xfsz_seen);
  struct stat st;
  CHECK(fstat(fd, &st) == 0);
  printf("size %lld\n", (long long)st.st_size);
  close(fd);
  /* O_APPEND: the limit applies at the end of the file */
  fd = open("big", O_WRONLY | O_APPEND);
  CHECK(fd >= 0);
  TRYE(write(fd, buf, 1));
  close(fd);
  /* A regular file only: a pipe is not limited. */
  int p[2];
  CHECK(pipe(p) == 0);
  TRY(write(p[1], buf, 1500)); /* the pipe holds it */
  close(p[0]);
  close(p[1]);

  /* Not handled, SIGXFSZ kills (a core-dumping signal). */
  fflush(stdout);
  pid = fork();
  CHECK(pid >= 0);
  if (pid == 0) {
    signal(SIGXFSZ, SIG_DFL);
    int f = open("big", O_WRONLY);
    if (f < 0)
      _exit(3);
    lseek(f, 200000, SEEK_SET);
    write(f, buf, 1);
    _exit(4);
  }
  CHECK(waitpid(pid, &status, 0) == pid);
  printf("child writing past the limit: %s %d\n", WIFSIGNALED(status) ? "signal" : "exit",
         WIFSIGNALED(status) ? WTERMSIG(status) : WEXITSTATUS(status));

  /* RLIMIT_STACK bounds execve's strings: a quarter of it, at least 128 KiB. */
  fflush(stdout);
  pid = fork();
  CHECK(pid >= 0);
  if (pid == 0) {
    struct rlimit stack;
    CHECK(getrlimit(RLIMIT_STACK, &stack) == 0);
    stack.rlim_cur = 1 << 20; /* 256 KiB of strings */
    CHECK(setrlimit(RLIMIT_STACK, &stack) == 0);
    static char arg[100000];
    memset(arg, 'a', sizeof arg - 1);
    char* args[] = {argv[0], "exec", arg, arg, arg, NULL};
    execv(argv[0], args);
    printf("execve with 300 KB of arguments and a 1 MiB stack limit: %s\n", errno_name(errno));
    fflush(stdout);
    _exit(0);
  }
  CHECK(waitpid(pid, &status, 0) == pid);

  /* execve keeps the limits */
  fflush(stdout);
  char* args[] = {argv[0], "exec", NULL};
  execv(argv[0], args);
  perror("execv");
  return 1;
}
