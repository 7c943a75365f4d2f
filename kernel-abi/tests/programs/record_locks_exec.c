/* Record locks across execve: the process keeps its locks through the exec on a descriptor that
 * stays open, and loses those on a file whose descriptor was close-on-exec (the exec closes it,
 * and a close releases the process's locks on that file). The program execs itself (argv[0])
 * with the pipe's descriptors as arguments. */
#include "locks.h"

#include <sys/wait.h>

int main(int argc, char** argv) {
  if (argc == 4 && strcmp(argv[1], "after-exec") == 0) {
    send_token(atoi(argv[2]));
    wait_token(atoi(argv[3]));
    return 0;
  }
  int kept = open("kept.db", O_RDWR | O_CREAT | O_TRUNC, 0644);
  int closed = open("closed.db", O_RDWR | O_CREAT | O_TRUNC, 0644);
  CHECK(kept >= 0 && closed >= 0);
  int p2c[2], c2p[2];
  CHECK(pipe(p2c) == 0 && pipe(c2p) == 0);
  pid_t child = flush_fork();
  if (child == 0) {
    int k = open("kept.db", O_RDWR);
    int c = open("closed.db", O_RDWR | O_CLOEXEC);
    CHECK(k >= 0 && c >= 0);
    CHECK(lk(k, F_SETLK, F_WRLCK, SEEK_SET, 0, 10) == 0);
    CHECK(lk(c, F_SETLK, F_WRLCK, SEEK_SET, 0, 10) == 0);
    char w[16], r[16];
    snprintf(w, sizeof w, "%d", c2p[1]);
    snprintf(r, sizeof r, "%d", p2c[0]);
    execl(argv[0], argv[0], "after-exec", w, r, (char*)NULL);
    _exit(98);
  }
  wait_token(c2p[0]);
  probe("after the child's exec, kept.db", kept, F_RDLCK, 0, 0, child);
  probe("after the child's exec, closed.db (close-on-exec)", closed, F_RDLCK, 0, 0, child);
  send_token(p2c[1]);
  int status;
  CHECK(waitpid(child, &status, 0) == child && WIFEXITED(status) && WEXITSTATUS(status) == 0);
  probe("after the child exited, kept.db", kept, F_RDLCK, 0, 0, child);
  unlink("kept.db");
  unlink("closed.db");
  return 0;
}
