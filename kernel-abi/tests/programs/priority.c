/* nice values: getpriority/setpriority/nice on PRIO_PROCESS (0 and explicit pids) and PRIO_PGRP
 * (0 and an explicit group), inheritance by fork, kept across execve, the raw syscall's 20 - nice,
 * clamping to -20..19, ESRCH for a process or group that does not exist (a reaped child's pid)
 * and for a uid without processes, EINVAL for a bad `which`. Lowering a nice value is allowed to
 * root only (EACCES otherwise): the program prints whether what it got is what Linux gives its
 * user, so the output is the same as root and as another user. Values are printed relative to
 * the nice value the program started with (the caller's). PRIO_USER is not changed (natively it
 * would renice every process of the user). */
#include "check.h"

#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/wait.h>

static int base;

/* The nice value of a target relative to the starting one, or the error. */
static void show(const char* what, int which, id_t who) {
  errno = 0;
  int r = getpriority(which, who);
  if (r == -1 && errno != 0)
    printf("%-36s -> %s\n", what, strerror(errno));
  else
    printf("%-36s -> base%+d\n", what, r - base);
}

static void set(const char* what, int which, id_t who, int value) {
  errno = 0;
  int r = setpriority(which, who, value);
  printf("%-36s -> %s\n", what, r == 0 ? "0" : strerror(errno));
}

static void wait_child(pid_t pid) {
  int status;
  CHECK(waitpid(pid, &status, 0) == pid);
  printf("child status %d\n", WIFEXITED(status) ? WEXITSTATUS(status) : -1);
}

int main(int argc, char** argv) {
  if (argc > 2 && strcmp(argv[1], "exec") == 0) {
    base = atoi(argv[2]);
    show("after execve", PRIO_PROCESS, 0);
    return 0;
  }
  errno = 0;
  base = getpriority(PRIO_PROCESS, 0);
  CHECK(errno == 0);
  printf("raw syscall is 20 - nice: %s\n",
         syscall(SYS_getpriority, PRIO_PROCESS, 0) == 20 - base ? "yes" : "no");
  printf("getpid() is 0: %s\n", getpriority(PRIO_PROCESS, getpid()) == base ? "yes" : "no");
  printf("nice(2) -> base%+d\n", nice(2) - base);
  show("getpriority(PRIO_PROCESS, 0)", PRIO_PROCESS, 0);
  printf("raw syscall is 20 - nice: %s\n",
         syscall(SYS_getpriority, PRIO_PROCESS, 0) == 20 - (base + 2) ? "yes" : "no");
  set("setpriority(PRIO_PROCESS, 0, base+3)", PRIO_PROCESS, 0, base + 3);
  show("getpriority(PRIO_PROCESS, 0)", PRIO_PROCESS, 0);
  set("setpriority(PRIO_PROCESS, pid, base+4)", PRIO_PROCESS, getpid(), base + 4);
  show("getpriority(PRIO_PROCESS, pid)", PRIO_PROCESS, getpid());
  set("setpriority(9, 0, 1)", 9, 0, 1);
  show("getpriority(9, 0)", 9, 0);
  show("getpriority(-1, 0)", -1, 0);
  set("setpriority(PRIO_USER, 54321, 1)", PRIO_USER, 54321, 1);
  show("getpriority(PRIO_USER, 54321)", PRIO_USER, 54321);
  base += 4;

  /* A child inherits the value; its own group; the parent sees and changes it by pid and group. */
  int ready[2], go[2];
  CHECK(pipe(ready) == 0 && pipe(go) == 0);
  pid_t child = flush_fork();
  if (child == 0) {
    show("child: inherited", PRIO_PROCESS, 0);
    CHECK(setpgid(0, 0) == 0);
    set("child: setpriority(PRIO_PGRP, 0, +2)", PRIO_PGRP, 0, base + 2);
    show("child: getpriority(PRIO_PGRP, 0)", PRIO_PGRP, 0);
    fflush(stdout);
    CHECK(write(ready[1], "r", 1) == 1);
    char c;
    CHECK(read(go[0], &c, 1) == 1);
    show("child: after the parent's change", PRIO_PROCESS, 0);
    /* Raising is always allowed; lowering only for root (EACCES otherwise). */
    set("child: setpriority(PRIO_PROCESS, 0, 19+1)", PRIO_PROCESS, 0, 20);
    show("child: clamped to 19", PRIO_PROCESS, 0);
    errno = 0;
    int r = setpriority(PRIO_PROCESS, 0, base + 1);
    int as_linux = geteuid() == 0 ? r == 0 : r == -1 && errno == EACCES;
    printf("child: lowering gives what Linux gives this user: %s\n", as_linux ? "yes" : "no");
    CHECK(setpriority(PRIO_PROCESS, 0, 19) == 0);
    char value[16];
    snprintf(value, sizeof value, "%d", base); /* after execve: base+N is 19 */
    char* args[] = {argv[0], "exec", value, NULL};
    char* envp[] = {NULL};
    fflush(stdout);
    execve(argv[0], args, envp);
    _exit(98);
  }
  char c;
  CHECK(read(ready[0], &c, 1) == 1);
  show("getpriority(PRIO_PROCESS, child)", PRIO_PROCESS, child);
  show("getpriority(PRIO_PGRP, child)", PRIO_PGRP, child);
  set("setpriority(PRIO_PROCESS, child, +5)", PRIO_PROCESS, child, base + 5);
  show("getpriority(PRIO_PROCESS, child)", PRIO_PROCESS, child);
  show("getpriority(PRIO_PROCESS, 0)", PRIO_PROCESS, 0);
  CHECK(write(go[1], "g", 1) == 1);
  wait_child(child);
  show("getpriority(PRIO_PROCESS, reaped)", PRIO_PROCESS, child);
  set("setpriority(PRIO_PROCESS, reaped, 1)", PRIO_PROCESS, child, base + 1);
  show("getpriority(PRIO_PGRP, reaped)", PRIO_PGRP, child);
  return 0;
}
