/* One write() much larger than a pipe's capacity, between two children as in a shell pipeline
 * (`zstd -dc | cmp`: zstd writes 128 KiB at once): the reader is already parked in a small
 * read() when the writer's call fills the pipe and blocks; the write completes in full while the
 * reader drains the pipe, and the reader sees every byte in order. */
#include "check.h"

#include <sys/wait.h>

enum { TOTAL = 300 * 1024 };

int main(void) {
  int p[2];
  CHECK(pipe(p) == 0);
  pid_t child = flush_fork();
  CHECK(child >= 0);
  if (child == 0) {
    close(p[0]);
    static unsigned char data[TOTAL];
    for (size_t i = 0; i < TOTAL; ++i)
      data[i] = (unsigned char)(i * 7 + i / 251);
    usleep(50000); /* the reader is parked in read() by now */
    ssize_t w = write(p[1], data, TOTAL);
    _exit(w == TOTAL ? 0 : 1);
  }
  pid_t reader = flush_fork();
  CHECK(reader >= 0);
  if (reader == 0) {
    close(p[1]);
    static unsigned char got[TOTAL + 1];
    size_t total = 0;
    for (;;) {
      ssize_t r = read(p[0], got + total, total + 4096 <= sizeof got ? 4096 : sizeof got - total);
      CHECK(r >= 0);
      if (r == 0)
        break;
      total += (size_t)r;
    }
    size_t bad = 0;
    for (size_t i = 0; i < total; ++i)
      bad += got[i] != (unsigned char)(i * 7 + i / 251);
    printf("read %zu bytes in reads of 4 KiB, %zu wrong\n", total, bad);
    fflush(stdout);
    _exit(0);
  }
  close(p[0]);
  close(p[1]);
  int status = 0;
  CHECK(waitpid(child, &status, 0) == child);
  int wrote_all = WIFEXITED(status) && WEXITSTATUS(status) == 0;
  CHECK(waitpid(reader, &status, 0) == reader && WIFEXITED(status));
  printf("writer wrote all in one call: %d\n", wrote_all);
  return 0;
}
