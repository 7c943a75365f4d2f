/* sendfile: 3 MiB of a file through a socketpair to a forked reader (checksummed; the file
 * position advances, short counts are resumed), from an explicit offset (which advances while the
 * file position stays), to a pipe and to a regular file, 0 at the end of the file, and the errors:
 * an input that is not a regular file (EINVAL), an output open read-only (EBADF), an O_APPEND
 * output (EINVAL). */
#include "check.h"

#include <fcntl.h>
#include <sys/sendfile.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <sys/wait.h>

enum { SIZE = 3 << 20 };

static unsigned char byte_at(long i) {
  return (unsigned char)(i * 13 + (i >> 10));
}

int main(void) {
  int fd = open("source", O_RDWR | O_CREAT | O_TRUNC, 0644);
  CHECK(fd >= 0);
  static unsigned char block[65536];
  for (long off = 0; off < SIZE; off += (long)sizeof block) {
    for (size_t i = 0; i < sizeof block; i++)
      block[i] = byte_at(off + (long)i);
    write_all(fd, block, sizeof block);
  }
  CHECK(lseek(fd, 0, SEEK_SET) == 0);

  int sv[2];
  CHECK(socketpair(AF_UNIX, SOCK_STREAM, 0, sv) == 0);
  pid_t pid = flush_fork();
  if (pid == 0) {
    close(sv[0]);
    close(fd);
    long total = 0;
    int ok = 1;
    ssize_t n;
    while ((n = read(sv[1], block, sizeof block)) > 0) {
      for (ssize_t i = 0; i < n; i++)
        if (block[i] != byte_at(total + i))
          ok = 0;
      total += n;
    }
    char result[64];
    snprintf(result, sizeof result, "reader got %ld bytes, in order %d\n", total, ok);
    FILE* f = fopen("result", "w");
    CHECK(f != NULL);
    fputs(result, f);
    fclose(f);
    _exit(0);
  }
  close(sv[1]);
  long sent = 0;
  while (sent < SIZE) {
    ssize_t n = sendfile(sv[0], fd, NULL, (size_t)(SIZE - sent));
    CHECK(n > 0);
    sent += n;
  }
  printf("sent %ld, file position %ld\n", sent, (long)lseek(fd, 0, SEEK_CUR));
  TRYE(sendfile(sv[0], fd, NULL, 100));
  close(sv[0]);
  int status;
  CHECK(waitpid(pid, &status, 0) == pid && WIFEXITED(status) && WEXITSTATUS(status) == 0);
  char result[64];
  int r = open("result", O_RDONLY);
  read_all(r, result, sizeof result);
  close(r);
  printf("%s", result);

  /* A send timeout (SO_SNDTIMEO) ending a partial transfer to a socket nobody reads: the file
   * position advances by what was sent. */
  CHECK(socketpair(AF_UNIX, SOCK_STREAM, 0, sv) == 0);
  struct timeval tv = {0, 100000};
  CHECK(setsockopt(sv[0], SOL_SOCKET, SO_SNDTIMEO, &tv, sizeof tv) == 0);
  CHECK(lseek(fd, 0, SEEK_SET) == 0);
  ssize_t part = sendfile(sv[0], fd, NULL, 1 << 20);
  printf("timed out after some bytes: %d, position follows: %d\n",
         part > 0 && part<(1 << 20), part> 0 && lseek(fd, 0, SEEK_CUR) == part);
  close(sv[0]);
  close(sv[1]);

  /* An explicit offset: it advances, the file position does not. */
  int p[2];
  CHECK(pipe(p) == 0);
  CHECK(lseek(fd, 5, SEEK_SET) == 5);
  off_t off = 1000;
  TRYE(sendfile(p[1], fd, &off, 10));
  printf("offset now %ld, file position %ld\n", (long)off, (long)lseek(fd, 0, SEEK_CUR));
  unsigned char got[10];
  CHECK(read(p[0], got, 10) == 10);
  int same = 1;
  for (int i = 0; i < 10; i++)
    if (got[i] != byte_at(1000 + i))
      same = 0;
  printf("pipe got the bytes at 1000: %d\n", same);
  off = SIZE - 4;
  TRYE(sendfile(p[1], fd, &off, 100));
  printf("offset now at the end: %d\n", off == SIZE);

  /* To a regular file. */
  int out = open("copy", O_WRONLY | O_CREAT | O_TRUNC, 0644);
  off = 0;
  TRYE(sendfile(out, fd, &off, 4096));
  close(out);
  int append = open("copy", O_WRONLY | O_APPEND);
  TRYE(sendfile(append, fd, NULL, 10));
  close(append);
  int ro = open("copy", O_RDONLY);
  TRYE(sendfile(ro, fd, NULL, 10));
  TRYE(sendfile(p[1], p[0], NULL, 10));
  close(ro);
  close(p[0]);
  close(p[1]);
  close(fd);
  unlink("source");
  unlink("copy");
  unlink("result");
  return 0;
}
