/* Randomized stress test of the malloc family against a reference model.
 *
 * A table of slots mirrors every live block (pointer, requested size, usable size, fill seed,
 * alignment). Each step picks a slot: a live block is verified (alignment, usable size, every
 * byte of its pattern) and then freed or reallocated (the common prefix must survive); an empty
 * slot gets a new block from malloc, calloc (must be zero), aligned_alloc, posix_memalign or
 * memalign, which is then filled up to its usable size. Overlapping or corrupted blocks show up
 * as pattern mismatches; every 257 steps the chunk heap is checked (heap_check.c). Built natively
 * (plain, ASan+UBSan, valgrind) and for wasm32/wasm64.
 */
#ifndef WPK_STRESS_CORE_H
#define WPK_STRESS_CORE_H

#include <stddef.h>
#include <stdint.h>

enum wpk_stress_error {
  STRESS_OK = 0,
  STRESS_OOM = 1,       /* an allocation returned NULL */
  STRESS_ALIGNMENT = 2, /* a block was not aligned as requested (16 at least) */
  STRESS_USABLE = 3,    /* malloc_usable_size smaller than requested */
  STRESS_CORRUPT = 4,   /* a byte of a live block changed */
  STRESS_NOT_ZERO = 5,  /* calloc memory not zeroed */
  STRESS_REALLOC = 6,   /* realloc lost the common prefix */
  STRESS_BAD_ARGS = 7,
  STRESS_HEAP = 8, /* 8 + n - 1: wpk_heap_check() found broken invariant n */
};

struct wpk_stress_result {
  int error;            /* enum wpk_stress_error */
  unsigned long op;     /* step at which it happened */
  unsigned long allocs; /* allocations performed */
  size_t peak_live;     /* peak of requested live bytes */
};

/* max_size bounds a request (sizes are skewed small: most below 256 bytes, a few up to it). */
void wpk_stress_run(uint64_t seed, unsigned long ops, unsigned slots, size_t max_size,
                    struct wpk_stress_result* out);

#endif
