#define _GNU_SOURCE
/* /dev/fd/N and /proc/self/fd/N open what descriptor N refers to, as on Linux: a pipe end gives
 * a new description of the same pipe (with the access mode asked for, so the write end can be
 * opened for reading), a regular file is opened again (offset 0, also once it was removed), a
 * directory is entered by the rest of the path; readlink gives "pipe:[INO]" or the path. /dev/fd
 * and /dev/stdin, /dev/stdout, /dev/stderr are symlinks to /proc/self/fd(/N). utimensat,
 * truncate and chmod of /dev/fd/N change the file N has open. bash's process
 * substitution (`diff <(a) <(b)`) depends on this. */
#include "check.h"

#include <dirent.h>
#include <fcntl.h>
#include <limits.h>
#include <sys/stat.h>

static char cwd[PATH_MAX];

static int open_fd(const char* dir, int fd, int flags) {
  char path[64];
  snprintf(path, sizeof path, "%s/%d", dir, fd);
  return open(path, flags);
}

static void link_of(const char* label, const char* path, char* out, size_t cap) {
  errno = 0;
  ssize_t n = readlink(path, out, cap - 1);
  if (n < 0) {
    printf("readlink %-24s -> %s\n", label, strerror(errno));
    out[0] = 0;
    return;
  }
  out[n] = 0;
}

/* Prints a link's target; for a file of the scratch directory (`in_cwd`) its path shown
 * relative to the working directory (".", which is "/" in the runtime). */
static void show_link(const char* label, const char* path, int in_cwd) {
  char buf[PATH_MAX + 32];
  link_of(label, path, buf, sizeof buf);
  size_t n = strcmp(cwd, "/") == 0 ? 0 : strlen(cwd);
  if (in_cwd && strncmp(buf, cwd, n) == 0 && buf[n] == '/')
    printf("readlink %-24s -> .%s\n", label, buf + n);
  else if (strncmp(buf, "pipe:[", 6) == 0)
    printf("readlink %-24s -> pipe:[...]\n", label);
  else
    printf("readlink %-24s -> %s\n", label, buf);
}

/* Prints what lstat says of `path` under `label` (descriptor numbers differ natively, where the
 * harness may leave one open). */
static void lstat_kind(const char* label, const char* path) {
  struct stat st;
  errno = 0;
  if (lstat(path, &st) != 0) {
    printf("lstat %-26s -> %s\n", label, strerror(errno));
    return;
  }
  printf("lstat %-26s -> %s %03o\n", label,
         S_ISLNK(st.st_mode)   ? "link"
         : S_ISDIR(st.st_mode) ? "dir"
         : S_ISCHR(st.st_mode) ? "chr"
                               : "other",
         (unsigned)(st.st_mode & 0777));
}

int main(void) {
  CHECK(getcwd(cwd, sizeof cwd) == cwd);
  char buf[256];

  /* the links of /dev */
  lstat_kind("/dev/fd", "/dev/fd");
  lstat_kind("/dev/stdin", "/dev/stdin");
  lstat_kind("/dev/stdout", "/dev/stdout");
  lstat_kind("/dev/stderr", "/dev/stderr");
  show_link("/dev/fd", "/dev/fd", 0);
  show_link("/dev/stdin", "/dev/stdin", 0);
  show_link("/dev/stderr", "/dev/stderr", 0);
  struct stat st;
  CHECK(stat("/dev/fd", &st) == 0);
  printf("/dev/fd is a directory: %s\n", S_ISDIR(st.st_mode) ? "yes" : "no");
  CHECK(stat("/proc/self/fd", &st) == 0);
  printf("/proc/self/fd is a directory: %s\n", S_ISDIR(st.st_mode) ? "yes" : "no");

  /* a pipe: both ends reopened, the write end also for reading */
  int p[2];
  CHECK(pipe(p) == 0);
  write_all(p[1], "hello", 5);
  int r2 = open_fd("/dev/fd", p[0], O_RDONLY);
  CHECK(r2 >= 0);
  TRY(read(r2, buf, 3));
  int w2 = open_fd("/proc/self/fd", p[1], O_WRONLY);
  CHECK(w2 >= 0);
  write_all(w2, "XY", 2);
  int r3 = open_fd("/dev/fd", p[1], O_RDONLY); /* the write end's pipe, for reading */
  CHECK(r3 >= 0);
  TRY(read(r3, buf, sizeof buf));
  printf("pipe data: %.4s\n", buf);
  struct stat a, b;
  CHECK(fstat(p[0], &a) == 0 && fstat(r3, &b) == 0);
  printf("same pipe: %s, fifo: %s\n", a.st_ino == b.st_ino ? "yes" : "no",
         S_ISFIFO(b.st_mode) ? "yes" : "no");
  char link[64], expect[64];
  snprintf(buf, sizeof buf, "/dev/fd/%d", p[0]);
  link_of("pipe", buf, link, sizeof link);
  snprintf(expect, sizeof expect, "pipe:[%llu]", (unsigned long long)a.st_ino);
  printf("pipe link names its inode: %s\n", strcmp(link, expect) == 0 ? "yes" : "no");
  snprintf(buf, sizeof buf, "/proc/self/fd/%d", p[0]);
  lstat_kind("/proc/self/fd/(read end)", buf);
  snprintf(buf, sizeof buf, "/proc/self/fd/%d", p[1]);
  lstat_kind("/proc/self/fd/(write end)", buf);
  int rw = open_fd("/dev/fd", p[0], O_RDWR);
  CHECK(rw >= 0);
  write_all(rw, "rw", 2);
  TRY(read(rw, buf, sizeof buf));
  /* all write ends closed: the reopened reader sees EOF */
  close(p[1]);
  close(w2);
  close(rw);
  TRY(read(r2, buf, sizeof buf));
  /* O_WRONLY|O_NONBLOCK on a pipe without readers: no ENXIO (a FIFO's rule) */
  int q[2];
  CHECK(pipe(q) == 0);
  close(q[0]);
  int qw = open_fd("/dev/fd", q[1], O_WRONLY | O_NONBLOCK);
  printf("write end reopened without readers: %s\n", qw >= 0 ? "yes" : strerror(errno));
  close(qw);
  close(q[1]);
  close(p[0]);
  close(r2);
  close(r3);

  /* a regular file: a new description at offset 0; still there after unlink */
  int f = open("file", O_RDWR | O_CREAT | O_TRUNC, 0644);
  CHECK(f >= 0);
  write_all(f, "abcdef", 6);
  int f2 = open_fd("/dev/fd", f, O_RDONLY);
  CHECK(f2 >= 0);
  memset(buf, 0, sizeof buf);
  TRY(read(f2, buf, 3));
  printf("file data: %s, first offset: %ld\n", buf, (long)lseek(f, 0, SEEK_CUR));
  snprintf(buf, sizeof buf, "/dev/fd/%d", f);
  show_link("file", buf, 1);
  snprintf(buf, sizeof buf, "/proc/self/fd/%d", f);
  lstat_kind("/proc/self/fd/(O_RDWR file)", buf);
  CHECK(unlink("file") == 0);
  snprintf(buf, sizeof buf, "/dev/fd/%d", f);
  show_link("removed file", buf, 1);
  int f3 = open_fd("/dev/fd", f, O_RDONLY);
  CHECK(f3 >= 0);
  memset(buf, 0, sizeof buf);
  TRY(read(f3, buf, sizeof buf));
  printf("removed file data: %s\n", buf);
  snprintf(buf, sizeof buf, "/dev/fd/%d/x", f);
  TRY(open(buf, O_RDONLY));
  close(f);
  close(f2);
  close(f3);

  /* a directory: the rest of the path is looked up inside it */
  CHECK(mkdir("d", 0755) == 0);
  CHECK(close(open("d/inner", O_WRONLY | O_CREAT, 0644)) == 0);
  int d = open("d", O_RDONLY | O_DIRECTORY);
  CHECK(d >= 0);
  snprintf(buf, sizeof buf, "/dev/fd/%d/inner", d);
  TRY(stat(buf, &st));
  snprintf(buf, sizeof buf, "/dev/fd/%d", d);
  show_link("directory", buf, 1);
  CHECK(rename("d", "d2") == 0);
  show_link("renamed directory", buf, 1);
  close(d);

  /* a device; closed descriptors */
  int n = open("/dev/null", O_WRONLY);
  CHECK(n >= 0);
  snprintf(buf, sizeof buf, "/dev/fd/%d", n);
  show_link("/dev/null", buf, 0);
  int n2 = open(buf, O_RDONLY);
  TRY(read(n2, buf, sizeof buf));
  close(n);
  close(n2);
  TRY(open("/dev/fd/97", O_RDONLY));
  TRY(open("/proc/self/fd/97", O_RDONLY));
  TRY(readlink("/dev/fd/97", buf, sizeof buf));

  /* /proc/self/fd lists the open descriptors */
  int e = dup2(0, 42);
  CHECK(e == 42);
  DIR* dir = opendir("/proc/self/fd");
  CHECK(dir != NULL);
  int seen0 = 0, seen42 = 0, seen97 = 0;
  struct dirent* ent;
  while ((ent = readdir(dir)) != NULL) {
    seen0 |= strcmp(ent->d_name, "0") == 0;
    seen42 |= strcmp(ent->d_name, "42") == 0;
    seen97 |= strcmp(ent->d_name, "97") == 0;
  }
  closedir(dir);
  printf("listed: 0 %d, 42 %d, 97 %d\n", seen0, seen42, seen97);
  close(42);

  /* the calls that change a file by its path change the file N has open (the runtime returned
   * 0 from utimensat without setting the times, truncate was EINVAL, chmod EPERM) */
  int tf = open("changed", O_CREAT | O_RDWR | O_TRUNC, 0644);
  CHECK(tf >= 0);
  write_all(tf, "12345", 5);
  char tpath[64];
  snprintf(tpath, sizeof tpath, "/dev/fd/%d", tf);
  struct timespec times[2] = {{1000000, 0}, {2000000, 500000000}};
  TRY(truncate(tpath, 2));
  TRY(chmod(tpath, 0600));
  TRY(utimensat(AT_FDCWD, tpath, times, 0));
  struct stat tst;
  CHECK(fstat(tf, &tst) == 0);
  printf("through the link: atime %ld mtime %ld.%09ld size %ld mode %o\n", (long)tst.st_atime,
         (long)tst.st_mtime, (long)tst.st_mtim.tv_nsec, (long)tst.st_size,
         (unsigned)(tst.st_mode & 07777));
  close(tf);

  /* the standard descriptors (stdin is /dev/null here; stdout a regular file) */
  show_link("/dev/fd/0", "/dev/fd/0", 0);
  int in = open("/dev/stdin", O_RDONLY);
  CHECK(in >= 0);
  TRY(read(in, buf, sizeof buf));
  close(in);
  /* stdout is a regular file: /dev/stdout opens it again, O_APPEND writes after what is there
   * (the last output: stdout's own offset is left behind) */
  printf("before the write through /dev/stdout\n");
  fflush(stdout);
  int out = open("/dev/stdout", O_WRONLY | O_APPEND);
  CHECK(out >= 0);
  write_all(out, "written through /dev/stdout\n", 28);
  close(out);
  _exit(0);
}
