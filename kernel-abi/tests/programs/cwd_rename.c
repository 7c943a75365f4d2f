/* The working directory is the directory itself, not its name: after a rename of it (or of a
 * directory above it) relative paths keep working and getcwd reports the new name, in a forked
 * child too and after execve (which keeps it); after fchdir the same. Once it was removed,
 * getcwd and creating a file there fail with ENOENT. Paths are printed relative to the starting
 * directory. */
#include "check.h"

#include <fcntl.h>
#include <limits.h>
#include <sys/stat.h>
#include <sys/wait.h>

static char start[PATH_MAX];

static void show(const char* label) {
  print_cwd_from(label, start);
}

static char* at_start(const char* name) {
  static char buf[2][2 * PATH_MAX];
  static int which;
  which ^= 1;
  snprintf(buf[which], sizeof buf[which], "%s%s%s", start, strcmp(start, "/") ? "/" : "", name);
  return buf[which];
}

int main(int argc, char** argv) {
  if (argc == 3 && strcmp(argv[1], "exec") == 0) {
    snprintf(start, sizeof start, "%s", argv[2]);
    show("after execve");
    TRY(access("../f", F_OK));
    printf("cwd_rename done\n");
    return 0;
  }
  CHECK(getcwd(start, sizeof start) == start);
  CHECK(mkdir("d", 0755) == 0 && mkdir("d/sub", 0755) == 0);
  int fd = open("d/f", O_CREAT | O_WRONLY, 0644);
  CHECK(fd >= 0);
  close(fd);

  /* the cwd renamed (by a relative path through it) */
  CHECK(chdir("d") == 0);
  TRY(rename("../d", "../moved"));
  TRY(access("f", F_OK));
  TRY(access("sub/../f", F_OK));
  show("after renaming the cwd");
  fd = open("new", O_CREAT | O_WRONLY, 0644);
  TRY(fd >= 0 ? close(fd) : -1);
  TRY(access(at_start("moved/new"), F_OK));

  /* a directory above the cwd renamed */
  CHECK(chdir("sub") == 0);
  TRY(rename(at_start("moved"), at_start("moved2")));
  TRY(access("../f", F_OK));
  show("after renaming its parent");

  /* a forked child shares it: renamed by the parent while the child waits */
  int p[2];
  CHECK(pipe(p) == 0);
  pid_t pid = flush_fork();
  if (pid == 0) {
    char c;
    close(p[1]);
    CHECK(read(p[0], &c, 1) == 1);
    show("in the child");
    TRY(access("../f", F_OK));
    fflush(stdout);
    _exit(0);
  }
  close(p[0]);
  TRY(rename(at_start("moved2"), at_start("moved3")));
  fflush(stdout);
  CHECK(write(p[1], "x", 1) == 1);
  int status;
  CHECK(waitpid(pid, &status, 0) == pid && WIFEXITED(status) && WEXITSTATUS(status) == 0);
  close(p[1]);
  show("in the parent");

  /* a removed cwd */
  CHECK(mkdir(at_start("gone"), 0755) == 0);
  CHECK(chdir(at_start("gone")) == 0);
  CHECK(rmdir(at_start("gone")) == 0);
  show("after removing the cwd");
  TRY(open("x", O_CREAT | O_WRONLY, 0644));

  /* fchdir, then a rename */
  int dir = open(at_start("moved3/sub"), O_RDONLY | O_DIRECTORY);
  CHECK(dir >= 0);
  CHECK(chdir(start) == 0);
  CHECK(fchdir(dir) == 0);
  close(dir);
  TRY(rename(at_start("moved3"), at_start("moved4")));
  show("after fchdir and a rename");
  TRY(access("../f", F_OK));

  /* execve keeps it */
  TRY(rename(at_start("moved4"), at_start("moved5")));
  char self[2 * PATH_MAX];
  snprintf(self, sizeof self, "%s",
           at_start(argv[0][0] == '.' && argv[0][1] == '/' ? argv[0] + 2 : argv[0]));
  char* args[] = {self, "exec", start, NULL};
  fflush(stdout);
  execv(self, args);
  printf("execv: %s\n", strerror(errno));
  return 1;
}
