/* A working directory (or a directory descriptor) whose directory was removed: Linux still
 * answers for '.' (st_nlink 0; it can be opened and stat'ed) and '..' (the directory it was
 * removed from: chdir("..") leaves it), while names in it are ENOENT (also for creating) and
 * getcwd and reading the directory (getdents64) fail with ENOENT. Paths are printed relative to the
 * starting directory. */
#include "check.h"

#include <dirent.h>
#include <fcntl.h>
#include <limits.h>
#include <sys/stat.h>
#include <sys/syscall.h>

static char start[PATH_MAX];

static void show(const char* label) {
  print_cwd_from(label, start);
}

static void stat_of(const char* label, int dirfd, const char* path, const struct stat* same) {
  struct stat st;
  errno = 0;
  if (fstatat(dirfd, path, &st, 0) != 0) {
    printf("stat %-20s -> %s\n", label, strerror(errno));
    return;
  }
  printf("stat %-20s -> %s nlink %lu%s\n", label, S_ISDIR(st.st_mode) ? "dir" : "other",
         (unsigned long)st.st_nlink,
         same == NULL                                             ? ""
         : st.st_ino == same->st_ino && st.st_dev == same->st_dev ? ", the parent"
                                                                  : ", not the parent");
}

int main(void) {
  CHECK(getcwd(start, sizeof start) == start);
  struct stat parent;
  CHECK(mkdir("p", 0755) == 0 && mkdir("p/gone", 0755) == 0 && stat("p", &parent) == 0);

  /* the working directory */
  CHECK(chdir("p/gone") == 0);
  CHECK(rmdir("../gone") == 0);
  show("after rmdir");
  stat_of(".", AT_FDCWD, ".", NULL);
  stat_of("./.", AT_FDCWD, "./.", NULL);
  stat_of("..", AT_FDCWD, "..", &parent);
  stat_of("../.", AT_FDCWD, "../.", &parent);
  stat_of("x", AT_FDCWD, "x", NULL);
  stat_of("x/..", AT_FDCWD, "x/..", NULL);
  TRY(access(".", F_OK));
  TRY(open("x", O_CREAT | O_WRONLY, 0644));
  TRY(mkdir("y", 0755));
  int self = open(".", O_RDONLY | O_DIRECTORY);
  printf("open(\".\"): %s\n", self >= 0 ? "ok" : strerror(errno));
  struct stat st;
  CHECK(fstat(self, &st) == 0);
  printf("fstat of it: nlink %lu\n", (unsigned long)st.st_nlink);
  /* reading it: getdents64 fails with ENOENT (the runtime listed '.' and '..') */
  char dents[512];
  TRY(syscall(SYS_getdents64, self, dents, sizeof dents));
  TRY(chdir("."));
  show("after chdir(\".\")");
  TRY(chdir(".."));
  show("after chdir(\"..\")");

  /* the removed directory as a descriptor: *at calls relative to it */
  stat_of("fd .", self, ".", NULL);
  stat_of("fd ..", self, "..", &parent);
  stat_of("fd x", self, "x", NULL);
  TRY(openat(self, "x", O_CREAT | O_WRONLY, 0644));
  TRY(fchdir(self));
  show("after fchdir");
  TRY(chdir(".."));
  show("after chdir(\"..\") again");
  close(self);
  return 0;
}
