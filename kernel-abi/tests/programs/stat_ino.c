/* Identity of files without a path: fstat of a pipe end gives the same st_ino every time, both
 * ends of a pipe (and a forked child's copy) share it, and another pipe has its own. The /dev
 * devices are character devices with a stable st_ino and their Linux st_rdev. Only comparisons
 * are printed, never the numbers (device numbers excepted). */
#define _GNU_SOURCE
#include "check.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/wait.h>

static ino_t ino_of_fd(int fd) {
  struct stat st;
  CHECK(fstat(fd, &st) == 0);
  return st.st_ino;
}

static const char* same(int equal) {
  return equal ? "equal" : "different";
}

static void device(const char* path) {
  struct stat a, b, c;
  CHECK(stat(path, &a) == 0 && stat(path, &b) == 0);
  int fd = open(path, O_RDONLY);
  CHECK(fd >= 0);
  CHECK(fstat(fd, &c) == 0);
  close(fd);
  printf("%s: character device %s, mode %o, rdev %u:%u, st_ino stat/stat %s, stat/fstat %s\n", path,
         S_ISCHR(a.st_mode) ? "yes" : "no", (unsigned)(a.st_mode & 07777), major(a.st_rdev),
         minor(a.st_rdev), same(a.st_ino == b.st_ino),
         same(a.st_ino == c.st_ino && a.st_rdev == c.st_rdev && a.st_mode == c.st_mode));
}

int main(void) {
  int p[2], q[2];
  CHECK(pipe(p) == 0 && pipe(q) == 0);
  struct stat st;
  CHECK(fstat(p[0], &st) == 0);
  printf("pipe: fifo %s, mode %o\n", S_ISFIFO(st.st_mode) ? "yes" : "no",
         (unsigned)(st.st_mode & 07777));
  ino_t ino = ino_of_fd(p[0]);
  printf("same read end twice: %s\n", same(ino == ino_of_fd(p[0])));
  printf("same write end twice: %s\n", same(ino_of_fd(p[1]) == ino_of_fd(p[1])));
  printf("read end and write end: %s\n", same(ino == ino_of_fd(p[1])));
  int d = dup(p[0]);
  CHECK(d >= 0);
  printf("dup of the read end: %s\n", same(ino == ino_of_fd(d)));
  printf("two pipes: %s\n", same(ino == ino_of_fd(q[0])));
  printf("two pipes, write ends: %s\n", same(ino_of_fd(p[1]) == ino_of_fd(q[1])));
  pid_t pid = flush_fork();
  if (pid == 0)
    _exit(ino_of_fd(p[1]) == ino ? 0 : 1);
  int status;
  CHECK(waitpid(pid, &status, 0) == pid && WIFEXITED(status));
  printf("in a child: %s\n", same(WEXITSTATUS(status) == 0));

  device("/dev/null");
  device("/dev/zero");
  device("/dev/urandom");
  struct stat n, z;
  CHECK(stat("/dev/null", &n) == 0 && stat("/dev/zero", &z) == 0);
  printf("/dev/null and /dev/zero: %s\n", same(n.st_ino == z.st_ino && n.st_dev == z.st_dev));
  return 0;
}
