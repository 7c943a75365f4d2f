/* bulk_copy_bench — copies and fills of 16 B to 64 KiB, the three ways a program makes them:
 * calls to memcpy/memset through a pointer (the sysroot's functions; from 64 bytes up they are
 * one memory.copy / memory.fill), and __builtin_memcpy / __builtin_memset with a size the
 * compiler cannot see (clang then emits the bulk-memory instruction inline). Each row moves about
 * 32 MiB (at least 20000 operations) and prints MB/s. run-bulk-guard-bench runs it with the
 * runtime's bulk-memory guard and without it (the baseline) and prints the ratio per row.
 * A checksum of the destination keeps every operation live. */
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

int main(void) {
  static const size_t sizes[] = {16, 256, 4096, 65536};
  for (size_t i = 0; i < MAX_SIZE; i++)
    source[i] = (unsigned char)(i * 13);
  unsigned checksum = 0;
  for (enum kind k = copy_call_kind; k <= fill_inline_kind; k++)
    for (size_t s = 0; s < 4; s++)
      checksum += run(k, sizes[s]);
  printf("checksum %u\n", checksum);
  return 0;
}
