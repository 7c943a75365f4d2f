/* Shared by the wasm memcpy, memmove and memset (compiled with -mbulk-memory).
 *
 * From WPK_BULK_MIN bytes up one bulk-memory instruction (memory.copy / memory.fill) does the
 * work; below it its fixed cost is more than the copy, so short ranges are moved with a few
 * unaligned 8-, 4- or 1-byte loads and stores (wasm allows any alignment), the head and tail
 * overlapping instead of looping: 32..63 bytes are eight 8-byte words, 16..31 four, 8..15 two,
 * 4..7 two 4-byte words, 1..3 three bytes. Every load happens before the first store, so the same
 * code is a correct memmove for overlapping ranges. toolchain/bench/string_bench.c measures these
 * against musl's portable C versions and checks them against each other.
 */
#ifndef WPK_BULK_MEMORY_H
#define WPK_BULK_MEMORY_H
#include <stddef.h>
#include <stdint.h>

#define WPK_BULK_MIN 64

/* An unaligned little-endian load or store of `size` (4 or 8) bytes: with the size a constant
 * at each call, one i32/i64 load or store. */
static inline uint64_t wpk_load(const unsigned char* p, size_t size) {
  uint64_t v = 0;
  __builtin_memcpy(&v, p, size);
  return v;
}

static inline void wpk_store(unsigned char* p, uint64_t v, size_t size) {
  __builtin_memcpy(p, &v, size);
}

/* Copies n < WPK_BULK_MIN bytes; the ranges may overlap. */
static inline void wpk_copy_short(unsigned char* d, const unsigned char* s, size_t n) {
  if (n >= 32) {
    uint64_t a = wpk_load(s, 8), b = wpk_load(s + 8, 8);
    uint64_t c = wpk_load(s + 16, 8), e = wpk_load(s + 24, 8);
    uint64_t w = wpk_load(s + n - 32, 8), x = wpk_load(s + n - 24, 8);
    uint64_t y = wpk_load(s + n - 16, 8), z = wpk_load(s + n - 8, 8);
    wpk_store(d, a, 8);
    wpk_store(d + 8, b, 8);
    wpk_store(d + 16, c, 8);
    wpk_store(d + 24, e, 8);
    wpk_store(d + n - 32, w, 8);
    wpk_store(d + n - 24, x, 8);
    wpk_store(d + n - 16, y, 8);
    wpk_store(d + n - 8, z, 8);
  } else if (n >= 16) {
    uint64_t a = wpk_load(s, 8), b = wpk_load(s + 8, 8);
    uint64_t y = wpk_load(s + n - 16, 8), z = wpk_load(s + n - 8, 8);
    wpk_store(d, a, 8);
    wpk_store(d + 8, b, 8);
    wpk_store(d + n - 16, y, 8);
    wpk_store(d + n - 8, z, 8);
  } else if (n >= 8) {
    uint64_t a = wpk_load(s, 8), z = wpk_load(s + n - 8, 8);
    wpk_store(d, a, 8);
    wpk_store(d + n - 8, z, 8);
  } else if (n >= 4) {
    uint64_t a = wpk_load(s, 4), z = wpk_load(s + n - 4, 4);
    wpk_store(d, a, 4);
    wpk_store(d + n - 4, z, 4);
  } else if (n) {
    unsigned char a = s[0], m = s[n / 2], z = s[n - 1];
    d[0] = a;
    d[n / 2] = m;
    d[n - 1] = z;
  }
}

/* Sets n < WPK_BULK_MIN bytes to c. */
static inline void wpk_fill_short(unsigned char* d, unsigned char c, size_t n) {
  uint64_t v = 0x0101010101010101ull * c;
  if (n >= 32) {
    for (int i = 0; i < 32; i += 8) {
      wpk_store(d + i, v, 8);
      wpk_store(d + n - 32 + i, v, 8);
    }
  } else if (n >= 16) {
    wpk_store(d, v, 8);
    wpk_store(d + 8, v, 8);
    wpk_store(d + n - 16, v, 8);
    wpk_store(d + n - 8, v, 8);
  } else if (n >= 8) {
    wpk_store(d, v, 8);
    wpk_store(d + n - 8, v, 8);
  } else if (n >= 4) {
    wpk_store(d, v, 4);
    wpk_store(d + n - 4, v, 4);
  } else if (n) {
    d[0] = c;
    d[n / 2] = c;
    d[n - 1] = c;
  }
}
#endif
