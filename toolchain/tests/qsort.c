/* qsort (toolchain/musl/src/stdlib/wasm/qsort_nr.c) against a reference: for many sizes, element
 * widths and input shapes, the result must be in order and a permutation of the input. Elements
 * carry a key (compared) and a serial number (not compared), so duplicates are told apart and a
 * lost or duplicated element shows up. Also the selection point of the port: with a callback of
 * the comparator's type that forks (as a shell's builtins do) in the table, the program still
 * prints through stdio; tests/run-qsort.sh checks that fork instrumentation leaves stdio alone.
 * Prints "qsort: N cases" and exits 0, or names the first failing case and exits 1. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

enum { MAX_COUNT = 3000, MAX_WIDTH = 40 };

static unsigned char data[MAX_COUNT * MAX_WIDTH + 8];
static size_t current_width;
static uint64_t random_state = 0x9E3779B97F4A7C15ull;

static uint32_t next_random(void) {
  random_state ^= random_state << 13;
  random_state ^= random_state >> 7;
  random_state ^= random_state << 17;
  return (uint32_t)(random_state >> 32);
}

/* An element: key (4 bytes) then serial number (4 bytes) when the width allows, padding after. */
static uint32_t key_of(const unsigned char* e) {
  if (current_width >= 4) {
    uint32_t k;
    memcpy(&k, e, 4);
    return k;
  }
  return e[0];
}

static int compare_elements(const void* a, const void* b) {
  uint32_t x = key_of(a), y = key_of(b);
  return (x > y) - (x < y);
}

/* Forks: the kind of (i32, i32) -> i32 table entry that made musl's qsort adapter a fork path. */
static int run_in_child(int code, char** unused) {
  (void)unused;
  pid_t pid = fork();
  if (pid == 0)
    _exit(code);
  int status = 0;
  waitpid(pid, &status, 0);
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}
static int (*volatile forking_callback)(int, char**) = run_in_child;

static uint64_t fingerprint(const unsigned char* base, size_t count, size_t width) {
  uint64_t sum = 0;
  for (size_t i = 0; i < count; i++) {
    uint64_t h = 1469598103934665603ull;
    for (size_t b = 0; b < width; b++)
      h = (h ^ base[i * width + b]) * 1099511628211ull;
    sum += h; /* order-independent: a permutation keeps it */
  }
  return sum;
}

static void fill(unsigned char* base, size_t count, size_t width, int shape) {
  for (size_t i = 0; i < count; i++) {
    unsigned char* e = base + i * width;
    uint32_t key;
    switch (shape) {
    case 0:
      key = next_random();
      break; /* random */
    case 1:
      key = next_random() % 7;
      break; /* many duplicates */
    case 2:
      key = (uint32_t)i;
      break; /* sorted */
    case 3:
      key = (uint32_t)(count - i);
      break; /* reversed */
    case 4:
      key = 5;
      break; /* all equal */
    default:
      key = (uint32_t)(i < count / 2 ? i : count - i); /* organ pipe */
    }
    if (width < 4) {
      memset(e, 0, width);
      e[0] = (unsigned char)key;
      if (width > 1)
        e[1] = (unsigned char)i;
      continue;
    }
    memcpy(e, &key, 4);
    for (size_t b = 4; b < width; b++)
      e[b] = (unsigned char)((i >> (8 * ((b - 4) % 4))) + b);
  }
}

int main(void) {
  static const size_t widths[] = {1, 2, 3, 4, 5, 8, 12, 16, 24, 40};
  static const size_t counts[] = {0, 1, 2, 3, 7, 12, 13, 14, 31, 100, 257, 1000, 3000};
  static const size_t offsets[] = {0, 1, 8}; /* word-aligned and not */
  int cases = 0;
  for (size_t wi = 0; wi < sizeof widths / sizeof *widths; wi++)
    for (size_t ci = 0; ci < sizeof counts / sizeof *counts; ci++)
      for (int shape = 0; shape < 6; shape++)
        for (size_t oi = 0; oi < sizeof offsets / sizeof *offsets; oi++) {
          size_t width = widths[wi], count = counts[ci];
          unsigned char* base = data + offsets[oi];
          current_width = width;
          fill(base, count, width, shape);
          uint64_t before = fingerprint(base, count, width);
          qsort(base, count, width, compare_elements);
          cases++;
          for (size_t i = 1; i < count; i++)
            if (compare_elements(base + (i - 1) * width, base + i * width) > 0) {
              printf("qsort: out of order at %zu (width %zu, count %zu, shape %d, offset %zu)\n", i,
                     width, count, shape, offsets[oi]);
              return 1;
            }
          if (fingerprint(base, count, width) != before) {
            printf("qsort: not a permutation (width %zu, count %zu, shape %d, offset %zu)\n", width,
                   count, shape, offsets[oi]);
            return 1;
          }
        }
  if (forking_callback(7, NULL) != 7) {
    printf("qsort: the forking callback failed\n");
    return 1;
  }
  printf("qsort: %d cases\n", cases);
  return 0;
}
