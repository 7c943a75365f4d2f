/* Killing children: SIGTERM and SIGKILL end a child blocked in read, SIGINT one busy in a
 * loop of syscalls; kill(pid, 0) probes; a handled SIGUSR1 runs the child's handler, which
 * reports through a pipe; ESRCH for a reaped pid. */
#include "check.h"

#include <signal.h>
#include <sys/wait.h>

static int report_fd = -1;

static void on_usr1(int sig) {
  char msg[32];
  int n = snprintf(msg, sizeof msg, "handler got %d\n", sig);
  write(report_fd, msg, (size_t)n);
}

static pid_t blocked_child(int* keep_open) {
  int p[2];
  CHECK(pipe(p) == 0);
  pid_t pid = flush_fork();
  if (pid == 0) {
    close(p[1]);
    char c;
    read(p[0], &c, 1);
    _exit(0);
  }
  close(p[0]);
  *keep_open = p[1];
  return pid;
}

int main(void) {
  int status, w;
  pid_t pid = blocked_child(&w);
  CHECK(kill(pid, 0) == 0);
  CHECK(kill(pid, SIGTERM) == 0);
  CHECK(waitpid(pid, &status, 0) == pid);
  printf("SIGTERM: signaled %d sig %d\n", WIFSIGNALED(status), WTERMSIG(status));
  close(w);
  CHECK(kill(pid, 0) == -1 && errno == ESRCH);

  pid = blocked_child(&w);
  CHECK(kill(pid, SIGKILL) == 0);
  CHECK(waitpid(pid, &status, 0) == pid);
  printf("SIGKILL: signaled %d sig %d\n", WIFSIGNALED(status), WTERMSIG(status));
  close(w);

  pid = flush_fork();
  if (pid == 0) {
    for (;;)
      getppid();
  }
  CHECK(kill(pid, SIGINT) == 0);
  CHECK(waitpid(pid, &status, 0) == pid);
  printf("SIGINT: signaled %d sig %d\n", WIFSIGNALED(status), WTERMSIG(status));

  int rep[2], go[2];
  CHECK(pipe(rep) == 0 && pipe(go) == 0);
  pid = flush_fork();
  if (pid == 0) {
    close(rep[0]);
    close(go[1]);
    report_fd = rep[1];
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_usr1;
    CHECK(sigaction(SIGUSR1, &sa, NULL) == 0);
    write_all(rep[1], "ready\n", 6);
    char c;
    ssize_t r = read(go[0], &c, 1); /* interrupted by the signal: EINTR */
    _exit(r == -1 && errno == EINTR ? 7 : 8);
  }
  close(rep[1]);
  close(go[0]);
  char buf[64];
  CHECK(read(rep[0], buf, 6) == 6);
  usleep(20000);
  CHECK(kill(pid, SIGUSR1) == 0);
  ssize_t n = read(rep[0], buf, sizeof buf - 1);
  CHECK(n > 0);
  buf[n] = 0;
  printf("child reported: %s", buf);
  CHECK(waitpid(pid, &status, 0) == pid);
  printf("handled child exit %d (7: its read failed with EINTR)\n", WEXITSTATUS(status));
  return 0;
}
