/* fork reached through a function pointer (call_indirect): the instrumenter selects the
 * caller through table analysis, and the rewind calls the same table entry again. */
/* expect: pid=1 fd1: "parent: 2 (x=41)\n" */
/* expect: pid=1 exit 0 */
/* expect: pid=2 fd1: "child: 0 (x=41)\n" */
/* expect: pid=2 exit 0 */
#include <stdio.h>
#include <unistd.h>

static int calls;
static int do_fork(int x) {
  return fork() + 0 * x;
}
static int not_fork(int x) {
  return x;
}
int (*volatile operations[2])(int) = {not_fork, do_fork};

int main(int argc, char** argv) {
  (void)argv;
  int x = 40 + argc; /* argc == 1 */
  calls++;
  int pid = operations[argc](x); /* index 1: do_fork */
  printf("%s: %d (x=%d)\n", pid ? "parent" : "child", pid, x);
  return calls == 1 ? 0 : 1; /* code before the fork ran once per process */
}
