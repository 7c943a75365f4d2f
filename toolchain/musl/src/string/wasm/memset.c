/* memset for wasm: a fill of WPK_BULK_MIN bytes or more is one memory.fill (bulk memory), a
 * shorter one a few overlapping word stores (wpk_bulk_memory.h). Compiled with -mbulk-memory
 * (toolchain/build-sysroot).
 */
#include "wpk_bulk_memory.h"

#include <string.h>

void* memset(void* dest, int c, size_t n) {
  if (n >= WPK_BULK_MIN)
    __builtin_memset(dest, c, n);
  else
    wpk_fill_short(dest, (unsigned char)c, n);
  return dest;
}
