/* fork (and vfork) + wait: exit codes, death by signal, WNOHANG, ECHILD, waitpid on a specific
 * child, memory after fork is a copy (writes in the child are invisible to the parent). */
#include "check.h"

#include <signal.h>
#include <sys/wait.h>

static int global_counter = 10;

int main(void) {
  int local = 5;
  pid_t pid = flush_fork();
  if (pid == 0) {
    global_counter += 100;
    local += 100;
    printf("child sees %d %d\n", global_counter, local);
    fflush(stdout);
    _exit(42);
  }
  int status;
  CHECK(waitpid(pid, &status, 0) == pid);
  printf("parent sees %d %d\n", global_counter, local);
  printf("exited %d code %d\n", WIFEXITED(status), WEXITSTATUS(status));

  pid = flush_fork();
  if (pid == 0) {
    raise(SIGTERM);
    _exit(1);
  }
  CHECK(wait(&status) == pid);
  printf("signaled %d sig %d\n", WIFSIGNALED(status), WTERMSIG(status));

  pid = flush_fork();
  if (pid == 0) {
    abort();
  }
  CHECK(waitpid(-1, &status, 0) == pid);
  printf("abort: signaled %d sig %d\n", WIFSIGNALED(status), WTERMSIG(status));

  int pipefd[2];
  CHECK(pipe(pipefd) == 0);
  pid = flush_fork();
  if (pid == 0) {
    char c;
    close(pipefd[1]);
    CHECK(read(pipefd[0], &c, 1) == 1);
    exit(c);
  }
  close(pipefd[0]);
  CHECK(waitpid(pid, &status, WNOHANG) == 0);
  write_all(pipefd[1], "\x07", 1);
  close(pipefd[1]);
  CHECK(waitpid(pid, &status, 0) == pid);
  printf("after WNOHANG: code %d\n", WEXITSTATUS(status));

  CHECK(wait(&status) == -1 && errno == ECHILD);
  CHECK(waitpid(pid, &status, WNOHANG) == -1 && errno == ECHILD);

  fflush(stdout);
  pid = vfork();
  CHECK(pid >= 0);
  if (pid == 0)
    _exit(9);
  CHECK(waitpid(pid, &status, 0) == pid);
  printf("vfork child exit %d\n", WEXITSTATUS(status));

  /* exit() in the child flushes its own stdio buffer, not the parent's. */
  fflush(stdout);
  printf("buffered before fork");
  pid = fork();
  if (pid == 0) {
    printf(" [child]\n");
    exit(0);
  }
  CHECK(waitpid(pid, &status, 0) == pid && WIFEXITED(status) && WEXITSTATUS(status) == 0);
  printf(" [parent]\n");
  return 3;
}
