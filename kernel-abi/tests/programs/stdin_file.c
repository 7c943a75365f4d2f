/* Standard input redirected from a regular file (as `prog < file` does): it stats as a regular
 * file, so programs such as diff, tail and tar seek on it. lseek reports and moves the position,
 * SEEK_END finds the size, and a forked child shares the open file description: what the child
 * reads advances the parent's position too. */
#include "check.h"

#include <sys/stat.h>
#include <sys/wait.h>

int main(void) {
  struct stat st;
  CHECK(fstat(0, &st) == 0);
  printf("stdin is a regular file: %d, size > 100: %d\n", S_ISREG(st.st_mode) != 0,
         st.st_size > 100);
  CHECK(lseek(0, 0, SEEK_CUR) == 0);
  char first[16], again[16];
  CHECK(read(0, first, sizeof first) == (ssize_t)sizeof first);
  printf("position after reading 16: %ld\n", (long)lseek(0, 0, SEEK_CUR));
  CHECK(lseek(0, 0, SEEK_SET) == 0);
  CHECK(read(0, again, sizeof again) == (ssize_t)sizeof again);
  printf("rereads the same bytes: %d\n", memcmp(first, again, sizeof first) == 0);
  printf("SEEK_END is the size: %d\n", lseek(0, 0, SEEK_END) == st.st_size);
  CHECK(lseek(0, 10, SEEK_SET) == 10);
  pid_t child = fork();
  CHECK(child >= 0);
  if (child == 0) {
    char skip[5];
    CHECK(read(0, skip, sizeof skip) == (ssize_t)sizeof skip);
    _exit(0);
  }
  int status = 0;
  CHECK(waitpid(child, &status, 0) == child && WIFEXITED(status) && WEXITSTATUS(status) == 0);
  printf("parent position after the child read 5: %ld\n", (long)lseek(0, 0, SEEK_CUR));
  char tail[65536]; /* stdin is check.h: room for it to grow */
  size_t n = read_all(0, tail, sizeof tail);
  printf("rest read to EOF: %d\n", (off_t)(15 + n) == st.st_size);
  return 0;
}
