/* mkdir, symlink and link of a path ending in "." or "..": the entry exists, so EEXIST (ENOENT
 * or ENOTDIR when the path before it does not resolve); tar extracts an archive's "./" member
 * with mkdir(".") and accepts EEXIST only. rmdir(".") stays EINVAL. */
#include "check.h"

#include <fcntl.h>
#include <sys/stat.h>

static const char* err(int r) {
  return r == 0 ? "0" : strerror(errno);
}

int main(void) {
  CHECK(mkdir("sub", 0755) == 0);
  int fd = open("file", O_WRONLY | O_CREAT, 0644);
  CHECK(fd >= 0);
  close(fd);
  const char* paths[] = {".",      "..",     "./",        ".//.",   "sub/.",
                         "sub/..", "sub/./", "missing/.", "file/.", "file/.."};
  for (size_t i = 0; i < sizeof paths / sizeof *paths; i++) {
    const char* p = paths[i];
    printf("%-10s mkdir %s | mkdirat %s", p, err(mkdir(p, 0755)), err(mkdirat(AT_FDCWD, p, 0755)));
    printf(" | symlink %s", err(symlink("file", p)));
    printf(" | link %s\n", err(link("file", p)));
  }
  printf("rmdir(.) %s\n", err(rmdir(".")));
  printf("sub still a directory: %d\n", rmdir("sub") == 0);
  return 0;
}
