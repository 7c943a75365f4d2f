/* Advisory record locks through fcntl, as sqlite's and many databases' file locking uses them
 * (wasm32's libc sends the F_*LK64 command numbers, a 64-bit libc the plain ones): a process
 * takes, tests and releases locks on a file it opened; F_GETLK reports F_UNLCK because a
 * process's own locks never conflict with it. */
#include "locks.h"

int main(void) {
  int fd = open("locked.db", O_RDWR | O_CREAT | O_TRUNC, 0644);
  CHECK(fd >= 0);
  write_all(fd, "0123456789", 10);
  printf("write lock on bytes 0..4: %d\n", lk(fd, F_SETLK, F_WRLCK, SEEK_SET, 0, 5));
  printf("read lock on bytes 5..: %d\n", lk(fd, F_SETLKW, F_RDLCK, SEEK_SET, 5, 0));
  struct flock probe;
  memset(&probe, 0, sizeof probe);
  probe.l_type = F_WRLCK;
  probe.l_whence = SEEK_SET;
  probe.l_start = 0;
  probe.l_len = 0;
  probe.l_pid = 12345;
  CHECK(fcntl(fd, F_GETLK, &probe) == 0);
  printf("own locks do not conflict: l_type is F_UNLCK: %d\n", probe.l_type == F_UNLCK);
  printf("unlock all: %d\n", lk(fd, F_SETLK, F_UNLCK, SEEK_SET, 0, 0));
  printf("F_GETFL still answers: %d\n", (fcntl(fd, F_GETFL) & O_ACCMODE) == O_RDWR);
  close(fd);
  unlink("locked.db");
  return 0;
}
