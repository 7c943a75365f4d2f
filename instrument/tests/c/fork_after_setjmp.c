/* fork after setjmp (LLVM wasm sjlj: legacy EH try/catch around the calls); the child
 * longjmps back to the setjmp point, the parent returns normally. */
/* expect: pid=1 fd1: "parent: continues after fork, stage 1\n" */
/* expect: pid=1 exit 0 */
/* expect: pid=2 fd1: "child: back at setjmp, stage 2\n" */
/* expect: pid=2 exit 0 */
#include <setjmp.h>
#include <stdio.h>
#include <unistd.h>

static jmp_buf env;
static volatile int stage;

__attribute__((noinline)) static void jump_back(void) {
  longjmp(env, 1);
}

int main(void) {
  if (setjmp(env)) {
    printf("child: back at setjmp, stage %d\n", stage);
    return 0;
  }
  stage = 1;
  int pid = fork();
  if (pid == 0) {
    stage = 2;
    jump_back();
  }
  printf("parent: continues after fork, stage %d\n", stage);
  return 0;
}
