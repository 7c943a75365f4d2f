/* Threads: malloc/free in 6 threads at once (blocks up to 256 KiB, so the heap, and linear
 * memory, grow while other threads use memory), each block filled with a pattern and checked;
 * two more threads keep checking blocks they allocated first while the others grow the heap. */
#include "check.h"

#include <pthread.h>
#include <stdint.h>

#define ALLOCATORS 6
#define CHECKERS 2

static int stop;
static long errors;

static uint32_t next(uint32_t* s) {
  *s = *s * 1664525u + 1013904223u;
  return *s;
}

static void fill(unsigned char* p, size_t n, unsigned char v) {
  memset(p, v, n);
}
static int intact(const unsigned char* p, size_t n, unsigned char v) {
  for (size_t i = 0; i < n; i += 61)
    if (p[i] != v)
      return 0;
  return p[n - 1] == v;
}

static void* allocator(void* arg) {
  uint32_t seed = (uint32_t)(long)arg * 7919u + 1;
  enum { SLOTS = 64 };
  unsigned char* blocks[SLOTS] = {0};
  size_t sizes[SLOTS] = {0};
  unsigned char marks[SLOTS] = {0};
  long made = 0;
  for (int round = 0; round < 3000; round++) {
    int k = (int)(next(&seed) % SLOTS);
    if (blocks[k]) {
      if (!intact(blocks[k], sizes[k], marks[k]))
        __atomic_add_fetch(&errors, 1, __ATOMIC_SEQ_CST);
      free(blocks[k]);
    }
    sizes[k] = 1 + next(&seed) % (next(&seed) % 8 == 0 ? 256 * 1024 : 2048);
    blocks[k] = malloc(sizes[k]);
    CHECK(blocks[k] != NULL);
    marks[k] = (unsigned char)(next(&seed) | 1);
    fill(blocks[k], sizes[k], marks[k]);
    made++;
  }
  for (int k = 0; k < SLOTS; k++) {
    if (blocks[k] && !intact(blocks[k], sizes[k], marks[k]))
      __atomic_add_fetch(&errors, 1, __ATOMIC_SEQ_CST);
    free(blocks[k]);
  }
  return (void*)made;
}

static void* checker(void* arg) {
  unsigned char mark = (unsigned char)(0x40 + (long)arg);
  size_t n = 512 * 1024;
  unsigned char* mine = malloc(n);
  CHECK(mine != NULL);
  fill(mine, n, mark);
  long passes = 0;
  while (!__atomic_load_n(&stop, __ATOMIC_SEQ_CST) || passes == 0) {
    if (!intact(mine, n, mark))
      __atomic_add_fetch(&errors, 1, __ATOMIC_SEQ_CST);
    passes++;
  }
  free(mine);
  return NULL;
}

int main(void) {
  pthread_t c[CHECKERS], a[ALLOCATORS];
  for (long i = 0; i < CHECKERS; i++)
    CHECK(pthread_create(&c[i], NULL, checker, (void*)i) == 0);
  for (long i = 0; i < ALLOCATORS; i++)
    CHECK(pthread_create(&a[i], NULL, allocator, (void*)i) == 0);
  long total = 0;
  for (int i = 0; i < ALLOCATORS; i++) {
    void* r;
    CHECK(pthread_join(a[i], &r) == 0);
    total += (long)r;
  }
  __atomic_store_n(&stop, 1, __ATOMIC_SEQ_CST);
  for (int i = 0; i < CHECKERS; i++)
    CHECK(pthread_join(c[i], NULL) == 0);
  printf("%ld allocations in %d threads, %ld corrupted blocks\n", total, ALLOCATORS, errors);
  return errors != 0;
}
