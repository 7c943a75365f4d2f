/* epoll across processes: an epoll instance shared by fork (an interest the child adds is the
 * parent's too, the child's close of its descriptors removes nothing), epoll_wait without a
 * timeout woken by another process's write and by a child's exit (pipe EOF: EPOLLHUP), EINTR
 * when a caught signal arrives during the wait (also under SA_RESTART: epoll_wait is never
 * restarted), epoll_pwait's signal mask (a blocked signal it unblocks interrupts it; one it
 * blocks does not). */
#include "epoll_events.h"

#include <poll.h>
#include <signal.h>
#include <sys/wait.h>

static volatile sig_atomic_t caught;
static void on_signal(int sig) {
  (void)sig;
  caught++;
}

static void reap(pid_t pid) {
  int status;
  CHECK(waitpid(pid, &status, 0) == pid);
  CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 0);
}

int main(void) {
  int ep = epoll_create1(0);
  CHECK(ep >= 0);
  int a[2], b[2], go[2];
  CHECK(pipe(a) == 0 && pipe(b) == 0 && pipe(go) == 0);
  CHECK(epoll_set(ep, EPOLL_CTL_ADD, a[0], EPOLLIN, 1) == 0);

  printf("-- shared by fork\n");
  pid_t pid = flush_fork();
  if (pid == 0) {
    /* The child adds b to the shared instance, then blocks until a is written by the parent. */
    CHECK(epoll_set(ep, EPOLL_CTL_ADD, b[0], EPOLLIN, 2) == 0);
    write_all(go[1], "k", 1);
    struct epoll_event ev[4];
    int n = epoll_wait(ep, ev, 4, -1);
    printf("child: woken with %d event(s), tag %llu\n", n, (unsigned long long)ev[0].data.u64);
    close(a[0]);
    close(b[0]);
    close(ep);
    fflush(stdout);
    _exit(0);
  }
  char c;
  CHECK(read(go[0], &c, 1) == 1);
  show_wait("parent sees the child's interest", ep, 4, 0);
  TRYE(epoll_set(ep, EPOLL_CTL_ADD, b[0], EPOLLIN, 2));
  fflush(stdout);
  write_all(a[1], "x", 1);
  reap(pid);
  show_wait("after the child closed its copies", ep, 4, 0);
  CHECK(read(a[0], &c, 1) == 1);
  CHECK(epoll_ctl(ep, EPOLL_CTL_DEL, b[0], NULL) == 0);

  printf("-- woken by a child's exit\n");
  int e[2];
  CHECK(pipe(e) == 0);
  CHECK(epoll_set(ep, EPOLL_CTL_ADD, e[0], EPOLLIN, 3) == 0);
  pid = flush_fork();
  if (pid == 0) {
    usleep(20000);
    _exit(0);
  }
  close(e[1]);
  show_wait("wait -1 until the writer exits", ep, 4, -1);
  reap(pid);
  close(e[0]);

  printf("-- signals\n");
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = on_signal;
  CHECK(sigaction(SIGUSR1, &sa, NULL) == 0);
  sa.sa_flags = SA_RESTART;
  CHECK(sigaction(SIGUSR2, &sa, NULL) == 0);
  pid_t parent = getpid();
  for (int sig = SIGUSR1; sig != 0; sig = sig == SIGUSR1 ? SIGUSR2 : 0) {
    /* The child signals until the parent says its wait ended (a signal sent before the parent
     * waits runs the handler outside the wait). */
    int done[2];
    CHECK(pipe(done) == 0);
    pid = flush_fork();
    if (pid == 0) {
      struct pollfd pf = {done[0], POLLIN, 0};
      while (poll(&pf, 1, 30) == 0)
        kill(parent, sig);
      _exit(0);
    }
    caught = 0;
    show_wait(sig == SIGUSR1 ? "caught signal" : "caught signal, SA_RESTART", ep, 4, -1);
    write_all(done[1], "d", 1);
    reap(pid);
    printf("handler ran: %s\n", caught > 0 ? "yes" : "no");
    close(done[0]);
    close(done[1]);
  }

  /* SIGUSR1 blocked; epoll_pwait's mask unblocks it: the pending signal interrupts at once. */
  sigset_t block, empty, only2;
  sigemptyset(&block);
  sigaddset(&block, SIGUSR1);
  sigemptyset(&empty);
  sigemptyset(&only2);
  sigaddset(&only2, SIGUSR2);
  CHECK(sigprocmask(SIG_BLOCK, &block, NULL) == 0);
  caught = 0;
  kill(getpid(), SIGUSR1);
  printf("pending while blocked, handler ran: %d\n", (int)caught);
  struct epoll_event ev[4];
  TRYE(epoll_pwait(ep, ev, 4, 20, &block));
  printf("mask kept it blocked, handler ran: %d\n", (int)caught);
  TRYE(epoll_pwait(ep, ev, 4, -1, &empty));
  printf("mask unblocked it, handler ran: %d\n", (int)caught);
  sigset_t now;
  CHECK(sigprocmask(SIG_SETMASK, NULL, &now) == 0);
  printf("mask after the call: SIGUSR1 %s\n", sigismember(&now, SIGUSR1) ? "blocked" : "unblocked");
  write_all(a[1], "y", 1);
  TRYE(epoll_pwait(ep, ev, 4, -1, &only2));
  CHECK(sigprocmask(SIG_UNBLOCK, &block, NULL) == 0);

  return 0;
}
