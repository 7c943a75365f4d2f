/* O_PATH descriptors (tar and gnulib use them on symlinks): with O_NOFOLLOW one names the
 * symlink itself, fstat describes what it names, read fails with EBADF, a directory opened with
 * O_PATH works as the dirfd of openat but cannot be listed or read (EBADF), and O_DIRECTORY on a
 * file is ENOTDIR. */
#define _GNU_SOURCE
#include "check.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <sys/syscall.h>

int main(void) {
  CHECK(mkdir("dir", 0755) == 0);
  int fd = open("dir/file", O_WRONLY | O_CREAT | O_TRUNC, 0644);
  CHECK(fd >= 0);
  write_all(fd, "hello\n", 6);
  close(fd);
  CHECK(symlink("file", "dir/link") == 0);

  struct stat st;
  int link = open("dir/link", O_PATH | O_NOFOLLOW);
  CHECK(link >= 0);
  CHECK(fstat(link, &st) == 0);
  printf("O_PATH|O_NOFOLLOW names the symlink: %d\n", S_ISLNK(st.st_mode) != 0);
  char c;
  printf("read on it fails with EBADF: %d\n", read(link, &c, 1) == -1 && errno == EBADF);
  close(link);

  int file = open("dir/link", O_PATH);
  CHECK(file >= 0);
  CHECK(fstat(file, &st) == 0);
  printf("O_PATH follows to the file: regular %d, size %ld\n", S_ISREG(st.st_mode) != 0,
         (long)st.st_size);
  close(file);

  int dir = open("dir", O_PATH | O_DIRECTORY);
  CHECK(dir >= 0);
  int inner = openat(dir, "file", O_RDONLY);
  CHECK(inner >= 0);
  char buf[16] = {0};
  CHECK(read(inner, buf, sizeof buf - 1) == 6);
  printf("openat through an O_PATH directory reads: %s", buf);
  close(inner);
  char entries[512];
  errno = 0;
  printf("listing an O_PATH directory fails with EBADF: %d\n",
         syscall(SYS_getdents64, dir, entries, sizeof entries) == -1 && errno == EBADF);
  errno = 0;
  printf("reading an O_PATH directory fails with EBADF: %d\n",
         read(dir, entries, sizeof entries) == -1 && errno == EBADF);
  close(dir);

  errno = 0;
  printf("O_PATH|O_DIRECTORY on a file: ENOTDIR %d\n",
         open("dir/file", O_PATH | O_DIRECTORY) == -1 && errno == ENOTDIR);
  unlink("dir/link");
  unlink("dir/file");
  rmdir("dir");
  return 0;
}
