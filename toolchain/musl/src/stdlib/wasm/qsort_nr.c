/* qsort for wasm32 and wasm64: an introsort that calls the comparator directly.
 *
 * Why this file exists: musl implements qsort as qsort_r with an adapter, wrapper_cmp, whose
 * address it passes down. That puts wrapper_cmp, of type (i32, i32, i32) -> i32 on wasm32, into
 * every sorting program's function table. Fork instrumentation must treat each table entry as a
 * possible target of every call_indirect of the same type; once a program's comparators collide
 * with a callback that reaches fork (dash's builtins are (i32, i32) -> i32 like any comparator),
 * wrapper_cmp reaches fork, and with it every stdio write call ((i32, i32, i32) -> i32) becomes a
 * fork path: dash instrumented 175 of 361 functions on wasm32 against 39 on wasm64. Here no
 * function's address is taken. qsort_r stays musl's.
 *
 * The algorithm: quicksort on the median of three, the smaller side recursed into and the larger
 * one looped on (stack depth O(log n)); ranges below INSERTION_LIMIT elements are left for one
 * insertion sort pass at the end; a range that recursion has split 2 log2(n) times without
 * getting small is heap-sorted, so the worst case stays O(n log n). Input already in order is
 * recognized in one pass (musl's smoothsort is adaptive that way too). Not stable, as qsort need
 * not be. Elements are swapped in words when the width and the base allow it, else in bytes. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

typedef int (*compare_function)(const void*, const void*);

enum { INSERTION_LIMIT = 12 };

static void swap_bytes(char* a, char* b, size_t width) {
  while (width--) {
    char t = *a;
    *a++ = *b;
    *b++ = t;
  }
}

static void swap_words(char* a, char* b, size_t width) {
  for (size_t i = 0; i < width; i += sizeof(size_t)) {
    size_t t = *(size_t*)(a + i);
    *(size_t*)(a + i) = *(size_t*)(b + i);
    *(size_t*)(b + i) = t;
  }
}

struct sort_context {
  size_t width;
  compare_function compare;
  int word_swaps;
};

static inline void swap(const struct sort_context* s, char* a, char* b) {
  if (a == b)
    return;
  if (s->word_swaps)
    swap_words(a, b, s->width);
  else
    swap_bytes(a, b, s->width);
}

/* Restores the heap property below `root` in the heap of `count` elements at `base`. */
static void sift_down(const struct sort_context* s, char* base, size_t root, size_t count) {
  for (;;) {
    size_t child = 2 * root + 1;
    if (child >= count)
      return;
    char* c = base + child * s->width;
    if (child + 1 < count && s->compare(c, c + s->width) < 0) {
      child++;
      c += s->width;
    }
    char* r = base + root * s->width;
    if (s->compare(r, c) >= 0)
      return;
    swap(s, r, c);
    root = child;
  }
}

static void heap_sort(const struct sort_context* s, char* base, size_t count) {
  for (size_t i = count / 2; i-- > 0;)
    sift_down(s, base, i, count);
  for (size_t end = count; end-- > 1;) {
    swap(s, base, base + end * s->width);
    sift_down(s, base, 0, end);
  }
}

/* Sorts the three elements in place and leaves the median at b. */
static void order_three(const struct sort_context* s, char* a, char* b, char* c) {
  if (s->compare(b, a) < 0)
    swap(s, a, b);
  if (s->compare(c, b) < 0) {
    swap(s, b, c);
    if (s->compare(b, a) < 0)
      swap(s, a, b);
  }
}

/* Quicksort of [low, low + count * width) down to ranges of INSERTION_LIMIT elements. */
static void quick_sort(const struct sort_context* s, char* low, size_t count, unsigned depth) {
  const size_t w = s->width;
  while (count > INSERTION_LIMIT) {
    if (depth-- == 0) {
      heap_sort(s, low, count);
      return;
    }
    char* high = low + (count - 1) * w;
    char* middle = low + (count / 2) * w;
    order_three(s, low, middle, high);
    /* The pivot goes next to the end; low and high already sit on the right sides. */
    char* pivot = high - w;
    swap(s, middle, pivot);
    char* i = low;
    char* j = pivot;
    for (;;) {
      do
        i += w;
      while (s->compare(i, pivot) < 0);
      do
        j -= w;
      while (s->compare(pivot, j) < 0);
      if (i >= j)
        break;
      swap(s, i, j);
    }
    swap(s, i, pivot); /* the pivot lands at i: everything before is <=, after is >= */
    size_t left = (size_t)(i - low) / w;
    size_t right = count - left - 1;
    if (left < right) {
      quick_sort(s, low, left, depth);
      low = i + w;
      count = right;
    } else {
      quick_sort(s, i + w, right, depth);
      count = left;
    }
  }
}

static void insertion_sort(const struct sort_context* s, char* base, size_t count) {
  const size_t w = s->width;
  char* end = base + count * w;
  for (char* p = base + w; p < end; p += w)
    for (char* q = p; q > base && s->compare(q - w, q) > 0; q -= w)
      swap(s, q - w, q);
}

void qsort(void* base, size_t count, size_t width, compare_function compare) {
  if (count < 2 || width == 0)
    return;
  struct sort_context s = {
      .width = width,
      .compare = compare,
      .word_swaps = width % sizeof(size_t) == 0 && (uintptr_t)base % sizeof(size_t) == 0,
  };
  /* Input that is already in order costs one pass; on other input this stops at the first pair
   * out of order, usually within a few elements. */
  char* last = (char*)base + (count - 1) * width;
  char* p = base;
  while (p < last && compare(p, p + width) <= 0)
    p += width;
  if (p == last)
    return;
  unsigned depth = 0;
  for (size_t n = count; n > 1; n >>= 1)
    depth += 2;
  quick_sort(&s, base, count, depth);
  insertion_sort(&s, base, count);
}
