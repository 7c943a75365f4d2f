/* siginfo_origin — what a signal's siginfo says of where it came from, in an SA_SIGINFO handler
 * and from sigwaitinfo:
 *   kill to itself            SI_USER, its own pid and uid;
 *   raise                     SI_TKILL (musl and glibc raise through tkill/tgkill), its own pid;
 *   SIGCHLD of a child        CLD_EXITED with the child's pid and exit status, CLD_KILLED with
 *                             the signal that ended it;
 *   setitimer's SIGALRM       SI_KERNEL;
 *   SIGPIPE of a write        SI_USER, its own pid (Linux sends it as from the writer);
 *   kill from a child         sigwaitinfo reports the child's pid;
 *   a signal sent twice       a standard signal is not queued: the first sender's siginfo stays.
 * Along the way waitpid, blocked on a child while a SIGCHLD handler without SA_RESTART is set,
 * returns that child when it ends (Linux completes the wait; the handler runs after it) rather
 * than failing with EINTR. Only relations are printed (pids differ from run to run). */
#include "check.h"

#include <signal.h>
#include <sys/time.h>
#include <sys/wait.h>

static volatile sig_atomic_t got;
static siginfo_t seen;

static void on_signal(int sig, siginfo_t* si, void* context) {
  (void)context;
  seen = *si;
  got = sig;
}

static void handle(int sig) {
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_sigaction = on_signal;
  sa.sa_flags = SA_SIGINFO;
  CHECK(sigaction(sig, &sa, NULL) == 0);
}

static const char* code_name(int code) {
  switch (code) {
  case SI_USER:
    return "SI_USER";
  case SI_TKILL:
    return "SI_TKILL";
  case SI_KERNEL:
    return "SI_KERNEL";
  case SI_QUEUE:
    return "SI_QUEUE";
  default:
    return "other";
  }
}

static const char* child_code_name(int code) {
  switch (code) {
  case CLD_EXITED:
    return "CLD_EXITED";
  case CLD_KILLED:
    return "CLD_KILLED";
  case CLD_DUMPED:
    return "CLD_DUMPED";
  default:
    return "other";
  }
}

static const char* who(pid_t pid, pid_t expected) {
  return pid == expected ? "expected" : pid == 0 ? "zero" : "other";
}

/* Waits in sigsuspend, with everything but `sig` blocked, until the handler saw `sig`. */
static void await(int sig) {
  sigset_t others;
  sigfillset(&others);
  sigdelset(&others, sig);
  while (got != sig)
    sigsuspend(&others);
}

static void block(int sig, int how) {
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, sig);
  CHECK(sigprocmask(how, &set, NULL) == 0);
}

/* Forks a child that sends `sig` to this process, and waits for its end; returns its pid. */
static pid_t child_sends(int sig) {
  pid_t child = fork();
  CHECK(child >= 0);
  if (child == 0) {
    CHECK(kill(getppid(), sig) == 0);
    _exit(0);
  }
  CHECK(waitpid(child, NULL, 0) == child);
  return child;
}

/* Takes the pending (blocked) `sig` with sigwaitinfo; returns its siginfo. */
static siginfo_t wait_for(int sig) {
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, sig);
  siginfo_t info;
  memset(&info, 0, sizeof info);
  CHECK(sigwaitinfo(&set, &info) == sig);
  return info;
}

int main(void) {
  const pid_t self = getpid();

  handle(SIGUSR1);
  got = 0;
  CHECK(kill(self, SIGUSR1) == 0);
  CHECK(got == SIGUSR1);
  printf("kill: signo %d, %s, pid %s, uid %s\n", seen.si_signo == SIGUSR1, code_name(seen.si_code),
         who(seen.si_pid, self), seen.si_uid == getuid() ? "expected" : "other");

  got = 0;
  CHECK(raise(SIGUSR1) == 0);
  CHECK(got == SIGUSR1);
  printf("raise: %s, pid %s\n", code_name(seen.si_code), who(seen.si_pid, self));

  handle(SIGCHLD);
  block(SIGCHLD, SIG_BLOCK);
  got = 0;
  pid_t child = fork();
  CHECK(child >= 0);
  if (child == 0)
    _exit(3);
  await(SIGCHLD);
  printf("child exited: %s, pid %s, status %d, uid %s\n", child_code_name(seen.si_code),
         who(seen.si_pid, child), seen.si_status, seen.si_uid == getuid() ? "expected" : "other");
  CHECK(waitpid(child, NULL, 0) == child);

  int ready[2];
  CHECK(pipe(ready) == 0);
  got = 0;
  child = fork();
  CHECK(child >= 0);
  if (child == 0) {
    close(ready[0]);
    write_all(ready[1], "r", 1);
    for (;;)
      pause();
  }
  close(ready[1]);
  char byte;
  CHECK(read(ready[0], &byte, 1) == 1);
  close(ready[0]);
  CHECK(kill(child, SIGTERM) == 0);
  await(SIGCHLD);
  printf("child killed: %s, pid %s, status %d\n", child_code_name(seen.si_code),
         who(seen.si_pid, child), seen.si_status);
  CHECK(waitpid(child, NULL, 0) == child);
  block(SIGCHLD, SIG_UNBLOCK);

  handle(SIGALRM);
  block(SIGALRM, SIG_BLOCK);
  got = 0;
  struct itimerval once = {{0, 0}, {0, 20000}};
  CHECK(setitimer(ITIMER_REAL, &once, NULL) == 0);
  await(SIGALRM);
  printf("timer: %s\n", code_name(seen.si_code));
  block(SIGALRM, SIG_UNBLOCK);

  handle(SIGPIPE);
  int pipe_ends[2];
  CHECK(pipe(pipe_ends) == 0);
  close(pipe_ends[0]);
  got = 0;
  errno = 0;
  CHECK(write(pipe_ends[1], "x", 1) == -1 && errno == EPIPE);
  CHECK(got == SIGPIPE);
  printf("broken pipe: %s, pid %s\n", code_name(seen.si_code), who(seen.si_pid, self));
  close(pipe_ends[1]);

  block(SIGUSR2, SIG_BLOCK);
  child = child_sends(SIGUSR2);
  siginfo_t info = wait_for(SIGUSR2);
  printf("sigwaitinfo: %s, pid %s\n", code_name(info.si_code), who(info.si_pid, child));

  CHECK(kill(self, SIGUSR2) == 0);
  child_sends(SIGUSR2);
  info = wait_for(SIGUSR2);
  printf("sent twice: pid %s\n", who(info.si_pid, self));
  sigset_t pending;
  CHECK(sigpending(&pending) == 0);
  printf("still pending: %d\n", sigismember(&pending, SIGUSR2));
  return 0;
}
