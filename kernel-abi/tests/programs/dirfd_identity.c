/* A directory or O_PATH descriptor keeps naming the file it opened, whatever later happens to
 * the name it was opened by. Here each name is renamed away and replaced by a symlink to "..",
 * which from the runtime's root points outside it (where the harness keeps outside-marker):
 * listing, fstat, fchmod and futimens on the descriptor must act on the moved directory, never
 * on the symlink's target, and openat relative to it and fchdir to it find the moved directory.
 * futimens on an O_PATH descriptor fails with EBADF, as on Linux; openat relative to a removed
 * directory with ENOENT. */
#define _GNU_SOURCE
#include "check.h"

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/syscall.h>

/* Prints the names the descriptor lists, other than "." and "..". */
static void list(const char* label, int fd) {
  char buf[4096];
  long n = syscall(SYS_getdents64, fd, buf, sizeof buf);
  CHECK(n >= 0);
  printf("%s lists:", label);
  for (long off = 0; off < n;) {
    struct dirent* e = (struct dirent*)(buf + off);
    if (strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0)
      printf(" %s", e->d_name);
    off += e->d_reclen;
  }
  printf("\n");
}

static int same_file(int fd, const char* path) {
  struct stat a, b;
  CHECK(fstat(fd, &a) == 0 && stat(path, &b) == 0);
  return a.st_dev == b.st_dev && a.st_ino == b.st_ino;
}

int main(void) {
  CHECK(mkdir("d", 0755) == 0);
  close(open("d/inside", O_CREAT | O_WRONLY, 0644));
  int dir = open("d", O_RDONLY | O_DIRECTORY);
  CHECK(dir >= 0);
  int opath = open("d/inside", O_PATH);
  CHECK(opath >= 0);

  CHECK(rename("d", "moved") == 0);
  CHECK(symlink("..", "d") == 0);

  list("directory fd", dir);
  printf("fstat: the moved directory %d\n", same_file(dir, "moved"));
  CHECK(fchmod(dir, 0700) == 0);
  struct stat st;
  CHECK(stat("moved", &st) == 0);
  printf("fchmod changed the moved directory: %d\n", (st.st_mode & 0777) == 0700);
  struct timespec old[2] = {{1000000000, 0}, {1000000000, 0}};
  CHECK(futimens(dir, old) == 0);
  CHECK(stat("moved", &st) == 0);
  printf("futimens changed the moved directory: %d\n", st.st_mtime == 1000000000);

  printf("O_PATH fstat: the moved file %d\n", same_file(opath, "moved/inside"));
  CHECK(fstatat(opath, "", &st, AT_EMPTY_PATH) == 0);
  printf("O_PATH fstatat(AT_EMPTY_PATH): regular %d\n", S_ISREG(st.st_mode) != 0);
  TRY(futimens(opath, old));

  int inner = openat(dir, "inside", O_RDONLY);
  printf("openat relative to the directory fd: %s\n", inner >= 0 ? "opened" : strerror(errno));
  int odir = open("moved", O_PATH | O_DIRECTORY);
  CHECK(odir >= 0);
  CHECK(rename("moved", "moved-again") == 0);
  TRY(faccessat(odir, "inside", F_OK, 0));
  CHECK(fchdir(dir) == 0);
  TRY(access("inside", F_OK));
  CHECK(chdir("..") == 0);

  CHECK(mkdir("gone", 0755) == 0);
  int gone = open("gone", O_RDONLY | O_DIRECTORY);
  CHECK(gone >= 0 && rmdir("gone") == 0);
  TRY(openat(gone, "new", O_CREAT | O_WRONLY, 0644));
  return 0;
}
