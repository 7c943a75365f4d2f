/* Threads: contention on the synchronisation objects (futex-based in the C library): a mutex
 * (4 threads x 100000 increments), atomics, a condition variable queue (1 producer, 3
 * consumers), a barrier (4 threads, 50 rounds), a rwlock (writers keep two counters equal,
 * readers check it) and a counting semaphore (at most 2 threads inside). */
#include "check.h"

#include <pthread.h>
#include <semaphore.h>

#define THREADS 4
#define ROUNDS 100000

static pthread_mutex_t mutex = PTHREAD_MUTEX_INITIALIZER;
static long counter;
static long atomic_counter;

static void* add(void* p) {
  (void)p;
  for (int i = 0; i < ROUNDS; i++) {
    pthread_mutex_lock(&mutex);
    counter++;
    pthread_mutex_unlock(&mutex);
    __atomic_add_fetch(&atomic_counter, 1, __ATOMIC_SEQ_CST);
  }
  return NULL;
}

#define ITEMS 30000
static pthread_cond_t not_empty = PTHREAD_COND_INITIALIZER;
static pthread_cond_t not_full = PTHREAD_COND_INITIALIZER;
static int queue[16];
static int head, count, done;
static long consumed_sum, consumed_count;

static void* produce(void* p) {
  (void)p;
  for (int i = 1; i <= ITEMS; i++) {
    pthread_mutex_lock(&mutex);
    while (count == 16)
      pthread_cond_wait(&not_full, &mutex);
    queue[(head + count) % 16] = i;
    count++;
    pthread_cond_signal(&not_empty);
    pthread_mutex_unlock(&mutex);
  }
  pthread_mutex_lock(&mutex);
  done = 1;
  pthread_cond_broadcast(&not_empty);
  pthread_mutex_unlock(&mutex);
  return NULL;
}

static void* consume(void* p) {
  (void)p;
  for (;;) {
    pthread_mutex_lock(&mutex);
    while (count == 0 && !done)
      pthread_cond_wait(&not_empty, &mutex);
    if (count == 0 && done) {
      pthread_mutex_unlock(&mutex);
      return NULL;
    }
    int v = queue[head];
    head = (head + 1) % 16;
    count--;
    consumed_sum += v;
    consumed_count++;
    pthread_cond_signal(&not_full);
    pthread_mutex_unlock(&mutex);
  }
}

#define BARRIER_ROUNDS 50
static pthread_barrier_t barrier;
static int arrived[BARRIER_ROUNDS];
static int barrier_errors;

static void* rounds(void* p) {
  (void)p;
  for (int r = 0; r < BARRIER_ROUNDS; r++) {
    __atomic_add_fetch(&arrived[r], 1, __ATOMIC_SEQ_CST);
    pthread_barrier_wait(&barrier);
    if (__atomic_load_n(&arrived[r], __ATOMIC_SEQ_CST) != THREADS)
      __atomic_add_fetch(&barrier_errors, 1, __ATOMIC_SEQ_CST);
    pthread_barrier_wait(&barrier);
  }
  return NULL;
}

static pthread_rwlock_t rwlock = PTHREAD_RWLOCK_INITIALIZER;
static long a, b, reads, read_errors;

static void* writer(void* p) {
  (void)p;
  for (int i = 0; i < 20000; i++) {
    pthread_rwlock_wrlock(&rwlock);
    a++;
    b++;
    pthread_rwlock_unlock(&rwlock);
  }
  return NULL;
}

static void* reader(void* p) {
  (void)p;
  for (int i = 0; i < 20000; i++) {
    pthread_rwlock_rdlock(&rwlock);
    if (a != b)
      __atomic_add_fetch(&read_errors, 1, __ATOMIC_SEQ_CST);
    __atomic_add_fetch(&reads, 1, __ATOMIC_SEQ_CST);
    pthread_rwlock_unlock(&rwlock);
  }
  return NULL;
}

static sem_t sem;
static int inside, most_inside;

static void* limited(void* p) {
  (void)p;
  for (int i = 0; i < 10000; i++) {
    CHECK(sem_wait(&sem) == 0);
    int now = __atomic_add_fetch(&inside, 1, __ATOMIC_SEQ_CST);
    int seen = __atomic_load_n(&most_inside, __ATOMIC_SEQ_CST);
    while (now > seen && !__atomic_compare_exchange_n(&most_inside, &seen, now, 0, __ATOMIC_SEQ_CST,
                                                      __ATOMIC_SEQ_CST))
      ;
    __atomic_sub_fetch(&inside, 1, __ATOMIC_SEQ_CST);
    CHECK(sem_post(&sem) == 0);
  }
  return NULL;
}

static void run(void* (*fn)(void*), int n) {
  pthread_t t[THREADS];
  for (int i = 0; i < n; i++)
    CHECK(pthread_create(&t[i], NULL, fn, NULL) == 0);
  for (int i = 0; i < n; i++)
    CHECK(pthread_join(t[i], NULL) == 0);
}

int main(void) {
  run(add, THREADS);
  printf("mutex counter %ld, atomic counter %ld\n", counter, atomic_counter);

  pthread_t producer, consumers[3];
  CHECK(pthread_create(&producer, NULL, produce, NULL) == 0);
  for (int i = 0; i < 3; i++)
    CHECK(pthread_create(&consumers[i], NULL, consume, NULL) == 0);
  CHECK(pthread_join(producer, NULL) == 0);
  for (int i = 0; i < 3; i++)
    CHECK(pthread_join(consumers[i], NULL) == 0);
  printf("condvar queue: %ld items, sum %ld\n", consumed_count, consumed_sum);

  CHECK(pthread_barrier_init(&barrier, NULL, THREADS) == 0);
  run(rounds, THREADS);
  CHECK(pthread_barrier_destroy(&barrier) == 0);
  printf("barrier: %d rounds, %d errors\n", BARRIER_ROUNDS, barrier_errors);

  pthread_t rw[4];
  CHECK(pthread_create(&rw[0], NULL, writer, NULL) == 0);
  CHECK(pthread_create(&rw[1], NULL, reader, NULL) == 0);
  CHECK(pthread_create(&rw[2], NULL, writer, NULL) == 0);
  CHECK(pthread_create(&rw[3], NULL, reader, NULL) == 0);
  for (int i = 0; i < 4; i++)
    CHECK(pthread_join(rw[i], NULL) == 0);
  printf("rwlock: a %ld b %ld, %ld reads, %ld inconsistent\n", a, b, reads, read_errors);

  CHECK(sem_init(&sem, 0, 2) == 0);
  run(limited, THREADS);
  int value;
  CHECK(sem_getvalue(&sem, &value) == 0);
  printf("semaphore: at most %s2 inside, value %d\n", most_inside <= 2 ? "" : "MORE THAN ", value);
  return 0;
}
