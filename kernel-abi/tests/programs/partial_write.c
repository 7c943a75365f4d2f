/* A blocking pipe write that a signal interrupts after part of the data went in returns the
 * count written so far, with or without SA_RESTART: no EINTR (the bytes would be lost to the
 * caller) and no restart from the start (the reader would get them twice). */
#include "check.h"

#include <signal.h>
#include <sys/wait.h>

static void on_alarm(int sig) {
  (void)sig;
}

static void partial(int flags) {
  int data[2], report[2];
  CHECK(pipe(data) == 0 && pipe(report) == 0);
  pid_t pid = flush_fork();
  if (pid == 0) {
    close(data[1]);
    close(report[0]);
    sleep(2); /* the parent's write fills the pipe and blocks; its alarm fires after 1 s */
    long total = 0;
    char buf[4096];
    ssize_t r;
    while ((r = read(data[0], buf, sizeof buf)) > 0)
      total += r;
    write_all(report[1], &total, sizeof total);
    _exit(0);
  }
  close(data[0]);
  close(report[1]);
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = on_alarm;
  sa.sa_flags = flags;
  CHECK(sigaction(SIGALRM, &sa, NULL) == 0);
  alarm(1);
  static char big[200000];
  ssize_t w = write(data[1], big, sizeof big);
  CHECK(w > 0 && w < (ssize_t)sizeof big);
  close(data[1]);
  long total = 0;
  CHECK(read(report[0], &total, sizeof total) == sizeof total);
  int status;
  CHECK(waitpid(pid, &status, 0) == pid && WIFEXITED(status));
  printf("%s: the write returned a partial count, the reader got exactly that (%s)\n",
         flags ? "SA_RESTART" : "no SA_RESTART", total == w ? "yes" : "no");
  close(report[0]);
}

int main(void) {
  partial(SA_RESTART);
  partial(0);
  return 0;
}
