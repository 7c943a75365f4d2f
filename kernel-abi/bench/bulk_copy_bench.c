/* bulk_copy_bench — copies and fills of 16 B to 64 KiB, the three ways a program makes them:
 * calls to memcpy/memset through a pointer (the sysroot's functions; from 64 bytes up they are
 * one memory.copy / memory.fill), and __builtin_memcpy / __builtin_memset with a size the
 * compiler cannot see (clang then emits the bulk-memory instruction inline). Each row moves about
 * 32 MiB (at least 20000 operations) and prints MB/s. Then two rows for the atomic guard (atomic
 * instructions become calls, runtime/lib/atomic-guard.mjs): atomic adds to one word, and
 * lock/unlock pairs of a musl mutex (a compare-exchange and a swap), as MB/s of 4-byte words.
 * run-bulk-guard-bench runs it with the runtime's guards and without them (the baseline) and
 * prints the ratio per row. A checksum of the destination keeps every operation live. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

enum { MAX_SIZE = 64 << 10 };
static unsigned char source[MAX_SIZE], target[MAX_SIZE];
static volatile size_t opaque_size; /* the size, unknown to the compiler */
static void* (*volatile copy_call)(void*, const void*, size_t) = memcpy;
static void* (*volatile fill_call)(void*, int, size_t) = memset;

static double now(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

enum kind { copy_call_kind, copy_inline_kind, fill_call_kind, fill_inline_kind };
static const char* const kind_names[] = {"copy-call", "copy-inline", "fill-call", "fill-inline"};

static unsigned run(enum kind kind, size_t size) {
  opaque_size = size;
  size_t n = opaque_size, count = (32u << 20) / size;
  if (count < 20000)
    count = 20000;
  unsigned checksum = 0;
  double start = now();
  for (size_t i = 0; i < count; i++) {
    unsigned char* to = target + (i & 7) * (n < MAX_SIZE / 8 ? n : 0);
    switch (kind) {
    case copy_call_kind:
      copy_call(to, source, n);
      break;
    case copy_inline_kind:
      __builtin_memcpy(to, source, n);
      break;
    case fill_call_kind:
      fill_call(to, (int)i, n);
      break;
    case fill_inline_kind:
      __builtin_memset(to, (int)i, n);
      break;
    }
    checksum += to[n - 1];
  }
  double seconds = now() - start;
  printf("%-12s %6zu B  %9.1f MB/s\n", kind_names[kind], size,
         (double)count * (double)size / seconds / 1e6);
  return checksum;
}

enum { ATOMIC_OPERATIONS = 20000000 };

static unsigned atomic_adds(void) {
  static atomic_uint counter;
  double start = now();
  for (unsigned i = 0; i < ATOMIC_OPERATIONS; i++)
    atomic_fetch_add_explicit(&counter, i, memory_order_relaxed);
  double seconds = now() - start;
  printf("%-12s %6d B  %9.1f MB/s\n", "atomic-add", 4, ATOMIC_OPERATIONS * 4.0 / seconds / 1e6);
  return atomic_load(&counter);
}

static unsigned mutex_pairs(void) {
  static pthread_mutex_t mutex = PTHREAD_MUTEX_INITIALIZER;
  static unsigned guarded_count;
  double start = now();
  for (unsigned i = 0; i < ATOMIC_OPERATIONS / 4; i++) {
    pthread_mutex_lock(&mutex);
    guarded_count++;
    pthread_mutex_unlock(&mutex);
  }
  double seconds = now() - start;
  printf("%-12s %6d B  %9.1f MB/s\n", "mutex-pair", 4, ATOMIC_OPERATIONS / 4 * 4.0 / seconds / 1e6);
  return guarded_count;
}

int main(void) {
  static const size_t sizes[] = {16, 256, 4096, 65536};
  for (size_t i = 0; i < MAX_SIZE; i++)
    source[i] = (unsigned char)(i * 13);
  unsigned checksum = 0;
  for (enum kind k = copy_call_kind; k <= fill_inline_kind; k++)
    for (size_t s = 0; s < 4; s++)
      checksum += run(k, sizes[s]);
  checksum += atomic_adds() + mutex_pairs();
  printf("checksum %u\n", checksum);
  return 0;
}
