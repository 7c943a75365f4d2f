#define _GNU_SOURCE
/* The /dev devices are found by path resolution, not by spelling: through a symlink (build
 * scripts do `ln -s /dev/null x`), `..`, relative paths and a descriptor of /dev; /dev itself is
 * a directory that lists them; a name below a device (or a device with a trailing slash) is
 * ENOTDIR, as on Linux. Nothing is created in /dev (natively that is the host's). */
#include "check.h"

#include <dirent.h>
#include <fcntl.h>
#include <limits.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>

static void chr(const char* label, const char* path) {
  struct stat st;
  errno = 0;
  if (stat(path, &st) != 0) {
    printf("stat %-28s -> %s\n", label, strerror(errno));
    return;
  }
  printf("stat %-28s -> %s %u:%u\n", label,
         S_ISCHR(st.st_mode)   ? "chr"
         : S_ISDIR(st.st_mode) ? "dir"
                               : "other",
         major(st.st_rdev), minor(st.st_rdev));
}

static int in_listing(DIR* d, const char* name) {
  rewinddir(d);
  struct dirent* e;
  while ((e = readdir(d)) != NULL)
    if (strcmp(e->d_name, name) == 0)
      return 1;
  return 0;
}

int main(void) {
  char start[PATH_MAX];
  CHECK(getcwd(start, sizeof start) == start);

  /* symlinks to devices, absolute and through .. */
  CHECK(symlink("/dev/null", "nulllink") == 0);
  CHECK(symlink("/dev/../dev/./zero", "zerolink") == 0);
  CHECK(symlink("/dev", "devlink") == 0);
  CHECK(symlink("nulllink", "chain") == 0);
  CHECK(symlink("/dev/no-such-device-wpk", "dangling") == 0);
  int fd = open("nulllink", O_WRONLY);
  TRY(fd >= 0 ? 0 : -1);
  TRY(write(fd, "abc", 3));
  close(fd);
  fd = open("chain", O_RDONLY);
  char buf[8] = "xxxxxxx";
  TRY(read(fd, buf, sizeof buf));
  close(fd);
  fd = open("zerolink", O_RDONLY);
  TRY(read(fd, buf, 4));
  printf("zeros: %s\n", buf[0] == 0 && buf[3] == 0 ? "yes" : "no");
  close(fd);
  chr("nulllink", "nulllink");
  chr("zerolink", "zerolink");
  chr("devlink/urandom", "devlink/urandom");
  struct stat st;
  CHECK(lstat("nulllink", &st) == 0);
  printf("lstat nulllink is a symlink: %s\n", S_ISLNK(st.st_mode) ? "yes" : "no");
  TRY(open("devlink/null", O_RDWR) >= 0 ? 0 : -1);
  TRY(open("dangling", O_RDONLY));
  TRY(access("nulllink", R_OK | W_OK));
  char real[PATH_MAX];
  printf("realpath chain: %s\n", realpath("chain", real) ? real : strerror(errno));

  /* trailing components and slashes */
  TRY(open("/dev/null/", O_RDONLY));
  TRY(open("/dev/null/x", O_RDONLY));
  TRY(open("/dev/null/..", O_RDONLY));
  TRY(open("nulllink/", O_RDONLY));
  TRY(open("/dev/null", O_RDONLY | O_DIRECTORY));
  TRY(stat("/dev/zero/", &st));
  TRY(access("/dev/null/x", F_OK));
  TRY(open("/dev/null", O_WRONLY | O_CREAT | O_EXCL, 0644));
  TRY(mkdir("/dev", 0755));
  TRY(mkdir("/dev/null", 0755));
  TRY(open("/dev/no-such-device-wpk", O_RDONLY));

  /* /dev is a directory */
  chr("/dev", "/dev");
  chr("/dev/", "/dev/");
  chr("/dev/.", "/dev/.");
  DIR* d = opendir("/dev");
  CHECK(d != NULL);
  const char* names[] = {"null", "zero", "random", "urandom", "tty"};
  for (size_t i = 0; i < sizeof names / sizeof *names; i++)
    printf("/dev lists %s: %s\n", names[i], in_listing(d, names[i]) ? "yes" : "no");
  closedir(d);

  /* relative to a descriptor of /dev, and to /dev as the working directory */
  int dev = open("/dev", O_RDONLY | O_DIRECTORY);
  CHECK(dev >= 0);
  fd = openat(dev, "zero", O_RDONLY);
  TRY(fd >= 0 ? read(fd, buf, 2) : -1);
  close(fd);
  fd = openat(dev, "../dev/null", O_WRONLY);
  TRY(fd >= 0 ? write(fd, "x", 1) : -1);
  close(fd);
  TRY(openat(dev, "null/", O_RDONLY));
  TRY(fstatat(dev, "urandom", &st, 0));
  TRY(faccessat(dev, "null", W_OK, 0));
  CHECK(chdir("/dev") == 0);
  char now[PATH_MAX];
  CHECK(getcwd(now, sizeof now) == now);
  printf("cwd after chdir /dev: %s\n", now);
  fd = open("null", O_WRONLY);
  TRY(fd >= 0 ? write(fd, "x", 1) : -1);
  close(fd);
  chr("./zero from /dev", "./zero");
  CHECK(chdir(start) == 0);
  CHECK(fchdir(dev) == 0);
  CHECK(getcwd(now, sizeof now) == now);
  printf("cwd after fchdir to /dev: %s\n", now);
  chr("null from fchdir /dev", "null");
  CHECK(chdir(start) == 0);
  close(dev);
  printf("dev_paths done\n");
  return 0;
}
