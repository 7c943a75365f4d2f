/* ioctl(FIONREAD) on standard input when it is a pipe (the harness writes "stdin pipe data\n",
 * 16 bytes, at once and closes it): the bytes waiting, fewer after a read, 0 at EOF. */
#include "check.h"

#include <poll.h>
#include <sys/ioctl.h>

static void show(const char* what) {
  int n = -12345;
  errno = 0;
  if (ioctl(0, FIONREAD, &n) < 0)
    printf("%-24s -> %s\n", what, strerror(errno));
  else
    printf("%-24s -> %d\n", what, n);
}

int main(void) {
  struct pollfd p = {.fd = 0, .events = POLLIN};
  CHECK(poll(&p, 1, -1) == 1); /* the data is there (one write) */
  show("after poll");
  show("asked again");
  char buf[64];
  CHECK(read(0, buf, 6) == 6);
  show("after reading 6");
  size_t n = read_all(0, buf, sizeof buf);
  printf("read the rest: %zu bytes\n", n);
  show("at EOF");
  return 0;
}
