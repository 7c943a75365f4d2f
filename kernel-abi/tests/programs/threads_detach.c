/* Threads: detached threads (by attribute and by pthread_detach) finish on their own; then
 * main calls pthread_exit while another thread still runs: the process goes on until that last
 * thread ends, and exits with status 0. */
#include "check.h"

#include <pthread.h>

static pthread_mutex_t mutex = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cond = PTHREAD_COND_INITIALIZER;
static int finished;

static void* detached(void* p) {
  pthread_mutex_lock(&mutex);
  finished += (int)(long)p;
  pthread_cond_signal(&cond);
  pthread_mutex_unlock(&mutex);
  return NULL;
}

static pthread_barrier_t go;

static void* last(void* p) {
  (void)p;
  pthread_barrier_wait(&go);
  /* main has called (or is calling) pthread_exit; this thread keeps the process alive */
  for (int i = 0; i < 20; i++)
    usleep(1000);
  const char msg[] = "last thread: main has exited, finishing\n";
  write_all(1, msg, sizeof msg - 1);
  return NULL;
}

int main(void) {
  pthread_attr_t attr;
  CHECK(pthread_attr_init(&attr) == 0);
  CHECK(pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED) == 0);
  for (int i = 1; i <= 8; i++) {
    pthread_t t;
    CHECK(pthread_create(&t, i % 2 ? &attr : NULL, detached, (void*)(long)i) == 0);
    if (i % 2 == 0)
      CHECK(pthread_detach(t) == 0);
  }
  pthread_mutex_lock(&mutex);
  while (finished != 36)
    pthread_cond_wait(&cond, &mutex);
  pthread_mutex_unlock(&mutex);
  printf("8 detached threads finished: sum %d\n", finished);

  CHECK(pthread_barrier_init(&go, NULL, 2) == 0);
  pthread_t t;
  CHECK(pthread_create(&t, NULL, last, NULL) == 0);
  printf("main: pthread_exit\n");
  fflush(stdout);
  pthread_barrier_wait(&go);
  pthread_exit(NULL);
}
