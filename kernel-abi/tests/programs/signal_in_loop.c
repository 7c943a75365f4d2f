/* Signals reach code that computes without making system calls. A handler must run although the
 * program only loops on a flag the handler clears:
 *   - the process's own timer (setitimer, then a loop; what `openssl speed` does);
 *   - pthread_kill to a second thread that loops while the main thread waits in pthread_join;
 *   - kill from the parent to a forked child that loops; its handler ends it with status 7.
 * The runtime used to run handlers only at system calls, so each of these looped forever; now
 * it makes every loop look for a pending signal (kernel-abi/runtime/lib/signal-poll.mjs). The
 * loops give up after about 2^35 turns (tens of seconds), so a runtime that cannot interrupt
 * them fails instead of hanging. */
#include "check.h"

#include <pthread.h>
#include <signal.h>
#include <sys/time.h>
#include <sys/wait.h>

static volatile sig_atomic_t running;
static volatile sig_atomic_t handled_by_thread;

static void stop(int sig) {
  (void)sig;
  running = 0;
}

static void stop_and_exit(int sig) {
  (void)sig;
  _exit(7);
}

static void thread_stop(int sig) {
  (void)sig;
  handled_by_thread = 1;
  running = 0;
}

/* Turns until `running` is cleared, or gives up; 1 when it was cleared. */
static int loop_until_stopped(void) {
  for (unsigned long long turns = 0; running; turns++) {
    if (turns == 1ull << 35)
      return 0;
  }
  return 1;
}

static void* spinner(void* ready) {
  *(volatile int*)ready = 1;
  return (void*)(long)loop_until_stopped();
}

int main(void) {
  setvbuf(stdout, NULL, _IONBF, 0);

  struct sigaction sa = {0};
  sa.sa_handler = stop;
  CHECK(sigaction(SIGALRM, &sa, NULL) == 0);
  running = 1;
  struct itimerval timer = {{0, 0}, {0, 100000}};
  CHECK(setitimer(ITIMER_REAL, &timer, NULL) == 0);
  printf("the timer's handler stopped a loop without system calls: %s\n",
         loop_until_stopped() ? "yes" : "no");

  sa.sa_handler = thread_stop;
  CHECK(sigaction(SIGUSR1, &sa, NULL) == 0);
  running = 1;
  volatile int ready = 0;
  pthread_t thread;
  CHECK(pthread_create(&thread, NULL, spinner, (void*)&ready) == 0);
  while (!ready)
    usleep(1000);
  usleep(50000); /* let it loop */
  CHECK(pthread_kill(thread, SIGUSR1) == 0);
  void* stopped;
  CHECK(pthread_join(thread, &stopped) == 0);
  printf("pthread_kill stopped a thread's loop: %s, in that thread: %s\n", stopped ? "yes" : "no",
         handled_by_thread ? "yes" : "no");

  sa.sa_handler = stop_and_exit;
  CHECK(sigaction(SIGTERM, &sa, NULL) == 0);
  running = 1;
  pid_t child = fork();
  CHECK(child >= 0);
  if (child == 0) {
    loop_until_stopped();
    _exit(1); /* the handler exits with 7 */
  }
  usleep(50000);
  CHECK(kill(child, SIGTERM) == 0);
  int status;
  CHECK(waitpid(child, &status, 0) == child);
  printf("kill stopped a child's loop, its handler's exit status: %d\n",
         WIFEXITED(status) ? WEXITSTATUS(status) : -1);
  return 0;
}
