/* exec_replaced_file: a program file replaced by one of the same size and modification time runs
 * the new bytes. The runtime keeps compiled modules between execs; keyed by path, mtime and size
 * alone it ran the old module both when the file was renamed over (a new inode, as `cp -p` to a
 * temporary and `mv` do) and when it was rewritten in place and its mtime set back (only the
 * ctime changes). The copies differ only in one byte of the string they print. */
#define _GNU_SOURCE
#include "check.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <sys/wait.h>

static const char marker[] = "wpk-exec-marker:A";

static void run(const char* label) {
  fflush(stdout);
  pid_t pid = fork();
  CHECK(pid >= 0);
  if (pid == 0) {
    char* args[] = {"./prog", "print", NULL};
    execv("./prog", args);
    _exit(127);
  }
  int status;
  CHECK(waitpid(pid, &status, 0) == pid);
  printf("%s: exit %d\n", label, WIFEXITED(status) ? WEXITSTATUS(status) : -1);
}

/* Writes the program's bytes with the marker's last byte set to `which` into `path` (created or
 * truncated in place), then gives it the modification time `times` (NULL: leave it). */
static void write_copy(const char* path, const char* self, size_t size, char which,
                       const struct timespec* times) {
  char* bytes = malloc(size);
  CHECK(bytes != NULL);
  memcpy(bytes, self, size);
  size_t found = 0, at = 0;
  for (size_t i = 0; i + sizeof marker - 1 <= size; ++i)
    if (memcmp(bytes + i, marker, sizeof marker - 1) == 0) {
      found++;
      at = i;
    }
  CHECK(found == 1);
  bytes[at + sizeof marker - 2] = which;
  int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0755);
  CHECK(fd >= 0);
  write_all(fd, bytes, size);
  if (times != NULL) {
    struct timespec both[2] = {times[0], times[1]};
    CHECK(futimens(fd, both) == 0);
  }
  CHECK(close(fd) == 0);
  free(bytes);
}

int main(int argc, char** argv) {
  if (argc == 2) {
    printf("  runs %s\n", marker);
    return 0;
  }
  int self_fd = open(argv[0], O_RDONLY);
  CHECK(self_fd >= 0);
  struct stat st;
  CHECK(fstat(self_fd, &st) == 0);
  char* self = malloc((size_t)st.st_size + 2); /* read_all wants room to spare */
  CHECK(self != NULL);
  CHECK(read_all(self_fd, self, (size_t)st.st_size + 2) == (size_t)st.st_size);
  close(self_fd);

  struct timespec old_times[2] = {{1000000000, 0}, {1000000000, 0}};
  write_copy("prog", self, (size_t)st.st_size, 'A', old_times);
  run("first copy");

  /* Same size and mtime, a new file renamed over the name. */
  write_copy("prog.new", self, (size_t)st.st_size, 'B', old_times);
  CHECK(rename("prog.new", "prog") == 0);
  run("renamed over");

  /* Same size and mtime, the same file rewritten. */
  struct stat before;
  CHECK(stat("prog", &before) == 0);
  write_copy("prog", self, (size_t)st.st_size, 'C', old_times);
  struct stat after;
  CHECK(stat("prog", &after) == 0);
  printf("same inode: %s, same mtime: %s\n", before.st_ino == after.st_ino ? "yes" : "no",
         before.st_mtim.tv_sec == after.st_mtim.tv_sec ? "yes" : "no");
  run("rewritten in place");
  free(self);
  return 0;
}
