/* poll and select on a pipe whose other side is gone. Read end, every writer closed: POLLHUP,
 * with POLLIN only while unread data remains, and read returns 0 once it is drained; select
 * finds it readable, not writable. Write end, every reader closed: POLLERR (with POLLOUT while
 * the pipe has room), select finds it readable and writable. A poll blocked on a read end wakes
 * when the last writer exits. */
#include "check.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/select.h>
#include <sys/wait.h>

static const char* names(short rev) {
  static char buf[64];
  buf[0] = 0;
  static const struct {
    short bit;
    const char* name;
  } bits[] = {
      {POLLIN, "IN"}, {POLLOUT, "OUT"}, {POLLHUP, "HUP"}, {POLLERR, "ERR"}, {POLLNVAL, "NVAL"}};
  for (size_t i = 0; i < sizeof bits / sizeof bits[0]; i++)
    if (rev & bits[i].bit)
      snprintf(buf + strlen(buf), sizeof buf - strlen(buf), "%s%s", buf[0] ? "|" : "",
               bits[i].name);
  return buf[0] ? buf : "none";
}

static void show_poll(const char* what, int fd, short events) {
  struct pollfd p = {fd, events, 0};
  int n = poll(&p, 1, 0);
  CHECK(n >= 0);
  printf("%-44s poll -> %d, revents %s\n", what, n, names(p.revents));
}

static void show_select(const char* what, int fd) {
  fd_set r, w;
  FD_ZERO(&r);
  FD_ZERO(&w);
  FD_SET(fd, &r);
  FD_SET(fd, &w);
  struct timeval tv = {0, 0};
  int n = select(fd + 1, &r, &w, NULL, &tv);
  CHECK(n >= 0);
  printf("%-44s select -> %d, readable %d, writable %d\n", what, n, FD_ISSET(fd, &r) != 0,
         FD_ISSET(fd, &w) != 0);
}

int main(void) {
  signal(SIGPIPE, SIG_IGN);
  char buf[16];

  /* read end: data left, then drained */
  int p[2];
  CHECK(pipe(p) == 0);
  write_all(p[1], "abc", 3);
  show_poll("read end, writer open, data", p[0], POLLIN);
  CHECK(close(p[1]) == 0);
  show_poll("read end, writer closed, data", p[0], POLLIN);
  show_poll("read end, writer closed, data, no events", p[0], 0);
  show_select("read end, writer closed, data", p[0]);
  CHECK(read(p[0], buf, sizeof buf) == 3);
  show_poll("read end, writer closed, drained", p[0], POLLIN);
  show_poll("read end, writer closed, drained, no events", p[0], 0);
  show_select("read end, writer closed, drained", p[0]);
  printf("read at EOF -> %d\n", (int)read(p[0], buf, sizeof buf));
  close(p[0]);

  /* write end: room, then a full pipe */
  CHECK(pipe(p) == 0);
  show_poll("write end, reader open", p[1], POLLOUT);
  CHECK(close(p[0]) == 0);
  show_poll("write end, reader closed", p[1], POLLOUT);
  show_poll("write end, reader closed, no events", p[1], 0);
  show_select("write end, reader closed", p[1]);
  errno = 0;
  int w = (int)write(p[1], "x", 1);
  printf("write with no reader -> %d (%s)\n", w, strerror(errno));
  close(p[1]);

  CHECK(pipe(p) == 0);
  CHECK(fcntl(p[1], F_SETFL, O_NONBLOCK) == 0);
  static char block[4096];
  long filled = 0;
  for (;;) {
    ssize_t w = write(p[1], block, sizeof block);
    if (w < 0) {
      CHECK(errno == EAGAIN);
      break;
    }
    filled += w;
  }
  printf("pipe filled with %ld bytes\n", filled);
  show_poll("write end, full pipe, reader open", p[1], POLLOUT);
  CHECK(close(p[0]) == 0);
  show_poll("write end, full pipe, reader closed", p[1], POLLOUT);
  show_select("write end, full pipe, reader closed", p[1]);
  close(p[1]);

  /* a blocked poll wakes when the last writer (a child) exits */
  CHECK(pipe(p) == 0);
  pid_t pid = flush_fork();
  if (pid == 0) {
    close(p[0]);
    usleep(50000);
    _exit(0);
  }
  CHECK(close(p[1]) == 0);
  struct pollfd pf = {p[0], POLLIN, 0};
  CHECK(poll(&pf, 1, -1) == 1);
  printf("blocked poll woke when the writer exited: revents %s\n", names(pf.revents));
  int status;
  CHECK(waitpid(pid, &status, 0) == pid);
  printf("read at EOF -> %d\n", (int)read(p[0], buf, sizeof buf));
  return 0;
}
