/* Threads and signals: pthread_kill runs the handler in the target thread (its gettid); a
 * process-directed signal (kill to the pid) that every thread but one blocks is handled by that
 * one; a signal every thread blocks stays pending until a thread takes it with sigwait. */
#define _GNU_SOURCE
#include "check.h"

#include <pthread.h>
#include <signal.h>

static volatile pid_t usr1_in, usr2_in;
static void on_usr1(int sig) {
  (void)sig;
  usr1_in = gettid();
}
static void on_usr2(int sig) {
  (void)sig;
  usr2_in = gettid();
}

static pthread_barrier_t ready;
static pid_t target_tid;

/* Blocks everything, then waits in sigsuspend with `allow` unblocked. */
static void* suspender(void* p) {
  int allow = (int)(long)p;
  target_tid = gettid();
  sigset_t all, wait_mask;
  sigfillset(&all);
  CHECK(pthread_sigmask(SIG_BLOCK, &all, NULL) == 0);
  pthread_barrier_wait(&ready);
  sigfillset(&wait_mask);
  sigdelset(&wait_mask, allow);
  int r = sigsuspend(&wait_mask);
  CHECK(r == -1 && errno == EINTR);
  return NULL;
}

static pthread_mutex_t mutex = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cond = PTHREAD_COND_INITIALIZER;
static int released;

/* Blocks SIGUSR2 and waits until main releases it. */
static void* blocker(void* p) {
  (void)p;
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGUSR2);
  CHECK(pthread_sigmask(SIG_BLOCK, &set, NULL) == 0);
  pthread_barrier_wait(&ready);
  pthread_mutex_lock(&mutex);
  while (!released)
    pthread_cond_wait(&cond, &mutex);
  pthread_mutex_unlock(&mutex);
  return NULL;
}

static void* waiter(void* p) {
  (void)p;
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGUSR1);
  pthread_barrier_wait(&ready);
  int sig = 0;
  CHECK(sigwait(&set, &sig) == 0);
  return (void*)(long)sig;
}

int main(void) {
  struct sigaction sa = {0};
  sa.sa_handler = on_usr1;
  CHECK(sigaction(SIGUSR1, &sa, NULL) == 0);
  sa.sa_handler = on_usr2;
  CHECK(sigaction(SIGUSR2, &sa, NULL) == 0);

  /* 1. pthread_kill */
  CHECK(pthread_barrier_init(&ready, NULL, 2) == 0);
  pthread_t t;
  CHECK(pthread_create(&t, NULL, suspender, (void*)(long)SIGUSR1) == 0);
  pthread_barrier_wait(&ready);
  CHECK(pthread_kill(t, SIGUSR1) == 0);
  CHECK(pthread_join(t, NULL) == 0);
  printf("pthread_kill: handler ran in the target thread: %s\n",
         usr1_in == target_tid ? "yes" : "no");
  CHECK(pthread_barrier_destroy(&ready) == 0);

  /* 2. kill(getpid()) blocked by main and another thread */
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGUSR2);
  CHECK(pthread_sigmask(SIG_BLOCK, &set, NULL) == 0);
  CHECK(pthread_barrier_init(&ready, NULL, 3) == 0);
  pthread_t b, s;
  CHECK(pthread_create(&b, NULL, blocker, NULL) == 0);
  CHECK(pthread_create(&s, NULL, suspender, (void*)(long)SIGUSR2) == 0);
  pthread_barrier_wait(&ready);
  CHECK(kill(getpid(), SIGUSR2) == 0);
  CHECK(pthread_join(s, NULL) == 0);
  printf("kill: handled by the one thread that does not block it: %s\n",
         usr2_in == target_tid && usr2_in != gettid() ? "yes" : "no");
  pthread_mutex_lock(&mutex);
  released = 1;
  pthread_cond_signal(&cond);
  pthread_mutex_unlock(&mutex);
  CHECK(pthread_join(b, NULL) == 0);
  CHECK(pthread_barrier_destroy(&ready) == 0);

  /* 3. blocked everywhere: pending for the process, taken by sigwait */
  sigemptyset(&set);
  sigaddset(&set, SIGUSR1);
  CHECK(pthread_sigmask(SIG_BLOCK, &set, NULL) == 0);
  usr1_in = 0;
  CHECK(pthread_barrier_init(&ready, NULL, 2) == 0);
  pthread_t w;
  CHECK(pthread_create(&w, NULL, waiter, NULL) == 0);
  pthread_barrier_wait(&ready);
  CHECK(kill(getpid(), SIGUSR1) == 0);
  void* got;
  CHECK(pthread_join(w, &got) == 0);
  printf("sigwait took signal %s, handler ran: %s\n", (long)got == SIGUSR1 ? "SIGUSR1" : "other",
         usr1_in ? "yes" : "no");
  return 0;
}
