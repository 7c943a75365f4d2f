/* fd_passing.h — helper shared by the SCM_RIGHTS conformance programs: one sendmsg carrying a
 * text and descriptors. */
#ifndef WPK_CONFORMANCE_FD_PASSING_H
#define WPK_CONFORMANCE_FD_PASSING_H
#include "check.h"

#include <sys/socket.h>
#include <sys/uio.h>

/* Sends `msg` with `n` (at most 4) descriptors in one SCM_RIGHTS message; sendmsg's result. */
static inline ssize_t send_fds(int sock, const char* msg, const int* fds, int n) {
  union {
    char buf[CMSG_SPACE(4 * sizeof(int))];
    struct cmsghdr align;
  } u;
  memset(&u, 0, sizeof u);
  struct iovec iov = {(void*)msg, strlen(msg)};
  struct msghdr m = {0};
  m.msg_iov = &iov;
  m.msg_iovlen = 1;
  m.msg_control = u.buf;
  m.msg_controllen = CMSG_SPACE(n * sizeof(int));
  struct cmsghdr* c = CMSG_FIRSTHDR(&m);
  c->cmsg_level = SOL_SOCKET;
  c->cmsg_type = SCM_RIGHTS;
  c->cmsg_len = CMSG_LEN(n * sizeof(int));
  memcpy(CMSG_DATA(c), fds, n * sizeof(int));
  return sendmsg(sock, &m, 0);
}
#endif
