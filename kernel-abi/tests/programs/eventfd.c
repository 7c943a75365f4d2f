/* eventfd: the counter (initial value, writes add, a read takes all and resets it), EFD_SEMAPHORE
 * (a read takes 1), EFD_NONBLOCK (EAGAIN on a zero counter and when a write would overflow),
 * EFD_CLOEXEC, EINVAL for unknown flags, buffers under 8 bytes and the value 2^64-1, a read of
 * more than 8 bytes giving 8, poll readiness (POLLIN while not zero, POLLOUT while below
 * 2^64-2), epoll (level-triggered, and edge-triggered reporting every write), and a blocking
 * read in a child woken by the parent's write (shared by fork). */
#include "epoll_events.h"

#include <fcntl.h>
#include <poll.h>
#include <stdint.h>
#include <sys/eventfd.h>
#include <sys/wait.h>

static void show_read(const char* what, int fd) {
  uint64_t v = 0;
  errno = 0;
  ssize_t r = read(fd, &v, sizeof v);
  if (r < 0)
    printf("%-40s -> %s\n", what, errno_name(errno));
  else
    printf("%-40s -> %zd bytes, %llu\n", what, r, (unsigned long long)v);
}

static void add(int fd, uint64_t v) {
  CHECK(write(fd, &v, sizeof v) == 8);
}

static const char* poll_names(int fd) {
  struct pollfd p = {fd, POLLIN | POLLOUT, 0};
  CHECK(poll(&p, 1, 0) >= 0);
  return p.revents == (POLLIN | POLLOUT) ? "IN|OUT"
         : p.revents == POLLIN           ? "IN"
         : p.revents == POLLOUT          ? "OUT"
                                         : "other";
}

int main(void) {
  int e = eventfd(3, 0);
  CHECK(e >= 0);
  show_read("initial 3", e);
  add(e, 5);
  add(e, 7);
  show_read("after writes of 5 and 7", e);
  TRYE(fcntl(e, F_GETFD) & FD_CLOEXEC);
  TRYE(fcntl(e, F_GETFL) & O_NONBLOCK);
  TRYE(eventfd(0, 0x10));

  printf("-- EFD_NONBLOCK, EFD_SEMAPHORE, EFD_CLOEXEC\n");
  int s = eventfd(2, EFD_SEMAPHORE | EFD_NONBLOCK | EFD_CLOEXEC);
  CHECK(s >= 0);
  TRYE(fcntl(s, F_GETFD) & FD_CLOEXEC);
  TRYE(fcntl(s, F_GETFL) & O_NONBLOCK);
  show_read("semaphore 2", s);
  show_read("semaphore 1", s);
  show_read("semaphore 0", s);
  add(s, 2);
  eventfd_t got = 0;
  TRYE(eventfd_read(s, &got));
  printf("eventfd_read gave %llu\n", (unsigned long long)got);

  printf("-- sizes and limits\n");
  char small[4] = {0};
  TRYE(read(s, small, sizeof small));
  TRYE(write(s, small, sizeof small));
  uint64_t big[2] = {0, 0};
  TRYE(read(s, big, sizeof big));
  printf("value %llu\n", (unsigned long long)big[0]);
  uint64_t v = UINT64_MAX;
  TRYE(write(s, &v, sizeof v));
  int n = eventfd(0, EFD_NONBLOCK);
  CHECK(n >= 0);
  printf("zero counter: poll %s\n", poll_names(n));
  show_read("zero counter read", n);
  v = UINT64_MAX - 1;
  TRYE(write(n, &v, sizeof v));
  printf("full counter: poll %s\n", poll_names(n));
  v = 1;
  TRYE(write(n, &v, sizeof v));
  v = 0;
  TRYE(write(n, &v, sizeof v));
  show_read("full counter read", n);
  printf("after the read: poll %s\n", poll_names(n));
  add(n, 1);
  printf("one: poll %s\n", poll_names(n));

  printf("-- epoll\n");
  int ep = epoll_create1(0);
  CHECK(ep >= 0);
  CHECK(epoll_set(ep, EPOLL_CTL_ADD, n, EPOLLIN, 1) == 0);
  CHECK(epoll_set(ep, EPOLL_CTL_ADD, s, EPOLLIN | EPOLLET, 2) == 0);
  show_wait("counters 1 and 0", ep, 4, 0);
  show_wait("again", ep, 4, 0);
  add(s, 1);
  show_wait("write to the edge-triggered one", ep, 4, 0);
  show_wait("again", ep, 4, 0);
  add(s, 1);
  show_wait("another write (counter stays non-zero)", ep, 4, 0);
  show_read("level-triggered one read", n);
  show_wait("after the read", ep, 4, 0);

  printf("-- blocking read in a child\n");
  int b = eventfd(0, 0);
  CHECK(b >= 0);
  pid_t pid = flush_fork();
  if (pid == 0) {
    show_read("child read", b);
    fflush(stdout);
    _exit(0);
  }
  usleep(20000);
  add(b, 42);
  int status;
  CHECK(waitpid(pid, &status, 0) == pid && WIFEXITED(status) && WEXITSTATUS(status) == 0);
  printf("child done\n");
  return 0;
}
