/* Clocks and sleeping: CLOCK_MONOTONIC never goes back, nanosleep sleeps at least what was
 * asked, CLOCK_REALTIME and gettimeofday agree, time() is plausible. Prints no times. */
#include "check.h"

#include <sys/time.h>
#include <time.h>

static long long ns(struct timespec t) {
  return (long long)t.tv_sec * 1000000000LL + t.tv_nsec;
}

int main(void) {
  struct timespec a, b, res;
  CHECK(clock_gettime(CLOCK_MONOTONIC, &a) == 0);
  for (int i = 0; i < 1000; i++) {
    CHECK(clock_gettime(CLOCK_MONOTONIC, &b) == 0);
    CHECK(ns(b) >= ns(a));
    a = b;
  }
  printf("monotonic never went back\n");
  CHECK(clock_getres(CLOCK_MONOTONIC, &res) == 0 && ns(res) > 0);
  struct timespec req = {0, 50 * 1000 * 1000};
  CHECK(clock_gettime(CLOCK_MONOTONIC, &a) == 0);
  CHECK(nanosleep(&req, NULL) == 0);
  CHECK(clock_gettime(CLOCK_MONOTONIC, &b) == 0);
  CHECK(ns(b) - ns(a) >= 50 * 1000 * 1000);
  printf("nanosleep slept at least 50 ms\n");
  CHECK(usleep(1000) == 0);
  struct timespec rt;
  struct timeval tv;
  CHECK(clock_gettime(CLOCK_REALTIME, &rt) == 0);
  CHECK(gettimeofday(&tv, NULL) == 0);
  long long diff = (long long)tv.tv_sec - (long long)rt.tv_sec;
  CHECK(diff >= 0 && diff <= 2);
  CHECK(time(NULL) > 1600000000);
  CHECK(rt.tv_nsec >= 0 && rt.tv_nsec < 1000000000);
  printf("realtime clocks agree\n");
  return 0;
}
