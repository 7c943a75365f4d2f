/* dup2 redirection of stdout into a file and back, dup/F_DUPFD numbering, FD_CLOEXEC and
 * O_NONBLOCK through fcntl, shared file offsets between duplicates. */
#include "check.h"

#include <fcntl.h>

int main(void) {
  fflush(stdout);
  int saved = dup(1);
  CHECK(saved >= 3);
  int fd = open("redirected.txt", O_CREAT | O_RDWR | O_TRUNC, 0644);
  CHECK(fd >= 0);
  CHECK(dup2(fd, 1) == 1);
  printf("this line goes to the file\n");
  fflush(stdout);
  CHECK(dup2(saved, 1) == 1);
  close(saved);
  char buf[128];
  CHECK(lseek(fd, 0, SEEK_SET) == 0);
  ssize_t n = read(fd, buf, sizeof buf - 1);
  CHECK(n > 0);
  buf[n] = 0;
  printf("file holds: %s", buf);

  CHECK(dup2(fd, fd) == fd);
  CHECK(dup2(fd, -1) == -1 && errno == EBADF);
  CHECK(dup2(99, 20) == -1 && errno == EBADF);
  int low = fcntl(fd, F_DUPFD, 10);
  CHECK(low >= 10);
  int dupc = fcntl(fd, F_DUPFD_CLOEXEC, 0);
  CHECK(dupc >= 0);
  printf("cloexec on dup: %d, on F_DUPFD_CLOEXEC: %d\n", fcntl(low, F_GETFD) & FD_CLOEXEC,
         fcntl(dupc, F_GETFD) & FD_CLOEXEC);
  CHECK(fcntl(low, F_SETFD, FD_CLOEXEC) == 0);
  printf("after F_SETFD: %d\n", fcntl(low, F_GETFD) & FD_CLOEXEC);

  /* duplicates share the offset */
  CHECK(lseek(fd, 5, SEEK_SET) == 5);
  printf("offset seen through the duplicate: %lld\n", (long long)lseek(low, 0, SEEK_CUR));
  int fl = fcntl(fd, F_GETFL);
  CHECK((fl & O_ACCMODE) == O_RDWR);
  CHECK(fcntl(fd, F_SETFL, fl | O_NONBLOCK) == 0);
  printf("nonblock shared: %d\n", (fcntl(low, F_GETFL) & O_NONBLOCK) != 0);
  close(fd);
  close(low);
  close(dupc);
  CHECK(fcntl(low, F_GETFD) == -1 && errno == EBADF);
  unlink("redirected.txt");
  return 0;
}
