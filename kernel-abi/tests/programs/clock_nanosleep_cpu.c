/* clock_nanosleep on clocks Linux cannot sleep on. The calling thread's CPU-time clock: the libcs
 * answer EINVAL for CLOCK_THREAD_CPUTIME_ID themselves, the system call EOPNOTSUPP (the clock has
 * no sleep), and EINVAL for the caller's own thread clock id (it would wait on a clock that only
 * it advances). The raw and coarse clocks have no timers (EOPNOTSUPP), an unknown clock is EINVAL;
 * CLOCK_MONOTONIC sleeps. */
#define _GNU_SOURCE
#include "check.h"

#include <sys/syscall.h>
#include <time.h>

/* MAKE_THREAD_CPUCLOCK(0, CPUCLOCK_SCHED) of the kernel: the calling thread's clock. */
#define OWN_THREAD_SCHED_CLOCK ((clockid_t)((~0u << 3) | 4 | 2))

/* errno names: the libcs word their messages differently. */
static const char* name(int e) {
  if (e == 0)
    return "0";
  if (e == EINVAL)
    return "EINVAL";
  if (e == EOPNOTSUPP)
    return "EOPNOTSUPP";
  return strerror(e);
}

static void raw_flags(const char* what, clockid_t clock, int flags) {
  struct timespec req = {0, 1000000};
  errno = 0;
  /* every argument as a long: syscall() reads its variadic arguments as longs (wasm64) */
  long r = syscall(SYS_clock_nanosleep, (long)clock, (long)flags, (long)&req, 0L);
  printf("syscall %-42s -> %s\n", what, name(r == 0 ? 0 : errno));
}

static void raw(const char* what, clockid_t clock) {
  raw_flags(what, clock, 0);
}

static void libc(const char* what, clockid_t clock) {
  struct timespec req = {0, 1000000};
  printf("libc    %-42s -> %s\n", what, name(clock_nanosleep(clock, 0, &req, NULL)));
}

int main(void) {
  libc("CLOCK_THREAD_CPUTIME_ID", CLOCK_THREAD_CPUTIME_ID);
  raw("CLOCK_THREAD_CPUTIME_ID", CLOCK_THREAD_CPUTIME_ID);
  raw("own thread clock id", OWN_THREAD_SCHED_CLOCK);
  raw_flags("CLOCK_THREAD_CPUTIME_ID, TIMER_ABSTIME", CLOCK_THREAD_CPUTIME_ID, TIMER_ABSTIME);
  libc("CLOCK_MONOTONIC_RAW", CLOCK_MONOTONIC_RAW);
  libc("CLOCK_MONOTONIC_COARSE", CLOCK_MONOTONIC_COARSE);
  libc("CLOCK_REALTIME_COARSE", CLOCK_REALTIME_COARSE);
  raw("clock 99", (clockid_t)99);
  libc("clock 99", (clockid_t)99);
  libc("CLOCK_MONOTONIC", CLOCK_MONOTONIC);
  raw("CLOCK_MONOTONIC", CLOCK_MONOTONIC);
  return 0;
}
