#define _GNU_SOURCE
/* execve of another test program (path given as argv[1]): argv and envp arrive, descriptors
 * without FD_CLOEXEC survive the exec and CLOEXEC ones are closed, the exit code of the new
 * image is what the parent's wait sees; a failing exec returns ENOENT / EACCES and the
 * process continues; a #! script runs through its interpreter. */
#include "check.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <sys/wait.h>

int main(int argc, char** argv) {
  CHECK(argc >= 2);
  const char* helper = argv[1];
  int p[2];
  CHECK(pipe(p) == 0);
  pid_t pid = flush_fork();
  if (pid == 0) {
    close(p[0]);
    CHECK(dup2(p[1], 20) == 20);
    close(p[1]);
    int devnull = open("/dev/null", O_RDONLY | O_CLOEXEC);
    CHECK(devnull >= 0);
    CHECK(dup3(devnull, 21, O_CLOEXEC) == 21);
    char* args[] = {(char*)helper, "17", "two words", "", NULL};
    char* env[] = {"WPK_EXEC_TEST=from exec", NULL};
    execve(helper, args, env);
    printf("execve failed: %s\n", strerror(errno));
    _exit(1);
  }
  close(p[1]);
  char buf[256];
  read_all(p[0], buf, sizeof buf);
  printf("parent read: %s", buf);
  int status;
  CHECK(waitpid(pid, &status, 0) == pid);
  printf("helper exit %d\n", WEXITSTATUS(status));

  char* none[] = {"nothing", NULL};
  CHECK(execve("./does-not-exist", none, none) == -1 && errno == ENOENT);
  int fd = open("not-executable", O_CREAT | O_WRONLY | O_TRUNC, 0644);
  CHECK(fd >= 0);
  close(fd);
  CHECK(execve("./not-executable", none, none) == -1 && errno == EACCES);
  printf("failed execs returned\n");

  /* A #! script whose interpreter is the helper: argv becomes helper, script, args. */
  fd = open("script", O_CREAT | O_WRONLY | O_TRUNC, 0755);
  CHECK(fd >= 0);
  dprintf(fd, "#!%s 3\n", helper);
  close(fd);
  pid = flush_fork();
  if (pid == 0) {
    char* args[] = {"script", "arg", NULL};
    char* env[] = {NULL};
    execve("./script", args, env);
    printf("script exec failed: %s\n", strerror(errno));
    _exit(1);
  }
  CHECK(waitpid(pid, &status, 0) == pid);
  printf("script exit %d\n", WEXITSTATUS(status));
  return 0;
}
