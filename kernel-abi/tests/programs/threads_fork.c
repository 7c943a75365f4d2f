/* Threads: fork from a thread while other threads run (one loops on a mutex, one waits on a
 * condition variable): the child has one thread (its id is its pid, /proc/self/task lists one
 * entry), sees memory as it was, and can create threads of its own; the parent's threads go on. */
#define _GNU_SOURCE
#include "check.h"

#include <dirent.h>
#include <pthread.h>
#include <sys/wait.h>

static pthread_mutex_t mutex = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cond = PTHREAD_COND_INITIALIZER;
static int stop;
static long spins;
static int shared_value = 41;

static void* spinner(void* p) {
  (void)p;
  for (;;) {
    pthread_mutex_lock(&mutex);
    int s = stop;
    spins++;
    pthread_mutex_unlock(&mutex);
    if (s)
      return NULL;
    sched_yield();
  }
}

static void* waiter(void* p) {
  (void)p;
  pthread_mutex_lock(&mutex);
  while (!stop)
    pthread_cond_wait(&cond, &mutex);
  pthread_mutex_unlock(&mutex);
  return NULL;
}

static int task_entries(void) {
  DIR* d = opendir("/proc/self/task");
  CHECK(d != NULL);
  int n = 0;
  struct dirent* e;
  while ((e = readdir(d)) != NULL)
    if (e->d_name[0] != '.')
      n++;
  closedir(d);
  return n;
}

static void* square(void* p) {
  long v = (long)p;
  return (void*)(v * v);
}

static void* forker(void* p) {
  (void)p;
  fflush(stdout);
  pid_t child = fork();
  CHECK(child >= 0);
  if (child == 0) {
    printf("child: tid is pid %s, %d thread(s), value %d\n", gettid() == getpid() ? "yes" : "no",
           task_entries(), shared_value);
    long sum = 0;
    pthread_t t[3];
    for (long i = 0; i < 3; i++)
      CHECK(pthread_create(&t[i], NULL, square, (void*)(i + 2)) == 0);
    for (int i = 0; i < 3; i++) {
      void* r;
      CHECK(pthread_join(t[i], &r) == 0);
      sum += (long)r;
    }
    printf("child: its own threads computed %ld\n", sum);
    fflush(stdout);
    _exit(7);
  }
  int status;
  CHECK(waitpid(child, &status, 0) == child);
  printf("parent: child exited with %d\n", WEXITSTATUS(status));
  return NULL;
}

int main(void) {
  pthread_t s, w, f;
  CHECK(pthread_create(&s, NULL, spinner, NULL) == 0);
  CHECK(pthread_create(&w, NULL, waiter, NULL) == 0);
  shared_value = 42;
  CHECK(pthread_create(&f, NULL, forker, NULL) == 0);
  CHECK(pthread_join(f, NULL) == 0);
  pthread_mutex_lock(&mutex);
  stop = 1;
  pthread_cond_broadcast(&cond);
  pthread_mutex_unlock(&mutex);
  CHECK(pthread_join(s, NULL) == 0);
  CHECK(pthread_join(w, NULL) == 0);
  printf("parent: other threads ran during the fork: %s, %d thread(s) left\n",
         spins > 0 ? "yes" : "no", task_entries());
  return 0;
}
