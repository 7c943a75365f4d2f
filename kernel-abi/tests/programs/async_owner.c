/* Signal-driven I/O set up as nginx's master does it for each worker's channel (a socketpair
 * end): ioctl(FIOASYNC) sets the O_ASYNC status flag on sockets and pipes (F_GETFL shows it,
 * F_SETFL keeps or clears it, a dup shares it), a regular file refuses it with ENOTTY (asking
 * for the state it has is 0, F_SETFL(O_ASYNC) leaves it off); F_SETOWN takes a pid or a negative
 * process group, F_GETOWN reports it (shared by dup and fork), 0 removes it, a pid nobody has is
 * ESRCH. No data moves while O_ASYNC is set, so no SIGIO is due. */
#define _GNU_SOURCE
#include "check.h"

#include <fcntl.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <sys/wait.h>

static void fioasync(const char* what, int fd, int on) {
  errno = 0;
  int r = ioctl(fd, FIOASYNC, &on);
  printf("%-40s -> %s\n", what, r == 0 ? "0" : errno_name(errno));
}

static void flags(const char* what, int fd) {
  int fl = fcntl(fd, F_GETFL);
  CHECK(fl >= 0);
  printf("%-40s -> O_ASYNC %s, O_NONBLOCK %s\n", what, fl & O_ASYNC ? "on" : "off",
         fl & O_NONBLOCK ? "on" : "off");
}

/* The owner as seen from this process: "me", "my group", or the number (0: none). */
static const char* owner(int fd) {
  static char text[32];
  errno = 0;
  int o = fcntl(fd, F_GETOWN);
  if (o == -1 && errno != 0)
    return errno_name(errno);
  if (o == getpid())
    return "me";
  if (o == -getpgrp())
    return "my group";
  snprintf(text, sizeof text, "%d", o);
  return text;
}

static void setown(const char* what, int fd, int who) {
  errno = 0;
  int r = fcntl(fd, F_SETOWN, who);
  const char* result = r == 0 ? "0" : errno_name(errno); /* before owner() changes errno */
  printf("%-40s -> %s, owner %s\n", what, result, owner(fd));
}

int main(void) {
  int sv[2];
  CHECK(socketpair(AF_UNIX, SOCK_STREAM, 0, sv) == 0);
  flags("socketpair, new", sv[0]);
  fioasync("socketpair, FIOASYNC on", sv[0], 1);
  flags("socketpair, after FIOASYNC on", sv[0]);
  flags("the other end", sv[1]);
  int fl = fcntl(sv[0], F_GETFL);
  CHECK(fcntl(sv[0], F_SETFL, fl | O_NONBLOCK) == 0);
  flags("F_SETFL(F_GETFL | O_NONBLOCK)", sv[0]);
  int d = dup(sv[0]);
  CHECK(d >= 0);
  flags("a dup of it", d);
  CHECK(fcntl(sv[0], F_SETFL, O_NONBLOCK) == 0);
  flags("F_SETFL(O_NONBLOCK)", sv[0]);
  CHECK(fcntl(sv[0], F_SETFL, O_NONBLOCK | O_ASYNC) == 0);
  flags("F_SETFL(O_NONBLOCK | O_ASYNC)", sv[0]);
  fioasync("socketpair, FIOASYNC off", sv[0], 0);
  flags("socketpair, after FIOASYNC off", sv[0]);
  fioasync("socketpair, FIOASYNC on again", sv[0], 1);

  int p[2];
  CHECK(pipe(p) == 0);
  fioasync("pipe read end, FIOASYNC on", p[0], 1);
  flags("pipe read end", p[0]);
  fioasync("pipe write end, FIOASYNC on", p[1], 1);
  flags("pipe write end", p[1]);

  int f = open("file", O_CREAT | O_RDWR | O_TRUNC, 0644);
  CHECK(f >= 0);
  fioasync("regular file, FIOASYNC on", f, 1);
  flags("regular file", f);
  fioasync("regular file, FIOASYNC off", f, 0);
  CHECK(fcntl(f, F_SETFL, O_ASYNC) == 0);
  flags("regular file, F_SETFL(O_ASYNC)", f);

  printf("%-40s -> owner %s\n", "socketpair, new owner", owner(sv[1]));
  setown("F_SETOWN(getpid())", sv[0], getpid());
  printf("%-40s -> owner %s\n", "the dup", owner(d));
  pid_t child = fork();
  CHECK(child >= 0);
  if (child == 0) {
    int o = fcntl(sv[0], F_GETOWN);
    _exit(o == getppid() ? 0 : 1);
  }
  int status;
  CHECK(waitpid(child, &status, 0) == child);
  printf("%-40s -> %s\n", "a forked child sees the parent as owner",
         WIFEXITED(status) && WEXITSTATUS(status) == 0 ? "yes" : "no");
  setown("F_SETOWN(-getpgrp())", sv[0], -getpgrp());
  setown("F_SETOWN(pid of a reaped child)", sv[0], child);
  setown("F_SETOWN(0)", sv[0], 0);
  setown("F_SETOWN on a regular file", f, getpid());
  return 0;
}
