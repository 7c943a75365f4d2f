/* Orphans: a child forks a grandchild and exits; the grandchild is reparented (getppid no
 * longer returns its dead parent), keeps running, and reports through a pipe. The original
 * parent can reap only its own child, never the grandchild. */
#include "check.h"

#include <sys/wait.h>

int main(void) {
  int p[2];
  CHECK(pipe(p) == 0);
  pid_t child = flush_fork();
  if (child == 0) {
    close(p[0]);
    pid_t me = getpid();
    pid_t grandchild = flush_fork();
    if (grandchild == 0) {
      for (int i = 0; i < 2000 && getppid() == me; i++)
        usleep(1000);
      char msg[64];
      int n = snprintf(msg, sizeof msg, "grandchild reparented: %d\n", getppid() != me);
      write_all(p[1], msg, (size_t)n);
      _exit(0);
    }
    _exit(5);
  }
  close(p[1]);
  int status;
  CHECK(waitpid(child, &status, 0) == child);
  printf("child exit %d\n", WEXITSTATUS(status));
  char buf[128];
  read_all(p[0], buf, sizeof buf);
  printf("%s", buf);
  CHECK(wait(&status) == -1 && errno == ECHILD);
  printf("no other children to reap\n");
  return 0;
}
