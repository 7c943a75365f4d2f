/* TCP readiness and nonblocking use on 127.0.0.1: accept on an empty nonblocking listener
 * (EAGAIN), poll/select POLLIN on a listener with a pending connection, nonblocking connect
 * (EINPROGRESS, then POLLOUT and SO_ERROR 0, the next connect 0 then EISCONN; to a closed port
 * POLLOUT|POLLERR|POLLHUP and SO_ERROR ECONNREFUSED, read once), EISCONN, POLLIN with data and at
 * EOF, EAGAIN from recv, SO_RCVTIMEO, EINTR from a blocking accept and recv interrupted by a
 * signal, SA_RESTART restarting accept, EPIPE/ECONNRESET once the peer is gone, a dup'ed socket
 * surviving the close of the original, getsockname of an unbound socket, and IPv6 loopback when the
 * host has it. */
#define _GNU_SOURCE /* accept4 */
#include "check.h"
#include "net.h"

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <signal.h>
#include <sys/select.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <sys/wait.h>

static int listener(unsigned short* port, int flags) {
  int s = socket(AF_INET, SOCK_STREAM | flags, 0);
  CHECK(s >= 0);
  struct sockaddr_in a = loopback(0);
  CHECK(bind(s, (struct sockaddr*)&a, sizeof a) == 0);
  CHECK(listen(s, 8) == 0);
  *port = port_of(s);
  return s;
}

static void show(const char* what, int fd, short events, int timeout) {
  struct pollfd p = {fd, events, 0};
  int n = poll(&p, 1, timeout);
  CHECK(n >= 0);
  printf("%-34s in=%d out=%d hup=%d err=%d\n", what, !!(p.revents & POLLIN),
         !!(p.revents & POLLOUT), !!(p.revents & POLLHUP), !!(p.revents & POLLERR));
}

static int so_error(int fd) {
  int e = -1;
  socklen_t len = sizeof e;
  CHECK(getsockopt(fd, SOL_SOCKET, SO_ERROR, &e, &len) == 0);
  return e;
}

static void on_alarm(int sig) {
  (void)sig;
}

static void arm(int ms, int restart) {
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = on_alarm;
  sa.sa_flags = restart ? SA_RESTART : 0;
  CHECK(sigaction(SIGALRM, &sa, NULL) == 0);
  struct itimerval it = {{0, 0}, {0, ms * 1000}};
  CHECK(setitimer(ITIMER_REAL, &it, NULL) == 0);
}

static void ipv6(void) {
  int s = socket(AF_INET6, SOCK_STREAM, 0);
  struct sockaddr_in6 a;
  memset(&a, 0, sizeof a);
  a.sin6_family = AF_INET6;
  a.sin6_addr = in6addr_loopback;
  if (s < 0 || bind(s, (struct sockaddr*)&a, sizeof a) != 0) {
    printf("ipv6 loopback: not available\n");
    if (s >= 0)
      close(s);
    return;
  }
  CHECK(listen(s, 4) == 0);
  socklen_t len = sizeof a;
  CHECK(getsockname(s, (struct sockaddr*)&a, &len) == 0);
  CHECK(len == sizeof a && a.sin6_family == AF_INET6 && a.sin6_port != 0);
  int c = socket(AF_INET6, SOCK_STREAM, 0);
  CHECK(connect(c, (struct sockaddr*)&a, sizeof a) == 0);
  struct sockaddr_in6 peer;
  socklen_t plen = sizeof peer;
  int d = accept(s, (struct sockaddr*)&peer, &plen);
  CHECK(d >= 0);
  char ip[64];
  inet_ntop(AF_INET6, &peer.sin6_addr, ip, sizeof ip);
  CHECK(send(c, "six", 3, 0) == 3);
  char buf[4] = {0};
  CHECK(recv(d, buf, 3, MSG_WAITALL) == 3);
  printf("ipv6 loopback: peer %s len %d got %s\n", ip, (int)plen, buf);
  close(c);
  close(d);
  close(s);
}

int main(void) {
  unsigned short port;
  int s = listener(&port, SOCK_NONBLOCK);
  TRYE(accept(s, NULL, NULL));
  show("empty listener", s, POLLIN, 0);

  int c = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
  struct sockaddr_in a = loopback(port);
  TRYE(connect(c, (struct sockaddr*)&a, sizeof a));
  show("connecting, wait for POLLOUT", c, POLLOUT, 5000);
  printf("SO_ERROR after connect: %d\n", so_error(c));
  TRYE(connect(c, (struct sockaddr*)&a, sizeof a));
  TRYE(connect(c, (struct sockaddr*)&a, sizeof a));
  show("listener with a pending connection", s, POLLIN, 5000);
  fd_set r;
  FD_ZERO(&r);
  FD_SET(s, &r);
  struct timeval tv = {5, 0};
  printf("select on the listener: %d\n", select(s + 1, &r, NULL, NULL, &tv));
  int d = accept4(s, NULL, NULL, SOCK_NONBLOCK | SOCK_CLOEXEC);
  CHECK(d >= 0);
  printf("accept4 flags: nonblock %d cloexec %d\n", !!(fcntl(d, F_GETFL) & O_NONBLOCK),
         !!(fcntl(d, F_GETFD) & FD_CLOEXEC));
  TRYE(accept(s, NULL, NULL));
  show("connected, no data", d, POLLIN | POLLOUT, 0);
  char buf[64];
  TRYE(recv(d, buf, sizeof buf, 0));
  CHECK(send(c, "ping", 4, 0) == 4);
  show("data arrived", d, POLLIN, 5000);
  TRYE(recv(d, buf, sizeof buf, 0));

  /* A dup'ed descriptor keeps the connection when the original closes. */
  int c2 = dup(c);
  close(c);
  CHECK(send(c2, "dup", 3, 0) == 3);
  show("data through a dup", d, POLLIN, 5000);
  TRYE(recv(d, buf, sizeof buf, 0));
  CHECK(shutdown(c2, SHUT_WR) == 0);
  show("peer shut down writing", d, POLLIN, 5000);
  TRYE(recv(d, buf, sizeof buf, 0));
  TRYE(send(d, "back", 4, 0));
  show("reply to a half-closed peer", c2, POLLIN, 5000);
  TRYE(recv(c2, buf, 4, MSG_WAITALL));
  close(c2);
  /* The peer is gone: sending fails soon (EPIPE or ECONNRESET, as the reset arrives). */
  int failed = 0;
  for (int i = 0; i < 200 && !failed; i++) {
    if (send(d, "x", 1, MSG_NOSIGNAL) < 0) {
      failed = errno == EPIPE || errno == ECONNRESET;
      CHECK(failed);
    } else
      usleep(10000);
  }
  printf("send to a closed peer failed: %d\n", failed);
  close(d);

  /* Nonblocking connect to a closed port. */
  unsigned short closed;
  int g = listener(&closed, 0);
  close(g);
  c = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
  a = loopback(closed);
  int rc = connect(c, (struct sockaddr*)&a, sizeof a);
  printf("connect to a closed port: %s\n", rc == 0 ? "0" : errno_name(errno));
  show("refused", c, POLLOUT, 5000);
  printf("SO_ERROR: %s\n", errno_name(so_error(c)));
  printf("SO_ERROR again: %d\n", so_error(c));
  TRYE(connect(c, (struct sockaddr*)&a, sizeof a));
  close(c);

  /* SO_RCVTIMEO: a blocking recv gives up with EAGAIN. */
  int fl = fcntl(s, F_GETFL);
  CHECK(fcntl(s, F_SETFL, fl & ~O_NONBLOCK) == 0);
  c = socket(AF_INET, SOCK_STREAM, 0);
  a = loopback(port);
  CHECK(connect(c, (struct sockaddr*)&a, sizeof a) == 0);
  d = accept(s, NULL, NULL);
  CHECK(d >= 0);
  struct timeval to = {0, 100000};
  CHECK(setsockopt(d, SOL_SOCKET, SO_RCVTIMEO, &to, sizeof to) == 0);
  TRYE(recv(d, buf, sizeof buf, 0));
  to.tv_usec = 0;
  CHECK(setsockopt(d, SOL_SOCKET, SO_RCVTIMEO, &to, sizeof to) == 0);

  /* Signals: EINTR without SA_RESTART (recv, accept), a restarted accept with it. */
  arm(100, 0);
  TRYE(recv(d, buf, sizeof buf, 0));
  arm(100, 0);
  TRYE(accept(s, NULL, NULL));
  close(c);
  close(d);
  pid_t pid = flush_fork();
  if (pid == 0) {
    usleep(300000);
    int k = socket(AF_INET, SOCK_STREAM, 0);
    CHECK(connect(k, (struct sockaddr*)&a, sizeof a) == 0);
    CHECK(send(k, "late", 4, 0) == 4);
    close(k);
    _exit(0);
  }
  arm(50, 1);
  d = accept(s, NULL, NULL);
  printf("accept restarted under SA_RESTART: %d\n", d >= 0);
  CHECK(d >= 0);
  memset(buf, 0, sizeof buf);
  TRYE(recv(d, buf, 4, MSG_WAITALL));
  printf("late client said: %s\n", buf);
  int status;
  CHECK(waitpid(pid, &status, 0) == pid && WIFEXITED(status) && WEXITSTATUS(status) == 0);
  close(d);
  close(s);

  /* getsockname of a socket never bound; poll on it (Linux: POLLOUT and POLLHUP). */
  c = socket(AF_INET, SOCK_STREAM, 0);
  show("never connected", c, POLLIN | POLLOUT, 0);
  struct sockaddr_in u;
  socklen_t ulen = sizeof u;
  CHECK(getsockname(c, (struct sockaddr*)&u, &ulen) == 0);
  printf("unbound: family inet %d port %d addr any %d len %d\n", u.sin_family == AF_INET,
         ntohs(u.sin_port), u.sin_addr.s_addr == htonl(INADDR_ANY), (int)ulen);
  close(c);
  ipv6();
  return 0;
}
