/* SIGPIPE: writing to a pipe whose readers are all gone kills the writer with SIGPIPE by
 * default, and fails with EPIPE when SIGPIPE is ignored. */
#include "check.h"

#include <signal.h>
#include <sys/wait.h>

int main(void) {
  int p[2];
  CHECK(pipe(p) == 0);
  pid_t pid = flush_fork();
  if (pid == 0) {
    close(p[0]);
    /* the parent closes its read end; wait until it did */
    usleep(1000);
    for (;;)
      write(p[1], "x", 1);
  }
  close(p[0]);
  close(p[1]);
  int status;
  CHECK(waitpid(pid, &status, 0) == pid);
  printf("default: signaled %d sig %d\n", WIFSIGNALED(status), WTERMSIG(status));

  CHECK(pipe(p) == 0);
  close(p[0]);
  CHECK(signal(SIGPIPE, SIG_IGN) != SIG_ERR);
  CHECK(write(p[1], "x", 1) == -1 && errno == EPIPE);
  printf("ignored: EPIPE\n");
  return 0;
}
