/* Edge cases of sockets: descriptors passed with SCM_RIGHTS behind plain data come out only
 * with the read that reaches their chunk (a shorter read before it gets none, and they are
 * delivered once); a msg_iovlen above IOV_MAX (1024) is EMSGSIZE for sendmsg and recvmsg, an
 * iovcnt above it (or negative) EINVAL for writev/readv, 1024 iovecs work; poll reports
 * POLLRDHUP (when asked for) once the peer shut its sending side, on a socketpair and on a TCP
 * connection over 127.0.0.1, not before; UDP sendto port 0 is EINVAL; an AF_UNIX bind to a full
 * 108-byte sun_path (no NUL) binds that name or, under the runtime, whose host path would be
 * longer, fails with ENAMETOOLONG, but never leaves a socket file of another (cut) name;
 * getsockopt with a short optlen gives that many bytes, with a NULL optlen or (for a non-empty
 * answer) a NULL optval EFAULT; sendto with an address on a socketpair stream is EISCONN. */
#define _GNU_SOURCE /* POLLRDHUP */
#include "fd_passing.h"
#include "net.h"

#include <dirent.h>
#include <fcntl.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/uio.h>
#include <sys/un.h>

/* Receives up to n bytes without waiting; prints them and how many descriptors came. Returns
 * the first descriptor received, or -1. */
static int recv_some(int sock, size_t n) {
  union {
    char buf[CMSG_SPACE(4 * sizeof(int))];
    struct cmsghdr align;
  } u;
  char text[64] = {0};
  struct iovec iov = {text, n};
  struct msghdr m = {0};
  m.msg_iov = &iov;
  m.msg_iovlen = 1;
  m.msg_control = u.buf;
  m.msg_controllen = sizeof u.buf;
  errno = 0;
  ssize_t r = recvmsg(sock, &m, MSG_DONTWAIT);
  int fds = 0, first = -1;
  if (r >= 0) {
    struct cmsghdr* c = CMSG_FIRSTHDR(&m); /* one SCM_RIGHTS message at most here */
    if (c && c->cmsg_level == SOL_SOCKET && c->cmsg_type == SCM_RIGHTS) {
      fds = (int)((c->cmsg_len - CMSG_LEN(0)) / sizeof(int));
      if (fds > 0)
        memcpy(&first, CMSG_DATA(c), sizeof first);
    }
  }
  printf("recvmsg(%zu) = %zd %s '%s', %d descriptor(s)\n", n, r, r < 0 ? errno_name(errno) : "",
         text, fds);
  return first;
}

/* Polls fd for `events` (waiting up to 2 s) and prints what came. */
static void poll_print(const char* what, int fd, short events, int timeout) {
  struct pollfd p = {fd, events, 0};
  int n = poll(&p, 1, timeout);
  printf("%s: poll %d, revents%s%s%s%s\n", what, n, p.revents & POLLIN ? " POLLIN" : "",
         p.revents & POLLOUT ? " POLLOUT" : "", p.revents & POLLRDHUP ? " POLLRDHUP" : "",
         p.revents & POLLHUP ? " POLLHUP" : "");
}

static void rdhup(void) {
  int sv[2];
  CHECK(socketpair(AF_UNIX, SOCK_STREAM, 0, sv) == 0);
  poll_print("pair, open", sv[1], POLLIN | POLLRDHUP, 0);
  CHECK(shutdown(sv[0], SHUT_WR) == 0);
  poll_print("pair, peer SHUT_WR", sv[1], POLLIN | POLLRDHUP, 0);
  poll_print("pair, peer SHUT_WR, POLLIN only", sv[1], POLLIN, 0);
  CHECK(close(sv[0]) == 0);
  poll_print("pair, peer closed", sv[1], POLLIN | POLLRDHUP, 0);
  CHECK(close(sv[1]) == 0);

  int l = socket(AF_INET, SOCK_STREAM, 0);
  struct sockaddr_in a = loopback(0);
  CHECK(bind(l, (struct sockaddr*)&a, sizeof a) == 0 && listen(l, 4) == 0);
  a = loopback(port_of(l));
  int c = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
  CHECK(connect(c, (struct sockaddr*)&a, sizeof a) == 0 || errno == EINPROGRESS);
  int s = accept(l, NULL, NULL);
  CHECK(s >= 0);
  poll_print("tcp, client connected", c, POLLOUT, 2000);
  poll_print("tcp, open", s, POLLIN | POLLRDHUP, 0);
  CHECK(shutdown(c, SHUT_WR) == 0);
  poll_print("tcp, peer SHUT_WR", s, POLLIN | POLLRDHUP, 2000);
  CHECK(close(c) == 0 && close(s) == 0 && close(l) == 0);
}

static void addresses(void) {
  int u = socket(AF_INET, SOCK_DGRAM, 0);
  struct sockaddr_in zero = loopback(0);
  TRYE(sendto(u, "x", 1, 0, (struct sockaddr*)&zero, sizeof zero));
  CHECK(close(u) == 0);

  struct sockaddr_un a;
  memset(&a, 0, sizeof a);
  a.sun_family = AF_UNIX;
  memset(a.sun_path, 'n', sizeof a.sun_path);
  char full[sizeof a.sun_path + 1] = {0};
  memcpy(full, a.sun_path, sizeof a.sun_path);
  int x = socket(AF_UNIX, SOCK_STREAM, 0);
  int r = bind(x, (struct sockaddr*)&a, sizeof a);
  printf("bind 108-byte name: %s\n",
         r == 0 || errno == ENAMETOOLONG ? "bound or ENAMETOOLONG" : strerror(errno));
  CHECK(close(x) == 0);
  unlink(full);
  int sv[2];
  CHECK(socketpair(AF_UNIX, SOCK_STREAM, 0, sv) == 0);
  struct sockaddr_un some = {.sun_family = AF_UNIX, .sun_path = "name"};
  TRYE(sendto(sv[0], "x", 1, 0, (struct sockaddr*)&some, sizeof some));
  TRYE(sendto(sv[0], "x", 1, 0, (struct sockaddr*)&some, 0));
  CHECK(close(sv[0]) == 0 && close(sv[1]) == 0);
  int stray = 0;
  DIR* d = opendir(".");
  CHECK(d != NULL);
  for (struct dirent* e; (e = readdir(d)) != NULL;) {
    struct stat st;
    if (lstat(e->d_name, &st) == 0 && S_ISSOCK(st.st_mode)) {
      stray++;
      unlink(e->d_name);
    }
  }
  closedir(d);
  printf("socket files left: %d\n", stray);
}

static void options(void) {
  int sv[2];
  CHECK(socketpair(AF_UNIX, SOCK_STREAM, 0, sv) == 0);
  int v = 0;
  socklen_t len = 2;
  TRYE(getsockopt(sv[0], SOL_SOCKET, SO_TYPE, &v, &len));
  printf("optlen 2: len %u, value %d\n", (unsigned)len, v);
  len = 0;
  TRYE(getsockopt(sv[0], SOL_SOCKET, SO_TYPE, NULL, &len));
  TRYE(getsockopt(sv[0], SOL_SOCKET, SO_TYPE, &v, NULL));
  len = sizeof v;
  TRYE(getsockopt(sv[0], SOL_SOCKET, SO_TYPE, NULL, &len));
  CHECK(close(sv[0]) == 0 && close(sv[1]) == 0);
}

int main(void) {
  int sv[2], p[2];
  CHECK(socketpair(AF_UNIX, SOCK_STREAM, 0, sv) == 0);
  CHECK(pipe(p) == 0);
  write_all(sv[0], "abc", 3);
  CHECK(send_fds(sv[0], "xyz", &p[1], 1) == 3);
  CHECK(close(p[1]) == 0);
  int early = recv_some(sv[1], 2); /* none: the read ends before their chunk */
  if (early >= 0)
    close(early);
  int w = recv_some(sv[1], 10);
  recv_some(sv[1], 10);
  /* The received write end is the pipe's only writer: it works, and closing it gives EOF. */
  if (w >= 0) {
    write_all(w, "via passed fd", 13);
    CHECK(close(w) == 0);
    char buf[64];
    size_t n = read_all(p[0], buf, sizeof buf);
    printf("pipe: %.*s (%zu bytes, then EOF)\n", (int)n, buf, n);
  }

  static struct iovec v[1025];
  static char bytes[1025];
  for (int i = 0; i < 1025; i++) {
    v[i].iov_base = &bytes[i];
    v[i].iov_len = 1;
  }
  struct msghdr m = {0};
  m.msg_iov = v;
  m.msg_iovlen = 1025;
  TRYE(sendmsg(sv[0], &m, MSG_DONTWAIT));
  TRYE(recvmsg(sv[1], &m, MSG_DONTWAIT));
  m.msg_iovlen = 1024;
  TRYE(sendmsg(sv[0], &m, MSG_DONTWAIT));
  TRYE(recvmsg(sv[1], &m, MSG_DONTWAIT));
  TRYE(writev(sv[0], v, 1025));
  TRYE(readv(sv[1], v, 1025));
  volatile int negative = -1; /* not a constant: compilers warn about one */
  TRYE(writev(sv[0], v, negative));
  TRYE(writev(sv[0], v, 1024));
  TRYE(readv(sv[1], v, 1024));
  rdhup();
  addresses();
  options();
  return 0;
}
