/* fexecve: musl runs the program an open descriptor names through /proc/self/fd/N, which the
 * runtime resolves to the file the descriptor has open (also an O_PATH one, and after the name
 * was removed). A pipe or /dev/null is not executable (EACCES). */
#define _GNU_SOURCE
#include "check.h"

#include <fcntl.h>

extern char** environ;

int main(int argc, char** argv) {
  if (argc == 2) {
    printf("run again through a descriptor: %s\n", argv[1]);
    return 0;
  }
  int p[2];
  CHECK(pipe(p) == 0);
  char* pipe_args[] = {argv[0], "pipe", NULL};
  TRY(fexecve(p[0], pipe_args, environ));
  int null = open("/dev/null", O_RDONLY);
  TRY(fexecve(null, pipe_args, environ));
  /* a copy of this program, removed once opened */
  int self = open(argv[0], O_RDONLY);
  CHECK(self >= 0);
  int copy = open("copy", O_WRONLY | O_CREAT | O_TRUNC, 0755);
  CHECK(copy >= 0);
  char buf[65536];
  ssize_t n;
  while ((n = read(self, buf, sizeof buf)) > 0)
    write_all(copy, buf, (size_t)n);
  close(copy);
  close(self);
  int fd = open("copy", O_PATH | O_CLOEXEC);
  CHECK(fd >= 0);
  CHECK(unlink("copy") == 0);
  char* args[] = {argv[0], "yes", NULL};
  fflush(stdout);
  fexecve(fd, args, environ);
  printf("fexecve: %s\n", strerror(errno));
  return 1;
}
