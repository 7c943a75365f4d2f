/* See stress_core.h. Uses no libc beyond the allocator under test. */
#include "stress_core.h"

#include "heap_check.h"
#include "wpkmalloc.h"

#ifdef WPK_PREFIX
#define A(name) wpk_##name
#else
#include <stdlib.h>
void* memalign(size_t, size_t);
size_t malloc_usable_size(void*);
#define A(name) name
#endif

#define MAX_SLOTS 65536u

struct slot {
  unsigned char* p;
  size_t size;   /* requested */
  size_t filled; /* bytes carrying the pattern (the usable size at fill time) */
  uint32_t seed;
  size_t align;
};

static struct slot table[MAX_SLOTS];

static uint64_t rng_state;
static uint64_t next_random(void) { /* xorshift64* */
  rng_state ^= rng_state >> 12;
  rng_state ^= rng_state << 25;
  rng_state ^= rng_state >> 27;
  return rng_state * 2685821657736338717ull;
}

static unsigned char pattern(uint32_t seed, size_t i) {
  uint32_t x = seed ^ (uint32_t)(i * 2654435761u);
  return (unsigned char)(x ^ (x >> 13) ^ (i >> 8));
}

static void fill(struct slot* s, size_t from) {
  for (size_t i = from; i < s->filled; i++)
    s->p[i] = pattern(s->seed, i);
}

static int verify(const struct slot* s, size_t upto) {
  for (size_t i = 0; i < upto; i++)
    if (s->p[i] != pattern(s->seed, i))
      return 0;
  return 1;
}

static size_t random_size(size_t max_size) {
  uint64_t r = next_random();
  unsigned band = (unsigned)(r % 100);
  size_t limit = band < 60 ? 128 : band < 85 ? 1024 : band < 97 ? 20000 : max_size;
  if (limit > max_size)
    limit = max_size;
  return (size_t)((r >> 8) % (limit + 1));
}

void wpk_stress_run(uint64_t seed, unsigned long ops, unsigned slots, size_t max_size,
                    struct wpk_stress_result* out) {
  out->error = STRESS_OK;
  out->op = 0;
  out->allocs = 0;
  out->peak_live = 0;
  if (slots == 0 || slots > MAX_SLOTS) {
    out->error = STRESS_BAD_ARGS;
    return;
  }
  rng_state = seed * 0x9E3779B97F4A7C15ull + 1;
  size_t live = 0;
  for (unsigned long op = 0; op <= ops; op++) {
    int final_sweep = op == ops;
    out->op = op;
    if (op % 257 == 0 || final_sweep) {
      int bad = wpk_heap_check();
      if (bad) {
        out->error = STRESS_HEAP + bad - 1;
        return;
      }
    }
    for (unsigned k = 0; k < (final_sweep ? slots : 1); k++) {
      struct slot* s = &table[final_sweep ? k : next_random() % slots];
      if (s->p) {
        if (((uintptr_t)s->p & (s->align - 1)) != 0) {
          out->error = STRESS_ALIGNMENT;
          return;
        }
        if (A(malloc_usable_size)(s->p) < s->size) {
          out->error = STRESS_USABLE;
          return;
        }
        if (!verify(s, s->filled)) {
          out->error = STRESS_CORRUPT;
          return;
        }
        if (!final_sweep && next_random() % 3 == 0) { /* realloc */
          size_t n = random_size(max_size);
          unsigned char* q = A(realloc)(s->p, n);
          if (!q && n) {
            out->error = STRESS_OOM;
            return;
          }
          live = live - s->size + n;
          size_t keep = s->size < n ? s->size : n;
          s->p = q;
          s->size = n;
          s->align = 16;
          if (((uintptr_t)q & 15) != 0) {
            out->error = STRESS_ALIGNMENT;
            return;
          }
          if (!verify(s, keep)) {
            out->error = STRESS_REALLOC;
            return;
          }
          s->filled = A(malloc_usable_size)(q);
          if (s->filled < n) {
            out->error = STRESS_USABLE;
            return;
          }
          fill(s, keep);
        } else {
          A(free)(s->p);
          live -= s->size;
          s->p = NULL;
        }
        continue;
      }
      if (final_sweep)
        continue;
      size_t n = random_size(max_size);
      unsigned kind = (unsigned)(next_random() % 16);
      size_t align = 16;
      unsigned char* p;
      if (kind < 10) {
        p = A(malloc)(n);
      } else if (kind < 13) {
        size_t count = 1 + next_random() % 8;
        n = n / count + 1;
        p = A(calloc)(count, n);
        n *= count;
        for (size_t i = 0; p && i < n; i++)
          if (p[i] != 0) {
            out->error = STRESS_NOT_ZERO;
            return;
          }
      } else {
        align = (size_t)32 << (next_random() % 8); /* 32 .. 4096 */
        if (kind == 13)
          p = A(aligned_alloc)(align, n);
        else if (kind == 14)
          p = A(memalign)(align, n);
        else if (A(posix_memalign)((void**)&p, align, n) != 0)
          p = NULL;
      }
      if (!p) {
        out->error = STRESS_OOM;
        return;
      }
      out->allocs++;
      if (((uintptr_t)p & (align - 1)) != 0) {
        out->error = STRESS_ALIGNMENT;
        return;
      }
      s->p = p;
      s->size = n;
      s->align = align;
      s->seed = (uint32_t)next_random();
      s->filled = A(malloc_usable_size)(p);
      if (s->filled < n) {
        out->error = STRESS_USABLE;
        return;
      }
      fill(s, 0);
      live += n;
      if (live > out->peak_live)
        out->peak_live = live;
    }
  }
}
