/* memmove for wasm: memory.copy (bulk memory) handles overlapping ranges itself, so a move of
 * WPK_BULK_MIN bytes or more is one instruction; a shorter one loads every byte before storing
 * any (wpk_bulk_memory.h). musl's portable memmove copies overlapping ranges a word at a time in
 * wasm code. Compiled with -mbulk-memory (toolchain/build-sysroot).
 */
#include "wpk_bulk_memory.h"

#include <string.h>

void* memmove(void* dest, const void* src, size_t n) {
  if (n >= WPK_BULK_MIN)
    __builtin_memmove(dest, src, n);
  else
    wpk_copy_short(dest, src, n);
  return dest;
}
