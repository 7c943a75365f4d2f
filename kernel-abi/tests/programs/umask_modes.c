/* umask decides created modes exactly: umask(0) gives a file 0666 and a folder 0777 as asked,
 * umask(027) gives 0640 and 0750 (the runtime's host umask is not applied on top). The program
 * sets its own umask first, so the output does not depend on the caller's. */
#include "check.h"

#include <fcntl.h>
#include <sys/stat.h>

static void created(const char* file, const char* folder) {
  int fd = open(file, O_CREAT | O_WRONLY | O_EXCL, 0666);
  CHECK(fd >= 0);
  struct stat st;
  CHECK(fstat(fd, &st) == 0);
  close(fd);
  printf("file %s: %03o\n", file, (unsigned)(st.st_mode & 0777));
  CHECK(mkdir(folder, 0777) == 0);
  CHECK(stat(folder, &st) == 0);
  printf("folder %s: %03o\n", folder, (unsigned)(st.st_mode & 0777));
}

int main(void) {
  umask(0);
  created("open", "wide");
  printf("umask was %03o\n", (unsigned)umask(027));
  created("private", "narrow");
  printf("umask was %03o\n", (unsigned)umask(022));
  return 0;
}
