/* qsort_bench — the sysroot's qsort (src/stdlib/wasm/qsort_nr.c) against musl 1.2.3's, measured
 * in the same module. musl's qsort is its qsort_r (smoothsort, still the sysroot's) called through
 * a two-argument adapter; musl_qsort below is exactly that. For each row: best of 5 runs of
 * sorting a fresh copy of the input; prints both times and musl / ours (above 1: ours is faster).
 */
#define _GNU_SOURCE
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

typedef int (*compare_function)(const void*, const void*);

static int adapter(const void* a, const void* b, void* compare) {
  return ((compare_function)compare)(a, b);
}
static void musl_qsort(void* base, size_t count, size_t width, compare_function compare) {
  qsort_r(base, count, width, adapter, (void*)compare);
}

struct record {
  uint32_t key;
  uint32_t serial;
  uint64_t payload;
};

static int compare_ints(const void* a, const void* b) {
  int x = *(const int*)a, y = *(const int*)b;
  return (x > y) - (x < y);
}
static int compare_records(const void* a, const void* b) {
  uint32_t x = ((const struct record*)a)->key, y = ((const struct record*)b)->key;
  return (x > y) - (x < y);
}

static uint64_t state = 0x2545F4914F6CDD1Dull;
static uint32_t next_random(void) {
  state ^= state << 13;
  state ^= state >> 7;
  state ^= state << 17;
  return (uint32_t)(state >> 32);
}

static uint32_t key_for(int shape, size_t i, size_t count) {
  switch (shape) {
  case 0:
    return next_random();
  case 1:
    return (uint32_t)i;
  case 2:
    return (uint32_t)(count - i);
  case 3:
    return next_random() % 16;
  default:
    return (uint32_t)(i < count / 2 ? i : count - i);
  }
}

static double now(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

static double best_time(void (*sort)(void*, size_t, size_t, compare_function), const void* input,
                        void* scratch, size_t count, size_t width, compare_function compare) {
  double best = 1e30;
  for (int run = 0; run < 5; run++) {
    memcpy(scratch, input, count * width);
    double start = now();
    sort(scratch, count, width, compare);
    double elapsed = now() - start;
    if (elapsed < best)
      best = elapsed;
  }
  return best;
}

int main(void) {
  static const char* shapes[] = {"random", "sorted", "reversed", "16 distinct", "organ pipe"};
  static const size_t counts[] = {1000, 100000};
  printf("%-12s %-8s %8s %12s %12s %8s\n", "input", "element", "count", "musl ms", "ours ms",
         "ratio");
  for (int shape = 0; shape < 5; shape++)
    for (size_t ci = 0; ci < 2; ci++)
      for (int records = 0; records < 2; records++) {
        size_t count = counts[ci];
        size_t width = records ? sizeof(struct record) : sizeof(int);
        unsigned char* input = malloc(count * width);
        unsigned char* scratch = malloc(count * width);
        if (!input || !scratch)
          return 1;
        for (size_t i = 0; i < count; i++) {
          uint32_t key = key_for(shape, i, count);
          if (records) {
            struct record r = {key, (uint32_t)i, i * 3};
            memcpy(input + i * width, &r, sizeof r);
          } else {
            int k = (int)(key & 0x7fffffff);
            memcpy(input + i * width, &k, sizeof k);
          }
        }
        compare_function compare = records ? compare_records : compare_ints;
        double musl = best_time(musl_qsort, input, scratch, count, width, compare);
        double ours = best_time(qsort, input, scratch, count, width, compare);
        printf("%-12s %-8s %8zu %12.3f %12.3f %7.2fx\n", shapes[shape], records ? "16 B" : "int",
               count, musl * 1e3, ours * 1e3, musl / ours);
        free(input);
        free(scratch);
      }
  return 0;
}
