/* Native driver of the stress test: stress_native [SEED [OPS [SLOTS [MAX_SIZE]]]].
 * Prints one line and exits 0 when the allocator survived with every block intact. */
#include "stress_core.h"

#include <stdio.h>
#include <stdlib.h>

int main(int argc, char** argv) {
  unsigned long long seed = argc > 1 ? strtoull(argv[1], NULL, 0) : 1;
  unsigned long ops = argc > 2 ? strtoul(argv[2], NULL, 0) : 200000;
  unsigned slots = argc > 3 ? (unsigned)strtoul(argv[3], NULL, 0) : 4096;
  size_t max_size = argc > 4 ? (size_t)strtoull(argv[4], NULL, 0) : 600000;
  struct wpk_stress_result r;
  wpk_stress_run(seed, ops, slots, max_size, &r);
  if (r.error != 0) {
    printf("stress FAILED: error %d at op %lu (seed %llu)\n", r.error, r.op, seed);
    return 1;
  }
  printf("stress ok: seed %llu, %lu ops, %lu allocations, peak live %zu bytes\n", seed, ops,
         r.allocs, r.peak_live);
  return 0;
}
