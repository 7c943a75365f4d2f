/* string_bench — the sysroot's memcpy, memmove and memset against musl's portable C versions,
 * side by side in one wasm module under the reference runtime.
 *
 * run-string-bench compiles musl 1.2.3's src/string/{memcpy,memmove,memset}.c (from the Debian
 * source tarball, fetched at benchmark time) with their names prefixed by musl_ and links them
 * into this program next to the sysroot's own functions. Each row copies (or fills) SIZE bytes
 * over and over through a function pointer, as a program's calls do, until about 64 MiB have
 * moved (at least 20000 calls), and prints MB/s of both and the ratio sysroot / musl C.
 * memmove rows move a range onto itself shifted by 8 bytes (the overlapping case). A checksum
 * of the destinations keeps every call live and is compared between the two implementations.
 *
 * string_bench --check: no timing; every length 0..600 at every source/destination misalignment
 * 0..7, overlapping moves in both directions by every distance 1..40, and fills with every
 * length 0..600: the results (and the bytes around the destination) must equal musl's.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

void* musl_memcpy(void* restrict, const void* restrict, size_t);
void* musl_memmove(void*, const void*, size_t);
void* musl_memset(void*, int, size_t);

typedef void* (*copy_fn)(void*, const void*, size_t);
typedef void* (*fill_fn)(void*, int, size_t);

enum { MAX_SIZE = 1 << 20 };
static unsigned char *source, *target;

static double now(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

static size_t calls_for(size_t size) {
  size_t calls = (64u << 20) / size;
  return calls < 20000 ? 20000 : calls;
}

static uint32_t checksum(size_t size) {
  uint32_t sum = 0;
  for (size_t i = 0; i < size + 16 && i < MAX_SIZE + 64; i++)
    sum = sum * 31 + target[i];
  return sum;
}

/* Seconds for the calls of one row; *sum gets the destination's checksum afterwards. */
static double time_copy(copy_fn fn, size_t size, size_t offset, int overlap, uint32_t* sum) {
  size_t calls = calls_for(size);
  memset(target, 0, MAX_SIZE + 64);
  double start = now();
  for (size_t i = 0; i < calls; i++) {
    if (overlap)
      fn(target + offset + (i & 1) * 8, target + offset + 8 - (i & 1) * 8, size);
    else
      fn(target + offset, source + (i & 7), size);
  }
  double seconds = now() - start;
  *sum = checksum(size);
  return seconds;
}

static double time_fill(fill_fn fn, size_t size, size_t offset, uint32_t* sum) {
  size_t calls = calls_for(size);
  double start = now();
  for (size_t i = 0; i < calls; i++)
    fn(target + offset, (int)(i & 0xff), size);
  double seconds = now() - start;
  *sum = checksum(size);
  return seconds;
}

static int failures;

static void row(const char* op, size_t size, size_t offset, double ours, double musl,
                uint32_t sum_ours, uint32_t sum_musl) {
  double mb = (double)calls_for(size) * (double)size / 1e6;
  printf("%-8s %8zu %6zu %12.0f %12.0f %8.2fx\n", op, size, offset, mb / musl, mb / ours,
         musl / ours);
  if (sum_ours != sum_musl) {
    printf("  checksum differs: %08x (sysroot) vs %08x (musl C)\n", sum_ours, sum_musl);
    failures++;
  }
}

/* Compares one operation of both implementations on two identical scratch buffers. */
enum { CHECK_SIZE = 2048 };
static unsigned char check_ours[CHECK_SIZE], check_musl[CHECK_SIZE];

static void reset_check_buffers(void) {
  for (size_t i = 0; i < CHECK_SIZE; i++)
    check_ours[i] = check_musl[i] = (unsigned char)(i * 13 + 5);
}

static int check_equal(const char* op, size_t n, size_t a, size_t b) {
  if (memcmp(check_ours, check_musl, CHECK_SIZE) == 0)
    return 0;
  printf("%s differs from musl's: length %zu, offsets %zu and %zu\n", op, n, a, b);
  return 1;
}

static int check(void) {
  int bad = 0;
  for (size_t n = 0; n <= 600; n++) {
    for (size_t d = 0; d < 8; d++) {
      for (size_t s = 0; s < 8; s++) {
        reset_check_buffers();
        void* r1 = memcpy(check_ours + 16 + d, check_ours + 1024 + s, n);
        void* r2 = musl_memcpy(check_musl + 16 + d, check_musl + 1024 + s, n);
        bad |= check_equal("memcpy", n, d, s);
        bad |= (r1 != check_ours + 16 + d) | (r2 != check_musl + 16 + d);
      }
      reset_check_buffers();
      memset(check_ours + 16 + d, (int)(n + d), n);
      musl_memset(check_musl + 16 + d, (int)(n + d), n);
      bad |= check_equal("memset", n, d, 0);
    }
    for (size_t distance = 1; distance <= 40; distance++) {
      reset_check_buffers();
      memmove(check_ours + 100 + distance, check_ours + 100, n); /* forwards overlap */
      musl_memmove(check_musl + 100 + distance, check_musl + 100, n);
      bad |= check_equal("memmove up", n, distance, 0);
      reset_check_buffers();
      memmove(check_ours + 100, check_ours + 100 + distance, n); /* backwards overlap */
      musl_memmove(check_musl + 100, check_musl + 100 + distance, n);
      bad |= check_equal("memmove down", n, distance, 0);
    }
  }
  printf(bad ? "string functions: FAILED\n" : "string functions: all cases equal musl's\n");
  return bad;
}

int main(int argc, char** argv) {
  if (argc > 1 && strcmp(argv[1], "--check") == 0)
    return check();
  source = malloc(MAX_SIZE + 64);
  target = malloc(MAX_SIZE + 64);
  if (!source || !target)
    return 1;
  for (size_t i = 0; i < MAX_SIZE + 64; i++)
    source[i] = (unsigned char)(i * 7 + 3);
  static const size_t sizes[] = {8, 16, 31, 48, 63, 64, 256, 4096, 65536, MAX_SIZE};
  static const size_t offsets[] = {0, 3};
  copy_fn memcpy_ours = (copy_fn)memcpy, memcpy_musl = (copy_fn)musl_memcpy;
  copy_fn memmove_ours = memmove, memmove_musl = musl_memmove;
  fill_fn memset_ours = memset, memset_musl = musl_memset;
  printf("%-8s %8s %6s %12s %12s %9s\n", "op", "size", "offset", "musl-C MB/s", "sysroot MB/s",
         "ratio");
  for (size_t s = 0; s < sizeof sizes / sizeof *sizes; s++) {
    for (size_t o = 0; o < 2; o++) {
      size_t size = sizes[s], offset = offsets[o];
      uint32_t a, b;
      double ours = time_copy(memcpy_ours, size, offset, 0, &a);
      double musl = time_copy(memcpy_musl, size, offset, 0, &b);
      row("memcpy", size, offset, ours, musl, a, b);
      ours = time_copy(memmove_ours, size, offset, 1, &a);
      musl = time_copy(memmove_musl, size, offset, 1, &b);
      row("memmove", size, offset, ours, musl, a, b);
      ours = time_fill(memset_ours, size, offset, &a);
      musl = time_fill(memset_musl, size, offset, &b);
      row("memset", size, offset, ours, musl, a, b);
    }
  }
  if (failures)
    printf("%d rows differ between the implementations\n", failures);
  return failures != 0;
}
