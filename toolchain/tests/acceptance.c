/* The acceptance program of issue 2: one ordinary POSIX C program that uses printf,
 * fopen/fread/fwrite, opendir/readdir, stat, getenv, pipe, dup2, fork, execve, waitpid, signal
 * and setjmp/longjmp. The toolchain tests compile and link it with -O2 for wasm32 and wasm64 and
 * check the modules against the kernel ABI; it also builds natively, so a runtime test can compare
 * its output with the native program's.
 *
 * Usage: acceptance [DIR]   (DIR: a writable scratch directory, default ".")
 * Prints one line per step and exits 0 when every step behaved as POSIX says. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <setjmp.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

static int failures;

static void check(int ok, const char* what) {
  printf("%s %s\n", ok ? "ok  " : "FAIL", what);
  if (!ok)
    failures++;
}

static jmp_buf recovery;
static int depth_reached;

static void descend(int depth) {
  depth_reached = depth;
  if (depth < 5)
    descend(depth + 1);
  else
    longjmp(recovery, depth);
}

static volatile sig_atomic_t usr1_count;

static void on_usr1(int sig) {
  if (sig == SIGUSR1)
    usr1_count++;
}

static void file_steps(const char* dir) {
  char path[4096];
  snprintf(path, sizeof path, "%s/acceptance.txt", dir);
  const char text[] = "written by fwrite\n";

  FILE* out = fopen(path, "w");
  check(out != NULL, "fopen for writing");
  if (!out)
    return;
  check(fwrite(text, 1, sizeof text - 1, out) == sizeof text - 1, "fwrite");
  check(fclose(out) == 0, "fclose");

  struct stat st;
  check(stat(path, &st) == 0 && S_ISREG(st.st_mode) && st.st_size == (off_t)(sizeof text - 1),
        "stat reports a regular file of the written size");

  char buffer[64] = {0};
  FILE* in = fopen(path, "r");
  check(in != NULL, "fopen for reading");
  if (in) {
    size_t n = fread(buffer, 1, sizeof buffer, in);
    check(n == sizeof text - 1 && memcmp(buffer, text, n) == 0, "fread returns what was written");
    fclose(in);
  }

  DIR* d = opendir(dir);
  check(d != NULL, "opendir");
  if (d) {
    int found = 0;
    struct dirent* e;
    while ((e = readdir(d)) != NULL)
      if (strcmp(e->d_name, "acceptance.txt") == 0)
        found = 1;
    closedir(d);
    check(found, "readdir lists the new file");
  }
  check(unlink(path) == 0, "unlink");
}

static void process_steps(const char* self) {
  int fds[2];
  check(pipe(fds) == 0, "pipe");

  pid_t child = fork();
  check(child >= 0, "fork");
  if (child == 0) {
    /* Child: stdout goes into the pipe, then the child becomes `self --child`. */
    close(fds[0]);
    if (dup2(fds[1], STDOUT_FILENO) < 0)
      _exit(90);
    close(fds[1]);
    char* argv[] = {(char*)self, "--child", NULL};
    execve(self, argv, environ);
    _exit(91); /* exec failed */
  }
  close(fds[1]);
  char reply[64] = {0};
  ssize_t got = 0, n;
  while (got < (ssize_t)sizeof reply - 1 &&
         (n = read(fds[0], reply + got, sizeof reply - 1 - got)) > 0)
    got += n;
  close(fds[0]);
  int status = 0;
  check(waitpid(child, &status, 0) == child, "waitpid");
  check(WIFEXITED(status) && WEXITSTATUS(status) == 7, "child exited with status 7");
  check(strcmp(reply, "child says hello\n") == 0, "child wrote through the pipe (dup2 + execve)");
}

int main(int argc, char** argv) {
  if (argc > 1 && strcmp(argv[1], "--child") == 0) {
    printf("child says hello\n");
    return 7;
  }
  const char* dir = argc > 1 ? argv[1] : ".";

  int value = setjmp(recovery);
  if (value == 0) {
    descend(0);
    check(0, "longjmp returned to setjmp");
  } else {
    check(value == 5 && depth_reached == 5, "setjmp returns the longjmp value");
  }

  check(signal(SIGUSR1, on_usr1) != SIG_ERR, "signal installs a handler");
  raise(SIGUSR1);
  check(usr1_count == 1, "the handler ran once");

  const char* home = getenv("ACCEPTANCE_VALUE");
  check(home != NULL && strcmp(home, "42") == 0, "getenv sees ACCEPTANCE_VALUE=42");

  file_steps(dir);
  process_steps(argv[0]);

  printf("%d failure(s)\n", failures);
  return failures != 0;
}
