/* ioctl(FIONREAD): on a pipe the bytes waiting in it (asked on either end, also after the
 * writer closed), on a regular file the bytes from the file offset to the end, on /dev/null
 * (also as stdin, which the harness gives this program) and on a directory ENOTTY, on an O_PATH
 * descriptor EBADF. */
#define _GNU_SOURCE
#include "check.h"

#include <fcntl.h>
#include <sys/ioctl.h>
#include <sys/stat.h>

static void show(const char* what, int fd) {
  int n = -12345;
  errno = 0;
  int r = ioctl(fd, FIONREAD, &n);
  if (r < 0) /* by name: the libcs word ENOTTY differently */
    printf("%-36s -> %s\n", what,
           errno == ENOTTY  ? "ENOTTY"
           : errno == EBADF ? "EBADF"
                            : strerror(errno));
  else
    printf("%-36s -> %d\n", what, n);
}

int main(void) {
  char buf[64];
  int p[2];
  CHECK(pipe(p) == 0);
  show("pipe, empty", p[0]);
  write_all(p[1], "0123456789", 10);
  show("pipe, 10 bytes written", p[0]);
  show("pipe, asked on the write end", p[1]);
  CHECK(read(p[0], buf, 4) == 4);
  show("pipe, 4 bytes read", p[0]);
  CHECK(close(p[1]) == 0);
  show("pipe, writer closed", p[0]);
  CHECK(read(p[0], buf, sizeof buf) == 6);
  show("pipe, drained", p[0]);
  close(p[0]);

  int fd = open("file", O_CREAT | O_RDWR | O_TRUNC, 0644);
  CHECK(fd >= 0);
  show("file, empty", fd);
  char data[100];
  memset(data, 'x', sizeof data);
  write_all(fd, data, sizeof data);
  show("file, offset at the end", fd);
  CHECK(lseek(fd, 0, SEEK_SET) == 0);
  show("file, offset 0 of 100", fd);
  CHECK(lseek(fd, 30, SEEK_SET) == 30);
  show("file, offset 30", fd);
  CHECK(read(fd, buf, 20) == 20);
  show("file, 20 bytes read from 30", fd);
  int other = open("file", O_RDONLY);
  CHECK(other >= 0);
  show("file, second description at 0", other);
  CHECK(ftruncate(fd, 60) == 0);
  show("file, truncated to 60, offset 50", fd);
  show("file, truncated, other description", other);
  close(other);
  close(fd);

  fd = open("/dev/null", O_RDONLY);
  CHECK(fd >= 0);
  show("/dev/null", fd);
  close(fd);
  show("stdin (/dev/null)", 0);

  CHECK(mkdir("dir", 0755) == 0);
  fd = open("dir", O_RDONLY | O_DIRECTORY);
  CHECK(fd >= 0);
  show("directory", fd);
  close(fd);
  fd = open("file", O_PATH);
  CHECK(fd >= 0);
  show("O_PATH file", fd);
  close(fd);
  return 0;
}
