/* Descriptor semantics beyond plain read/write: pwrite on an O_APPEND descriptor appends (Linux
 * ignores the offset there) and leaves the file offset alone. */
#define _GNU_SOURCE
#include "check.h"

#include <fcntl.h>
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

int main(void) {
  append_pwrite();
  return 0;
}
