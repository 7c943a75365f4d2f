/* flock(2): locks of open file descriptions. Exclusive and shared locks between descriptions
 * (EWOULDBLOCK with LOCK_NB), conversion both ways, LOCK_UN, a lock shared by dup and kept
 * until the description's last descriptor closes, shared with a forked child through the
 * inherited descriptor (but not with the child's own open), a blocking LOCK_EX that waits for
 * the other process's LOCK_UN, EINVAL for an unknown operation, and that flock and fcntl
 * record locks do not see each other. */
#include "locks.h"

#include <sys/file.h>
#include <sys/wait.h>

static const char* fl(int fd, int op) {
  errno = 0;
  return errno_name(flock(fd, op) == 0 ? 0 : errno);
}

int main(void) {
  int a = open("flock.db", O_RDWR | O_CREAT | O_TRUNC, 0644);
  int b = open("flock.db", O_RDONLY);
  int c = open("flock.db", O_RDONLY);
  CHECK(a >= 0 && b >= 0 && c >= 0);
  printf("a LOCK_EX: %s\n", fl(a, LOCK_EX));
  printf("a LOCK_EX again: %s\n", fl(a, LOCK_EX));
  printf("b LOCK_EX|LOCK_NB: %s\n", fl(b, LOCK_EX | LOCK_NB));
  printf("b LOCK_SH|LOCK_NB: %s\n", fl(b, LOCK_SH | LOCK_NB));
  printf("a LOCK_SH (converts): %s\n", fl(a, LOCK_SH));
  printf("b LOCK_SH|LOCK_NB: %s\n", fl(b, LOCK_SH | LOCK_NB));
  printf("c LOCK_EX|LOCK_NB: %s\n", fl(c, LOCK_EX | LOCK_NB));
  printf("a LOCK_EX|LOCK_NB (b shares): %s\n", fl(a, LOCK_EX | LOCK_NB));
  printf("b LOCK_UN: %s\n", fl(b, LOCK_UN));
  printf("a LOCK_EX|LOCK_NB: %s\n", fl(a, LOCK_EX | LOCK_NB));
  printf("b LOCK_SH|LOCK_NB: %s\n", fl(b, LOCK_SH | LOCK_NB));
  printf("fcntl W on a beside a's flock: %s\n",
         errno_name(lk(a, F_SETLK, F_WRLCK, SEEK_SET, 0, 0)));
  CHECK(lk(a, F_SETLK, F_UNLCK, SEEK_SET, 0, 0) == 0);
  printf("unknown operation: %s\n", fl(a, 0));
  printf("LOCK_SH|LOCK_EX: %s\n", fl(a, LOCK_SH | LOCK_EX));

  int d = dup(a);
  CHECK(d >= 0);
  close(a);
  printf("after closing a, its dup keeps the lock: b LOCK_SH|LOCK_NB: %s\n",
         fl(b, LOCK_SH | LOCK_NB));
  close(d);
  printf("after closing the dup too: b LOCK_SH|LOCK_NB: %s\n", fl(b, LOCK_SH | LOCK_NB));
  printf("b LOCK_UN: %s\n", fl(b, LOCK_UN));

  /* Fork: the child's inherited descriptor is the same description (it holds the lock). */
  a = open("flock.db", O_RDWR);
  CHECK(a >= 0);
  printf("a LOCK_EX: %s\n", fl(a, LOCK_EX));
  int p2c[2], c2p[2];
  CHECK(pipe(p2c) == 0 && pipe(c2p) == 0);
  pid_t child = flush_fork();
  if (child == 0) {
    printf("child: inherited a LOCK_EX|LOCK_NB: %s\n", fl(a, LOCK_EX | LOCK_NB));
    int own = open("flock.db", O_RDONLY);
    CHECK(own >= 0);
    printf("child: own open LOCK_SH|LOCK_NB: %s\n", fl(own, LOCK_SH | LOCK_NB));
    send_token(c2p[1]);
    int r = flock(own, LOCK_SH) == 0 ? 0 : errno; /* waits for the parent's LOCK_UN */
    write_all(c2p[1], r == 0 ? "g" : "e", 1);
    wait_token(p2c[0]);
    _exit(0);
  }
  wait_token(c2p[0]);
  char ch;
  printf("before the LOCK_UN the child has not reported: %s\n", early_report(c2p[0], &ch));
  printf("parent a LOCK_UN: %s\n", fl(a, LOCK_UN));
  printf("then the child's LOCK_SH returned: %s\n", report(c2p[0], ch) == 'g' ? "0" : "an error");
  printf("parent c LOCK_EX|LOCK_NB while the child holds LOCK_SH: %s\n", fl(c, LOCK_EX | LOCK_NB));
  send_token(p2c[1]);
  int status;
  CHECK(waitpid(child, &status, 0) == child && WIFEXITED(status) && WEXITSTATUS(status) == 0);
  printf("after the child exited: c LOCK_EX|LOCK_NB: %s\n", fl(c, LOCK_EX | LOCK_NB));
  unlink("flock.db");
  return 0;
}
