/* fcntl's argument is an int for F_DUPFD, F_SETFD, F_SETFL: Linux uses its low 32 bits only.
 * A 64-bit libc reads the variadic int as a long, so its upper half is whatever the vararg slot
 * held (dash's fcntl(0, F_DUPFD, 10) after a trap handler arrived as 0xffffffff0000000a on
 * wasm64 and failed with EINVAL). Passing such longs on purpose gives the same calls. */
#include "check.h"

#include <fcntl.h>

int main(void) {
  long dirty = (long)(~0UL << 31 << 1); /* upper half set on LP64, 0 on ILP32 */
  int fd = fcntl(0, F_DUPFD, dirty | 10);
  printf("F_DUPFD 10 with a dirty upper half: %s\n",
         fd >= 10 ? "a descriptor >= 10" : strerror(errno));
  CHECK(fd >= 10);
  int cfd = fcntl(0, F_DUPFD_CLOEXEC, dirty | 20);
  CHECK(cfd >= 20);
  printf("F_DUPFD_CLOEXEC 20: >= 20, cloexec %d\n", (fcntl(cfd, F_GETFD) & FD_CLOEXEC) != 0);
  printf("F_SETFD: %d\n", fcntl(fd, F_SETFD, dirty | FD_CLOEXEC));
  printf("cloexec now %d\n", (fcntl(fd, F_GETFD) & FD_CLOEXEC) != 0);
  printf("F_SETFD 0 with a dirty upper half: %d\n", fcntl(fd, F_SETFD, dirty));
  printf("cloexec now %d\n", (fcntl(fd, F_GETFD) & FD_CLOEXEC) != 0);
  int p[2];
  CHECK(pipe(p) == 0);
  printf("F_SETFL O_NONBLOCK: %d\n", fcntl(p[0], F_SETFL, dirty | O_NONBLOCK));
  printf("nonblocking now %d\n", (fcntl(p[0], F_GETFL) & O_NONBLOCK) != 0);
  char c;
  ssize_t n = read(p[0], &c, 1);
  printf("read from the empty pipe: %zd %s\n", n, n < 0 && errno == EAGAIN ? "EAGAIN" : "?");
  return 0;
}
