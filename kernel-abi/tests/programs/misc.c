/* Identity, time zone free misc calls and stdin: uid/gid agree with their effective forms,
 * getrandom fills buffers, uname answers, umask round-trips and applies to new files,
 * isatty is false on pipes and files, /dev/null reads EOF and swallows writes, and stdin (fed by
 * the harness) reads to the end and polls readable. */
#include "check.h"

#include <fcntl.h>
#include <poll.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <sys/utsname.h>

int main(void) {
  printf("uid==euid %d gid==egid %d\n", getuid() == geteuid(), getgid() == getegid());
  unsigned char a[32] = {0}, b[32] = {0};
  CHECK(getrandom(a, sizeof a, 0) == (ssize_t)sizeof a);
  CHECK(getrandom(b, sizeof b, 0) == (ssize_t)sizeof b);
  printf("two random buffers differ: %d\n", memcmp(a, b, sizeof a) != 0);
  struct utsname u;
  CHECK(uname(&u) == 0 && u.sysname[0] != 0 && u.machine[0] != 0);
  printf("uname answers\n");
  mode_t old = umask(027);
  CHECK(umask(old) == 027);
  umask(077);
  int fd = open("masked", O_CREAT | O_WRONLY, 0666);
  CHECK(fd >= 0);
  struct stat st;
  CHECK(fstat(fd, &st) == 0);
  printf("created with umask 077: %o\n", st.st_mode & 0777);
  printf("isatty(file) %d\n", isatty(fd));
  close(fd);
  unlink("masked");
  fd = open("/dev/null", O_RDWR);
  CHECK(fd >= 0);
  char buf[4096];
  CHECK(read(fd, buf, sizeof buf) == 0 && write(fd, "x", 1) == 1);
  close(fd);
  struct pollfd pin = {0, POLLIN, 0};
  CHECK(poll(&pin, 1, 5000) == 1 && (pin.revents & (POLLIN | POLLHUP)));
  size_t total = 0, lines = 0;
  ssize_t n;
  while ((n = read(0, buf, sizeof buf)) > 0) {
    for (ssize_t i = 0; i < n; i++)
      lines += buf[i] == '\n';
    total += (size_t)n;
  }
  CHECK(n == 0);
  printf("stdin: %zu bytes, %zu lines, isatty %d\n", total, lines, isatty(0));
  return 0;
}
