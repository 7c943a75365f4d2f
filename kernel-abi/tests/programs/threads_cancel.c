/* Threads: pthread_cancel of a thread blocked in read() of an empty pipe (a cancellation point):
 * its cleanup handler runs and pthread_join reports PTHREAD_CANCELED; a thread with
 * cancellation disabled finishes its work and is cancelled at its next pthread_testcancel; a
 * thread busy in system calls that are not cancellation points (getppid) when the request comes
 * goes on until its next cancellation point (usleep), and is cancelled there. */
#include "check.h"

#include <pthread.h>
#include <sched.h>
#include <stdatomic.h>

static int fds[2];
static volatile int cleanup_ran;
static pthread_barrier_t ready;

static void cleanup(void* p) {
  (void)p;
  cleanup_ran = 1;
}

static void* reader(void* p) {
  (void)p;
  char c;
  pthread_cleanup_push(cleanup, NULL);
  pthread_barrier_wait(&ready);
  for (;;)
    (void)read(fds[0], &c, 1);
  pthread_cleanup_pop(0);
  return NULL;
}

static volatile int work_done;
static void* deferred(void* p) {
  (void)p;
  int old;
  CHECK(pthread_setcancelstate(PTHREAD_CANCEL_DISABLE, &old) == 0);
  pthread_barrier_wait(&ready);
  pthread_barrier_wait(&ready); /* cancel was requested meanwhile */
  work_done = 1;
  CHECK(pthread_setcancelstate(PTHREAD_CANCEL_ENABLE, &old) == 0);
  pthread_testcancel();
  return (void*)1;
}

static atomic_int busy_started, cancel_sent;
static volatile int busy_calls_after_cancel;
static void* busy(void* p) {
  (void)p;
  atomic_store(&busy_started, 1);
  while (!atomic_load(&cancel_sent))
    (void)getppid();
  for (int i = 0; i < 100; i++) { /* the request stays pending through more of them */
    (void)getppid();
    busy_calls_after_cancel = i + 1;
  }
  usleep(1000);
  return (void*)1;
}

int main(void) {
  CHECK(pipe(fds) == 0);
  CHECK(pthread_barrier_init(&ready, NULL, 2) == 0);
  pthread_t t;
  CHECK(pthread_create(&t, NULL, reader, NULL) == 0);
  pthread_barrier_wait(&ready);
  usleep(10000); /* let it block in read (cancellation works either way) */
  CHECK(pthread_cancel(t) == 0);
  void* r;
  CHECK(pthread_join(t, &r) == 0);
  printf("blocked reader: cancelled %s, cleanup ran %s\n", r == PTHREAD_CANCELED ? "yes" : "no",
         cleanup_ran ? "yes" : "no");

  CHECK(pthread_create(&t, NULL, deferred, NULL) == 0);
  pthread_barrier_wait(&ready);
  CHECK(pthread_cancel(t) == 0);
  pthread_barrier_wait(&ready);
  CHECK(pthread_join(t, &r) == 0);
  printf("cancel disabled: work done %s, then cancelled %s\n", work_done ? "yes" : "no",
         r == PTHREAD_CANCELED ? "yes" : "no");

  CHECK(pthread_create(&t, NULL, busy, NULL) == 0);
  while (!atomic_load(&busy_started))
    sched_yield();
  CHECK(pthread_cancel(t) == 0);
  atomic_store(&cancel_sent, 1);
  CHECK(pthread_join(t, &r) == 0);
  printf("busy outside cancellation points: %d more calls, then cancelled %s\n",
         busy_calls_after_cancel, r == PTHREAD_CANCELED ? "yes" : "no");
  return 0;
}
