/* pselect and ppoll with a signal mask, as GNU make waits for a jobserver token: SIGCHLD is
 * blocked, and the wait unblocks it, so a child's exit interrupts the wait (EINTR, handler run)
 * whether it happens during the wait or already happened before it (signal pending). After the
 * call the original mask (SIGCHLD blocked) is back. */
#define _GNU_SOURCE
#include "check.h"

#include <poll.h>
#include <signal.h>
#include <sys/select.h>
#include <sys/wait.h>

static volatile sig_atomic_t chld;

static void on_chld(int sig) {
  (void)sig;
  chld++;
}

static int sigchld_blocked(void) {
  sigset_t now;
  CHECK(sigprocmask(SIG_BLOCK, NULL, &now) == 0);
  return sigismember(&now, SIGCHLD);
}

static void child_exits_after(int microseconds) {
  pid_t pid = flush_fork();
  CHECK(pid >= 0);
  if (pid == 0) {
    usleep((useconds_t)microseconds);
    _exit(0);
  }
}

int main(void) {
  struct sigaction sa = {0};
  sa.sa_handler = on_chld;
  CHECK(sigaction(SIGCHLD, &sa, NULL) == 0);
  sigset_t block, empty;
  sigemptyset(&block);
  sigaddset(&block, SIGCHLD);
  sigemptyset(&empty);
  CHECK(sigprocmask(SIG_BLOCK, &block, NULL) == 0);
  int p[2];
  CHECK(pipe(p) == 0); /* never written: only a signal ends the waits */

  for (int pending = 0; pending < 2; pending++) {
    chld = 0;
    child_exits_after(pending ? 0 : 100000);
    if (pending)
      while (waitpid(-1, NULL, WNOHANG) == 0) /* exited and reaped: SIGCHLD is pending */
        usleep(1000);
    fd_set read_fds;
    FD_ZERO(&read_fds);
    FD_SET(p[0], &read_fds);
    errno = 0;
    int r = pselect(p[0] + 1, &read_fds, NULL, NULL, NULL, &empty);
    printf("pselect (%s): %d EINTR %d, handler ran %d, SIGCHLD blocked again %d\n",
           pending ? "signal already pending" : "child exits during the wait", r, errno == EINTR,
           chld, sigchld_blocked());
    if (!pending)
      CHECK(waitpid(-1, NULL, 0) > 0);
  }

  chld = 0;
  child_exits_after(100000);
  struct pollfd fds = {.fd = p[0], .events = POLLIN};
  errno = 0;
  int r = ppoll(&fds, 1, NULL, &empty);
  printf("ppoll: %d EINTR %d, handler ran %d, SIGCHLD blocked again %d\n", r, errno == EINTR, chld,
         sigchld_blocked());
  CHECK(waitpid(-1, NULL, 0) > 0);

  /* Without a mask the blocked SIGCHLD does not interrupt: the wait times out. */
  chld = 0;
  child_exits_after(0);
  CHECK(waitpid(-1, NULL, 0) > 0);
  struct timespec short_wait = {0, 50 * 1000 * 1000};
  fd_set read_fds;
  FD_ZERO(&read_fds);
  FD_SET(p[0], &read_fds);
  r = pselect(p[0] + 1, &read_fds, NULL, NULL, &short_wait, NULL);
  printf("pselect without a mask: %d (timed out), handler ran %d\n", r, chld);
  return 0;
}
