/* wait4 fills the rusage it is given; an interrupted nanosleep reports the time left; /dev/null
 * opened for one direction refuses the other (EBADF); unknown clock ids give EINVAL; the CPU-time
 * clocks do not advance while the process sleeps, and do while it computes. */
#include "check.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>

static void on_alarm(int sig) {
  (void)sig;
}

static double seconds(clockid_t clock) {
  struct timespec ts;
  CHECK(clock_gettime(clock, &ts) == 0);
  return ts.tv_sec + ts.tv_nsec / 1e9;
}

int main(void) {
  /* wait4 with an rusage: every field written (none left at the 0xff fill) */
  pid_t pid = flush_fork();
  if (pid == 0)
    _exit(7);
  struct rusage ru;
  memset(&ru, 0xff, sizeof ru);
  int status;
  CHECK(wait4(pid, &status, 0, &ru) == pid && WIFEXITED(status) && WEXITSTATUS(status) == 7);
  printf("wait4 wrote the rusage: %s\n", ru.ru_utime.tv_sec >= 0 && ru.ru_utime.tv_usec >= 0 &&
                                                 ru.ru_stime.tv_sec >= 0 && ru.ru_maxrss >= 0 &&
                                                 ru.ru_nvcsw >= 0 && ru.ru_nivcsw >= 0
                                             ? "yes"
                                             : "no");

  /* nanosleep(2 s) cut by an alarm after 1 s: EINTR and some time left */
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = on_alarm;
  CHECK(sigaction(SIGALRM, &sa, NULL) == 0);
  alarm(1);
  struct timespec req = {2, 0}, rem = {0, 0};
  int r = nanosleep(&req, &rem);
  double left = rem.tv_sec + rem.tv_nsec / 1e9;
  /* About 1 s; a loaded machine may start the sleep late, so only its bounds are checked. */
  printf("interrupted nanosleep: %s, time left more than 0 and less than 2 s: %s\n",
         r == -1 && errno == EINTR ? "EINTR" : "not EINTR", left > 0 && left < 2 ? "yes" : "no");

  /* /dev/null opened one way only */
  char b[4];
  int wo = open("/dev/null", O_WRONLY), ro = open("/dev/null", O_RDONLY);
  CHECK(wo >= 0 && ro >= 0);
  TRY(read(wo, b, sizeof b));
  TRY(write(ro, "x", 1));
  TRY(write(wo, "x", 1));
  TRY(read(ro, b, sizeof b));

  /* unknown clocks */
  struct timespec ts;
  TRY(clock_gettime((clockid_t)99, &ts));
  TRY(clock_getres((clockid_t)99, &ts));
  TRY(clock_gettime(CLOCK_MONOTONIC, &ts));
  TRY(clock_getres(CLOCK_PROCESS_CPUTIME_ID, &ts));
  clockid_t own;
  TRY(clock_getcpuclockid(0, &own));
  TRY(clock_gettime(own, &ts));

  /* CPU time: not while sleeping, yes while computing */
  double before = seconds(CLOCK_PROCESS_CPUTIME_ID);
  usleep(300000);
  double slept = seconds(CLOCK_PROCESS_CPUTIME_ID) - before;
  printf("CPU clock while sleeping 0.3 s advanced under 0.1 s: %s\n", slept < 0.1 ? "yes" : "no");
  /* Compute until the CPU clock has advanced 0.1 s; on a loaded machine that takes longer, so
   * the bound is generous wall time (a clock that never advances would hit it). */
  double start = seconds(CLOCK_MONOTONIC), cpu0 = seconds(CLOCK_THREAD_CPUTIME_ID);
  volatile unsigned long x = 0;
  while (seconds(CLOCK_THREAD_CPUTIME_ID) - cpu0 < 0.1 && seconds(CLOCK_MONOTONIC) - start < 60)
    for (int i = 0; i < 100000; i++)
      x += i;
  double used = seconds(CLOCK_THREAD_CPUTIME_ID) - cpu0;
  printf("CPU clock while computing advanced 0.1 s within 60 s: %s\n", used >= 0.1 ? "yes" : "no");
  return 0;
}
