/* POSIX record locks between two processes: each opens the file itself, they take turns through
 * pipes. Shows F_SETLK conflicts (EAGAIN) and shared read locks, F_GETLK's answer (type, range
 * with whence SEEK_SET, and that l_pid is the other process), the owner's locks splitting,
 * converting and merging, l_whence SEEK_CUR/SEEK_END and a negative l_len, EBADF for a lock type
 * the descriptor's access mode does not allow, EINVAL cases, that a forked child does not own
 * (inherit) its parent's locks, and that closing ANY descriptor of the file releases all of the
 * process's locks on it. */
#include "locks.h"

#include <sys/wait.h>

int main(void) {
  int fd = open("locks.db", O_RDWR | O_CREAT | O_TRUNC, 0644);
  CHECK(fd >= 0);
  char zeros[100];
  memset(zeros, '.', sizeof zeros);
  write_all(fd, zeros, sizeof zeros);
  printf("parent W 0+10: %s\n", errno_name(lk(fd, F_SETLK, F_WRLCK, SEEK_SET, 0, 10)));
  printf("parent R 20+10: %s\n", errno_name(lk(fd, F_SETLK, F_RDLCK, SEEK_SET, 20, 10)));
  int p2c[2], c2p[2];
  CHECK(pipe(p2c) == 0 && pipe(c2p) == 0);
  pid_t parent = getpid();
  pid_t child = flush_fork();
  if (child == 0) {
    int cfd = open("locks.db", O_RDWR);
    CHECK(cfd >= 0);
    printf("child W 5+10: %s\n", errno_name(lk(cfd, F_SETLK, F_WRLCK, SEEK_SET, 5, 10)));
    printf("child R 20+5: %s\n", errno_name(lk(cfd, F_SETLK, F_RDLCK, SEEK_SET, 20, 5)));
    printf("child W 25+1: %s\n", errno_name(lk(cfd, F_SETLK, F_WRLCK, SEEK_SET, 25, 1)));
    printf("child W 0+10 through the inherited descriptor: %s\n",
           errno_name(lk(fd, F_SETLK, F_WRLCK, SEEK_SET, 0, 10)));
    probe("child", cfd, F_WRLCK, 0, 0, parent);
    probe("child", cfd, F_RDLCK, 10, 0, parent);
    probe("child", cfd, F_RDLCK, 10, 10, parent);
    send_token(c2p[1]);
    wait_token(p2c[0]);
    probe("child", cfd, F_WRLCK, 0, 0, parent);
    probe("child", cfd, F_WRLCK, 3, 3, parent);
    probe("child", cfd, F_RDLCK, 6, 4, parent);
    probe("child", cfd, F_WRLCK, 6, 4, parent);
    probe("child", cfd, F_WRLCK, 40, 0, parent);
    probe("child", cfd, F_WRLCK, 70, 10, parent);
    probe("child", cfd, F_WRLCK, 85, 0, parent);
    int rfd = open("locks.db", O_RDONLY);
    int wfd = open("locks.db", O_WRONLY);
    CHECK(rfd >= 0 && wfd >= 0);
    printf("child W on O_RDONLY: %s\n", errno_name(lk(rfd, F_SETLK, F_WRLCK, SEEK_SET, 200, 1)));
    printf("child R on O_WRONLY: %s\n", errno_name(lk(wfd, F_SETLK, F_RDLCK, SEEK_SET, 200, 1)));
    printf("child R on O_RDONLY: %s\n", errno_name(lk(rfd, F_SETLK, F_RDLCK, SEEK_SET, 200, 1)));
    printf("child W on O_WRONLY: %s\n", errno_name(lk(wfd, F_SETLK, F_WRLCK, SEEK_SET, 300, 1)));
    printf("child F_UNLCK on O_RDONLY: %s\n",
           errno_name(lk(rfd, F_SETLK, F_UNLCK, SEEK_SET, 300, 1)));
    probe("child", cfd, F_UNLCK, 0, 0, parent);
    printf("child start -1: %s\n", errno_name(lk(cfd, F_SETLK, F_RDLCK, SEEK_SET, -1, 5)));
    printf("child whence 7: %s\n", errno_name(lk(cfd, F_SETLK, F_RDLCK, 7, 0, 5)));
    printf("child type 9: %s\n", errno_name(lk(cfd, F_SETLK, 9, SEEK_SET, 0, 5)));
    send_token(c2p[1]);
    wait_token(p2c[0]);
    probe("child", cfd, F_WRLCK, 0, 0, parent);
    fflush(stdout);
    _exit(0);
  }
  wait_token(c2p[0]);
  probe("parent", fd, F_WRLCK, 20, 1, child);
  probe("parent", fd, F_RDLCK, 20, 1, child);
  printf("parent unlock 3+3: %s\n", errno_name(lk(fd, F_SETLK, F_UNLCK, SEEK_SET, 3, 3)));
  printf("parent R 6+4 (converts): %s\n", errno_name(lk(fd, F_SETLK, F_RDLCK, SEEK_SET, 6, 4)));
  CHECK(lseek(fd, 50, SEEK_SET) == 50);
  printf("parent W SEEK_CUR 0+5: %s\n", errno_name(lk(fd, F_SETLK, F_WRLCK, SEEK_CUR, 0, 5)));
  printf("parent W SEEK_END -10+5: %s\n", errno_name(lk(fd, F_SETLK, F_WRLCK, SEEK_END, -10, 5)));
  printf("parent W 80-5: %s\n", errno_name(lk(fd, F_SETLK, F_WRLCK, SEEK_SET, 80, -5)));
  printf("parent W 55+5 (merges): %s\n", errno_name(lk(fd, F_SETLK, F_WRLCK, SEEK_SET, 55, 5)));
  send_token(p2c[1]);
  wait_token(c2p[0]);
  probe("parent", fd, F_WRLCK, 200, 0, child);
  int other = open("locks.db", O_RDONLY);
  CHECK(other >= 0);
  close(other);
  printf("parent closed another descriptor of the file\n");
  fflush(stdout);
  send_token(p2c[1]);
  int status;
  CHECK(waitpid(child, &status, 0) == child && WIFEXITED(status) && WEXITSTATUS(status) == 0);
  close(fd);
  unlink("locks.db");
  return 0;
}
