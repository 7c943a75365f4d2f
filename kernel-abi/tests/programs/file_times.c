/* File times set with utimensat/futimens and read back with stat: times before 1970 (also with
 * a fraction: tv_nsec stays in 0..999999999), microsecond fractions up to .999999 (not rounded
 * into the next second), UTIME_OMIT leaving the other time exactly as it was, both UTIME_OMIT
 * succeeding without looking at the path, invalid tv_nsec (EINVAL), a copy of a file's times
 * (cp -p) comparing equal to the original, and UTIME_NOW never newer than a write that follows
 * it (touch c; echo x > d; [ c -nt d ] is false). Only fractions that are whole microseconds are
 * set, the precision the runtime can set (see runtime/README.md). */
#include "check.h"

#include <fcntl.h>
#include <sys/stat.h>

static void set_and_show(const char* what, long long sec, long nsec) {
  struct timespec ts[2] = {{(time_t)sec, nsec}, {(time_t)sec, nsec}};
  CHECK(utimensat(AT_FDCWD, "f", ts, 0) == 0);
  struct stat st;
  CHECK(stat("f", &st) == 0);
  printf("%-26s atime %lld.%09ld mtime %lld.%09ld\n", what, (long long)st.st_atim.tv_sec,
         st.st_atim.tv_nsec, (long long)st.st_mtim.tv_sec, st.st_mtim.tv_nsec);
}

static int newer(const struct timespec* a, const struct timespec* b) {
  return a->tv_sec > b->tv_sec || (a->tv_sec == b->tv_sec && a->tv_nsec > b->tv_nsec);
}

static void write_file(const char* name) {
  int fd = open(name, O_WRONLY | O_CREAT | O_TRUNC, 0644);
  CHECK(fd >= 0);
  write_all(fd, "x\n", 2);
  CHECK(close(fd) == 0);
}

int main(void) {
  write_file("f");
  set_and_show("1960-01-01 00:00:00.5", -315619200, 500000000);
  set_and_show("1960-01-01 00:00:00", -315619200, 0);
  set_and_show("1969-12-31 23:59:59.999999", -1, 999999000);
  set_and_show("1970-01-01 00:00:00.000001", 0, 1000);
  set_and_show("2026-11-22 00:00:00.999999", 1795305600, 999999000);
  set_and_show("2026-11-22 00:00:00.123456", 1795305600, 123456000);
  set_and_show("2100-01-01 00:00:00.000001", 4102444800LL, 1000);

  /* UTIME_OMIT keeps the other time as it was, to the nanosecond reported. */
  struct timespec ts[2] = {{1000000000, 654321000}, {0, UTIME_OMIT}};
  CHECK(utimensat(AT_FDCWD, "f", ts, 0) == 0);
  struct stat st;
  CHECK(stat("f", &st) == 0);
  printf("omit mtime: atime %lld.%09ld mtime %lld.%09ld\n", (long long)st.st_atim.tv_sec,
         st.st_atim.tv_nsec, (long long)st.st_mtim.tv_sec, st.st_mtim.tv_nsec);
  ts[0] = (struct timespec){0, UTIME_OMIT};
  ts[1] = (struct timespec){-100, 250000000};
  int fd = open("f", O_RDONLY);
  CHECK(fd >= 0);
  CHECK(futimens(fd, ts) == 0);
  CHECK(fstat(fd, &st) == 0);
  close(fd);
  printf("omit atime: atime %lld.%09ld mtime %lld.%09ld\n", (long long)st.st_atim.tv_sec,
         st.st_atim.tv_nsec, (long long)st.st_mtim.tv_sec, st.st_mtim.tv_nsec);
  ts[0] = ts[1] = (struct timespec){0, UTIME_OMIT};
  TRY(utimensat(AT_FDCWD, "missing", ts, 0));
  ts[0] = (struct timespec){0, 1000000000};
  TRY(utimensat(AT_FDCWD, "f", ts, 0));
  ts[0] = (struct timespec){0, -1};
  TRY(utimensat(AT_FDCWD, "f", ts, 0));

  /* cp -p: the copy gets the times stat reported and compares equal, many times over. */
  int differ = 0;
  for (int i = 0; i < 50; i++) {
    write_file("a");
    struct stat sa, sb;
    CHECK(stat("a", &sa) == 0);
    write_file("b");
    struct timespec copy[2] = {sa.st_atim, sa.st_mtim};
    CHECK(utimensat(AT_FDCWD, "b", copy, 0) == 0);
    CHECK(stat("b", &sb) == 0);
    if (newer(&sa.st_mtim, &sb.st_mtim) || newer(&sb.st_mtim, &sa.st_mtim))
      differ++;
  }
  printf("cp -p copies with another mtime: %d\n", differ);

  /* touch c (UTIME_NOW); echo x > d: c is never newer than d. */
  write_file("c");
  int c_newer = 0;
  for (int i = 0; i < 300; i++) {
    struct timespec now[2] = {{0, UTIME_NOW}, {0, UTIME_NOW}};
    CHECK(utimensat(AT_FDCWD, "c", i % 2 ? now : NULL, 0) == 0);
    write_file("d");
    struct stat sc, sd;
    CHECK(stat("c", &sc) == 0);
    CHECK(stat("d", &sd) == 0);
    if (newer(&sc.st_mtim, &sd.st_mtim))
      c_newer++;
  }
  printf("touched file newer than a later write: %d\n", c_newer);
  return 0;
}
