/* epoll on pipes and socketpairs, in one process: the errors of epoll_create1/epoll_ctl/
 * epoll_wait (EINVAL, EBADF, EEXIST, ENOENT, EPERM for a regular file, a directory and /dev/null,
 * ELOOP for a cycle of instances), level-triggered reports (repeated while ready), EPOLLET
 * (once per edge or arrival of new data), EPOLLONESHOT (until EPOLL_CTL_MOD), EPOLLHUP and
 * EPOLLERR reported unasked, EPOLLRDHUP on a socketpair, maxevents taking ready interests in
 * turn, timeouts 0 and > 0, an interest belonging to the open file description (it outlives the
 * descriptor number while a dup holds the description, and goes with the description's last
 * descriptor), an epoll descriptor readable by poll while events are pending, nested
 * instances and their depth limit (ELOOP), EPOLL_CLOEXEC, and epoll_pwait2's timespec timeout. */
#include "epoll_events.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <time.h>

static void set_nonblock(int fd) {
  CHECK(fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK) == 0);
}

static void drain(int fd) {
  char buf[256];
  while (read(fd, buf, sizeof buf) > 0) {
  }
}

int main(void) {
  signal(SIGPIPE, SIG_IGN);
  int ep = epoll_create1(EPOLL_CLOEXEC);
  CHECK(ep >= 0);
  TRYE(fcntl(ep, F_GETFD) & FD_CLOEXEC);
  int plain = epoll_create1(0);
  CHECK(plain >= 0);
  TRYE(fcntl(plain, F_GETFD) & FD_CLOEXEC);
  int p[2];
  CHECK(pipe(p) == 0);
  set_nonblock(p[0]);
  set_nonblock(p[1]);
  struct epoll_event ev = {.events = EPOLLIN, .data.u64 = 1};
  struct epoll_event out[4];

  printf("-- errors\n");
  TRYE(epoll_create1(0x10));
  TRYE(epoll_ctl(ep, EPOLL_CTL_ADD, 999, &ev));
  TRYE(epoll_ctl(999, EPOLL_CTL_ADD, p[0], &ev));
  TRYE(epoll_ctl(p[0], EPOLL_CTL_ADD, p[1], &ev));
  TRYE(epoll_ctl(ep, EPOLL_CTL_ADD, ep, &ev));
  TRYE(epoll_ctl(ep, EPOLL_CTL_DEL, p[0], NULL));
  TRYE(epoll_ctl(ep, EPOLL_CTL_MOD, p[0], &ev));
  int file = open("regular", O_CREAT | O_RDWR, 0600);
  int dir = open(".", O_RDONLY | O_DIRECTORY);
  int null = open("/dev/null", O_RDWR);
  CHECK(file >= 0 && dir >= 0 && null >= 0);
  TRYE(epoll_ctl(ep, EPOLL_CTL_ADD, file, &ev));
  TRYE(epoll_ctl(ep, EPOLL_CTL_ADD, dir, &ev));
  TRYE(epoll_ctl(ep, EPOLL_CTL_ADD, null, &ev));
  TRYE(epoll_ctl(file, EPOLL_CTL_ADD, p[0], &ev));
  TRYE(epoll_ctl(ep, EPOLL_CTL_ADD, p[0], &ev));
  TRYE(epoll_ctl(ep, EPOLL_CTL_ADD, p[0], &ev));
  TRYE(epoll_ctl(ep, 99, p[0], &ev));
  ev.events = EPOLLIN | EPOLLEXCLUSIVE;
  TRYE(epoll_ctl(ep, EPOLL_CTL_MOD, p[0], &ev));
  ev.events = EPOLLOUT | EPOLLEXCLUSIVE | EPOLLONESHOT;
  TRYE(epoll_ctl(ep, EPOLL_CTL_ADD, p[1], &ev));
  ev.events = EPOLLIN | EPOLLEXCLUSIVE;
  TRYE(epoll_ctl(ep, EPOLL_CTL_ADD, plain, &ev));
  TRYE(epoll_wait(ep, out, 0, 0));
  int negative = atoi("-1");
  TRYE(epoll_wait(ep, out, negative, 0));
  TRYE(epoll_wait(p[0], out, 4, 0));
  TRYE(epoll_wait(999, out, 4, 0));
  TRYE(read(ep, out, sizeof out));
  TRYE(write(ep, "x", 1));
  TRYE(epoll_ctl(ep, EPOLL_CTL_DEL, p[0], NULL));

  printf("-- level-triggered\n");
  CHECK(epoll_set(ep, EPOLL_CTL_ADD, p[0], EPOLLIN, 1) == 0);
  show_wait("empty pipe, timeout 0", ep, 4, 0);
  show_wait("empty pipe, timeout 20 ms", ep, 4, 20);
  write_all(p[1], "ab", 2);
  show_wait("after a write", ep, 4, 0);
  show_wait("again (still readable)", ep, 4, -1);
  char c;
  CHECK(read(p[0], &c, 1) == 1);
  show_wait("one byte of two read", ep, 4, 0);
  CHECK(read(p[0], &c, 1) == 1);
  show_wait("drained", ep, 4, 0);

  printf("-- edge-triggered\n");
  CHECK(epoll_set(ep, EPOLL_CTL_MOD, p[0], EPOLLIN | EPOLLET, 2) == 0);
  write_all(p[1], "abc", 3);
  show_wait("after a write", ep, 4, 0);
  show_wait("again (no new edge)", ep, 4, 0);
  CHECK(read(p[0], &c, 1) == 1);
  show_wait("partly read", ep, 4, 0);
  write_all(p[1], "d", 1);
  show_wait("new data while readable", ep, 4, 0);
  show_wait("again", ep, 4, 0);
  drain(p[0]);
  show_wait("drained", ep, 4, 0);
  write_all(p[1], "e", 1);
  show_wait("written again", ep, 4, 0);
  CHECK(epoll_set(ep, EPOLL_CTL_MOD, p[0], EPOLLIN | EPOLLET, 2) == 0);
  show_wait("EPOLL_CTL_MOD re-arms", ep, 4, 0);
  drain(p[0]);

  printf("-- one-shot\n");
  CHECK(epoll_set(ep, EPOLL_CTL_MOD, p[0], EPOLLIN | EPOLLONESHOT, 3) == 0);
  write_all(p[1], "f", 1);
  show_wait("after a write", ep, 4, 0);
  show_wait("again (disabled)", ep, 4, 0);
  write_all(p[1], "g", 1);
  show_wait("more data (still disabled)", ep, 4, 0);
  TRYE(epoll_set(ep, EPOLL_CTL_ADD, p[0], EPOLLIN, 3));
  TRYE(epoll_set(ep, EPOLL_CTL_MOD, p[0], EPOLLIN | EPOLLONESHOT, 3));
  show_wait("after EPOLL_CTL_MOD", ep, 4, 0);
  drain(p[0]);
  CHECK(epoll_ctl(ep, EPOLL_CTL_DEL, p[0], NULL) == 0);
  show_wait("deleted", ep, 4, 0);

  printf("-- write end, hang-up and error\n");
  CHECK(epoll_set(ep, EPOLL_CTL_ADD, p[1], EPOLLOUT, 4) == 0);
  show_wait("empty pipe's write end", ep, 4, 0);
  char block[4096];
  memset(block, 'z', sizeof block);
  while (write(p[1], block, sizeof block) > 0) {
  }
  show_wait("full pipe", ep, 4, 0);
  CHECK(epoll_set(ep, EPOLL_CTL_ADD, p[0], 0, 5) == 0);
  show_wait("read end with no events asked", ep, 4, 0);
  drain(p[0]);
  show_wait("drained", ep, 4, 0);
  close(p[1]);
  show_wait("write end closed (read end: HUP)", ep, 4, 0);
  close(p[0]);
  show_wait("both closed", ep, 4, 0);
  CHECK(pipe(p) == 0);
  CHECK(epoll_set(ep, EPOLL_CTL_ADD, p[1], EPOLLOUT, 6) == 0);
  close(p[0]);
  show_wait("read end closed (write end: ERR)", ep, 4, 0);
  close(p[1]);

  printf("-- socketpair\n");
  int sv[2];
  CHECK(socketpair(AF_UNIX, SOCK_STREAM, 0, sv) == 0);
  CHECK(epoll_set(ep, EPOLL_CTL_ADD, sv[0], EPOLLIN | EPOLLOUT | EPOLLRDHUP, 7) == 0);
  show_wait("connected, idle", ep, 4, 0);
  write_all(sv[1], "hi", 2);
  show_wait("data", ep, 4, 0);
  CHECK(shutdown(sv[1], SHUT_WR) == 0);
  show_wait("peer's SHUT_WR", ep, 4, 0);
  close(sv[1]);
  show_wait("peer closed", ep, 4, 0);
  CHECK(epoll_set(ep, EPOLL_CTL_MOD, sv[0], EPOLLIN, 7) == 0);
  show_wait("RDHUP not asked", ep, 4, 0);
  close(sv[0]);

  printf("-- maxevents\n");
  int q[3][2];
  for (int i = 0; i < 3; i++) {
    CHECK(pipe(q[i]) == 0);
    write_all(q[i][1], "x", 1);
    CHECK(epoll_set(ep, EPOLL_CTL_ADD, q[i][0], EPOLLIN, 10 + i) == 0);
  }
  unsigned seen = 0;
  for (int round = 0; round < 2; round++) {
    int n = epoll_wait(ep, out, 2, 0);
    printf("maxevents 2, round %d -> %d\n", round + 1, n);
    for (int i = 0; i < n; i++)
      seen |= 1u << (out[i].data.u64 - 10);
  }
  printf("all three reported over two rounds: %s\n", seen == 7 ? "yes" : "no");
  show_wait("maxevents 4", ep, 4, 0);

  printf("-- the interest belongs to the open file description\n");
  int keep = dup(q[0][0]);
  CHECK(keep >= 0);
  close(q[0][0]);
  show_wait("descriptor closed, its dup open", ep, 4, 0);
  TRYE(epoll_ctl(ep, EPOLL_CTL_DEL, q[0][0], NULL));
  TRYE(epoll_set(ep, EPOLL_CTL_ADD, keep, EPOLLIN, 20));
  show_wait("the dup added too", ep, 4, 0);
  int reuse[2];
  CHECK(pipe(reuse) == 0);
  write_all(reuse[1], "y", 1);
  int moved = dup2(reuse[0], q[0][0]);
  CHECK(moved == q[0][0]);
  TRYE(epoll_set(ep, EPOLL_CTL_ADD, moved, EPOLLIN, 21));
  close(keep);
  show_wait("last descriptor closed", ep, 4, 0);
  for (int i = 1; i < 3; i++)
    CHECK(epoll_ctl(ep, EPOLL_CTL_DEL, q[i][0], NULL) == 0);
  CHECK(epoll_ctl(ep, EPOLL_CTL_DEL, moved, NULL) == 0);

  printf("-- epoll descriptors polled and nested\n");
  struct pollfd pf = {ep, POLLIN, 0};
  TRYE(poll(&pf, 1, 0));
  CHECK(epoll_set(ep, EPOLL_CTL_ADD, moved, EPOLLIN, 30) == 0);
  TRYE(poll(&pf, 1, 0));
  printf("revents %s\n", pf.revents == POLLIN ? "POLLIN" : "other");
  CHECK(epoll_ctl(ep, EPOLL_CTL_DEL, moved, NULL) == 0);
  int inner = epoll_create1(0);
  CHECK(inner >= 0);
  int b[2];
  CHECK(pipe(b) == 0);
  CHECK(epoll_set(inner, EPOLL_CTL_ADD, b[0], EPOLLIN, 40) == 0);
  CHECK(epoll_set(ep, EPOLL_CTL_ADD, inner, EPOLLIN, 41) == 0);
  show_wait("outer, inner idle", ep, 4, 0);
  write_all(b[1], "z", 1);
  show_wait("outer, inner has an event", ep, 4, 0);
  show_wait("inner", inner, 4, 0);
  TRYE(epoll_set(inner, EPOLL_CTL_ADD, ep, EPOLLIN, 42));
  TRYE(epoll_set(plain, EPOLL_CTL_ADD, ep, EPOLLIN, 43));
  close(inner);
  show_wait("inner closed", ep, 4, 0);

  printf("-- nesting depth (Linux's limit: 5 levels)\n");
  int chain[8];
  for (int i = 0; i < 8; i++)
    CHECK((chain[i] = epoll_create1(0)) >= 0);
  for (int i = 0; i + 1 < 8; i++) {
    errno = 0;
    int r = epoll_set(chain[i + 1], EPOLL_CTL_ADD, chain[i], EPOLLIN, 60 + i);
    printf("instance %d into instance %d -> %s\n", i, i + 1, r == 0 ? "0" : errno_name(errno));
  }
  int above = epoll_create1(0), below = epoll_create1(0);
  CHECK(above >= 0 && below >= 0);
  TRYE(epoll_set(chain[0], EPOLL_CTL_ADD, below, EPOLLIN, 70));
  TRYE(epoll_set(above, EPOLL_CTL_ADD, chain[3], EPOLLIN, 71));
  for (int i = 0; i < 8; i++)
    close(chain[i]);
  close(above);
  close(below);

  printf("-- epoll_pwait2\n");
  struct timespec ts = {0, 20 * 1000 * 1000};
  TRYE(syscall(SYS_epoll_pwait2, plain, out, 4, &ts, NULL, 8));
  CHECK(epoll_set(plain, EPOLL_CTL_DEL, ep, 0, 0) == 0);
  CHECK(epoll_set(plain, EPOLL_CTL_ADD, b[0], EPOLLIN, 50) == 0);
  TRYE(syscall(SYS_epoll_pwait2, plain, out, 4, &ts, NULL, 8));
  ts.tv_nsec = 1000000000;
  TRYE(syscall(SYS_epoll_pwait2, plain, out, 4, &ts, NULL, 8));
  return 0;
}
