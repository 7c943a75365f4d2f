/* threads.c — the sysroot's POSIX threads, built natively and for wasm, must print the same.
 *
 * Covers what libc does for threads on wasm (toolchain/musl/src/thread/wasm, src/env/wasm):
 * creation and join with results, thread-local data initialised from the template in every
 * thread (and errno per thread), the synchronisation objects under contention (mutex, condition
 * variable, barrier, read-write lock, semaphore, once), detached threads that free their own
 * stacks, thread-specific data destructors, a thread with a large stack of its own, the stack
 * bounds pthread_getattr_np reports (main thread and created thread), cancellation
 * of a thread blocked in read(), the heap (wpkmalloc) used by several threads at once with every
 * block's contents checked, and fork from a thread while other threads run. Output is printed
 * by the main thread after joins, so it is deterministic.
 *
 *   threads SCRATCH_DIR   (the directory is not used)
 */
#define _GNU_SOURCE
#include <errno.h>
#include <pthread.h>
#include <semaphore.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static int failures;

static void check(int ok, const char* what) {
  printf("%s %s\n", ok ? "ok" : "FAIL", what);
  if (!ok)
    failures++;
}

/* ---- creation, join, results, ids ---------------------------------------------------------- */

static pid_t thread_ids[8];

static void* sum_range(void* arg) {
  intptr_t index = (intptr_t)arg;
  long sum = 0;
  for (long i = index * 1000; i < (index + 1) * 1000; i++)
    sum += i;
  thread_ids[index] = (pid_t)syscall(SYS_gettid);
  if (index == 7)
    pthread_exit((void*)sum); /* the other way to end with a result */
  return (void*)sum;
}

static void creation_and_join(void) {
  pthread_t threads[8];
  int created = 1;
  for (intptr_t i = 0; i < 8; i++)
    created &= pthread_create(&threads[i], NULL, sum_range, (void*)i) == 0;
  check(created, "8 threads created");
  int sums_right = 1;
  for (intptr_t i = 0; i < 8; i++) {
    void* result = NULL;
    sums_right &= pthread_join(threads[i], &result) == 0;
    long expected = 0;
    for (long k = i * 1000; k < (i + 1) * 1000; k++)
      expected += k;
    sums_right &= (long)result == expected;
  }
  check(sums_right, "each thread's result comes back through pthread_join");
  int ids_distinct = 1;
  pid_t self = (pid_t)syscall(SYS_gettid);
  for (int i = 0; i < 8; i++) {
    ids_distinct &= thread_ids[i] > 0 && thread_ids[i] != self && thread_ids[i] != getpid();
    for (int j = 0; j < i; j++)
      ids_distinct &= thread_ids[i] != thread_ids[j];
  }
  check(ids_distinct, "thread ids are distinct and differ from the process id");
  check(self == getpid(), "the main thread's id is the process id");
}

/* ---- thread-local data --------------------------------------------------------------------- */

static _Thread_local int counter = 7;
static _Thread_local char name[32] = "template";
static _Thread_local long zeroed[64];

struct tls_report {
  int counter_at_start, counter_at_end, name_ok, zero_ok, errno_value;
  void* counter_address;
};

static void* use_thread_locals(void* arg) {
  struct tls_report* r = arg;
  r->counter_at_start = counter;
  r->name_ok = strcmp(name, "template") == 0;
  int zero = 1;
  for (int i = 0; i < 64; i++)
    zero &= zeroed[i] == 0;
  r->zero_ok = zero;
  for (int i = 0; i < 100; i++)
    counter++;
  snprintf(name, sizeof name, "thread-%d", r->counter_at_start);
  for (int i = 0; i < 64; i++)
    zeroed[i] = i;
  r->counter_at_end = counter;
  r->counter_address = &counter;
  errno = 0;
  close(-1);
  r->errno_value = errno;
  return NULL;
}

static void thread_locals(void) {
  counter = 1000;
  strcpy(name, "main");
  errno = ENOENT;
  struct tls_report reports[4];
  pthread_t threads[4];
  for (int i = 0; i < 4; i++)
    pthread_create(&threads[i], NULL, use_thread_locals, &reports[i]);
  for (int i = 0; i < 4; i++)
    pthread_join(threads[i], NULL);
  int fresh = 1, own = 1;
  for (int i = 0; i < 4; i++) {
    fresh &= reports[i].counter_at_start == 7 && reports[i].name_ok && reports[i].zero_ok;
    own &= reports[i].counter_at_end == 107 && reports[i].counter_address != &counter;
    for (int j = 0; j < i; j++)
      own &= reports[i].counter_address != reports[j].counter_address;
  }
  check(fresh, "every thread starts with the thread-local template's values");
  check(own, "every thread has its own thread-local variables");
  check(counter == 1000 && strcmp(name, "main") == 0, "the main thread's are untouched");
  int errno_own = errno == ENOENT;
  for (int i = 0; i < 4; i++)
    errno_own &= reports[i].errno_value == EBADF;
  check(errno_own, "errno is per thread");
}

/* ---- synchronisation ------------------------------------------------------------------------ */

static pthread_mutex_t count_lock = PTHREAD_MUTEX_INITIALIZER;
static long shared_count;

static void* add_under_mutex(void* arg) {
  (void)arg;
  for (int i = 0; i < 20000; i++) {
    pthread_mutex_lock(&count_lock);
    shared_count++;
    pthread_mutex_unlock(&count_lock);
  }
  return NULL;
}

enum { QUEUE_ITEMS = 2000, QUEUE_SIZE = 16 };
static int queue[QUEUE_SIZE], queue_head, queue_length;
static pthread_mutex_t queue_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t queue_not_empty = PTHREAD_COND_INITIALIZER;
static pthread_cond_t queue_not_full = PTHREAD_COND_INITIALIZER;

static void* produce(void* arg) {
  (void)arg;
  for (int i = 1; i <= QUEUE_ITEMS; i++) {
    pthread_mutex_lock(&queue_lock);
    while (queue_length == QUEUE_SIZE)
      pthread_cond_wait(&queue_not_full, &queue_lock);
    queue[(queue_head + queue_length++) % QUEUE_SIZE] = i;
    pthread_cond_signal(&queue_not_empty);
    pthread_mutex_unlock(&queue_lock);
  }
  return NULL;
}

static void* consume(void* arg) {
  long* sum = arg;
  for (int i = 0; i < QUEUE_ITEMS / 2; i++) {
    pthread_mutex_lock(&queue_lock);
    while (queue_length == 0)
      pthread_cond_wait(&queue_not_empty, &queue_lock);
    *sum += queue[queue_head];
    queue_head = (queue_head + 1) % QUEUE_SIZE;
    queue_length--;
    pthread_cond_broadcast(&queue_not_full);
    pthread_mutex_unlock(&queue_lock);
  }
  return NULL;
}

static pthread_barrier_t barrier;
static int barrier_round_values[4][3];
static int barrier_shared;

static void* meet_at_barrier(void* arg) {
  intptr_t index = (intptr_t)arg;
  int serial = 0;
  for (int round = 0; round < 3; round++) {
    __atomic_fetch_add(&barrier_shared, 1, __ATOMIC_SEQ_CST);
    if (pthread_barrier_wait(&barrier) == PTHREAD_BARRIER_SERIAL_THREAD)
      serial++;
    barrier_round_values[index][round] = __atomic_load_n(&barrier_shared, __ATOMIC_SEQ_CST);
    pthread_barrier_wait(&barrier);
  }
  return (void*)(intptr_t)serial;
}

static pthread_rwlock_t table_lock = PTHREAD_RWLOCK_INITIALIZER;
static int table[64];

static void* read_and_write_table(void* arg) {
  intptr_t index = (intptr_t)arg;
  int consistent = 1;
  for (int i = 0; i < 2000; i++) {
    if (i % 10 == 0) {
      pthread_rwlock_wrlock(&table_lock);
      for (int k = 0; k < 64; k++)
        table[k]++;
      pthread_rwlock_unlock(&table_lock);
    } else {
      pthread_rwlock_rdlock(&table_lock);
      for (int k = 1; k < 64; k++)
        consistent &= table[k] == table[0];
      pthread_rwlock_unlock(&table_lock);
    }
  }
  (void)index;
  return (void*)(intptr_t)consistent;
}

static sem_t ping, pong;

static void* answer_pings(void* arg) {
  (void)arg;
  for (int i = 0; i < 1000; i++) {
    sem_wait(&ping);
    sem_post(&pong);
  }
  return NULL;
}

static pthread_once_t once = PTHREAD_ONCE_INIT;
static int once_runs;

static void run_once(void) {
  once_runs++;
}

static void* call_once(void* arg) {
  (void)arg;
  pthread_once(&once, run_once);
  return NULL;
}

/* Runs fn(0), ..., fn(3) in four threads and returns the sum of their results. */
static long run_four_and_sum(void* (*fn)(void*)) {
  pthread_t threads[4];
  for (intptr_t i = 0; i < 4; i++)
    pthread_create(&threads[i], NULL, fn, (void*)i);
  long sum = 0;
  for (int i = 0; i < 4; i++) {
    void* result;
    pthread_join(threads[i], &result);
    sum += (long)(intptr_t)result;
  }
  return sum;
}

static void synchronisation(void) {
  pthread_t threads[4];
  for (int i = 0; i < 4; i++)
    pthread_create(&threads[i], NULL, add_under_mutex, NULL);
  for (int i = 0; i < 4; i++)
    pthread_join(threads[i], NULL);
  check(shared_count == 80000, "mutex: 4 threads x 20000 increments give 80000");

  long sums[2] = {0, 0};
  pthread_t producer, consumers[2];
  pthread_create(&producer, NULL, produce, NULL);
  for (int i = 0; i < 2; i++)
    pthread_create(&consumers[i], NULL, consume, &sums[i]);
  pthread_join(producer, NULL);
  for (int i = 0; i < 2; i++)
    pthread_join(consumers[i], NULL);
  check(sums[0] + sums[1] == (long)QUEUE_ITEMS * (QUEUE_ITEMS + 1) / 2,
        "condition variables: a bounded queue passes 2000 items to two consumers");

  pthread_barrier_init(&barrier, NULL, 4);
  long serials = run_four_and_sum(meet_at_barrier);
  int rounds_seen = 1;
  for (int i = 0; i < 4; i++)
    for (int round = 0; round < 3; round++)
      rounds_seen &= barrier_round_values[i][round] == 4 * (round + 1);
  check(rounds_seen && serials == 3, "barrier: 3 rounds of 4 threads, one serial thread each");
  pthread_barrier_destroy(&barrier);

  int consistent = run_four_and_sum(read_and_write_table) == 4; /* each says 1 */
  check(consistent && table[0] == 800, "rwlock: readers never see a half-written table");

  sem_init(&ping, 0, 0);
  sem_init(&pong, 0, 0);
  pthread_t partner;
  pthread_create(&partner, NULL, answer_pings, NULL);
  for (int i = 0; i < 1000; i++) {
    sem_post(&ping);
    sem_wait(&pong);
  }
  pthread_join(partner, NULL);
  check(1, "semaphores: 1000 round trips between two threads");

  for (int i = 0; i < 4; i++)
    pthread_create(&threads[i], NULL, call_once, NULL);
  for (int i = 0; i < 4; i++)
    pthread_join(threads[i], NULL);
  check(once_runs == 1, "pthread_once runs its function once");
}

/* ---- detached threads, thread-specific data, stacks ----------------------------------------- */

static sem_t detached_done;
static int detached_runs;

static void* run_detached(void* arg) {
  (void)arg;
  __atomic_fetch_add(&detached_runs, 1, __ATOMIC_SEQ_CST);
  sem_post(&detached_done);
  return NULL;
}

static pthread_key_t key;
static int destructor_calls;
static long destructor_sum;

static void destroy_value(void* value) {
  __atomic_fetch_add(&destructor_calls, 1, __ATOMIC_SEQ_CST);
  __atomic_fetch_add(&destructor_sum, *(long*)value, __ATOMIC_SEQ_CST);
  free(value);
}

static void* set_specific(void* arg) {
  long* value = malloc(sizeof *value);
  *value = (long)(intptr_t)arg;
  pthread_setspecific(key, value);
  return pthread_getspecific(key) == value ? (void*)1 : NULL;
}

static void* use_big_stack(void* arg) {
  (void)arg;
  volatile char block[512 * 1024];
  for (size_t i = 0; i < sizeof block; i += 4096)
    block[i] = (char)i;
  long sum = 0;
  for (size_t i = 0; i < sizeof block; i += 4096)
    sum += block[i];
  return (void*)sum;
}

/* pthread_getattr_np reports the calling thread's stack: a local variable lies inside it, and
 * the stack is at least 64 KiB (the main thread's 1 MiB on wasm, 8 MiB natively; a created
 * thread's is the size it asked for). Returns non-NULL when both hold. */
static void* local_within_own_stack(void* arg) {
  (void)arg;
  volatile char local = 0;
  pthread_attr_t attr;
  if (pthread_getattr_np(pthread_self(), &attr) != 0)
    return NULL;
  void* low = NULL;
  size_t size = 0;
  int got = pthread_attr_getstack(&attr, &low, &size) == 0;
  pthread_attr_destroy(&attr);
  uintptr_t at = (uintptr_t)&local, bottom = (uintptr_t)low;
  return got && size >= 64 * 1024 && at >= bottom && at - bottom < size ? (void*)1 : NULL;
}

static void lifetimes(void) {
  sem_init(&detached_done, 0, 0);
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
  for (int round = 0; round < 5; round++) {
    pthread_t t;
    for (int i = 0; i < 4; i++)
      pthread_create(&t, &attr, run_detached, NULL);
    for (int i = 0; i < 4; i++)
      sem_wait(&detached_done);
  }
  pthread_attr_destroy(&attr);
  check(detached_runs == 20, "20 detached threads ran (and freed their own stacks)");

  pthread_key_create(&key, destroy_value);
  pthread_t threads[4];
  int got_own = 1;
  for (intptr_t i = 0; i < 4; i++)
    pthread_create(&threads[i], NULL, set_specific, (void*)(i + 1));
  for (int i = 0; i < 4; i++) {
    void* ok;
    pthread_join(threads[i], &ok);
    got_own &= ok != NULL;
  }
  check(got_own && destructor_calls == 4 && destructor_sum == 10,
        "thread-specific values are per thread and destroyed at thread exit");
  pthread_key_delete(key);

  pthread_attr_init(&attr);
  pthread_attr_setstacksize(&attr, 2 * 1024 * 1024);
  pthread_t big;
  void* sum = NULL;
  int made = pthread_create(&big, &attr, use_big_stack, NULL) == 0;
  pthread_attr_destroy(&attr);
  if (made)
    pthread_join(big, &sum);
  long expected = 0;
  for (size_t i = 0; i < 512 * 1024; i += 4096)
    expected += (char)i;
  check(made && (long)sum == expected, "a thread with a 2 MiB stack uses 512 KiB of it");

  check(local_within_own_stack(NULL) != NULL,
        "pthread_getattr_np: the main thread's stack holds its locals");
  pthread_attr_init(&attr);
  pthread_attr_setstacksize(&attr, 2 * 1024 * 1024);
  void* inside = NULL;
  made = pthread_create(&big, &attr, local_within_own_stack, NULL) == 0;
  pthread_attr_destroy(&attr);
  if (made)
    pthread_join(big, &inside);
  check(inside != NULL, "pthread_getattr_np: a 2 MiB thread stack holds the thread's locals");
}

/* ---- cancellation ---------------------------------------------------------------------------- */

static int cleanup_ran;

static void note_cleanup(void* arg) {
  (void)arg;
  cleanup_ran = 1;
}

static void* read_forever(void* arg) {
  int fd = *(int*)arg;
  char byte;
  pthread_cleanup_push(note_cleanup, NULL);
  for (;;)
    read(fd, &byte, 1);
  pthread_cleanup_pop(0);
  return NULL;
}

static void cancellation(void) {
  int fds[2];
  if (pipe(fds) != 0) {
    check(0, "pipe for the cancellation test");
    return;
  }
  pthread_t reader;
  pthread_create(&reader, NULL, read_forever, &fds[0]);
  struct timespec pause = {0, 20 * 1000 * 1000};
  nanosleep(&pause, NULL); /* likely blocked in read by now; either way it is cancelled */
  pthread_cancel(reader);
  void* result = NULL;
  pthread_join(reader, &result);
  check(result == PTHREAD_CANCELED && cleanup_ran,
        "a thread blocked in read() is cancelled and runs its cleanup handler");
  close(fds[0]);
  close(fds[1]);
}

/* ---- the heap under threads ------------------------------------------------------------------ */

struct heap_work {
  unsigned seed;
  int ok;
};

static void* churn_heap(void* arg) {
  struct heap_work* w = arg;
  enum { SLOTS = 256 };
  unsigned char* blocks[SLOTS] = {0};
  size_t sizes[SLOTS] = {0};
  unsigned char tag = (unsigned char)w->seed;
  unsigned x = w->seed;
  w->ok = 1;
  for (int op = 0; op < 20000; op++) {
    x = x * 1103515245u + 12345u;
    int slot = (x >> 8) % SLOTS;
    if (blocks[slot]) {
      for (size_t i = 0; i < sizes[slot]; i++)
        if (blocks[slot][i] != (unsigned char)(tag + i))
          w->ok = 0;
      if (x & 1) {
        free(blocks[slot]);
        blocks[slot] = NULL;
        continue;
      }
    }
    size_t size = (x >> 16) % ((x & 2) ? 5000 : 200) + 1;
    unsigned char* p = realloc(blocks[slot], size);
    if (!p) {
      w->ok = 0;
      break;
    }
    for (size_t i = 0; i < size; i++)
      p[i] = (unsigned char)(tag + i);
    blocks[slot] = p;
    sizes[slot] = size;
  }
  for (int i = 0; i < SLOTS; i++)
    free(blocks[i]);
  return NULL;
}

static void heap(void) {
  struct heap_work work[4];
  pthread_t threads[4];
  for (int i = 0; i < 4; i++) {
    work[i].seed = 17u * (unsigned)i + 3u;
    pthread_create(&threads[i], NULL, churn_heap, &work[i]);
  }
  int ok = 1;
  for (int i = 0; i < 4; i++) {
    pthread_join(threads[i], NULL);
    ok &= work[i].ok;
  }
  check(ok, "malloc/realloc/free from 4 threads at once keep every block's contents");
}

/* ---- fork from a thread ------------------------------------------------------------------------
 */

static volatile int keep_spinning = 1;

static void* spin(void* arg) {
  (void)arg;
  long n = 0;
  while (keep_spinning) {
    n++;
    if (n % 1000 == 0)
      sched_yield();
  }
  return NULL;
}

static void* child_thread(void* arg) {
  return (void*)((intptr_t)arg * 2);
}

static void* fork_here(void* arg) {
  (void)arg;
  counter = 4242; /* this thread's thread-local data goes with it into the child */
  pid_t pid = fork();
  if (pid == 0) {
    int ok = counter == 4242 && (pid_t)syscall(SYS_gettid) == getpid();
    pthread_t t;
    void* result = NULL;
    ok &= pthread_create(&t, NULL, child_thread, (void*)21) == 0;
    ok &= pthread_join(t, &result) == 0 && (intptr_t)result == 42;
    void* block = malloc(100000);
    ok &= block != NULL;
    free(block);
    _exit(ok ? 0 : 1);
  }
  int status = -1;
  if (pid > 0)
    waitpid(pid, &status, 0);
  return (void*)(intptr_t)(pid > 0 && WIFEXITED(status) && WEXITSTATUS(status) == 0);
}

static void fork_from_thread(void) {
  pthread_t spinner, forker;
  pthread_create(&spinner, NULL, spin, NULL);
  pthread_create(&forker, NULL, fork_here, NULL);
  void* ok = NULL;
  pthread_join(forker, &ok);
  keep_spinning = 0;
  pthread_join(spinner, NULL);
  check(ok != NULL, "fork from a thread while another runs: the child has the forking thread, "
                    "its thread-local data and id = pid, and can create threads");
}

int main(void) {
  setvbuf(stdout, NULL, _IOLBF, 0);
  creation_and_join();
  thread_locals();
  synchronisation();
  lifetimes();
  cancellation();
  heap();
  fork_from_thread();
  return failures ? 1 : 0;
}
