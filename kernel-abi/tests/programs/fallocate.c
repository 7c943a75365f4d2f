/* fallocate(2) mode 0 and posix_fallocate: a file grows to the end of the range, with zeros after
 * its old contents, and keeps its size when the range lies inside it; the errors in Linux's order
 * (EINVAL for a negative offset or a length of 0, EBADF for a read-only descriptor, ESPIPE for a
 * pipe, ENODEV for a character device), and RLIMIT_FSIZE's EFBIG with SIGXFSZ ignored. InnoDB
 * creates its tablespaces and logs with posix_fallocate. The other modes are not covered: the
 * runtime answers them EOPNOTSUPP, where the host's filesystem may support them. */
#define _GNU_SOURCE
#include "check.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/stat.h>

static long long size_of(int fd) {
  struct stat st;
  CHECK(fstat(fd, &st) == 0);
  return (long long)st.st_size;
}

/* How many bytes of fd from `from` to its end are not zero. */
static long long nonzero_from(int fd, off_t from) {
  static char buf[65536];
  long long bad = 0;
  for (;;) {
    ssize_t r = pread(fd, buf, sizeof buf, from);
    CHECK(r >= 0);
    if (r == 0)
      return bad;
    for (ssize_t i = 0; i < r; i++)
      bad += buf[i] != 0;
    from += r;
  }
}

static const char* error_of(int result) {
  return result == 0 ? "ok" : errno_name(errno);
}

int main(void) {
  int fd = open("data", O_RDWR | O_CREAT | O_TRUNC, 0644);
  CHECK(fd >= 0);
  write_all(fd, "hello", 5);

  printf("fallocate 0..3 MiB+7: %s\n", error_of(fallocate(fd, 0, 0, 3 * 1024 * 1024 + 7)));
  char head[6] = {0};
  CHECK(pread(fd, head, 5, 0) == 5);
  printf("size %lld, head %s, %lld nonzero bytes after it\n", size_of(fd), head,
         nonzero_from(fd, 5));
  printf("offset unchanged: %lld\n", (long long)lseek(fd, 0, SEEK_CUR));

  printf("fallocate inside the file: %s, size %lld\n", error_of(fallocate(fd, 0, 100, 4096)),
         size_of(fd));
  int result = posix_fallocate(fd, 5000000, 1000);
  printf("posix_fallocate to 5001000: %s, size %lld, %lld nonzero bytes\n", errno_name(result),
         size_of(fd), nonzero_from(fd, 5));

  errno = 0;
  printf("offset -1: %s\n", error_of(fallocate(fd, 0, -1, 10)));
  printf("length 0: %s\n", error_of(fallocate(fd, 0, 0, 0)));
  printf("posix_fallocate length -1: %s\n", errno_name(posix_fallocate(fd, 0, -1)));

  int reader = open("data", O_RDONLY);
  CHECK(reader >= 0);
  printf("read-only descriptor: %s\n", error_of(fallocate(reader, 0, 0, 10)));
  close(reader);

  int pipe_ends[2];
  CHECK(pipe(pipe_ends) == 0);
  printf("pipe write end: %s\n", error_of(fallocate(pipe_ends[1], 0, 0, 10)));
  close(pipe_ends[0]);
  close(pipe_ends[1]);

  int null = open("/dev/null", O_WRONLY);
  CHECK(null >= 0);
  printf("/dev/null: %s\n", error_of(fallocate(null, 0, 0, 10)));
  close(null);

  signal(SIGXFSZ, SIG_IGN);
  struct rlimit limit = {.rlim_cur = 6 * 1024 * 1024, .rlim_max = RLIM_INFINITY};
  CHECK(setrlimit(RLIMIT_FSIZE, &limit) == 0);
  printf("past RLIMIT_FSIZE: %s, size %lld\n", error_of(fallocate(fd, 0, 0, 7 * 1024 * 1024)),
         size_of(fd));
  close(fd);
  return 0;
}
