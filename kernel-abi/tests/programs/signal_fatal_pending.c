/* A pending signal whose default action terminates still ends the process when a signal with a
 * handler is delivered with it: both unblocked at once by sigprocmask, and a fatal signal that
 * the handler's sa_mask held back until the handler returned. */
#include "check.h"

#include <signal.h>
#include <sys/wait.h>

static void on_usr1(int sig) {
  (void)sig;
  raise(SIGTERM); /* blocked by sa_mask until the handler returns */
}

static void report(const char* what, pid_t pid) {
  int status;
  CHECK(waitpid(pid, &status, 0) == pid);
  if (WIFSIGNALED(status))
    printf("%s: killed by signal %d\n", what, WTERMSIG(status));
  else
    printf("%s: exited %d\n", what, WEXITSTATUS(status));
}

static void install_usr1_blocking_term(void) {
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = on_usr1;
  sigemptyset(&sa.sa_mask);
  sigaddset(&sa.sa_mask, SIGTERM);
  CHECK(sigaction(SIGUSR1, &sa, NULL) == 0);
}

static void noop(int sig) {
  (void)sig;
}

int main(void) {
  pid_t pid = flush_fork();
  if (pid == 0) {
    signal(SIGUSR1, noop);
    sigset_t both, old;
    sigemptyset(&both);
    sigaddset(&both, SIGUSR1);
    sigaddset(&both, SIGTERM);
    sigprocmask(SIG_BLOCK, &both, &old);
    kill(getpid(), SIGTERM);
    kill(getpid(), SIGUSR1);
    sigprocmask(SIG_SETMASK, &old, NULL);
    for (int i = 0; i < 3; i++)
      getppid();
    _exit(0);
  }
  report("SIGUSR1 and SIGTERM unblocked together", pid);

  pid = flush_fork();
  if (pid == 0) {
    install_usr1_blocking_term();
    raise(SIGUSR1);
    for (int i = 0; i < 3; i++)
      getppid();
    _exit(0);
  }
  report("SIGTERM raised in a handler that blocks it", pid);
  return 0;
}
