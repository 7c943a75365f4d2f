/* Directory positions: seekdir to a telldir position resumes the stream with the entries that
 * followed it, rewinddir starts over, and on a directory descriptor lseek(SEEK_CUR) reads a
 * position that lseek(SEEK_SET) returns to (and SEEK_SET 0 rewinds) for getdents64. Only counts
 * and comparisons are printed: the order of entries is the file system's. The directory holds
 * enough long names to take several getdents64 buffers. */
#define _GNU_SOURCE
#include "check.h"

#include <dirent.h>
#include <fcntl.h>
#include <stdint.h>
#include <sys/stat.h>
#include <sys/syscall.h>

#define NFILES 100
#define MAXENT (NFILES + 2)
#define NAME_LEN 256

static char names[MAXENT][NAME_LEN];
static long tells[MAXENT]; /* telldir after names[i] was read */
static int count;

/* Reads the stream to its end from where it is; returns how many entries matched names[from..]
 * in order, or -1 at the first one that differs or when more entries follow than expected. */
static int compare_rest(DIR* d, int from) {
  struct dirent* e;
  int i = from;
  while ((e = readdir(d)) != NULL) {
    if (i >= count || strcmp(e->d_name, names[i]) != 0)
      return -1;
    i++;
  }
  return i == count ? i - from : -1;
}

struct linux_dirent64 {
  uint64_t d_ino;
  int64_t d_off;
  unsigned short d_reclen;
  unsigned char d_type;
  char d_name[];
};

/* One getdents64 call; appends the names to out[*n]. Returns the byte count. */
static long getdents_once(int fd, char out[][NAME_LEN], int* n, size_t bufsize) {
  static char buf[4096] __attribute__((aligned(8)));
  /* every argument as a long: syscall() reads its variadic arguments as longs (wasm64) */
  long got = syscall(SYS_getdents64, (long)fd, (long)buf, (long)bufsize);
  CHECK(got >= 0);
  for (long off = 0; off < got;) {
    struct linux_dirent64* e = (struct linux_dirent64*)(buf + off);
    CHECK(*n < MAXENT);
    snprintf(out[(*n)++], NAME_LEN, "%s", e->d_name);
    off += e->d_reclen;
  }
  return got;
}

static int getdents_rest(int fd, char out[][NAME_LEN], size_t bufsize) {
  int n = 0;
  while (getdents_once(fd, out, &n, bufsize) > 0) {
  }
  return n;
}

static int same_names(char a[][NAME_LEN], char b[][NAME_LEN], int n) {
  for (int i = 0; i < n; i++)
    if (strcmp(a[i], b[i]) != 0)
      return 0;
  return 1;
}

int main(void) {
  CHECK(mkdir("d", 0755) == 0);
  for (int i = 0; i < NFILES; i++) {
    char path[96];
    snprintf(path, sizeof path, "d/entry-with-a-rather-long-name-number-%03d", i);
    int fd = open(path, O_CREAT | O_WRONLY, 0644);
    CHECK(fd >= 0);
    close(fd);
  }

  /* telldir after every entry, then seekdir back to several of them */
  DIR* d = opendir("d");
  CHECK(d != NULL);
  long start = telldir(d);
  struct dirent* e;
  while ((e = readdir(d)) != NULL) {
    CHECK(count < MAXENT);
    snprintf(names[count], NAME_LEN, "%s", e->d_name);
    tells[count++] = telldir(d);
  }
  printf("readdir: %d entries\n", count);
  int picks[] = {0, 9, 37, 70, count - 2, count - 1, 5};
  for (size_t k = 0; k < sizeof picks / sizeof picks[0]; k++) {
    int i = picks[k];
    seekdir(d, tells[i]);
    printf("seekdir to telldir after entry %d: %d entries follow, same as before\n", i,
           compare_rest(d, i + 1));
  }
  seekdir(d, start);
  printf("seekdir to the first telldir: %d entries\n", compare_rest(d, 0));
  rewinddir(d);
  printf("rewinddir: %d entries\n", compare_rest(d, 0));
  /* a position taken in the middle stays valid after a rewind */
  rewinddir(d);
  for (int i = 0; i < 20; i++)
    CHECK(readdir(d) != NULL);
  long mid = telldir(d);
  rewinddir(d);
  seekdir(d, mid);
  printf("seekdir after rewinddir: %d entries follow\n", compare_rest(d, 20));
  closedir(d);

  /* lseek on a descriptor read with getdents64 in small buffers */
  static char first[MAXENT][NAME_LEN], rest1[MAXENT][NAME_LEN], rest2[MAXENT][NAME_LEN],
      all[MAXENT][NAME_LEN];
  int fd = open("d", O_RDONLY | O_DIRECTORY);
  CHECK(fd >= 0);
  int nfirst = 0;
  CHECK(getdents_once(fd, first, &nfirst, 512) > 0);
  off_t pos = lseek(fd, 0, SEEK_CUR);
  printf("lseek SEEK_CUR on a directory: %s\n", pos >= 0 ? "a position" : strerror(errno));
  int n1 = getdents_rest(fd, rest1, 512);
  printf("getdents64: %d entries, then %d more\n", nfirst, n1);
  CHECK(lseek(fd, pos, SEEK_SET) == pos);
  int n2 = getdents_rest(fd, rest2, 1024);
  printf("lseek SEEK_SET back: %d entries follow, same: %s\n", n2,
         n2 == n1 && same_names(rest1, rest2, n1) ? "yes" : "no");
  CHECK(lseek(fd, 0, SEEK_SET) == 0);
  int nall = getdents_rest(fd, all, 4096);
  printf("lseek SEEK_SET 0: %d entries, same as before: %s\n", nall,
         nall == nfirst + n1 && same_names(all, first, nfirst) &&
                 same_names(all + nfirst, rest1, n1)
             ? "yes"
             : "no");
  CHECK(lseek(fd, 0, SEEK_CUR) >= 0);
  CHECK(getdents_rest(fd, all, 4096) == 0);
  printf("at the end: SEEK_CUR still a position, nothing more to read\n");
  errno = 0;
  printf("lseek to a negative position: %s\n",
         lseek(fd, -1, SEEK_SET) == -1 ? strerror(errno) : "accepted");
  close(fd);
  return 0;
}
