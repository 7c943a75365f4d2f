/* The few libc functions wpkmalloc and the stress test need when built without a libc for
 * wasm (freestanding test and benchmark harness; the sysroot build uses musl's). memcpy and
 * memset use the bulk-memory instructions. */
#include <errno.h>
#include <string.h>

int errno;

void* memcpy(void* restrict dst, const void* restrict src, size_t n) {
  __builtin_memcpy(dst, src, n);
  return dst;
}

void* memmove(void* dst, const void* src, size_t n) {
  __builtin_memmove(dst, src, n);
  return dst;
}

void* memset(void* dst, int c, size_t n) {
  __builtin_memset(dst, c, n);
  return dst;
}

int memcmp(const void* a, const void* b, size_t n) {
  const unsigned char* x = a;
  const unsigned char* y = b;
  for (size_t i = 0; i < n; i++)
    if (x[i] != y[i])
      return x[i] - y[i];
  return 0;
}

size_t strlen(const char* s) {
  size_t n = 0;
  while (s[n])
    n++;
  return n;
}
