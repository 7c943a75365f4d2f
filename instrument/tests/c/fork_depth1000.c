/* fork at recursion depth 1000: every level keeps a value live across the call (the sum), the
 * child and the parent both finish the recursion from the saved frames. */
/* expect: pid=1 fd1: "parent: pid 2, sum 500500\n" */
/* expect: pid=1 exit 0 */
/* expect: pid=2 fd1: "child: pid 0, sum 500500\n" */
/* expect: pid=2 exit 0 */
#include <stdio.h>
#include <unistd.h>

static int forked_pid;

__attribute__((noinline)) static long walk(int depth) {
  if (depth == 0) {
    forked_pid = fork();
    return 0;
  }
  return walk(depth - 1) + depth;
}

int main(void) {
  long sum = walk(1000);
  printf("%s: pid %d, sum %ld\n", forked_pid ? "parent" : "child", forked_pid, sum);
  return 0;
}
