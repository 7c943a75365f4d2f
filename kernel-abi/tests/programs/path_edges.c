/* Path and offset edge cases: a trailing slash names a directory (unlink, rename, symlink, link
 * and open(O_CREAT) of a non-directory with one fail), O_CREAT|O_EXCL on a dangling symlink fails
 * with EEXIST instead of creating its target, '.' and '..' after a non-directory fail with
 * ENOTDIR (the name before them must be a directory), unknown flags of the *at() calls and an
 * unknown access mode give EINVAL, and negative offsets and lengths give
 * EINVAL (pread, pwrite, truncate, ftruncate). */
#include "check.h"

#include <fcntl.h>
#include <sys/stat.h>

int main(void) {
  int fd = open("f", O_CREAT | O_WRONLY, 0644);
  CHECK(fd >= 0);
  write_all(fd, "data", 4);
  CHECK(mkdir("d", 0755) == 0);

  TRY(unlink("f/"));
  TRY(rename("f", "g/"));
  TRY(rename("f/", "g"));
  TRY(symlink("f", "sl/"));
  TRY(link("f", "hl/"));
  TRY(open("newfile/", O_CREAT | O_WRONLY, 0644));
  TRY(access("newfile", F_OK));
  TRY(open("f/", O_CREAT | O_WRONLY, 0644));
  TRY(open("d/", O_CREAT | O_RDONLY, 0644));
  TRY(open("missing/newfile/", O_CREAT | O_WRONLY, 0644));
  TRY(access("f", F_OK));
  TRY(rename("d", "e/"));
  TRY(rename("e/", "d"));
  TRY(mkdir("d2/", 0755));
  TRY(rmdir("d2/"));

  struct stat st;
  TRY(stat("f/..", &st));
  TRY(stat("f/.", &st));
  TRY(open("f/../f", O_RDONLY));
  TRY(open("d/../f", O_RDONLY) >= 0);
  TRY(chdir("f/.."));
  TRY(access("missing/..", F_OK));

  TRY(fstatat(AT_FDCWD, "f", &st, 0x8000));
  TRY(utimensat(AT_FDCWD, "f", NULL, 0x8000));
  TRY(unlinkat(AT_FDCWD, "f", 0x8000));
  TRY(faccessat(AT_FDCWD, "f", 0x10, 0));
  TRY(access("f", F_OK));

  CHECK(symlink("target", "dangling") == 0);
  TRY(open("dangling", O_CREAT | O_EXCL | O_WRONLY, 0644));
  TRY(access("target", F_OK));
  TRY(open("dangling", O_CREAT | O_WRONLY, 0644) >= 0);
  TRY(access("target", F_OK));

  char b[4];
  TRY(pwrite(fd, "x", 1, -1));
  TRY(pwrite(-1, "x", 1, -1));
  int rfd = open("f", O_RDONLY);
  CHECK(rfd >= 0);
  TRY(pread(rfd, b, 1, -1));
  TRY(ftruncate(fd, -1));
  TRY(truncate("f", -1));
  CHECK(stat("f", &st) == 0);
  printf("size of f: %lld\n", (long long)st.st_size);
  return 0;
}
