/* A system call given an address outside the process's memory fails with EFAULT and the process
 * goes on, as on Linux: a buffer to write from or read into, a path, a vector of buffers, an
 * output structure (the old signal mask, the two descriptors of pipe()). 0xFFFFF000 lies past the
 * end of a wasm program's memory (it grows nowhere near 4 GiB here) and in no mapping of the
 * native build. Nothing happens before the error: the failed read leaves the pipe's data in place.
 */
#include "check.h"

#include <fcntl.h>
#include <signal.h>
#include <stdint.h>
#include <sys/stat.h>
#include <sys/uio.h>

static void report(const char* what, long r) {
  printf("%s: %ld %s\n", what, r, r < 0 ? (errno == EFAULT ? "EFAULT" : strerror(errno)) : "");
}

int main(void) {
  char* bad = (char*)(uintptr_t)0xFFFFF000u;
  int p[2];
  CHECK(pipe(p) == 0);

  errno = 0;
  report("write from a bad buffer", (long)write(p[1], bad, 16));
  write_all(p[1], "data", 4);
  errno = 0;
  report("read into a bad buffer", (long)read(p[0], bad, 16));

  struct stat st;
  errno = 0;
  report("stat of a bad path", stat(bad, &st));
  errno = 0;
  report("open of a bad path", open(bad, O_RDONLY));

  struct iovec iov[2] = {{"ok", 2}, {bad, 8}};
  errno = 0;
  report("writev with a bad buffer", (long)writev(p[1], iov, 2));

  sigset_t* bad_set = (sigset_t*)(void*)bad;
  errno = 0;
  report("sigprocmask into a bad set", sigprocmask(SIG_BLOCK, NULL, bad_set));
  errno = 0;
  report("pipe into a bad array", pipe((int*)(void*)bad));

  /* the process still works */
  write_all(p[1], "after", 5);
  char buf[16] = {0};
  CHECK(close(p[1]) == 0);
  size_t n = read_all(p[0], buf, sizeof buf);
  printf("the pipe holds: %.*s\n", (int)n, buf);
  return 0;
}
