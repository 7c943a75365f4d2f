/* F_SETLKW between processes: a child waits for a lock its parent holds and gets it once the
 * parent unlocks (ordering shown by pipe messages: nothing arrives before the unlock); a lock
 * held by a process is released when it exits; of two processes that each wait for the
 * other's lock exactly one gets EDEADLK; a signal handler (no SA_RESTART) ends the wait with
 * EINTR. The sleeps only give the child time to start waiting; nothing printed depends on them. */
#include "locks.h"

#include <signal.h>
#include <sys/wait.h>

static void on_alarm(int sig) {
  (void)sig;
}

static int wait_child(pid_t pid) {
  int status;
  CHECK(waitpid(pid, &status, 0) == pid && WIFEXITED(status));
  return WEXITSTATUS(status);
}

int main(void) {
  int fd = open("wait.db", O_RDWR | O_CREAT | O_TRUNC, 0644);
  CHECK(fd >= 0);
  int p2c[2], c2p[2];
  CHECK(pipe(p2c) == 0 && pipe(c2p) == 0);

  /* 1. The child waits until the parent unlocks. */
  printf("parent W 0+1: %s\n", errno_name(lk(fd, F_SETLK, F_WRLCK, SEEK_SET, 0, 1)));
  pid_t child = flush_fork();
  if (child == 0) {
    int cfd = open("wait.db", O_RDWR);
    CHECK(cfd >= 0);
    send_token(c2p[1]);
    int r = lk(cfd, F_SETLKW, F_WRLCK, SEEK_SET, 0, 1);
    write_all(c2p[1], r == 0 ? "g" : "e", 1);
    wait_token(p2c[0]);
    _exit(0); /* exit releases the lock */
  }
  wait_token(c2p[0]);
  char c;
  printf("before the unlock the child has not reported: %s\n", early_report(c2p[0], &c));
  printf("parent unlocks: %s\n", errno_name(lk(fd, F_SETLK, F_UNLCK, SEEK_SET, 0, 1)));
  printf("then the child's F_SETLKW returned: %s\n", report(c2p[0], c) == 'g' ? "0" : "an error");
  probe("parent", fd, F_RDLCK, 0, 0, child);
  printf("parent W 0+1 while the child holds it: %s\n",
         errno_name(lk(fd, F_SETLK, F_WRLCK, SEEK_SET, 0, 1)));
  send_token(p2c[1]);
  CHECK(wait_child(child) == 0);
  printf("after the child exited, parent W 0+1: %s\n",
         errno_name(lk(fd, F_SETLK, F_WRLCK, SEEK_SET, 0, 1)));

  /* 2. Deadlock: the parent holds byte 0 and waits for byte 1, the child the other way round.
   * Whichever asks second gets EDEADLK and releases its byte so the other one proceeds. */
  child = flush_fork();
  if (child == 0) {
    int cfd = open("wait.db", O_RDWR);
    CHECK(cfd >= 0);
    CHECK(lk(cfd, F_SETLK, F_WRLCK, SEEK_SET, 1, 1) == 0);
    send_token(c2p[1]);
    usleep(200000);
    int r = lk(cfd, F_SETLKW, F_WRLCK, SEEK_SET, 0, 1);
    if (r == EDEADLK)
      CHECK(lk(cfd, F_SETLK, F_UNLCK, SEEK_SET, 1, 1) == 0);
    _exit(r == 0 ? 0 : r == EDEADLK ? 1 : 2);
  }
  wait_token(c2p[0]);
  int r = lk(fd, F_SETLKW, F_WRLCK, SEEK_SET, 1, 1);
  if (r == EDEADLK)
    CHECK(lk(fd, F_SETLK, F_UNLCK, SEEK_SET, 0, 1) == 0);
  int child_result = wait_child(child);
  int deadlocks = (r == EDEADLK) + (child_result == 1);
  int granted = (r == 0) + (child_result == 0);
  printf("two processes waiting for each other: EDEADLK %d, granted %d\n", deadlocks, granted);
  CHECK(lk(fd, F_SETLK, F_UNLCK, SEEK_SET, 0, 0) == 0);

  /* 3. A signal ends the wait with EINTR. */
  CHECK(lk(fd, F_SETLK, F_WRLCK, SEEK_SET, 0, 0) == 0);
  child = flush_fork();
  if (child == 0) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_alarm;
    CHECK(sigaction(SIGALRM, &sa, NULL) == 0);
    int cfd = open("wait.db", O_RDWR);
    CHECK(cfd >= 0);
    alarm(1);
    int e = lk(cfd, F_SETLKW, F_RDLCK, SEEK_SET, 5, 1);
    printf("child's F_SETLKW interrupted by SIGALRM: %s\n", errno_name(e));
    fflush(stdout);
    _exit(0);
  }
  CHECK(wait_child(child) == 0);
  close(fd);
  unlink("wait.db");
  return 0;
}
