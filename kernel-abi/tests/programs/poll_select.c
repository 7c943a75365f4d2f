/* poll and select on pipes: readiness of read and write ends, POLLHUP after the writer
 * closes, a timeout with nothing ready, and a child's write waking a parent blocked in poll
 * and in select. */
#include "check.h"

#include <poll.h>
#include <sys/select.h>
#include <sys/wait.h>

int main(void) {
  int p[2];
  CHECK(pipe(p) == 0);
  struct pollfd fds[2] = {{p[0], POLLIN, 0}, {p[1], POLLOUT, 0}};
  CHECK(poll(fds, 2, 0) == 1);
  printf("empty pipe: read end %d write end %d\n", fds[0].revents & POLLIN,
         (fds[1].revents & POLLOUT) != 0);
  CHECK(poll(fds, 1, 30) == 0);
  printf("timeout with nothing ready\n");

  pid_t pid = flush_fork();
  if (pid == 0) {
    usleep(30000);
    write_all(p[1], "x", 1);
    usleep(30000);
    write_all(p[1], "y", 1);
    _exit(0);
  }
  fds[0].revents = 0;
  CHECK(poll(fds, 1, -1) == 1 && (fds[0].revents & POLLIN));
  char c;
  CHECK(read(p[0], &c, 1) == 1);
  printf("poll woke with %c\n", c);
  fd_set rs;
  FD_ZERO(&rs);
  FD_SET(p[0], &rs);
  CHECK(select(p[0] + 1, &rs, NULL, NULL, NULL) == 1 && FD_ISSET(p[0], &rs));
  CHECK(read(p[0], &c, 1) == 1);
  printf("select woke with %c\n", c);
  int status;
  CHECK(waitpid(pid, &status, 0) == pid);

  struct timeval tv = {0, 20000};
  FD_ZERO(&rs);
  FD_SET(p[0], &rs);
  CHECK(select(p[0] + 1, &rs, NULL, NULL, &tv) == 0 && !FD_ISSET(p[0], &rs));
  printf("select timed out\n");
  fd_set ws;
  FD_ZERO(&ws);
  FD_SET(p[1], &ws);
  CHECK(select(p[1] + 1, NULL, &ws, NULL, NULL) == 1 && FD_ISSET(p[1], &ws));
  close(p[1]);
  fds[0].revents = 0;
  CHECK(poll(fds, 1, 0) == 1);
  printf("after writer closed: POLLHUP %d\n", (fds[0].revents & POLLHUP) != 0);
  CHECK(read(p[0], &c, 1) == 0);
  return 0;
}
