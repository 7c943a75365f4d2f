/* 24 children forked in a loop, each exiting with its own index; the parent reaps them all
 * (in whatever order they finish) and checks every code came back exactly once. */
#include "check.h"

#include <sys/wait.h>

#define CHILDREN 24

int main(void) {
  pid_t pids[CHILDREN];
  for (int i = 0; i < CHILDREN; i++) {
    pids[i] = flush_fork();
    if (pids[i] == 0)
      _exit(i + 1);
  }
  int seen[CHILDREN + 1] = {0};
  for (int i = 0; i < CHILDREN; i++) {
    int status;
    pid_t p = wait(&status);
    CHECK(p > 0 && WIFEXITED(status));
    int code = WEXITSTATUS(status);
    CHECK(code >= 1 && code <= CHILDREN);
    CHECK(pids[code - 1] == p);
    seen[code]++;
  }
  int status;
  CHECK(wait(&status) == -1 && errno == ECHILD);
  for (int i = 1; i <= CHILDREN; i++)
    CHECK(seen[i] == 1);
  printf("reaped %d children\n", CHILDREN);
  return 0;
}
