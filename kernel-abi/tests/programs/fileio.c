/* File I/O and directories: open/read/write/lseek/pread/pwrite, stat family, truncate, rename,
 * unlink, mkdir/rmdir, readdir, symlink/readlink, chmod/access, O_APPEND, O_EXCL, errors. */
#include "check.h"

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <sys/uio.h>

static int compare(const void* a, const void* b) {
  return strcmp(*(char* const*)a, *(char* const*)b);
}

static void list_dir(const char* path) {
  DIR* d = opendir(path);
  CHECK(d != NULL);
  char* names[64];
  int n = 0;
  struct dirent* e;
  while ((e = readdir(d)) != NULL) {
    CHECK(n < 64);
    names[n++] = strdup(e->d_name);
    if (strcmp(e->d_name, "sub") == 0)
      CHECK(e->d_type == DT_DIR);
    if (strcmp(e->d_name, "data.txt") == 0)
      CHECK(e->d_type == DT_REG);
  }
  closedir(d);
  qsort(names, (size_t)n, sizeof names[0], compare);
  printf("%s:", path);
  for (int i = 0; i < n; i++) {
    printf(" %s", names[i]);
    free(names[i]);
  }
  printf("\n");
}

int main(void) {
  CHECK(mkdir("work", 0755) == 0);
  CHECK(mkdir("work", 0755) == -1 && errno == EEXIST);
  int fd = open("work/data.txt", O_CREAT | O_RDWR | O_TRUNC, 0644);
  CHECK(fd >= 0);
  write_all(fd, "hello world\n", 12);
  CHECK(lseek(fd, 0, SEEK_CUR) == 12);
  CHECK(lseek(fd, 6, SEEK_SET) == 6);
  char buf[256];
  CHECK(read(fd, buf, 5) == 5);
  buf[5] = 0;
  printf("read after seek: %s\n", buf);
  CHECK(pwrite(fd, "WORLD", 5, 6) == 5);
  CHECK(pread(fd, buf, 11, 0) == 11);
  buf[11] = 0;
  printf("pread: %s\n", buf);
  CHECK(lseek(fd, 0, SEEK_END) == 12);
  struct iovec iov[2] = {{"ab", 2}, {"cd\n", 3}};
  CHECK(writev(fd, iov, 2) == 5);
  struct stat st;
  CHECK(fstat(fd, &st) == 0);
  printf("size %lld regular %d\n", (long long)st.st_size, S_ISREG(st.st_mode));
  CHECK(close(fd) == 0);
  CHECK(close(fd) == -1 && errno == EBADF);

  CHECK(stat("work/data.txt", &st) == 0 && st.st_size == 17);
  CHECK(truncate("work/data.txt", 5) == 0);
  CHECK(stat("work/data.txt", &st) == 0);
  printf("after truncate %lld\n", (long long)st.st_size);

  fd = open("work/data.txt", O_WRONLY | O_APPEND);
  CHECK(fd >= 0);
  write_all(fd, "+tail", 5);
  CHECK(ftruncate(fd, 8) == 0);
  close(fd);
  fd = open("work/data.txt", O_RDONLY);
  ssize_t n = read(fd, buf, sizeof buf - 1);
  CHECK(n >= 0);
  buf[n] = 0;
  printf("content: %s\n", buf);
  struct iovec riov[2] = {{buf, 3}, {buf + 10, 10}};
  CHECK(lseek(fd, 0, SEEK_SET) == 0);
  CHECK(readv(fd, riov, 2) == 8);
  printf("readv: %.3s|%.5s\n", buf, buf + 10);
  close(fd);

  CHECK(open("work/data.txt", O_CREAT | O_EXCL | O_WRONLY, 0644) == -1 && errno == EEXIST);
  CHECK(open("work/missing", O_RDONLY) == -1 && errno == ENOENT);
  CHECK(open("work/data.txt/x", O_RDONLY) == -1 && errno == ENOTDIR);
  CHECK(open("work", O_WRONLY) == -1 && errno == EISDIR);

  CHECK(mkdir("work/sub", 0700) == 0);
  CHECK(rename("work/data.txt", "work/sub/moved.txt") == 0);
  CHECK(access("work/data.txt", F_OK) == -1 && errno == ENOENT);
  CHECK(access("work/sub/moved.txt", R_OK | W_OK) == 0);
  CHECK(symlink("sub/moved.txt", "work/link") == 0);
  ssize_t l = readlink("work/link", buf, sizeof buf);
  CHECK(l > 0);
  buf[l] = 0;
  printf("readlink: %s\n", buf);
  CHECK(lstat("work/link", &st) == 0 && S_ISLNK(st.st_mode));
  CHECK(stat("work/link", &st) == 0 && S_ISREG(st.st_mode) && st.st_size == 8);
  CHECK(chmod("work/sub/moved.txt", 0600) == 0);
  CHECK(stat("work/sub/moved.txt", &st) == 0);
  printf("mode %o\n", st.st_mode & 0777);
  struct timeval tv[2] = {{1000000000, 0}, {1234567890, 0}};
  CHECK(utimes("work/sub/moved.txt", tv) == 0);
  CHECK(stat("work/sub/moved.txt", &st) == 0);
  printf("mtime %lld\n", (long long)st.st_mtime);
  fd = open("work/new.txt", O_CREAT | O_WRONLY, 0666);
  CHECK(fd >= 0);
  close(fd);
  list_dir("work");
  list_dir("work/sub");
  CHECK(rmdir("work/sub") == -1 && errno == ENOTEMPTY);
  CHECK(unlink("work/sub/moved.txt") == 0);
  CHECK(rmdir("work/sub") == 0);
  CHECK(unlink("work/link") == 0);
  CHECK(unlink("work/new.txt") == 0);
  CHECK(unlink("work") == -1 && (errno == EISDIR || errno == EPERM));
  CHECK(rmdir("work") == 0);
  printf("fileio done\n");
  return 0;
}
