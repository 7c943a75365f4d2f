/* TCP over 127.0.0.1: bind to port 0 and getsockname before listen, a server and a forked
 * client exchanging data both ways over several connections (accept's peer address,
 * getpeername, send/recv/sendto/recvfrom/sendmsg/recvmsg, MSG_PEEK, MSG_WAITALL), shutdown(SHUT_WR)
 * giving EOF to the peer while the other direction still works, a connected socket shared by
 * fork, 6 MiB each way checksummed (backpressure on both sides), ECONNREFUSED on a closed port,
 * EADDRINUSE, socket options (TCP_KEEPIDLE, TCP_KEEPCNT's range, TCP_CORK, SO_SNDLOWAT,
 * SO_RCVLOWAT), and the errors of calls on sockets in the wrong state. Nothing printed depends on
 * port numbers. */
#include "check.h"
#include "net.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/uio.h>
#include <sys/wait.h>

static int listener(unsigned short* port) {
  int s = socket(AF_INET, SOCK_STREAM, 0);
  CHECK(s >= 0);
  int one = 1;
  CHECK(setsockopt(s, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one) == 0);
  struct sockaddr_in a = loopback(0);
  CHECK(bind(s, (struct sockaddr*)&a, sizeof a) == 0);
  *port = port_of(s);
  CHECK(*port != 0);
  CHECK(listen(s, 16) == 0);
  return s;
}

static int connect_to(unsigned short port) {
  int c = socket(AF_INET, SOCK_STREAM, 0);
  CHECK(c >= 0);
  struct sockaddr_in a = loopback(port);
  CHECK(connect(c, (struct sockaddr*)&a, sizeof a) == 0);
  return c;
}

static void wait_ok(pid_t pid) {
  int status;
  CHECK(waitpid(pid, &status, 0) == pid);
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
    printf("child failed: status %d\n", status);
    exit(1);
  }
}

/* Byte i of a large transfer. */
static unsigned char pattern(long i, int seed) {
  return (unsigned char)(i * seed + (i >> 9));
}

static void send_pattern(int fd, long total, int seed) {
  static unsigned char block[50021];
  long sent = 0;
  while (sent < total) {
    long k = (long)sizeof block < total - sent ? (long)sizeof block : total - sent;
    for (long i = 0; i < k; i++)
      block[i] = pattern(sent + i, seed);
    write_all(fd, block, (size_t)k);
    sent += k;
  }
}

/* Reads until EOF; prints the count, whether it matched the pattern and a checksum (a child
 * prints nothing: its caller's exit status says whether it got `expect` bytes in order). */
static void receive_pattern(const char* who, int fd, int seed, long expect) {
  static unsigned char buf[65536 + 17];
  long total = 0;
  unsigned int sum = 0;
  int ok = 1;
  ssize_t n;
  while ((n = read(fd, buf, sizeof buf)) > 0) {
    for (ssize_t i = 0; i < n; i++) {
      if (buf[i] != pattern(total + i, seed))
        ok = 0;
      sum = sum * 31 + buf[i];
    }
    total += n;
  }
  CHECK(n == 0);
  if (who)
    printf("%s received %ld bytes, in order %d, sum %u\n", who, total, ok, sum);
  else
    CHECK(ok && total == expect);
}

int main(void) {
  signal(SIGPIPE, SIG_IGN);
  unsigned short port;
  int s = listener(&port);
  struct stat st;
  CHECK(fstat(s, &st) == 0);
  printf("listener S_ISSOCK: %d\n", S_ISSOCK(st.st_mode));
  int v = -1;
  socklen_t len = sizeof v;
  CHECK(getsockopt(s, SOL_SOCKET, SO_ACCEPTCONN, &v, &len) == 0);
  printf("SO_ACCEPTCONN: %d\n", v);
  CHECK(getsockopt(s, SOL_SOCKET, SO_REUSEADDR, &v, &len) == 0);
  printf("SO_REUSEADDR: %d\n", v != 0);
  len = sizeof v;
  CHECK(getsockopt(s, SOL_SOCKET, SO_TYPE, &v, &len) == 0);
  printf("SO_TYPE stream: %d\n", v == SOCK_STREAM);

  /* Another socket cannot take the same port. */
  int dup_port = socket(AF_INET, SOCK_STREAM, 0);
  struct sockaddr_in a = loopback(port);
  TRYE(bind(dup_port, (struct sockaddr*)&a, sizeof a));
  close(dup_port);

  /* Three connections from a child, one after the other: the server upper-cases. */
  pid_t pid = flush_fork();
  if (pid == 0) {
    close(s);
    for (int i = 0; i < 3; i++) {
      int c = connect_to(port);
      char msg[64];
      snprintf(msg, sizeof msg, "connection %d says hello", i);
      write_all(c, msg, strlen(msg));
      CHECK(shutdown(c, SHUT_WR) == 0);
      char back[64];
      read_all(c, back, sizeof back);
      for (char* p = msg; *p; p++)
        if (*p >= 'a' && *p <= 'z')
          *p = (char)(*p - 32);
      CHECK(strcmp(back, msg) == 0);
      close(c);
    }
    _exit(0);
  }
  for (int i = 0; i < 3; i++) {
    struct sockaddr_in peer;
    socklen_t plen = sizeof peer;
    int c = accept(s, (struct sockaddr*)&peer, &plen);
    CHECK(c >= 0);
    char ip[32];
    inet_ntop(AF_INET, &peer.sin_addr, ip, sizeof ip);
    printf("accepted from %s (len %d, port set %d)\n", ip, (int)plen, peer.sin_port != 0);
    struct sockaddr_in p2;
    socklen_t p2len = sizeof p2;
    CHECK(getpeername(c, (struct sockaddr*)&p2, &p2len) == 0);
    CHECK(p2.sin_port == peer.sin_port);
    CHECK(port_of(c) == port);
    char buf[64];
    read_all(c, buf, sizeof buf);
    for (char* p = buf; *p; p++)
      if (*p >= 'a' && *p <= 'z')
        *p = (char)(*p - 32);
    write_all(c, buf, strlen(buf));
    close(c);
  }
  wait_ok(pid);
  printf("client got the three replies\n");

  /* send/recv flavours on one connection. */
  pid = flush_fork();
  if (pid == 0) {
    close(s);
    int c = connect_to(port);
    int one = 1;
    CHECK(setsockopt(c, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one) == 0);
    CHECK(setsockopt(c, SOL_SOCKET, SO_KEEPALIVE, &one, sizeof one) == 0);
    struct linger lg = {1, 5};
    CHECK(setsockopt(c, SOL_SOCKET, SO_LINGER, &lg, sizeof lg) == 0);
    CHECK(send(c, "0123456789", 10, 0) == 10);
    struct iovec iov[3] = {{"gath", 4}, {"ered", 4}, {"!", 1}};
    struct msghdr m = {0};
    m.msg_iov = iov;
    m.msg_iovlen = 3;
    CHECK(sendmsg(c, &m, MSG_NOSIGNAL) == 9);
    CHECK(sendto(c, "xyz", 3, 0, NULL, 0) == 3);
    char ack[8] = {0};
    CHECK(recv(c, ack, 3, MSG_WAITALL) == 3);
    CHECK(strcmp(ack, "ACK") == 0);
    close(c);
    _exit(0);
  }
  int c = accept(s, NULL, NULL);
  CHECK(c >= 0);
  char buf[64] = {0};
  CHECK(recv(c, buf, 10, MSG_WAITALL) == 10);
  printf("recv WAITALL: %s\n", buf);
  memset(buf, 0, sizeof buf);
  char x[5] = {0}, y[5] = {0};
  struct iovec iov[2] = {{x, 4}, {y, 4}};
  struct msghdr m = {0};
  struct sockaddr_in from;
  m.msg_name = &from;
  m.msg_namelen = sizeof from;
  m.msg_iov = iov;
  m.msg_iovlen = 2;
  CHECK(recv(c, buf, 9, MSG_PEEK | MSG_WAITALL) > 0);
  ssize_t got = recvmsg(c, &m, MSG_WAITALL);
  printf("recvmsg: %zd %s|%s flags %d\n", got, x, y, m.msg_flags);
  struct sockaddr_in src;
  socklen_t srclen = sizeof src;
  memset(buf, 0, sizeof buf);
  ssize_t k = recvfrom(c, buf, 4, MSG_WAITALL, (struct sockaddr*)&src, &srclen);
  printf("recvfrom: %zd %s (address length %d)\n", k, buf, (int)srclen);
  printf("recvmsg msg_namelen: %d\n", (int)m.msg_namelen);
  CHECK(send(c, "ACK", 3, 0) == 3);
  wait_ok(pid);
  /* The client closed: EOF, then the socket is still readable (at EOF). */
  TRYE(recv(c, buf, sizeof buf, 0));
  struct pollfd p = {c, POLLIN, 0};
  CHECK(poll(&p, 1, 1000) == 1);
  printf("at EOF poll POLLIN: %d\n", !!(p.revents & POLLIN));
  close(c);

  /* 6 MiB each way at once: both sides must keep reading while they write. */
  pid = flush_fork();
  if (pid == 0) {
    close(s);
    int cc = connect_to(port);
    pid_t writer = flush_fork();
    if (writer == 0) {
      send_pattern(cc, 6L << 20, 7);
      CHECK(shutdown(cc, SHUT_WR) == 0);
      _exit(0);
    }
    receive_pattern(NULL, cc, 13, 6L << 20);
    wait_ok(writer);
    close(cc);
    _exit(0);
  }
  c = accept(s, NULL, NULL);
  CHECK(c >= 0);
  pid_t writer = flush_fork();
  if (writer == 0) {
    send_pattern(c, 6L << 20, 13);
    CHECK(shutdown(c, SHUT_WR) == 0);
    _exit(0);
  }
  receive_pattern("server", c, 7, 6L << 20);
  wait_ok(writer);
  wait_ok(pid);
  printf("client received 6 MiB in order\n");
  close(c);

  /* A closed port: bind port 0, read it, close, connect there. */
  unsigned short closed_port;
  int gone = listener(&closed_port);
  close(gone);
  int r = socket(AF_INET, SOCK_STREAM, 0);
  struct sockaddr_in to = loopback(closed_port);
  TRYE(connect(r, (struct sockaddr*)&to, sizeof to));
  close(r);

  /* Calls in the wrong state. */
  int fresh = socket(AF_INET, SOCK_STREAM, 0);
  TRYE(accept(fresh, NULL, NULL));
  TRYE(recv(fresh, buf, 1, 0));
  TRYE(send(fresh, "x", 1, MSG_NOSIGNAL));
  struct sockaddr_in pa;
  socklen_t palen = sizeof pa;
  TRYE(getpeername(fresh, (struct sockaddr*)&pa, &palen));
  TRYE(shutdown(fresh, SHUT_RD));
  TRYE(getsockopt(fresh, SOL_SOCKET, 12345, &v, &len));
  struct sockaddr_in6 six;
  memset(&six, 0, sizeof six);
  six.sin6_family = AF_INET6;
  TRYE(bind(fresh, (struct sockaddr*)&six, sizeof six));
  TRYE(bind(fresh, (struct sockaddr*)&a, 4));
  TRYE(listen(1, 5));
  close(fresh);
  close(s);

  /* Options kept as values (not printed: defaults that come from the host's sysctls). */
  int o = socket(AF_INET, SOCK_STREAM, 0);
  int val = 60;
  socklen_t vl = sizeof val;
  TRYE(setsockopt(o, IPPROTO_TCP, TCP_KEEPIDLE, &val, sizeof val));
  CHECK(getsockopt(o, IPPROTO_TCP, TCP_KEEPIDLE, &val, &vl) == 0);
  printf("TCP_KEEPIDLE: %d\n", val);
  val = 0;
  TRYE(setsockopt(o, IPPROTO_TCP, TCP_KEEPCNT, &val, sizeof val));
  val = 1;
  TRYE(setsockopt(o, IPPROTO_TCP, TCP_CORK, &val, sizeof val));
  val = 0;
  CHECK(getsockopt(o, IPPROTO_TCP, TCP_CORK, &val, &vl) == 0);
  printf("TCP_CORK: %d\n", val);
  val = 1;
  TRYE(setsockopt(o, SOL_SOCKET, SO_SNDLOWAT, &val, sizeof val));
  CHECK(getsockopt(o, SOL_SOCKET, SO_SNDLOWAT, &val, &vl) == 0);
  printf("SO_SNDLOWAT: %d\n", val);
  CHECK(getsockopt(o, SOL_SOCKET, SO_RCVLOWAT, &val, &vl) == 0);
  printf("SO_RCVLOWAT: %d\n", val);
  close(o);
  return 0;
}
