/* Descriptor semantics beyond plain read/write: pwrite on an O_APPEND descriptor appends (Linux
 * ignores the offset there) and leaves the file offset alone; the memory devices (/dev/null,
 * /dev/zero, the random devices) take any lseek (it gives 0), pread and pwrite, refuse fsync
 * (EINVAL) and FIONREAD; dup3 takes no flag but O_CLOEXEC and F_DUPFD no lowest descriptor
 * beyond the descriptor limit (EINVAL, also when negative). Errors print as errno names: strerror's
 * texts differ between libcs. */
#define _GNU_SOURCE
#include "check.h"

#include <fcntl.h>
#include <sys/ioctl.h>
#include <sys/stat.h>

static void show_file(const char* label, const char* path) {
  char buf[64];
  int fd = open(path, O_RDONLY);
  CHECK(fd >= 0);
  read_all(fd, buf, sizeof buf);
  close(fd);
  printf("%s: %s\n", label, buf);
}

static void append_pwrite(void) {
  int fd = open("log", O_CREAT | O_WRONLY | O_TRUNC, 0644);
  CHECK(fd >= 0);
  write_all(fd, "hello", 5);
  close(fd);
  fd = open("log", O_WRONLY | O_APPEND);
  CHECK(fd >= 0);
  TRY(pwrite(fd, "XY", 2, 0));
  TRY(lseek(fd, 0, SEEK_CUR));
  TRY(write(fd, "!", 1));
  TRY(lseek(fd, 0, SEEK_CUR));
  close(fd);
  show_file("after pwrite and write with O_APPEND", "log");
}

static void devices(void) {
  const char* names[] = {"/dev/null", "/dev/zero", "/dev/urandom"};
  for (int i = 0; i < 3; i++) {
    int fd = open(names[i], O_RDWR);
    CHECK(fd >= 0);
    char b[4];
    int n;
    printf("%s:\n", names[i]);
    TRYE(lseek(fd, 10, SEEK_SET));
    TRYE(lseek(fd, 0, SEEK_END));
    TRYE(lseek(fd, -5, SEEK_CUR));
    TRYE(lseek(fd, 0, 9));
    TRYE(pread(fd, b, 4, 100));
    TRYE(pwrite(fd, b, 4, 100));
    TRYE(fsync(fd));
    TRYE(ioctl(fd, FIONREAD, &n));
    close(fd);
  }
  int fds[2];
  CHECK(pipe(fds) == 0);
  TRYE(fsync(fds[1]));
  close(fds[0]);
  close(fds[1]);
}

static void duplication(void) {
  int fd = open("log", O_RDONLY);
  CHECK(fd >= 0);
  TRYE(dup3(fd, 50, O_NONBLOCK));
  TRYE(dup3(fd, 50, O_CLOEXEC));
  TRYE(fcntl(50, F_GETFD));
  TRYE(fcntl(fd, F_DUPFD, -1));
  TRYE(fcntl(fd, F_DUPFD, 0x7fffffff));
  TRYE(fcntl(fd, F_DUPFD_CLOEXEC, -5));
  TRYE(fcntl(fd, F_DUPFD, 60));
  TRYE(dup2(fd, -1));
  TRYE(dup2(fd, 0x7fffffff));
  close(fd);
}

int main(void) {
  append_pwrite();
  devices();
  duplication();
  return 0;
}
