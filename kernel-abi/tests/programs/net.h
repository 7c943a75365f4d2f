/* net.h — helpers shared by the IPv4 socket conformance programs: a 127.0.0.1 address with a
 * port, and the port a socket is bound to (printed by no program: ports differ between runs). */
#ifndef WPK_CONFORMANCE_NET_H
#define WPK_CONFORMANCE_NET_H
#include "check.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>

static inline struct sockaddr_in loopback(unsigned short port) {
  struct sockaddr_in a;
  memset(&a, 0, sizeof a);
  a.sin_family = AF_INET;
  a.sin_port = htons(port);
  a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  return a;
}

static inline unsigned short port_of(int fd) {
  struct sockaddr_in a;
  socklen_t len = sizeof a;
  CHECK(getsockname(fd, (struct sockaddr*)&a, &len) == 0);
  CHECK(len == sizeof a && a.sin_family == AF_INET);
  return ntohs(a.sin_port);
}
#endif
