/* File mappings the runtime can and cannot give. A writable MAP_SHARED mapping of a file must be
 * shared with the file and with other processes mapping it (sqlite's WAL index relies on that);
 * a runtime that cannot share must refuse it (ENODEV, as a Linux file system without mmap) rather
 * than hand out a private copy whose writes vanish. Natively the mapping is shared, under the
 * runtime it is refused: both print "shared, or refused". Read-only shared and private mappings
 * show the file's bytes; EACCES (writable shared mapping of a read-only descriptor) and EBADF
 * come first, as on Linux. */
#include "check.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/wait.h>

static const char* err(void) {
  return errno == EACCES   ? "EACCES"
         : errno == EBADF  ? "EBADF"
         : errno == ENODEV ? "ENODEV"
                           : strerror(errno);
}

int main(void) {
  int fd = open("mapped", O_RDWR | O_CREAT | O_TRUNC, 0644);
  CHECK(fd >= 0);
  char page[4096];
  memset(page, 'a', sizeof page);
  write_all(fd, page, sizeof page);

  char* ro = mmap(NULL, 4096, PROT_READ, MAP_SHARED, fd, 0);
  CHECK(ro != MAP_FAILED);
  printf("read-only MAP_SHARED: %c%c\n", ro[0], ro[4095]);
  munmap(ro, 4096);
  char* priv = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE, fd, 0);
  CHECK(priv != MAP_FAILED);
  priv[0] = 'p';
  char first;
  CHECK(pread(fd, &first, 1, 0) == 1);
  printf("writable MAP_PRIVATE: %c, the file keeps %c\n", priv[0], first);
  munmap(priv, 4096);

  int rdonly = open("mapped", O_RDONLY);
  CHECK(rdonly >= 0);
  errno = 0;
  void* p = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_SHARED, rdonly, 0);
  printf("writable MAP_SHARED of an O_RDONLY descriptor: %s\n", p == MAP_FAILED ? err() : "mapped");
  errno = 0;
  p = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_SHARED, 99, 0);
  printf("writable MAP_SHARED of a closed descriptor: %s\n", p == MAP_FAILED ? err() : "mapped");

  errno = 0;
  char* shared = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
  const char* verdict;
  if (shared == MAP_FAILED) {
    verdict = errno == ENODEV ? "shared, or refused" : err();
  } else {
    pid_t child = flush_fork();
    if (child == 0) {
      shared[1] = 'c'; /* the child's write: the parent's mapping and the file must see it */
      _exit(0);
    }
    int status;
    CHECK(waitpid(child, &status, 0) == child && WIFEXITED(status) && WEXITSTATUS(status) == 0);
    shared[2] = 'w';
    CHECK(msync(shared, 4096, MS_SYNC) == 0);
    char head[3];
    CHECK(pread(fd, head, 3, 0) == 3);
    verdict =
        shared[1] == 'c' && head[1] == 'c' && head[2] == 'w' ? "shared, or refused" : "NOT SHARED";
    munmap(shared, 4096);
  }
  printf("writable MAP_SHARED of the file: %s\n", verdict);
  close(fd);
  close(rdonly);
  unlink("mapped");
  return 0;
}
