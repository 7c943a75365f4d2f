/* fork at a stack depth of 1200 frames: both processes return through every frame with the
 * frame's own values intact (each level checks its argument and a local computed before the
 * fork), and the child's result differs from the parent's. */
#include "check.h"

#include <sys/wait.h>

#define DEPTH 1200

static pid_t forked;

static __attribute__((noinline)) long descend(int level, long acc) {
  volatile long mine = acc * 3 + level;
  long below;
  if (level == DEPTH) {
    forked = flush_fork();
    below = forked == 0 ? 1 : 2;
  } else {
    below = descend(level + 1, mine % 1000003);
  }
  CHECK(mine == acc * 3 + level);
  return (below + mine) % 1000003;
}

int main(void) {
  long r = descend(0, 7);
  if (forked == 0) {
    printf("child result %ld\n", r);
    fflush(stdout);
    _exit(0);
  }
  int status;
  CHECK(waitpid(forked, &status, 0) == forked && WIFEXITED(status) && WEXITSTATUS(status) == 0);
  printf("parent result %ld\n", r);
  return 0;
}
