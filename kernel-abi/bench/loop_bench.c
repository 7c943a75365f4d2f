/* loop_bench — compute kernels made of loops, for what the runtime's signal poll costs (a load
 * and a branch at the top of every loop turn, runtime/lib/signal-poll.mjs). Each kernel runs
 * for a fixed amount of work and prints its rate; run-signal-poll-bench runs the program with the
 * poll and without it (the baseline) and prints the ratio per kernel. The kernels go from the
 * worst case for a per-turn cost to ordinary code:
 *   tight-loop   a loop whose body is two integer operations;
 *   fnv1a        a byte-at-a-time hash over 1 MiB;
 *   matmul       128x128 doubles, three nested loops;
 *   qsort        musl's qsort (smoothsort) of 200,000 ints;
 *   strlen       musl's strlen (word at a time) over 64-byte strings.
 * Results go to volatile sinks so that no kernel is optimized away. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static volatile uint64_t sink;

static double now(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

static void report(const char* name, double operations, double seconds, const char* unit) {
  printf("%-12s %12.1f %s\n", name, operations / seconds / 1e6, unit);
}

static void tight_loop(void) {
  const uint32_t turns = 200000000;
  uint32_t x = (uint32_t)sink;
  double start = now();
  for (uint32_t i = 0; i < turns; i++)
    x = x * 31 + i;
  report("tight-loop", turns, now() - start, "Mturns/s");
  sink = x;
}

enum { HASHED = 1 << 20 };
static unsigned char bytes[HASHED];

static void fnv1a(void) {
  for (size_t i = 0; i < HASHED; i++)
    bytes[i] = (unsigned char)(i * 7 + 3);
  uint64_t hash = 0;
  const int rounds = 64;
  double start = now();
  for (int r = 0; r < rounds; r++) {
    uint64_t h = 14695981039346656037ull ^ (uint64_t)r;
    for (size_t i = 0; i < HASHED; i++)
      h = (h ^ bytes[i]) * 1099511628211ull;
    hash ^= h;
  }
  report("fnv1a", (double)rounds * HASHED, now() - start, "MB/s");
  sink = hash;
}

enum { N = 128 };
static double a[N][N], b[N][N], c[N][N];

static void matmul(void) {
  for (int i = 0; i < N; i++)
    for (int j = 0; j < N; j++) {
      a[i][j] = (double)(i + j) / N;
      b[i][j] = (double)(i - j) / N;
    }
  const int rounds = 20;
  double start = now();
  for (int r = 0; r < rounds; r++)
    for (int i = 0; i < N; i++)
      for (int j = 0; j < N; j++) {
        double s = 0;
        for (int k = 0; k < N; k++)
          s += a[i][k] * b[k][j];
        c[i][j] = s + r;
      }
  report("matmul", (double)rounds * N * N * N, now() - start, "Mflop/s");
  sink = (uint64_t)c[N / 2][N / 3];
}

static int compare_ints(const void* x, const void* y) {
  int p = *(const int*)x, q = *(const int*)y;
  return (p > q) - (p < q);
}

static void sort(void) {
  enum { COUNT = 200000 };
  static int values[COUNT];
  uint32_t state = 2463534242u;
  const int rounds = 5;
  double seconds = 0;
  for (int r = 0; r < rounds; r++) {
    for (int i = 0; i < COUNT; i++) {
      state ^= state << 13;
      state ^= state >> 17;
      state ^= state << 5;
      values[i] = (int)(state >> 1);
    }
    double start = now();
    qsort(values, COUNT, sizeof values[0], compare_ints);
    seconds += now() - start;
    sink += (uint64_t)values[COUNT / 2];
  }
  report("qsort", (double)rounds * COUNT, seconds, "Melements/s");
}

static void string_lengths(void) {
  enum { STRINGS = 1024, LENGTH = 64 };
  static char strings[STRINGS][LENGTH + 1];
  for (int i = 0; i < STRINGS; i++) {
    memset(strings[i], 'a' + i % 26, LENGTH);
    strings[i][LENGTH - i % 8] = 0;
  }
  size_t (*volatile length_of)(const char*) = strlen;
  const int rounds = 2000;
  size_t total = 0;
  double start = now();
  for (int r = 0; r < rounds; r++)
    for (int i = 0; i < STRINGS; i++)
      total += length_of(strings[i]);
  report("strlen", (double)rounds * STRINGS, now() - start, "Mstrings/s");
  sink = total;
}

int main(void) {
  tight_loop();
  fnv1a();
  matmul();
  sort();
  string_lengths();
  return 0;
}
