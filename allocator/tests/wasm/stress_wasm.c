/* wasm entry points of the stress test (freestanding build, run by run_stress.mjs):
 * stress_run(seed, ops, slots, max_size) returns the error code (0 = every block intact);
 * stress_op / stress_allocs / stress_peak_live / stress_system_bytes describe the last run;
 * impossible_requests() returns 0 when requests near SIZE_MAX fail cleanly. */
#include "stress_core.h"
#include "wpkmalloc-types.h"
#include "wpkmalloc.h"

#include <errno.h>
#include <stdint.h>

static struct wpk_stress_result last;

__attribute__((export_name("stress_run"))) int stress_run(unsigned seed, unsigned ops,
                                                          unsigned slots, unsigned max_size) {
  wpk_stress_run(seed, ops, slots, max_size, &last);
  return last.error;
}
__attribute__((export_name("stress_op"))) unsigned stress_op(void) {
  return (unsigned)last.op;
}
__attribute__((export_name("stress_allocs"))) unsigned stress_allocs(void) {
  return (unsigned)last.allocs;
}
__attribute__((export_name("stress_peak_live"))) double stress_peak_live(void) {
  return (double)last.peak_live;
}
__attribute__((export_name("stress_system_bytes"))) double stress_system_bytes(void) {
  struct wpkmalloc_stats s;
  wpkmalloc_get_stats(&s);
  return (double)s.peak_system_bytes;
}

/* Requests that cannot be met return NULL with ENOMEM and leave the heap intact, also when the
 * heap ends in no free chunk, so the whole request would come from memory.grow (near 4 GiB on
 * wasm32 the byte and page counts used to wrap: memory.grow(0) succeeded and the heap wrote past
 * the end of memory). */
__attribute__((export_name("impossible_requests"))) int impossible_requests(void) {
  unsigned char* keep = wpk_malloc(100000);
  if (!keep)
    return 1;
  keep[99999] = 7;
  wpk_chunk* top = wpk_heap.top;
  if (top && top->prev_units) { /* take the free last chunk, if any */
    wpk_chunk* last = (wpk_chunk*)((char*)top - (size_t)top->prev_units * WPK_UNIT);
    if (last->tag == TAG_LARGE_FREE && !wpk_malloc((size_t)last->units * WPK_UNIT - WPK_UNIT))
      return 2;
  }
  for (size_t back = 0; back <= 0x30000; back += 0x800) {
    const size_t n = SIZE_MAX - back;
    errno = 0;
    if (wpk_malloc(n) || errno != ENOMEM)
      return 3;
    errno = 0;
    if (wpk_realloc(keep, n) || errno != ENOMEM || keep[99999] != 7)
      return 4;
  }
  errno = 0;
  if (wpk_aligned_alloc((size_t)1 << (sizeof(size_t) * 8 - 1), 64) || errno != ENOMEM)
    return 5;
  wpk_free(keep);
  return 0;
}
