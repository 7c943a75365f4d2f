/* pipe + fork in both directions: parent -> child (child echoes upper-cased text back through
 * a second pipe), EOF once every writer closed, and a large transfer that exceeds the pipe's
 * capacity so both sides block and resume. */
#include "check.h"

#include <ctype.h>
#include <sys/wait.h>

int main(void) {
  int down[2], up[2];
  CHECK(pipe(down) == 0 && pipe(up) == 0);
  pid_t pid = flush_fork();
  if (pid == 0) {
    close(down[1]);
    close(up[0]);
    char buf[512];
    ssize_t n;
    while ((n = read(down[0], buf, sizeof buf)) > 0) {
      for (ssize_t i = 0; i < n; i++)
        buf[i] = (char)toupper((unsigned char)buf[i]);
      write_all(up[1], buf, (size_t)n);
    }
    CHECK(n == 0);
    _exit(0);
  }
  close(down[0]);
  close(up[1]);
  const char* msg = "a message through two pipes\n";
  write_all(down[1], msg, strlen(msg));
  close(down[1]);
  char back[512];
  read_all(up[0], back, sizeof back);
  printf("echoed: %s", back);
  close(up[0]);
  int status;
  CHECK(waitpid(pid, &status, 0) == pid && WIFEXITED(status) && WEXITSTATUS(status) == 0);

  /* 1 MiB from child to parent: more than a pipe holds. */
  int big[2];
  CHECK(pipe(big) == 0);
  pid = flush_fork();
  if (pid == 0) {
    close(big[0]);
    static char block[8192];
    for (int i = 0; i < 128; i++) {
      memset(block, 'a' + (i % 26), sizeof block);
      write_all(big[1], block, sizeof block);
    }
    _exit(0);
  }
  close(big[1]);
  long total = 0, sum = 0;
  char buf[3000];
  ssize_t n;
  while ((n = read(big[0], buf, sizeof buf)) > 0) {
    for (ssize_t i = 0; i < n; i++)
      sum += buf[i];
    total += n;
  }
  CHECK(n == 0);
  printf("received %ld bytes, checksum %ld\n", total, sum);
  CHECK(waitpid(pid, &status, 0) == pid && WIFEXITED(status));
  return 0;
}
