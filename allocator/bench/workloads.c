/* wpkmalloc benchmark workloads: one program, linked with each allocator under test.
 *
 *   bench WORKLOAD [SCALE]
 *
 * Prints one line: "<workload> ops=<n> seconds=<s> peak_live=<bytes> heap_growth=<bytes>
 * checksum=<x> peak_live16=<bytes>". ops counts malloc/free/realloc calls; peak_live is the peak
 * of requested live bytes; heap_growth is how much linear memory grew during the workload (wasm:
 * memory size at the end minus at the start, which is the peak since linear memory never
 * shrinks; memory the allocator had before the workload is not counted; 0 natively);
 * peak_live16 is the peak of live bytes with each block rounded up to 16, the least any allocator
 * with 16-byte alignment and no per-block header must hold (its ratio to peak_live is the floor
 * of heap_growth / peak_live).
 * Workloads (all deterministic, driven by a fixed xorshift generator):
 *   larson        larson single-threaded as in mimalloc-bench: 5000 slots, sizes 8..1000,
 *                 each step frees a random slot and allocates a new random size into it
 *   mixed         random-mixed: 8192 slots, sizes 16..4096, replace a random slot each step
 *   mixed-16-64, mixed-65-256, mixed-257-1024, mixed-1025-4096
 *                 the same restricted to one size band (the per-band breakdown)
 *   simple        glibc bench-malloc-simple-like: for sizes 16..1024, allocate 128 blocks,
 *                 then free them in order, repeatedly
 *   phases        small, then large: 8192 blocks of 1..4 KiB, all freed, then 256 KiB blocks of the
 *                 same total (the second phase must reuse the first one's slabs; heap growth
 *                 check in tests/heap_growth_test.sh, not in the benchmark table)
 *   realloc       realloc growth: 8 buffers grown in turn by ~1/8 + 16 bytes up to 256 KiB;
 *                 "bench realloc SCALE BUFFERS DIVISOR SEED" varies the buffer count, the growth
 *                 (1/DIVISOR) and the generator's seed (realloc-family runs a family of them)
 */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static uint64_t rng = 0x2545F4914F6CDD1Dull;
static inline uint32_t next_random(void) {
  rng ^= rng << 13;
  rng ^= rng >> 7;
  rng ^= rng << 17;
  return (uint32_t)(rng >> 16);
}

static size_t live, peak_live, live16, peak_live16;

static inline void count_live(size_t add, size_t remove) {
  live += add - remove;
  live16 += ((add + 15) & ~(size_t)15) - ((remove + 15) & ~(size_t)15);
  if (live > peak_live)
    peak_live = live;
  if (live16 > peak_live16)
    peak_live16 = live16;
}
static uint64_t ops, checksum;

static inline void* take(size_t n) {
  unsigned char* p = malloc(n);
  if (!p) {
    fprintf(stderr, "bench: out of memory (%zu bytes)\n", n);
    exit(1);
  }
  p[0] = (unsigned char)n; /* touch the block like larson does */
  p[n - 1] = (unsigned char)(n >> 3);
  count_live(n, 0);
  ops++;
  return p;
}

static inline void give(void* p, size_t n) {
  checksum += ((unsigned char*)p)[0];
  free(p);
  count_live(0, n);
  ops++;
}

/* Static so the harness's own bookkeeping is not part of the measured heap. */
static void* block[8192];
static size_t size[8192];

static void replace_random(unsigned slots, size_t lo, size_t hi, unsigned long steps) {
  size_t span = hi - lo + 1;
  for (unsigned i = 0; i < slots; i++) {
    size[i] = lo + next_random() % span;
    block[i] = take(size[i]);
  }
  for (unsigned long s = 0; s < steps; s++) {
    unsigned i = next_random() % slots;
    give(block[i], size[i]);
    size[i] = lo + next_random() % span;
    block[i] = take(size[i]);
  }
  for (unsigned i = 0; i < slots; i++)
    give(block[i], size[i]);
}

static void simple(unsigned long rounds) {
  for (unsigned long r = 0; r < rounds; r++)
    for (size_t n = 16; n <= 1024; n *= 2) {
      for (int i = 0; i < 128; i++)
        block[i] = take(n);
      for (int i = 0; i < 128; i++)
        give(block[i], n);
    }
}

/* rounds times: 8192 small blocks (1..4 KiB), freed, then as many bytes in 256 KiB blocks. */
static void phases(unsigned long rounds) {
  for (unsigned long r = 0; r < rounds; r++) {
    size_t total = 0;
    for (unsigned i = 0; i < 8192; i++) {
      size[i] = 1024 + next_random() % 3072;
      block[i] = take(size[i]);
      total += size[i];
    }
    for (unsigned i = 0; i < 8192; i++)
      give(block[i], size[i]);
    unsigned n = 0;
    for (size_t placed = 0; placed + 256 * 1024 <= total && n < 8192; placed += 256 * 1024)
      block[n++] = take(256 * 1024);
    for (unsigned i = 0; i < n; i++)
      give(block[i], 256 * 1024);
  }
}

enum { MAX_BUFFERS = 64 };

/* buffers: how many grow in turn; divisor: each step grows a buffer by 1/divisor + 16..31. */
static void grow(unsigned long rounds, int buffers, size_t divisor) {
  const size_t limit = 256 * 1024;
  for (unsigned long r = 0; r < rounds; r++) {
    unsigned char* buf[MAX_BUFFERS];
    size_t n[MAX_BUFFERS];
    for (int b = 0; b < buffers; b++) {
      n[b] = 16;
      buf[b] = take(n[b]);
    }
    for (int active = buffers; active;) {
      active = 0;
      for (int b = 0; b < buffers; b++) {
        if (n[b] >= limit)
          continue;
        active++;
        size_t m = n[b] + n[b] / divisor + 16 + (next_random() & 15);
        unsigned char* q = realloc(buf[b], m);
        if (!q || q[0] != (unsigned char)(16)) {
          fprintf(stderr, "bench: realloc lost data\n");
          exit(1);
        }
        q[m - 1] = 1;
        count_live(m, n[b]);
        ops++;
        buf[b] = q;
        n[b] = m;
      }
    }
    for (int b = 0; b < buffers; b++)
      give(buf[b], n[b]);
  }
}

static size_t memory_bytes(void) {
#if defined(__wasm__)
  return __builtin_wasm_memory_size(0) * (size_t)65536;
#elif defined(WPK_LINEAR_MEMORY_EMULATION)
  extern char* wpk_emu_memory_end(void); /* allocator/tests/linear_memory.c */
  return (size_t)wpk_emu_memory_end();
#else
  return 0;
#endif
}

static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* argv[i] as an integer in [lo, hi], or exit with a message naming it. */
static unsigned long long integer_argument(char** argv, int i, unsigned long long lo,
                                           unsigned long long hi, const char* what) {
  char* end;
  errno = 0;
  unsigned long long v = strtoull(argv[i], &end, 0);
  if (errno || end == argv[i] || *end || argv[i][0] == '-' || v < lo || v > hi) {
    fprintf(stderr, "bench: %s must be an integer in [%llu, %llu], got '%s'\n", what, lo, hi,
            argv[i]);
    exit(2);
  }
  return v;
}

int main(int argc, char** argv) {
  if (argc < 2 || argc > 6 || (argc > 3 && strcmp(argv[1], "realloc") != 0)) {
    fprintf(stderr, "usage: bench WORKLOAD [SCALE]\n"
                    "       bench realloc SCALE [BUFFERS [DIVISOR [SEED]]]\n");
    return 2;
  }
  const char* w = argv[1];
  double scale = argc > 2 ? atof(argv[2]) : 1.0;
  unsigned long steps = (unsigned long)(2000000 * scale);
  int buffers = argc > 3 ? (int)integer_argument(argv, 3, 1, MAX_BUFFERS, "BUFFERS") : 8;
  size_t divisor = argc > 4 ? (size_t)integer_argument(argv, 4, 1, 1024, "DIVISOR") : 8;
  if (argc > 5)
    rng = integer_argument(argv, 5, 1, UINT64_MAX, "SEED");
  size_t memory_before = memory_bytes();
  double start = now();
  if (strcmp(w, "larson") == 0)
    replace_random(5000, 8, 1000, steps);
  else if (strcmp(w, "mixed") == 0)
    replace_random(8192, 16, 4096, steps);
  else if (strcmp(w, "mixed-16-64") == 0)
    replace_random(8192, 16, 64, steps);
  else if (strcmp(w, "mixed-65-256") == 0)
    replace_random(8192, 65, 256, steps);
  else if (strcmp(w, "mixed-257-1024") == 0)
    replace_random(8192, 257, 1024, steps);
  else if (strcmp(w, "mixed-1025-4096") == 0)
    replace_random(8192, 1025, 4096, steps);
  else if (strcmp(w, "simple") == 0)
    simple(steps / 1000);
  else if (strcmp(w, "phases") == 0)
    phases((unsigned long)(4 * scale) + 1);
  else if (strcmp(w, "realloc") == 0)
    grow((unsigned long)(60 * scale) + 1, buffers, divisor);
  else {
    fprintf(stderr, "bench: unknown workload '%s'\n", w);
    return 2;
  }
  double seconds = now() - start;
  size_t growth = memory_bytes() - memory_before;
  printf("%s ops=%llu seconds=%.6f peak_live=%zu heap_growth=%zu checksum=%llu peak_live16=%zu\n",
         w, (unsigned long long)ops, seconds, peak_live, growth, (unsigned long long)checksum,
         peak_live16);
  return 0;
}
