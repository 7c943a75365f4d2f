/* SCM_RIGHTS over a socketpair: a parent passes a file it opened and the write end of a pipe to
 * a forked child, which reads the file through the received descriptor (sharing its offset with
 * the parent's) and writes into the pipe; MSG_CMSG_CLOEXEC; a msg_control too small for the
 * descriptors (MSG_CTRUNC); descriptors dropped by a plain recv; EBADF for a descriptor that is
 * not open; SCM_RIGHTS on a datagram pair. */
#define _GNU_SOURCE /* MSG_CMSG_CLOEXEC */
#include "fd_passing.h"

#include <fcntl.h>
#include <sys/socket.h>
#include <sys/uio.h>
#include <sys/wait.h>

/* Receives a message and up to `max` descriptors; returns how many came. */
static int recv_fds(int sock, char* text, size_t cap, int* fds, int max, size_t room, int flags,
                    int* msg_flags) {
  union {
    char buf[CMSG_SPACE(4 * sizeof(int))];
    struct cmsghdr align;
  } u;
  memset(&u, 0, sizeof u);
  struct iovec iov = {text, cap - 1};
  struct msghdr m = {0};
  m.msg_iov = &iov;
  m.msg_iovlen = 1;
  m.msg_control = u.buf;
  m.msg_controllen = room;
  ssize_t n = recvmsg(sock, &m, flags);
  CHECK(n >= 0);
  text[n] = 0;
  *msg_flags = m.msg_flags;
  int got = 0;
  struct cmsghdr* c = CMSG_FIRSTHDR(&m); /* one message at most is sent here */
  if (c) {
    CHECK(c->cmsg_level == SOL_SOCKET && c->cmsg_type == SCM_RIGHTS);
    int k = (int)((c->cmsg_len - CMSG_LEN(0)) / sizeof(int));
    for (int i = 0; i < k && got < max; i++)
      memcpy(&fds[got++], CMSG_DATA(c) + i * sizeof(int), sizeof(int));
  }
  return got;
}

int main(void) {
  FILE* f = fopen("passed", "w");
  CHECK(f != NULL);
  fputs("contents of the passed file\n", f);
  fclose(f);

  int sv[2], p[2];
  CHECK(socketpair(AF_UNIX, SOCK_STREAM, 0, sv) == 0);
  CHECK(pipe(p) == 0);
  pid_t pid = flush_fork();
  if (pid == 0) {
    close(sv[0]);
    close(p[1]);
    close(p[0]);
    char text[64];
    int fds[4], fl;
    int n = recv_fds(sv[1], text, sizeof text, fds, 4, CMSG_SPACE(4 * sizeof(int)), 0, &fl);
    CHECK(n == 2 && strcmp(text, "two descriptors") == 0);
    char buf[64] = {0};
    CHECK(read(fds[0], buf, 8) == 8); /* moves the offset shared with the parent */
    char line[128];
    snprintf(line, sizeof line, "child read \"%s\" through the passed file\n", buf);
    write_all(fds[1], line, strlen(line));
    close(fds[0]);
    close(fds[1]);
    write_all(sv[1], "k", 1);
    _exit(0);
  }
  close(sv[1]);
  int file = open("passed", O_RDONLY);
  CHECK(file >= 0);
  int both[2] = {file, p[1]};
  CHECK(send_fds(sv[0], "two descriptors", both, 2) == 15); /* else the child would wait forever */
  close(p[1]);
  char ack;
  CHECK(read(sv[0], &ack, 1) == 1);
  char out[256];
  read_all(p[0], out, sizeof out);
  printf("%s", out);
  printf("offset after the child's read: %ld\n", (long)lseek(file, 0, SEEK_CUR));
  int status;
  CHECK(waitpid(pid, &status, 0) == pid && WIFEXITED(status) && WEXITSTATUS(status) == 0);
  close(sv[0]);
  close(p[0]);

  /* Within one process: MSG_CMSG_CLOEXEC, MSG_CTRUNC, a plain recv dropping them, EBADF. */
  CHECK(socketpair(AF_UNIX, SOCK_STREAM, 0, sv) == 0);
  char text[64];
  int fds[4], fl;
  TRYE(send_fds(sv[0], "one", &file, 1));
  int n =
      recv_fds(sv[1], text, sizeof text, fds, 4, CMSG_SPACE(sizeof(int)), MSG_CMSG_CLOEXEC, &fl);
  printf("received %d (%s), cloexec %d, same file %d\n", n, text,
         !!(fcntl(fds[0], F_GETFD) & FD_CLOEXEC), lseek(fds[0], 0, SEEK_CUR) == 8);
  close(fds[0]);
  int three[3] = {file, file, file};
  TRYE(send_fds(sv[0], "three", three, 3));
  n = recv_fds(sv[1], text, sizeof text, fds, 4, CMSG_LEN(sizeof(int)), 0, &fl);
  printf("room for one of three: got %d (%s), MSG_CTRUNC %d\n", n, text, !!(fl & MSG_CTRUNC));
  close(fds[0]);
  int before = dup(0);
  close(before);
  TRYE(send_fds(sv[0], "dropped", &file, 1));
  TRYE(recv(sv[1], text, sizeof text, 0));
  int probe = dup(0);
  printf("no descriptor left behind: %d\n", probe == before);
  close(probe);
  int bad = 999;
  TRYE(send_fds(sv[0], "bad", &bad, 1));
  close(sv[0]);
  close(sv[1]);

  /* A datagram pair: the descriptors come with their message. */
  CHECK(socketpair(AF_UNIX, SOCK_DGRAM, 0, sv) == 0);
  TRYE(send_fds(sv[0], "plain", NULL, 0));
  TRYE(send_fds(sv[0], "with one", &file, 1));
  n = recv_fds(sv[1], text, sizeof text, fds, 4, CMSG_SPACE(sizeof(int)), 0, &fl);
  printf("first message: %s, %d descriptors\n", text, n);
  n = recv_fds(sv[1], text, sizeof text, fds, 4, CMSG_SPACE(sizeof(int)), 0, &fl);
  printf("second message: %s, %d descriptors\n", text, n);
  char buf[16] = {0};
  CHECK(pread(fds[0], buf, 8, 0) == 8);
  printf("read through it: %s\n", buf);
  close(fds[0]);
  close(sv[0]);
  close(sv[1]);
  close(file);
  unlink("passed");
  return 0;
}
