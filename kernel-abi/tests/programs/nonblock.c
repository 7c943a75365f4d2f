/* Nonblocking pipes: reading an empty pipe gives EAGAIN, filling it ends in EAGAIN after at
 * least PIPE_BUF bytes, poll reports readiness, and draining it makes it writable again. */
#include "check.h"

#include <fcntl.h>
#include <limits.h>
#include <poll.h>

int main(void) {
  int p[2];
  CHECK(pipe(p) == 0);
  CHECK(fcntl(p[0], F_SETFL, fcntl(p[0], F_GETFL) | O_NONBLOCK) == 0);
  CHECK(fcntl(p[1], F_SETFL, fcntl(p[1], F_GETFL) | O_NONBLOCK) == 0);
  char c;
  CHECK(read(p[0], &c, 1) == -1 && errno == EAGAIN);
  printf("empty read: EAGAIN\n");
  struct pollfd pf = {p[0], POLLIN, 0};
  CHECK(poll(&pf, 1, 0) == 0 && pf.revents == 0);
  static char block[1024];
  long total = 0;
  for (;;) {
    ssize_t w = write(p[1], block, sizeof block);
    if (w < 0) {
      CHECK(errno == EAGAIN);
      break;
    }
    total += w;
    CHECK(total < 64L * 1024 * 1024);
  }
  CHECK(total >= PIPE_BUF);
  printf("full pipe: EAGAIN\n");
  CHECK(poll(&pf, 1, 0) == 1 && (pf.revents & POLLIN));
  struct pollfd wf = {p[1], POLLOUT, 0};
  CHECK(poll(&wf, 1, 0) == 0);
  long drained = 0;
  for (;;) {
    ssize_t r = read(p[0], block, sizeof block);
    if (r < 0) {
      CHECK(errno == EAGAIN);
      break;
    }
    drained += r;
  }
  CHECK(drained == total);
  CHECK(poll(&wf, 1, 0) == 1 && (wf.revents & POLLOUT));
  printf("drained everything, writable again\n");
  close(p[1]);
  CHECK(read(p[0], &c, 1) == 0);
  printf("EOF after the writer closed\n");
  return 0;
}
