/* Escape attempts from the runtime's root (run only in the runtime, compared with a fixed
 * expected output): `..` above `/`, absolute and relative symlinks pointing outside, and a
 * symlinked directory used as a path prefix must all stay inside the mounted directory. The
 * harness puts a file named outside-marker next to (outside) the root. */
#include "check.h"

#include <fcntl.h>
#include <sys/stat.h>

static void attempt(const char* label, const char* path) {
  int fd = open(path, O_RDONLY);
  if (fd >= 0) {
    char buf[64] = {0};
    ssize_t n = read(fd, buf, sizeof buf - 1);
    close(fd);
    printf("%s: opened, read %s\n", label,
           n > 0 && strstr(buf, "OUTSIDE") ? "the OUTSIDE marker" : "something inside");
  } else {
    printf("%s: %s\n", label, strerror(errno));
  }
}

int main(void) {
  attempt("../outside-marker", "../outside-marker");
  attempt("../../../../outside-marker", "../../../../outside-marker");
  attempt("/../outside-marker", "/../outside-marker");
  CHECK(symlink("/etc", "etc-link") == 0);
  attempt("symlink to /etc", "etc-link/passwd");
  CHECK(symlink("../../../../..", "up-link") == 0);
  attempt("relative symlink upwards", "up-link/outside-marker");
  CHECK(symlink("/../outside-marker", "abs-link") == 0);
  attempt("absolute symlink to marker", "abs-link");
  char cwd[256];
  CHECK(chdir("../../..") == 0 && getcwd(cwd, sizeof cwd) != NULL);
  printf("cwd after chdir ../../..: %s\n", cwd);
  struct stat st;
  printf("stat /etc/passwd: %s\n", stat("/etc/passwd", &st) == 0 ? "exists" : strerror(errno));
  int fd = open("up-link/created-outside", O_CREAT | O_WRONLY, 0644);
  CHECK(fd >= 0);
  close(fd);
  printf("file created through up-link lands in: %s\n",
         access("/created-outside", F_OK) == 0 ? "the root" : "?");
  unlink("/created-outside");
  unlink("etc-link");
  unlink("up-link");
  unlink("abs-link");
  return 0;
}
