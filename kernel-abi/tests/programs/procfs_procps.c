/* procfs_procps: the /proc files procps-ng reads beyond those of `procfs`, in Linux's formats:
 * /proc/<pid>/statm (ps and top's memory columns), /proc/sys/kernel/osrelease (top picks its CPU
 * line's fields by the release) and /proc/sys/kernel/pid_max (ps and top size their PID columns
 * by its length), /proc/sys and /proc/sys/kernel as directories listing them, /proc/vmstat
 * (vmstat's paging counters); a file read again from offset 0 (after lseek, or by pread) is made
 * anew, as top and vmstat rely on for /proc/stat; and the command
 * name (comm, stat's second field, status' Name) of a program run through a symlink is the
 * symlink's name, as Linux sets it (pgrep/pidof find `sleep`, a link to the multicall
 * coreutils, by it). Only facts that hold natively and in the runtime are printed. Before, none
 * of these files existed (ENOENT) and comm was the name of the file the link led to. */
#define _GNU_SOURCE
#include "check.h"

#include <dirent.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/utsname.h>
#include <sys/wait.h>

static char text[4096];

/* Reads a whole /proc file into `text`; returns its length, -1 on failure. */
static long slurp(const char* path) {
  int fd = open(path, O_RDONLY);
  if (fd < 0)
    return -1;
  size_t n = read_all(fd, text, sizeof text - 1);
  close(fd);
  text[n] = 0;
  return (long)n;
}

static const char* yes(int ok) {
  return ok ? "yes" : "no";
}

/* Whether the directory `path` lists the name `name`. */
static int lists(const char* path, const char* name) {
  DIR* d = opendir(path);
  if (d == NULL)
    return 0;
  int found = 0;
  struct dirent* e;
  while ((e = readdir(d)) != NULL)
    found |= strcmp(e->d_name, name) == 0;
  closedir(d);
  return found;
}

/* Run as `... comm` through the symlink: prints what /proc/self says its name is. */
static int print_names(void) {
  long n = slurp("/proc/self/comm");
  printf("comm through a symlink: %s", n > 0 ? text : "(none)\n");
  n = slurp("/proc/self/stat");
  char* open_paren = strchr(text, '(');
  char* close_paren = strrchr(text, ')');
  if (n > 0 && open_paren && close_paren)
    printf("stat's name: %.*s\n", (int)(close_paren - open_paren - 1), open_paren + 1);
  n = slurp("/proc/self/status");
  printf("status Name line: %.*s\n", n > 0 ? (int)strcspn(text, "\n") : 0, text);
  return 0;
}

int main(int argc, char** argv) {
  if (argc > 1 && strcmp(argv[1], "comm") == 0)
    return print_names();
  /* statm: seven page counts, resident within size, one line */
  unsigned long size, resident, shared, textp, lib, data, dirty;
  char end = 0;
  long n = slurp("/proc/self/statm");
  printf("statm has seven numbers: %s\n",
         yes(n > 0 &&
             sscanf(text, "%lu %lu %lu %lu %lu %lu %lu%c", &size, &resident, &shared, &textp, &lib,
                    &data, &dirty, &end) == 8 &&
             end == '\n' && text[n - 1] == '\n'));
  printf("statm resident within size, not 0: %s\n", yes(resident > 0 && resident <= size));
  char path[64];
  snprintf(path, sizeof path, "/proc/%d/statm", (int)getpid());
  printf("/proc/<pid>/statm too: %s\n", yes(slurp(path) > 0));
  printf("/proc/self lists statm: %s\n", yes(lists("/proc/self", "statm")));

  /* /proc/sys/kernel */
  struct utsname u;
  CHECK(uname(&u) == 0);
  char expected[sizeof u.release + 1];
  snprintf(expected, sizeof expected, "%s\n", u.release);
  n = slurp("/proc/sys/kernel/osrelease");
  printf("osrelease is uname's release: %s\n", yes(n > 0 && strcmp(text, expected) == 0));
  n = slurp("/proc/sys/kernel/pid_max");
  char* rest = NULL;
  long max = n > 0 ? strtol(text, &rest, 10) : 0;
  printf("pid_max is a number above our pid: %s\n",
         yes(max > getpid() && rest && strcmp(rest, "\n") == 0));
  struct stat st;
  CHECK(stat("/proc/sys/kernel", &st) == 0);
  printf("/proc/sys/kernel is a directory: %s\n", yes(S_ISDIR(st.st_mode)));
  CHECK(stat("/proc/sys/kernel/osrelease", &st) == 0);
  printf("osrelease is a regular file, r--r--r--: %s\n",
         yes(S_ISREG(st.st_mode) && (st.st_mode & 0777) == 0444));
  printf("/proc lists sys: %s\n", yes(lists("/proc", "sys")));
  printf("/proc/sys lists kernel: %s\n", yes(lists("/proc/sys", "kernel")));
  printf("/proc/sys/kernel lists osrelease and pid_max: %s\n",
         yes(lists("/proc/sys/kernel", "osrelease") && lists("/proc/sys/kernel", "pid_max")));
  TRYE(open("/proc/sys/kernel/no-such-file", O_RDONLY));
  TRYE(open("/proc/sys/kernel/osrelease", O_WRONLY));

  /* vmstat: "name value" lines with the paging counters */
  n = slurp("/proc/vmstat");
  printf("vmstat has pgpgin and pswpout: %s\n",
         yes(n > 0 && strstr(text, "\npgpgin ") != NULL && strstr(text, "\npswpout ") != NULL));
  printf("/proc lists vmstat: %s\n", yes(lists("/proc", "vmstat")));

  /* read again from offset 0: the text of now (SigBlk after blocking SIGUSR1) */
  int fd = open("/proc/self/status", O_RDONLY);
  CHECK(fd >= 0);
  n = (long)read_all(fd, text, sizeof text - 1);
  text[n] = 0;
  int before = strstr(text, "\nSigBlk:\t0000000000000200\n") != NULL;
  sigset_t block;
  sigemptyset(&block);
  sigaddset(&block, SIGUSR1);
  CHECK(sigprocmask(SIG_BLOCK, &block, NULL) == 0);
  CHECK(lseek(fd, 0, SEEK_SET) == 0);
  n = (long)read_all(fd, text, sizeof text - 1);
  text[n] = 0;
  int after = strstr(text, "\nSigBlk:\t0000000000000200\n") != NULL;
  printf("status read again after lseek 0 is new: %s\n", yes(!before && after));
  sigaddset(&block, SIGUSR2);
  CHECK(sigprocmask(SIG_BLOCK, &block, NULL) == 0);
  n = pread(fd, text, sizeof text - 1, 0);
  CHECK(n > 0);
  text[n] = 0;
  printf("status read again by pread at 0 is new: %s\n",
         yes(strstr(text, "\nSigBlk:\t0000000000000a00\n") != NULL));
  CHECK(sigprocmask(SIG_UNBLOCK, &block, NULL) == 0);
  close(fd);

  /* comm: the name execve was given (a symlink's), not the file's; a long one cut to 15 bytes */
  char exe[4096];
  ssize_t len = readlink("/proc/self/exe", exe, sizeof exe - 1);
  CHECK(len > 0);
  exe[len] = 0;
  const char* names[] = {"./sleep-link", "./a-very-long-command-name"};
  for (size_t i = 0; i < sizeof names / sizeof *names; ++i) {
    CHECK(symlink(exe, names[i]) == 0);
    fflush(stdout);
    pid_t pid = fork();
    CHECK(pid >= 0);
    if (pid == 0) {
      execl(names[i], "argv0-differs", "comm", (char*)NULL);
      _exit(127);
    }
    int status;
    CHECK(waitpid(pid, &status, 0) == pid && WIFEXITED(status) && WEXITSTATUS(status) == 0);
    CHECK(unlink(names[i]) == 0);
  }
  return 0;
}
