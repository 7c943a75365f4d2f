/* memcpy for wasm: a copy of WPK_BULK_MIN bytes or more is one memory.copy (bulk memory), a
 * shorter one a few overlapping word loads and stores (wpk_bulk_memory.h).
 *
 * musl's portable memcpy moves a word at a time in a loop of wasm instructions; the engine's
 * memory.copy is a native copy, 4-9x faster from a few hundred bytes up under Node 20
 * (toolchain/bench/run-string-bench). This object is compiled with -mbulk-memory
 * (toolchain/build-sysroot), so __builtin_memcpy with a variable size becomes memory.copy, never
 * a call back into this function.
 */
#include "wpk_bulk_memory.h"

#include <string.h>

void* memcpy(void* restrict dest, const void* restrict src, size_t n) {
  if (n >= WPK_BULK_MIN)
    __builtin_memcpy(dest, src, n);
  else
    wpk_copy_short(dest, src, n);
  return dest;
}
