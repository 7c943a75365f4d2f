/* Four processes each add 200 records to one file under an F_SETLKW write lock: find the end
 * (fstat), then write the record there in two pieces. Without the lock, writers that find the
 * same end overwrite each other's records; with it every record is there, whole. */
#include "locks.h"

#include <sys/stat.h>
#include <sys/wait.h>

enum { WRITERS = 4, RECORDS = 200, SIZE = 16 };

int main(void) {
  int fd = open("append.db", O_RDWR | O_CREAT | O_TRUNC, 0644);
  CHECK(fd >= 0);
  close(fd);
  pid_t pids[WRITERS];
  for (int w = 0; w < WRITERS; w++) {
    pids[w] = flush_fork();
    if (pids[w] == 0) {
      int wfd = open("append.db", O_RDWR);
      CHECK(wfd >= 0);
      for (int i = 0; i < RECORDS; i++) {
        CHECK(lk(wfd, F_SETLKW, F_WRLCK, SEEK_SET, 0, 0) == 0);
        struct stat st;
        CHECK(fstat(wfd, &st) == 0);
        char rec[SIZE + 1];
        snprintf(rec, sizeof rec, "w%d r%03d .......\n", w, i);
        CHECK(pwrite(wfd, rec, SIZE / 2, st.st_size) == SIZE / 2);
        CHECK(pwrite(wfd, rec + SIZE / 2, SIZE / 2, st.st_size + SIZE / 2) == SIZE / 2);
        CHECK(lk(wfd, F_SETLK, F_UNLCK, SEEK_SET, 0, 0) == 0);
      }
      _exit(0);
    }
  }
  for (int w = 0; w < WRITERS; w++) {
    int status;
    CHECK(waitpid(pids[w], &status, 0) == pids[w] && WIFEXITED(status) && WEXITSTATUS(status) == 0);
  }
  fd = open("append.db", O_RDONLY);
  CHECK(fd >= 0);
  struct stat st;
  CHECK(fstat(fd, &st) == 0);
  printf("records: %lld\n", (long long)st.st_size / SIZE);
  int count[WRITERS] = {0}, next[WRITERS] = {0}, in_order = 1;
  char rec[SIZE];
  while (read(fd, rec, SIZE) == SIZE) {
    int w, i;
    if (sscanf(rec, "w%d r%d", &w, &i) != 2 || w < 0 || w >= WRITERS || rec[SIZE - 1] != '\n')
      continue;
    if (i != next[w])
      in_order = 0;
    next[w] = i + 1;
    count[w]++;
  }
  for (int w = 0; w < WRITERS; w++)
    printf("writer %d: %d records\n", w, count[w]);
  printf("each writer's records in order: %s\n", in_order ? "yes" : "no");
  close(fd);
  unlink("append.db");
  return 0;
}
