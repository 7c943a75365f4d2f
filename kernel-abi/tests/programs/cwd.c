/* getcwd/chdir/fchdir: paths are printed relative to the starting directory so the output does
 * not depend on where the test runs. */
#include "check.h"

#include <fcntl.h>
#include <sys/stat.h>

static char start[4096];

static void show(const char* label) {
  char now[4096];
  CHECK(getcwd(now, sizeof now) == now);
  size_t n = strlen(start);
  CHECK(strncmp(now, start, n) == 0);
  const char* rel = strcmp(start, "/") != 0 ? now + n : strcmp(now, "/") == 0 ? "" : now;
  printf("%s: .%s\n", label, rel);
}

int main(void) {
  CHECK(getcwd(start, sizeof start) == start);
  CHECK(start[0] == '/');
  CHECK(mkdir("a", 0755) == 0 && mkdir("a/b", 0755) == 0);
  CHECK(chdir("a/b") == 0);
  show("after chdir a/b");
  CHECK(chdir("..") == 0);
  show("after chdir ..");
  int fd = open("b", O_RDONLY | O_DIRECTORY);
  CHECK(fd >= 0);
  CHECK(chdir(start) == 0);
  show("back at start");
  CHECK(fchdir(fd) == 0);
  show("after fchdir");
  close(fd);
  int f = open("file-in-b", O_CREAT | O_WRONLY, 0644);
  CHECK(f >= 0);
  close(f);
  CHECK(chdir("file-in-b") == -1 && errno == ENOTDIR);
  CHECK(chdir("missing") == -1 && errno == ENOENT);
  char tiny[2];
  CHECK(getcwd(tiny, sizeof tiny) == NULL && errno == ERANGE);
  CHECK(chdir(start) == 0);
  CHECK(access("a/b/file-in-b", F_OK) == 0);
  CHECK(unlink("a/b/file-in-b") == 0 && rmdir("a/b") == 0 && rmdir("a") == 0);
  printf("cwd done\n");
  return 0;
}
