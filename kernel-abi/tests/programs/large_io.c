/* One read() or write() of several MiB on a regular file transfers all of it, as POSIX has it
 * for regular files (file(1) reads its 8 MB magic database with a single read); the runtime moves
 * at most 1 MiB per mailbox round trip, so this crosses several. Also pread/pwrite at an offset,
 * a read that ends at end of file (short only by what the file lacks), and a read of a pipe that
 * still returns what the pipe holds instead of waiting for the whole request. */
#include "check.h"

#include <fcntl.h>

enum { TOTAL = 3 * 1024 * 1024 + 12345 };

static unsigned char data[TOTAL], got[TOTAL + 4096];

static size_t wrong_bytes(const unsigned char* p, size_t n, size_t start) {
  size_t bad = 0;
  for (size_t i = 0; i < n; ++i)
    bad += p[i] != data[start + i];
  return bad;
}

int main(void) {
  for (size_t i = 0; i < TOTAL; ++i)
    data[i] = (unsigned char)(i * 13 + i / 4093);
  int fd = open("big.bin", O_RDWR | O_CREAT | O_TRUNC, 0644);
  CHECK(fd >= 0);
  ssize_t w = write(fd, data, TOTAL);
  printf("write: %zd of %d bytes\n", w, TOTAL);

  CHECK(lseek(fd, 0, SEEK_SET) == 0);
  ssize_t r = read(fd, got, TOTAL);
  printf("read: %zd bytes, %zu wrong, offset now %lld\n", r, wrong_bytes(got, TOTAL, 0),
         (long long)lseek(fd, 0, SEEK_CUR));

  CHECK(lseek(fd, 1000, SEEK_SET) == 1000);
  r = read(fd, got, sizeof got); /* asks past the end: gets what the file has */
  printf("read past the end: %zd bytes, %zu wrong\n", r,
         r > 0 ? wrong_bytes(got, (size_t)r, 1000) : 0);

  r = pread(fd, got, 2 * 1024 * 1024, 777777);
  printf("pread: %zd bytes, %zu wrong, offset unchanged: %s\n", r,
         r > 0 ? wrong_bytes(got, (size_t)r, 777777) : 0,
         lseek(fd, 0, SEEK_CUR) == TOTAL ? "yes" : "no");

  CHECK(pwrite(fd, data + 5, 1536 * 1024, 5) == 1536 * 1024);
  CHECK(pread(fd, got, TOTAL, 0) == TOTAL);
  printf("pwrite: %zu wrong after rewriting 1.5 MiB in place\n", wrong_bytes(got, TOTAL, 0));
  CHECK(close(fd) == 0);
  CHECK(unlink("big.bin") == 0);

  int p[2];
  CHECK(pipe(p) == 0);
  write_all(p[1], data, 1000);
  r = read(p[0], got, TOTAL); /* a pipe returns what it holds */
  printf("pipe: read %zd bytes of a 1000-byte write with a %d-byte request\n", r, TOTAL);
  return 0;
}
