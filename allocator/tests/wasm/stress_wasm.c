/* wasm entry points of the stress test (freestanding build, run by run_stress.mjs):
 * stress_run(seed, ops, slots, max_size) returns the error code (0 = every block intact);
 * stress_op / stress_allocs / stress_peak_live / stress_system_bytes describe the last run. */
#include "stress_core.h"
#include "wpkmalloc.h"

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
