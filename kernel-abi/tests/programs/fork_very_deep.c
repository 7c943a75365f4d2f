/* fork at a stack depth of 80,000 small frames (the runtime's save buffer once held about
 * 45,000 of them): both processes return through every frame with the frame's own value intact,
 * and the child's result differs from the parent's. (The result is not an accumulator the
 * compiler could turn the recursion into a loop with.) */
#include "check.h"

#include <sys/wait.h>

#define DEPTH 80000

static pid_t forked;

static __attribute__((noinline)) int descend(int level) {
  int below;
  if (level == DEPTH) {
    forked = flush_fork();
    below = forked == 0 ? 1 : 2;
  } else {
    below = descend(level + 1);
  }
  return (below * 3 + level) % 1000003; /* `level` is live across the call: in every frame */
}

int main(void) {
  int r = descend(0);
  if (forked == 0) {
    printf("child result %d\n", r);
    fflush(stdout);
    _exit(0);
  }
  int status;
  CHECK(waitpid(forked, &status, 0) == forked && WIFEXITED(status) && WEXITSTATUS(status) == 0);
  printf("parent result %d\n", r);
  return 0;
}
