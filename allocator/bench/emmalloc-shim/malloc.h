/* Benchmark harness only (see emscripten.h): musl's <malloc.h> plus the struct mallinfo that
 * emmalloc's mallinfo() returns (musl does not declare it). */
#ifndef WPK_EMMALLOC_SHIM_MALLOC_H
#define WPK_EMMALLOC_SHIM_MALLOC_H
#include_next <malloc.h>
struct mallinfo {
  int arena, ordblks, smblks, hblks, hblkhd, usmblks, fsmblks, uordblks, fordblks, keepcost;
};
#endif
