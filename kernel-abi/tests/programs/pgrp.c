/* Process groups and sessions: a child moves into its own group (setpgid), the parent signals
 * the whole group with kill(-pgid), setsid makes a new session (and fails for a group leader),
 * getpgid/getsid agree with what was set. */
#include "check.h"

#include <signal.h>
#include <sys/wait.h>

int main(void) {
  int ready[2];
  CHECK(pipe(ready) == 0);
  pid_t leader = flush_fork();
  if (leader == 0) {
    CHECK(setpgid(0, 0) == 0);
    CHECK(getpgrp() == getpid());
    pid_t member = flush_fork();
    if (member == 0) {
      CHECK(getpgrp() == getppid());
      write_all(ready[1], "m", 1);
      for (;;)
        pause();
    }
    write_all(ready[1], "l", 1);
    int status;
    CHECK(waitpid(member, &status, 0) == member);
    _exit(WIFSIGNALED(status) ? 100 + WTERMSIG(status) : 1);
  }
  /* the parent sets the group too, as shells do (whichever runs first wins, same result) */
  setpgid(leader, leader);
  close(ready[1]);
  char c[2];
  CHECK(read(ready[0], &c[0], 1) == 1 && read(ready[0], &c[1], 1) == 1);
  CHECK(getpgid(leader) == leader);
  CHECK(getpgid(0) == getpgrp() && getpgrp() != leader);
  printf("child group is its own: %d\n", getpgid(leader) == leader);
  CHECK(kill(-leader, SIGUSR1) == 0);
  int status;
  CHECK(waitpid(leader, &status, 0) == leader);
  printf("group kill: leader signaled %d sig %d\n", WIFSIGNALED(status),
         WIFSIGNALED(status) ? WTERMSIG(status) : 0);

  pid_t pid = flush_fork();
  if (pid == 0) {
    pid_t sid = setsid();
    CHECK(sid == getpid() && getsid(0) == sid && getpgrp() == sid);
    CHECK(setsid() == -1 && errno == EPERM);
    CHECK(setpgid(0, 0) == -1 && errno == EPERM);
    _exit(0);
  }
  CHECK(waitpid(pid, &status, 0) == pid && WIFEXITED(status) && WEXITSTATUS(status) == 0);
  printf("setsid in a child: new session, second setsid EPERM\n");
  CHECK(setpgid(getpid(), 999999) == -1);
  printf("done\n");
  return 0;
}
