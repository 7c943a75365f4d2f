/* fork inside a C++ try block (legacy wasm EH: try/catch/delegate): both processes resume inside
 * the try body, throw, and catch in their own handler. The handlers only record what they caught
 * (calls that can reach fork are not allowed in catch bodies); the output comes after. */
/* expect: pid=1 fd1: "parent: caught int 102 (pid 2), cleanups 1, before-fork 1\n" */
/* expect: pid=1 exit 0 */
/* expect: pid=2 fd1: "child: caught other, cleanups 1, before-fork 1\n" */
/* expect: pid=2 exit 0 */
#include <stdio.h>
#include <unistd.h>

struct Other {
  int code;
};

static int cleanups;
static int before_fork;
static volatile int never; /* keeps a normal exit from the try block, so the code after the
                              handlers is not merged into them (it calls printf) */

struct Cleanup {
  ~Cleanup() { cleanups++; }
};

__attribute__((noinline)) static void fail(int pid) {
  Cleanup c; /* destroyed while the exception passes through */
  if (never)
    return;
  if (pid > 0)
    throw pid + 100;
  throw Other{7};
}

__attribute__((noinline)) static int forking_step() {
  before_fork++; /* must run once per process tree, not again on rewind */
  return fork();
}

int main() {
  int pid = -1, caught_int = -1, caught_other = 0;
  try {
    pid = forking_step();
    fail(pid);
  } catch (int e) {
    caught_int = e;
  } catch (...) {
    caught_other = 1;
  }
  if (pid > 0)
    printf("parent: caught int %d (pid %d), cleanups %d, before-fork %d\n", caught_int, pid,
           cleanups, before_fork);
  else
    printf("child: caught %s, cleanups %d, before-fork %d\n", caught_other ? "other" : "int",
           cleanups, before_fork);
  return 0;
}
