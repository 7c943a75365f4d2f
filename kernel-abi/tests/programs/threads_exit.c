/* Threads: exit() from a thread ends the process while other threads are blocked (in a condition
 * wait, in read() of an empty pipe, in nanosleep) and main waits in pthread_join: atexit handlers
 * run once, buffered output is flushed, the status is the thread's. */
#include "check.h"

#include <pthread.h>

static pthread_mutex_t mutex = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cond = PTHREAD_COND_INITIALIZER;
static int fds[2];

static void* in_cond(void* p) {
  (void)p;
  pthread_mutex_lock(&mutex);
  for (;;)
    pthread_cond_wait(&cond, &mutex);
  return NULL;
}

static void* in_read(void* p) {
  (void)p;
  char c;
  for (;;)
    (void)read(fds[0], &c, 1);
  return NULL;
}

static void* in_sleep(void* p) {
  (void)p;
  for (;;)
    sleep(100);
  return NULL;
}

static void* exiter(void* p) {
  (void)p;
  usleep(20000);
  printf("thread: calling exit(3)\n"); /* left in the buffer: exit flushes it */
  exit(3);
}

static void at_exit(void) {
  printf("atexit handler ran\n");
}

int main(void) {
  CHECK(pipe(fds) == 0);
  CHECK(atexit(at_exit) == 0);
  pthread_t t[4];
  CHECK(pthread_create(&t[0], NULL, in_cond, NULL) == 0);
  CHECK(pthread_create(&t[1], NULL, in_read, NULL) == 0);
  CHECK(pthread_create(&t[2], NULL, in_sleep, NULL) == 0);
  CHECK(pthread_create(&t[3], NULL, exiter, NULL) == 0);
  printf("main: waiting for the exiting thread\n");
  fflush(stdout);
  pthread_join(t[3], NULL);
  printf("main: join returned (unexpected)\n");
  return 0;
}
