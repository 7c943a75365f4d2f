/* Threads: many threads created and joined, each computing a result and returning a value;
 * _Thread_local variables start from their initial value in every thread and stay per thread;
 * thread ids are distinct and differ from the pid (the main thread's id is the pid); a thread
 * with a larger stack uses it; more threads than run at once, one after the other. */
#define _GNU_SOURCE
#include "check.h"

#include <pthread.h>
#include <sched.h>

#define N 16

static _Thread_local int tls_value = 7;
static _Thread_local char tls_name[32];

struct work {
  int index;
  long result;
  int tls_initial;
  int tls_after;
  int name_ok;
  pid_t tid;
};

static void* worker(void* p) {
  struct work* w = p;
  w->tls_initial = tls_value;
  tls_value = w->index * 10;
  snprintf(tls_name, sizeof tls_name, "worker %d", w->index);
  long sum = 0;
  for (int i = 0; i <= w->index * 1000; i++)
    sum += i;
  w->result = sum;
  sched_yield();
  w->tls_after = tls_value;
  char expected[32];
  snprintf(expected, sizeof expected, "worker %d", w->index);
  w->name_ok = strcmp(tls_name, expected) == 0;
  w->tid = gettid();
  return (void*)(long)(w->index + 100);
}

static void* big_stack(void* p) {
  volatile char local[200 * 1024];
  for (size_t i = 0; i < sizeof local; i += 4096)
    local[i] = (char)(i / 4096);
  long sum = 0;
  for (size_t i = 0; i < sizeof local; i += 4096)
    sum += local[i];
  *(long*)p = sum;
  return NULL;
}

static void* echo(void* p) {
  return p;
}

int main(void) {
  tls_value = 1;
  CHECK(gettid() == getpid());
  pthread_t threads[N];
  struct work work[N];
  for (int i = 0; i < N; i++) {
    work[i] = (struct work){.index = i};
    CHECK(pthread_create(&threads[i], NULL, worker, &work[i]) == 0);
  }
  for (int i = 0; i < N; i++) {
    void* ret;
    CHECK(pthread_join(threads[i], &ret) == 0);
    CHECK((long)ret == i + 100);
  }
  for (int i = 0; i < N; i++) {
    printf("thread %d: result %ld tls initial %d after %d name %s\n", i, work[i].result,
           work[i].tls_initial, work[i].tls_after, work[i].name_ok ? "ok" : "WRONG");
    CHECK(work[i].tid != getpid());
    for (int j = 0; j < i; j++)
      CHECK(work[i].tid != work[j].tid);
  }
  printf("main tls %d, %d distinct thread ids\n", tls_value, N);

  pthread_attr_t attr;
  CHECK(pthread_attr_init(&attr) == 0);
  CHECK(pthread_attr_setstacksize(&attr, 1024 * 1024) == 0);
  pthread_t t;
  long sum = 0;
  CHECK(pthread_create(&t, &attr, big_stack, &sum) == 0);
  CHECK(pthread_join(t, NULL) == 0);
  printf("1 MiB stack thread: sum %ld\n", sum);

  long total = 0;
  for (long i = 0; i < 100; i++) {
    void* ret;
    CHECK(pthread_create(&t, NULL, echo, (void*)i) == 0);
    CHECK(pthread_join(t, &ret) == 0);
    total += (long)ret;
  }
  printf("100 threads one after the other: total %ld\n", total);
  CHECK(pthread_equal(pthread_self(), pthread_self()));
  return 0;
}
