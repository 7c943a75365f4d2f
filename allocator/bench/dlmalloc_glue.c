/* Glue for the dlmalloc baseline (wasi-libc's dlmalloc/src/dlmalloc.c, fetched at benchmark
 * time): what wasi-libc gives it — the two errno constants it refers to, and an sbrk over
 * memory.grow (wasm linear memory never shrinks, so only growth is supported). */
#include <errno.h>
#include <stddef.h>
#include <stdint.h>

const int __ENOMEM = ENOMEM;
const int __EINVAL = EINVAL;

void* sbrk(intptr_t increment);

void* sbrk(intptr_t increment) {
  static uintptr_t brk_end;
  uintptr_t memory_end = __builtin_wasm_memory_size(0) * (uintptr_t)65536;
  if (!brk_end)
    brk_end = memory_end;
  if (increment < 0) {
    errno = ENOMEM;
    return (void*)-1;
  }
  uintptr_t old = brk_end;
  if (old + (uintptr_t)increment > memory_end) {
    uintptr_t missing = old + (uintptr_t)increment - memory_end;
    if (__builtin_wasm_memory_grow(0, (missing + 65535) / 65536) == (size_t)-1) {
      errno = ENOMEM;
      return (void*)-1;
    }
  }
  brk_end = old + (uintptr_t)increment;
  return (void*)old;
}
