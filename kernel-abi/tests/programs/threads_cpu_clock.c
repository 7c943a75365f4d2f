/* Threads: the CPU-time clocks count the time a thread computes, not the time it waits without a
 * system call. A second thread waits 300 ms on a word no one changes: in the runtime with wasm's
 * memory.atomic.wait32, which the engine does without the kernel seeing it (natively, a futex
 * wait); its own CPU clock must advance by less than 100 ms meanwhile. The runtime used to take
 * a thread's CPU time as its time alive minus the time its system calls blocked, which counted
 * that wait as 300 ms of CPU; now each worker sends its thread's CPU clock (Node 24's
 * process.threadCpuUsage) with every system call. Then two threads each compute until their own
 * clock shows 200 ms, and the process's clock and getrusage must show at least 400 ms. */
#include "check.h"

#include <pthread.h>
#include <sys/resource.h>
#include <time.h>
#ifndef __wasm__
#include <linux/futex.h>
#include <sys/syscall.h>
#endif

static int never_changed;

static double seconds(clockid_t clock) {
  struct timespec ts;
  CHECK(clock_gettime(clock, &ts) == 0);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Waits 300 ms without returning early (a spurious wake-up waits again for the rest). */
static void wait_300ms(void) {
  double end = seconds(CLOCK_MONOTONIC) + 0.3;
  for (double left; (left = end - seconds(CLOCK_MONOTONIC)) > 0;) {
#ifdef __wasm__
    __builtin_wasm_memory_atomic_wait32(&never_changed, 0, (long long)(left * 1e9));
#else
    struct timespec ts = {(time_t)left, (long)((left - (double)(time_t)left) * 1e9)};
    syscall(SYS_futex, &never_changed, FUTEX_WAIT_PRIVATE, 0, &ts);
#endif
  }
}

static void* waiter(void* cpu_used) {
  double cpu0 = seconds(CLOCK_THREAD_CPUTIME_ID);
  wait_300ms();
  *(double*)cpu_used = seconds(CLOCK_THREAD_CPUTIME_ID) - cpu0;
  return NULL;
}

static void* computer(void* unused) {
  (void)unused;
  double cpu0 = seconds(CLOCK_THREAD_CPUTIME_ID), start = seconds(CLOCK_MONOTONIC);
  while (seconds(CLOCK_THREAD_CPUTIME_ID) - cpu0 < 0.2 && seconds(CLOCK_MONOTONIC) - start < 60)
    ;
  return NULL;
}

int main(void) {
  pthread_t thread;
  double waited_cpu = -1;
  CHECK(pthread_create(&thread, NULL, waiter, &waited_cpu) == 0);
  CHECK(pthread_join(thread, NULL) == 0);
  printf("a thread waiting 300 ms without a system call used under 100 ms of CPU: %s\n",
         waited_cpu >= 0 && waited_cpu < 0.1 ? "yes" : "no");

  double process0 = seconds(CLOCK_PROCESS_CPUTIME_ID);
  pthread_t computers[2];
  for (int i = 0; i < 2; i++)
    CHECK(pthread_create(&computers[i], NULL, computer, NULL) == 0);
  for (int i = 0; i < 2; i++)
    CHECK(pthread_join(computers[i], NULL) == 0);
  double process_cpu = seconds(CLOCK_PROCESS_CPUTIME_ID) - process0;
  struct rusage ru;
  CHECK(getrusage(RUSAGE_SELF, &ru) == 0);
  double rusage_cpu = (double)ru.ru_utime.tv_sec + (double)ru.ru_utime.tv_usec / 1e6 +
                      (double)ru.ru_stime.tv_sec + (double)ru.ru_stime.tv_usec / 1e6;
  printf("two threads computing 200 ms each: the process clock shows at least 400 ms: %s, "
         "getrusage too: %s\n",
         process_cpu >= 0.399 ? "yes" : "no", rusage_cpu >= 0.399 ? "yes" : "no");
  return 0;
}
