/* socketpair(AF_UNIX): a stream pair used both ways between a parent and a forked child, EOF
 * after the peer closes, shutdown(SHUT_WR) giving EOF to the peer only in that direction, EPIPE
 * (with SIGPIPE, and without it under MSG_NOSIGNAL) once the peer is gone, poll readiness,
 * nonblocking EAGAIN, MSG_PEEK, MSG_DONTWAIT, FIONREAD, fstat (S_IFSOCK), read/write and
 * readv/writev on the descriptors, 4 MiB through the pair (checksummed) beyond its buffer,
 * SOCK_DGRAM and SOCK_SEQPACKET pairs keeping message boundaries (a short read truncates,
 * MSG_TRUNC), sendmsg/recvmsg with several iovecs, listen/accept on a pair end (EINVAL,
 * EOPNOTSUPP) and the errors for unsupported kinds. */
#include "check.h"

#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <signal.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/uio.h>
#include <sys/wait.h>

static volatile sig_atomic_t sigpipes;
static void on_sigpipe(int sig) {
  (void)sig;
  sigpipes++;
}

static int revents(int fd, short events) {
  struct pollfd p = {fd, events, 0};
  CHECK(poll(&p, 1, 0) >= 0);
  return p.revents;
}

static void show_poll(const char* what, int fd) {
  int r = revents(fd, POLLIN | POLLOUT);
  printf("%-28s in=%d out=%d hup=%d err=%d\n", what, !!(r & POLLIN), !!(r & POLLOUT),
         !!(r & POLLHUP), !!(r & POLLERR));
}

static void stream_pair(void) {
  int sv[2];
  CHECK(socketpair(AF_UNIX, SOCK_STREAM, 0, sv) == 0);
  struct stat st;
  CHECK(fstat(sv[0], &st) == 0);
  printf("S_ISSOCK: %d\n", S_ISSOCK(st.st_mode));
  printf("F_GETFL O_RDWR: %d\n", (fcntl(sv[0], F_GETFL) & O_ACCMODE) == O_RDWR);
  int type = 0;
  socklen_t len = sizeof type;
  CHECK(getsockopt(sv[0], SOL_SOCKET, SO_TYPE, &type, &len) == 0);
  printf("SO_TYPE stream: %d len %d\n", type == SOCK_STREAM, (int)len);
  show_poll("fresh pair", sv[0]);

  /* Both ways through a fork: the child upper-cases what it reads and sends it back. */
  pid_t pid = flush_fork();
  if (pid == 0) {
    close(sv[0]);
    char buf[256];
    ssize_t n;
    while ((n = read(sv[1], buf, sizeof buf)) > 0) {
      for (ssize_t i = 0; i < n; i++)
        if (buf[i] >= 'a' && buf[i] <= 'z')
          buf[i] = (char)(buf[i] - 32);
      write_all(sv[1], buf, (size_t)n);
    }
    CHECK(n == 0);
    _exit(0);
  }
  close(sv[1]);
  const char* msg = "hello through a socketpair\n";
  write_all(sv[0], msg, strlen(msg));
  CHECK(shutdown(sv[0], SHUT_WR) == 0);
  char back[256];
  read_all(sv[0], back, sizeof back);
  printf("echoed: %s", back);
  show_poll("after peer exit", sv[0]);
  int status;
  CHECK(waitpid(pid, &status, 0) == pid && WIFEXITED(status) && WEXITSTATUS(status) == 0);
  close(sv[0]);

  /* MSG_PEEK, MSG_DONTWAIT, FIONREAD, EAGAIN, readv/writev. */
  CHECK(socketpair(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0, sv) == 0);
  printf("SOCK_NONBLOCK: %d SOCK_CLOEXEC: %d\n", !!(fcntl(sv[0], F_GETFL) & O_NONBLOCK),
         !!(fcntl(sv[0], F_GETFD) & FD_CLOEXEC));
  char c;
  TRYE(read(sv[0], &c, 1));
  TRYE(recv(sv[0], &c, 1, MSG_DONTWAIT));
  struct iovec out[3] = {{"ab", 2}, {"", 0}, {"cdef", 4}};
  TRYE(writev(sv[1], out, 3));
  int avail = -1;
  CHECK(ioctl(sv[0], FIONREAD, &avail) == 0);
  printf("FIONREAD: %d\n", avail);
  show_poll("with data", sv[0]);
  char peek[8] = {0};
  TRYE(recv(sv[0], peek, 3, MSG_PEEK));
  printf("peeked: %s\n", peek);
  char a[2], b[10] = {0};
  struct iovec in[2] = {{a, 2}, {b, sizeof b - 1}};
  TRYE(readv(sv[0], in, 2));
  printf("readv: %.2s|%s\n", a, b);
  close(sv[0]);
  close(sv[1]);

  /* shutdown(SHUT_WR) on one end: the other reads EOF but can still write back. */
  CHECK(socketpair(AF_UNIX, SOCK_STREAM, 0, sv) == 0);
  CHECK(shutdown(sv[1], SHUT_WR) == 0);
  TRYE(read(sv[0], &c, 1));
  TRYE(write(sv[0], "x", 1));
  TRYE(read(sv[1], &c, 1));
  TRYE(shutdown(sv[1], 7));
  show_poll("half closed (reader end)", sv[0]);
  CHECK(shutdown(sv[0], SHUT_WR) == 0);
  show_poll("both shut", sv[0]);
  close(sv[0]);
  close(sv[1]);

  /* EPIPE: SIGPIPE by default (caught here), not with MSG_NOSIGNAL. */
  signal(SIGPIPE, on_sigpipe);
  CHECK(socketpair(AF_UNIX, SOCK_STREAM, 0, sv) == 0);
  close(sv[1]);
  TRYE(write(sv[0], "x", 1));
  printf("sigpipes: %d\n", (int)sigpipes);
  TRYE(send(sv[0], "x", 1, MSG_NOSIGNAL));
  printf("sigpipes: %d\n", (int)sigpipes);
  TRYE(read(sv[0], &c, 1));
  close(sv[0]);
  signal(SIGPIPE, SIG_DFL);
}

/* 4 MiB from a child, in odd-sized writes; the parent reads in odd-sized pieces. */
static void large_transfer(void) {
  int sv[2];
  CHECK(socketpair(AF_UNIX, SOCK_STREAM, 0, sv) == 0);
  enum { TOTAL = 4 << 20 };
  pid_t pid = flush_fork();
  if (pid == 0) {
    close(sv[0]);
    static unsigned char block[70001];
    long sent = 0;
    while (sent < TOTAL) {
      size_t k = sizeof block;
      if ((long)k > TOTAL - sent)
        k = (size_t)(TOTAL - sent);
      for (size_t i = 0; i < k; i++)
        block[i] = (unsigned char)((sent + (long)i) * 7 + ((sent + (long)i) >> 11));
      write_all(sv[1], block, k);
      sent += (long)k;
    }
    _exit(0);
  }
  close(sv[1]);
  static unsigned char buf[33333];
  long total = 0;
  unsigned int sum = 0;
  int ok = 1;
  ssize_t n;
  while ((n = read(sv[0], buf, sizeof buf)) > 0) {
    for (ssize_t i = 0; i < n; i++) {
      long at = total + i;
      if (buf[i] != (unsigned char)(at * 7 + (at >> 11)))
        ok = 0;
      sum = sum * 31 + buf[i];
    }
    total += n;
  }
  CHECK(n == 0);
  int status;
  CHECK(waitpid(pid, &status, 0) == pid && WIFEXITED(status) && WEXITSTATUS(status) == 0);
  printf("large: %ld bytes, in order %d, sum %u\n", total, ok, sum);
  close(sv[0]);
}

static void message_pair(int type, const char* name) {
  int sv[2];
  CHECK(socketpair(AF_UNIX, type, 0, sv) == 0);
  TRYE(send(sv[0], "first", 5, 0));
  TRYE(send(sv[0], "", 0, 0));
  TRYE(send(sv[0], "second message", 14, 0));
  char buf[64] = {0};
  TRYE(recv(sv[1], buf, sizeof buf, 0));
  printf("%s 1: %s\n", name, buf);
  TRYE(recv(sv[1], buf, sizeof buf, 0));
  memset(buf, 0, sizeof buf);
  TRYE(recv(sv[1], buf, 6, MSG_TRUNC));
  printf("%s 3: %s\n", name, buf);
  /* sendmsg/recvmsg: two iovecs out, a message cut by a short buffer in. */
  struct iovec out[2] = {{"gathered ", 9}, {"message", 7}};
  struct msghdr m = {0};
  m.msg_iov = out;
  m.msg_iovlen = 2;
  TRYE(sendmsg(sv[1], &m, 0));
  char x[4] = {0}, y[6] = {0};
  struct iovec in[2] = {{x, 3}, {y, 5}};
  struct msghdr r = {0};
  r.msg_iov = in;
  r.msg_iovlen = 2;
  TRYE(recvmsg(sv[0], &r, 0));
  printf("%s recvmsg: %s|%s trunc=%d\n", name, x, y, !!(r.msg_flags & MSG_TRUNC));
  TRYE(recv(sv[0], buf, sizeof buf, MSG_DONTWAIT));
  close(sv[0]);
  close(sv[1]);
}

int main(void) {
  stream_pair();
  large_transfer();
  message_pair(SOCK_DGRAM, "dgram");
  message_pair(SOCK_SEQPACKET, "seqpacket");

  int sv[2];
  CHECK(socketpair(AF_UNIX, SOCK_STREAM, 0, sv) == 0);
  TRYE(listen(sv[0], 1));
  TRYE(accept(sv[0], NULL, NULL));
  close(sv[0]);
  close(sv[1]);
  CHECK(socketpair(AF_UNIX, SOCK_DGRAM, 0, sv) == 0);
  TRYE(listen(sv[0], 1));
  TRYE(accept(sv[0], NULL, NULL));
  close(sv[0]);
  close(sv[1]);
  TRYE(socketpair(AF_INET, SOCK_STREAM, 0, sv));
  TRYE(socketpair(AF_UNIX, SOCK_STREAM, 17, sv));
  TRYE(socketpair(AF_UNIX, SOCK_RDM, 0, sv));
  TRYE(socketpair(12345, SOCK_STREAM, 0, sv));
  TRYE(socketpair(AF_UNIX, 1000, 0, sv));
  TRYE(recv(1, sv, 1, 0));
  TRYE(socket(AF_INET, SOCK_STREAM, IPPROTO_UDP));
  TRYE(socket(12345, SOCK_STREAM, 0));
  return 0;
}
