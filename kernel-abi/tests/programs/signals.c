/* Signal handlers and masks: raise() runs a handler, a blocked signal stays pending and is
 * delivered once unblocked, SA_RESETHAND restores the default, SIG_IGN discards, SIGCHLD
 * reaches a handler when a child exits, sigsuspend waits for a signal, sigwait/sigtimedwait
 * take blocked signals. */
#include "check.h"

#include <signal.h>
#include <sys/wait.h>

static volatile sig_atomic_t hits[65];

static void count(int sig) {
  hits[sig]++;
}

int main(void) {
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = count;
  CHECK(sigaction(SIGUSR1, &sa, NULL) == 0);
  CHECK(raise(SIGUSR1) == 0);
  printf("after raise: %d\n", hits[SIGUSR1]);

  sigset_t block, old, pending;
  sigemptyset(&block);
  sigaddset(&block, SIGUSR1);
  CHECK(sigprocmask(SIG_BLOCK, &block, &old) == 0);
  CHECK(kill(getpid(), SIGUSR1) == 0);
  printf("while blocked: %d\n", hits[SIGUSR1]);
  CHECK(sigpending(&pending) == 0);
  printf("pending: %d\n", sigismember(&pending, SIGUSR1));
  CHECK(sigprocmask(SIG_SETMASK, &old, NULL) == 0);
  printf("after unblock: %d\n", hits[SIGUSR1]);

  struct sigaction oldsa;
  CHECK(sigaction(SIGUSR1, NULL, &oldsa) == 0);
  printf("handler installed: %d\n", oldsa.sa_handler == count);

  sa.sa_flags = SA_RESETHAND;
  CHECK(sigaction(SIGUSR2, &sa, NULL) == 0);
  CHECK(raise(SIGUSR2) == 0);
  CHECK(sigaction(SIGUSR2, NULL, &oldsa) == 0);
  printf("SA_RESETHAND: hits %d default now %d\n", hits[SIGUSR2], oldsa.sa_handler == SIG_DFL);

  CHECK(signal(SIGTERM, SIG_IGN) != SIG_ERR);
  CHECK(raise(SIGTERM) == 0);
  printf("ignored SIGTERM survived\n");

  sa.sa_flags = 0;
  CHECK(sigaction(SIGCHLD, &sa, NULL) == 0);
  sigemptyset(&block);
  sigaddset(&block, SIGCHLD);
  CHECK(sigprocmask(SIG_BLOCK, &block, &old) == 0);
  pid_t pid = flush_fork();
  if (pid == 0)
    _exit(0);
  sigset_t wait_mask = old;
  sigdelset(&wait_mask, SIGCHLD);
  while (hits[SIGCHLD] == 0) {
    int r = sigsuspend(&wait_mask);
    CHECK(r == -1 && errno == EINTR);
  }
  CHECK(sigprocmask(SIG_SETMASK, &old, NULL) == 0);
  printf("SIGCHLD handled: %d\n", hits[SIGCHLD]);
  int status;
  CHECK(waitpid(pid, &status, 0) == pid);
  /* sigwait takes a blocked pending signal (SIGUSR2's action is the default again) */
  sigemptyset(&block);
  sigaddset(&block, SIGUSR2);
  CHECK(sigprocmask(SIG_BLOCK, &block, NULL) == 0);
  CHECK(raise(SIGUSR2) == 0);
  int got = 0;
  CHECK(sigwait(&block, &got) == 0);
  printf("sigwait took SIGUSR2: %d\n", got == SIGUSR2);
  struct timespec brief = {0, 10000000};
  CHECK(sigtimedwait(&block, NULL, &brief) == -1 && errno == EAGAIN);
  printf("sigtimedwait timed out\n");
  return 0;
}
