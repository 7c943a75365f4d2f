/* UDP over 127.0.0.1: bind to port 0, an unbound client bound by its first sendto (getsockname
 * then gives its port), recvfrom's source address, replies to it, message boundaries (zero-length
 * datagrams, truncation with MSG_TRUNC), MSG_PEEK, connect (send without an address, getpeername,
 * AF_UNSPEC dissolving it), EDESTADDRREQ, EADDRINUSE, MSG_DONTWAIT EAGAIN, poll readiness and a
 * forked sender. No port numbers are printed. */
#include "check.h"
#include "net.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/wait.h>

int main(void) {
  int s = socket(AF_INET, SOCK_DGRAM, 0);
  CHECK(s >= 0);
  int v = 0;
  socklen_t vlen = sizeof v;
  CHECK(getsockopt(s, SOL_SOCKET, SO_TYPE, &v, &vlen) == 0);
  printf("SO_TYPE dgram: %d\n", v == SOCK_DGRAM);
  struct sockaddr_in a = loopback(0);
  CHECK(bind(s, (struct sockaddr*)&a, sizeof a) == 0);
  unsigned short port = port_of(s);
  printf("bound to a port: %d\n", port != 0);
  a = loopback(port);
  int other = socket(AF_INET, SOCK_DGRAM, 0);
  TRYE(bind(other, (struct sockaddr*)&a, sizeof a));
  close(other);

  int c = socket(AF_INET, SOCK_DGRAM, 0);
  printf("unbound client port: %d\n", port_of(c));
  TRYE(send(c, "x", 1, 0));
  TRYE(sendto(c, "ping", 4, 0, (struct sockaddr*)&a, sizeof a));
  unsigned short cport = port_of(c);
  printf("client bound by sendto: %d\n", cport != 0);

  char buf[64] = {0};
  struct sockaddr_in from;
  socklen_t flen = sizeof from;
  TRYE(recvfrom(s, buf, sizeof buf, 0, (struct sockaddr*)&from, &flen));
  char ip[32];
  inet_ntop(AF_INET, &from.sin_addr, ip, sizeof ip);
  printf("got %s from %s len %d, client port %d\n", buf, ip, (int)flen,
         ntohs(from.sin_port) == cport);
  TRYE(sendto(s, "pong", 4, 0, (struct sockaddr*)&from, flen));
  memset(buf, 0, sizeof buf);
  TRYE(recv(c, buf, sizeof buf, 0));
  printf("client got %s\n", buf);

  /* Boundaries: each datagram is one read; a short buffer truncates. */
  TRYE(sendto(c, "a", 1, 0, (struct sockaddr*)&a, sizeof a));
  TRYE(sendto(c, "", 0, 0, (struct sockaddr*)&a, sizeof a));
  TRYE(sendto(c, "ccc", 3, 0, (struct sockaddr*)&a, sizeof a));
  TRYE(sendto(c, "dddd", 4, 0, (struct sockaddr*)&a, sizeof a));
  TRYE(recv(s, buf, sizeof buf, 0));
  TRYE(recv(s, buf, sizeof buf, 0));
  memset(buf, 0, sizeof buf);
  TRYE(recv(s, buf, 2, MSG_PEEK));
  TRYE(recv(s, buf, 2, MSG_TRUNC));
  printf("truncated: %s\n", buf);
  char small[3] = {0};
  struct iovec iov = {small, 2};
  struct msghdr m = {0};
  m.msg_name = &from;
  m.msg_namelen = sizeof from;
  m.msg_iov = &iov;
  m.msg_iovlen = 1;
  TRYE(recvmsg(s, &m, 0));
  printf("recvmsg: %s trunc %d namelen %d\n", small, !!(m.msg_flags & MSG_TRUNC),
         (int)m.msg_namelen);
  TRYE(recv(s, buf, sizeof buf, MSG_DONTWAIT));

  /* connect: send without an address; getpeername; AF_UNSPEC dissolves it. */
  CHECK(connect(c, (struct sockaddr*)&a, sizeof a) == 0);
  struct sockaddr_in peer;
  socklen_t plen = sizeof peer;
  CHECK(getpeername(c, (struct sockaddr*)&peer, &plen) == 0);
  printf("peer is the server: %d\n", ntohs(peer.sin_port) == port);
  TRYE(send(c, "connected", 9, 0));
  TRYE(write(c, "written", 7));
  struct pollfd p = {s, POLLIN, 0};
  CHECK(poll(&p, 1, 5000) == 1);
  printf("poll POLLIN: %d\n", !!(p.revents & POLLIN));
  memset(buf, 0, sizeof buf);
  TRYE(read(s, buf, sizeof buf));
  printf("server read %s\n", buf);
  memset(buf, 0, sizeof buf);
  TRYE(recv(s, buf, sizeof buf, 0));
  printf("server read %s\n", buf);
  struct sockaddr unspec = {0};
  unspec.sa_family = AF_UNSPEC;
  TRYE(connect(c, &unspec, sizeof unspec));
  TRYE(getpeername(c, (struct sockaddr*)&peer, &plen));
  TRYE(send(c, "x", 1, 0));

  /* A forked sender, sharing nothing but the address. */
  pid_t pid = flush_fork();
  if (pid == 0) {
    int k = socket(AF_INET, SOCK_DGRAM, 0);
    for (int i = 0; i < 5; i++) {
      char msg[16];
      snprintf(msg, sizeof msg, "child %d", i);
      CHECK(sendto(k, msg, strlen(msg), 0, (struct sockaddr*)&a, sizeof a) == (ssize_t)strlen(msg));
    }
    _exit(0);
  }
  for (int i = 0; i < 5; i++) {
    memset(buf, 0, sizeof buf);
    CHECK(recv(s, buf, sizeof buf, 0) > 0);
    printf("from child: %s\n", buf);
  }
  int status;
  CHECK(waitpid(pid, &status, 0) == pid && WIFEXITED(status) && WEXITSTATUS(status) == 0);
  close(c);
  close(s);
  return 0;
}
