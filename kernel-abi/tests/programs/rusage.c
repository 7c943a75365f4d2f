/* getrusage and the rusage of wait4: CPU time and maximum resident size. Busy loops run until the
 * process's own CPU clock has advanced by a given amount, so nothing depends on wall-clock time
 * or on the machine's load. Printed are properties that hold on Linux: a process that computed
 * has user+system time and a resident size; RUSAGE_CHILDREN counts only children that were
 * waited for (and what they waited for in turn); times() agrees. */
#define _GNU_SOURCE
#include "check.h"

#include <sys/resource.h>
#include <sys/times.h>
#include <sys/wait.h>
#include <time.h>

static double cpu_seconds(void) {
  struct timespec ts;
  CHECK(clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts) == 0);
  return ts.tv_sec + ts.tv_nsec / 1e9;
}

/* Computes until this process has used `seconds` more CPU time. */
static void burn(double seconds) {
  double start = cpu_seconds();
  volatile unsigned long x = 0;
  while (cpu_seconds() - start < seconds)
    for (int i = 0; i < 200000; i++)
      x += i;
}

static double cpu_of(const struct rusage* ru) {
  CHECK(ru->ru_utime.tv_usec >= 0 && ru->ru_utime.tv_usec < 1000000);
  CHECK(ru->ru_stime.tv_usec >= 0 && ru->ru_stime.tv_usec < 1000000);
  return ru->ru_utime.tv_sec + ru->ru_utime.tv_usec / 1e6 + ru->ru_stime.tv_sec +
         ru->ru_stime.tv_usec / 1e6;
}

static struct rusage usage(int who) {
  struct rusage ru;
  memset(&ru, 0xff, sizeof ru);
  CHECK(getrusage(who, &ru) == 0);
  return ru;
}

static const char* yes(int cond) {
  return cond ? "yes" : "no";
}

/* A child that computes for `seconds` (and first, when `grandchild`, waits for a child of its own
 * that computes that long). */
static pid_t busy_child(double seconds, int grandchild) {
  pid_t pid = flush_fork();
  if (pid == 0) {
    if (grandchild) {
      pid_t g = fork();
      CHECK(g >= 0);
      if (g == 0) {
        burn(seconds);
        _exit(0);
      }
      CHECK(waitpid(g, NULL, 0) == g);
    } else {
      burn(seconds);
    }
    _exit(0);
  }
  return pid;
}

int main(void) {
  burn(0.1);
  struct rusage self = usage(RUSAGE_SELF);
  printf("self after computing 0.1 s: user+system at least 0.09 s: %s, maxrss > 0: %s\n",
         yes(cpu_of(&self) >= 0.09), yes(self.ru_maxrss > 0));
  struct tms t;
  CHECK(times(&t) != (clock_t)-1);
  printf("times: user+system > 0: %s\n", yes(t.tms_utime + t.tms_stime > 0));
  clock_t children_ticks = t.tms_cutime + t.tms_cstime;

  /* (not zero at the start natively: the harness's process may have waited for children
   * before it executed this program, and execve keeps the counts) */
  struct rusage c0 = usage(RUSAGE_CHILDREN);

  /* a busy child: nothing counted until it is waited for */
  pid_t pid = busy_child(0.1, 0);
  siginfo_t info;
  CHECK(waitid(P_PID, pid, &info, WEXITED | WNOWAIT) == 0);
  struct rusage c1 = usage(RUSAGE_CHILDREN);
  printf("child ended, not yet waited for: children unchanged: %s\n",
         yes(cpu_of(&c1) == cpu_of(&c0)));
  struct rusage ru;
  memset(&ru, 0xff, sizeof ru);
  int status;
  CHECK(wait4(pid, &status, 0, &ru) == pid);
  printf("wait4's rusage of a child that computed 0.1 s: at least 0.09 s: %s, maxrss > 0: %s\n",
         yes(cpu_of(&ru) >= 0.09), yes(ru.ru_maxrss > 0));
  struct rusage c2 = usage(RUSAGE_CHILDREN);
  printf("children after waiting: grew by at least 0.09 s: %s, by what wait4 reported: %s, "
         "maxrss > 0: %s\n",
         yes(cpu_of(&c2) - cpu_of(&c1) >= 0.09),
         yes(cpu_of(&c2) - cpu_of(&c1) >= cpu_of(&ru) - 1e-5), yes(c2.ru_maxrss > 0));

  /* a child that only waits for a busy grandchild: the grandchild's time reaches us */
  pid = busy_child(0.1, 1);
  CHECK(waitpid(pid, &status, 0) == pid);
  struct rusage c3 = usage(RUSAGE_CHILDREN);
  printf("grandchild's time counted after waiting for its parent: %s\n",
         yes(cpu_of(&c3) - cpu_of(&c2) >= 0.09));
  CHECK(times(&t) != (clock_t)-1);
  printf("times: children grew: %s\n", yes(t.tms_cutime + t.tms_cstime > children_ticks));

  struct rusage thread = usage(RUSAGE_THREAD);
  printf("RUSAGE_THREAD: user+system at least 0.09 s: %s\n", yes(cpu_of(&thread) >= 0.09));
  struct rusage bad;
  errno = 0;
  printf("getrusage(99): %s\n", getrusage(99, &bad) == 0 ? "accepted" : strerror(errno));
  return 0;
}
