/* Every syscall gets its own reply: three processes at once make many quick syscalls whose
 * results are known in advance (write of k bytes to /dev/null returns k, lseek to k returns k,
 * getppid is the parent) and check each one. The runtime's worker used to take a late wake-up
 * of the kernel (its notify comes after the reply's flag) for the next reply, and from then on
 * every call returned the result of the call before it; that needs the kernel thread to be
 * delayed between two instructions, so this program finds it on a busy machine, not every run
 * (runtime/tests/channel.test.mjs reproduces it deterministically). */
#include "check.h"

#include <fcntl.h>
#include <sys/wait.h>

static void hammer(int rounds) {
  static char buf[4096];
  int null = open("/dev/null", O_WRONLY);
  int file = open("replies.tmp", O_RDWR | O_CREAT, 0644);
  CHECK(null >= 0 && file >= 0);
  pid_t parent = getppid();
  for (int i = 0; i < rounds; i++) {
    size_t k = (size_t)(i * 7919) % sizeof buf + 1;
    CHECK(write(null, buf, k) == (ssize_t)k);
    CHECK(lseek(file, (off_t)k * 3, SEEK_SET) == (off_t)k * 3);
    CHECK(getppid() == parent);
  }
  close(null);
  close(file);
}

int main(void) {
  enum { CHILDREN = 2, ROUNDS = 20000 };
  pid_t kids[CHILDREN];
  fflush(stdout);
  for (int c = 0; c < CHILDREN; c++) {
    kids[c] = fork();
    CHECK(kids[c] >= 0);
    if (kids[c] == 0) {
      hammer(ROUNDS);
      _exit(0);
    }
  }
  hammer(ROUNDS);
  for (int c = 0; c < CHILDREN; c++) {
    int st;
    CHECK(waitpid(kids[c], &st, 0) == kids[c]);
    printf("child %d: exited %d\n", c, WIFEXITED(st) ? WEXITSTATUS(st) : -1);
  }
  printf("%d processes x %d rounds: every result as expected\n", CHILDREN + 1, ROUNDS);
  unlink("replies.tmp");
  return 0;
}
