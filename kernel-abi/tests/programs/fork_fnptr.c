/* fork inside a function reached through a function pointer (an indirect call in wasm), with
 * the pointer chosen at run time from a table. */
#include "check.h"

#include <sys/wait.h>

typedef int (*action_fn)(int);

static int do_nothing(int x) {
  return x;
}

static int do_fork(int x) {
  pid_t pid = flush_fork();
  if (pid == 0)
    return x + 1000;
  int status;
  CHECK(waitpid(pid, &status, 0) == pid);
  return x + WEXITSTATUS(status);
}

static action_fn table[] = {do_nothing, do_fork};

int main(int argc, char** argv) {
  (void)argv;
  volatile int pick = argc > 0 ? 1 : 0;
  action_fn f = table[pick];
  int r = f(5);
  if (r >= 1000) {
    printf("child got %d\n", r);
    fflush(stdout);
    _exit(r - 1000 + 10);
  }
  printf("parent got %d\n", r);
  return 0;
}
