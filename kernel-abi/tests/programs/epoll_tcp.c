/* epoll on TCP over 127.0.0.1, the way event loops use it (nginx: a level-triggered listener,
 * edge-triggered connections with EPOLLRDHUP): a nonblocking connect reported writable, the
 * listener readable until accept takes the connection, data read until EAGAIN and reported
 * again only when more arrives, a reply the client sees, the peer's SHUT_WR (EPOLLIN|EPOLLRDHUP,
 * read gives 0), both directions shut (EPOLLHUP), and connections closed while watched. */
#define _GNU_SOURCE /* accept4 */
#include "epoll_events.h"
#include "net.h"

#include <fcntl.h>
#include <signal.h>

enum { LISTENER = 1, CLIENT = 2, SERVER = 3 };

/* Reads what is there until EAGAIN (or EOF); prints the count and how the loop ended. */
static void read_until_eagain(const char* what, int fd) {
  char buf[256];
  size_t total = 0;
  for (;;) {
    ssize_t r = read(fd, buf, sizeof buf);
    if (r > 0) {
      total += (size_t)r;
      continue;
    }
    printf("%-40s -> %zu bytes, then %s\n", what, total, r == 0 ? "EOF" : errno_name(errno));
    return;
  }
}

int main(void) {
  signal(SIGPIPE, SIG_IGN);
  alarm(60); /* a watchdog: a missed wake-up ends the test instead of hanging it */
  int ep = epoll_create1(0);
  CHECK(ep >= 0);
  int lis = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
  CHECK(lis >= 0);
  struct sockaddr_in a = loopback(0);
  CHECK(bind(lis, (struct sockaddr*)&a, sizeof a) == 0);
  CHECK(listen(lis, 8) == 0);
  a = loopback(port_of(lis));
  CHECK(epoll_set(ep, EPOLL_CTL_ADD, lis, EPOLLIN, LISTENER) == 0);
  show_wait("idle listener", ep, 4, 0);

  int cli = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
  CHECK(cli >= 0);
  int r = connect(cli, (struct sockaddr*)&a, sizeof a);
  CHECK(r == 0 || errno == EINPROGRESS);
  CHECK(epoll_set(ep, EPOLL_CTL_ADD, cli, EPOLLOUT | EPOLLET, CLIENT) == 0);
  wait_for_tag("client connected", ep, CLIENT);
  wait_for_tag("listener has a connection", ep, LISTENER);
  show_wait("listener again (level-triggered)", ep, 4, 0);
  int srv = accept4(lis, NULL, NULL, SOCK_NONBLOCK);
  CHECK(srv >= 0);
  show_wait("after accept", ep, 4, 0);
  TRYE(accept(lis, NULL, NULL));

  CHECK(epoll_set(ep, EPOLL_CTL_ADD, srv, EPOLLIN | EPOLLOUT | EPOLLRDHUP | EPOLLET, SERVER) == 0);
  wait_for_tag("server end, new", ep, SERVER);
  show_wait("nothing new", ep, 4, 0);
  write_all(cli, "GET / HTTP/1.0\r\n\r\n", 18);
  wait_for_tag("request arrived", ep, SERVER);
  read_until_eagain("server reads", srv);
  show_wait("drained, nothing new", ep, 4, 0);
  write_all(cli, "more", 4);
  wait_for_tag("more arrived", ep, SERVER);
  read_until_eagain("server reads", srv);

  CHECK(epoll_set(ep, EPOLL_CTL_MOD, cli, EPOLLIN | EPOLLRDHUP, CLIENT) == 0);
  write_all(srv, "HTTP/1.0 200 OK\r\n\r\n", 19);
  wait_for_tag("client has the reply", ep, CLIENT);
  read_until_eagain("client reads", cli);
  show_wait("client drained (level-triggered)", ep, 4, 0);

  CHECK(shutdown(cli, SHUT_WR) == 0);
  wait_for_tag("client's SHUT_WR", ep, SERVER);
  read_until_eagain("server reads", srv);
  CHECK(shutdown(srv, SHUT_WR) == 0);
  wait_for_tag("server shut too (client side)", ep, CLIENT);
  /* Linux wakes no waiter of the server's socket for its own shutdown: ask level-triggered. */
  CHECK(epoll_set(ep, EPOLL_CTL_MOD, srv, EPOLLIN | EPOLLRDHUP, SERVER) == 0);
  wait_for_tag("server side, both shut", ep, SERVER);
  close(cli);
  close(srv);
  show_wait("both closed: interests gone", ep, 4, 0);
  close(lis);
  return 0;
}
