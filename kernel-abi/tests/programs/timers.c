/* Timers and SA_SIGINFO: alarm() delivers SIGALRM to a handler while the process sleeps in
 * pause(), getitimer reports an armed timer, an interval timer keeps firing until disarmed, and
 * an SA_SIGINFO handler receives a siginfo whose si_signo is the signal. */
#include "check.h"

#include <signal.h>
#include <sys/time.h>

static volatile sig_atomic_t alarms, info_signo;

static void on_alarm(int sig) {
  (void)sig;
  alarms++;
}

static void on_info(int sig, siginfo_t* si, void* uc) {
  (void)uc;
  info_signo = si->si_signo == sig ? sig : -1;
}

int main(void) {
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_sigaction = on_info;
  sa.sa_flags = SA_SIGINFO;
  CHECK(sigaction(SIGUSR1, &sa, NULL) == 0);
  CHECK(raise(SIGUSR1) == 0);
  printf("SA_SIGINFO handler saw si_signo %d\n", info_signo == SIGUSR1);

  CHECK(signal(SIGALRM, on_alarm) != SIG_ERR);
  struct itimerval once = {{0, 0}, {0, 30000}};
  CHECK(setitimer(ITIMER_REAL, &once, NULL) == 0);
  struct itimerval now;
  CHECK(getitimer(ITIMER_REAL, &now) == 0);
  printf("armed: %d\n", now.it_value.tv_sec > 0 || now.it_value.tv_usec > 0);
  while (alarms == 0)
    pause();
  printf("one-shot alarms: %d\n", alarms);
  CHECK(alarm(1) == 0);
  CHECK(alarm(0) > 0);
  struct itimerval every = {{0, 10000}, {0, 10000}};
  CHECK(setitimer(ITIMER_REAL, &every, NULL) == 0);
  while (alarms < 4)
    pause();
  struct itimerval off = {{0, 0}, {0, 0}};
  CHECK(setitimer(ITIMER_REAL, &off, NULL) == 0);
  printf("interval timer fired until disarmed: %d\n", alarms >= 4);
  return 0;
}
