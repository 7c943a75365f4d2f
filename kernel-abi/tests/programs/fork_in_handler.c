/* fork() in a signal handler. The runtime calls a handler in the middle of a system call, outside
 * the instrumented call path from _start that a fork unwinds, so it refuses the fork (ENOSYS and
 * a warning on stderr) instead of unwinding the interrupted stack on top of the handler's frames.
 * Natively the fork succeeds; programs/fork_in_handler.expected holds the wasm result. The process
 * must go on intact: a function that could fork still runs normally, and a fork from main works. */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

static volatile pid_t handler_fork = -2;
static volatile int handler_errno;

static void on_signal(int sig) {
  (void)sig;
  pid_t p = fork();
  if (p == 0)
    _exit(7);
  handler_errno = errno;
  handler_fork = p;
}

/* On the fork path (it calls fork), but does not fork here. */
__attribute__((noinline)) static int maybe_fork(int really) {
  if (really && fork() == 0)
    _exit(0);
  return 42;
}

int main(void) {
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = on_signal;
  if (sigaction(SIGUSR1, &sa, NULL) != 0)
    return 2;
  raise(SIGUSR1);
  int status = 0;
  if (handler_fork > 0) {
    waitpid(handler_fork, &status, 0);
    printf("fork in handler: a child that exited %d\n", WEXITSTATUS(status));
  } else {
    printf("fork in handler: %d (%s)\n", (int)handler_fork,
           handler_errno == ENOSYS ? "ENOSYS" : strerror(handler_errno));
  }
  printf("a function that could fork: %d\n", maybe_fork(0));
  fflush(stdout);
  pid_t child = fork();
  if (child == 0)
    _exit(3);
  if (child < 0 || waitpid(child, &status, 0) != child)
    return 1;
  printf("fork from main: a child that exited %d\n", WEXITSTATUS(status));
  return 0;
}
