/* Shared by the wasm memcpy, memmove and memset (compiled with -mbulk-memory).
 *
 * From WPK_BULK_MIN bytes up one bulk-memory instruction (memory.copy / memory.fill) does the
 * work; below it its fixed cost is more than the copy, so short ranges are moved with a few
 * unaligned 8-, 4- or 1-byte loads and stores (wasm allows any alignment), the head and tail
 * overlapping instead of looping: 32..63 bytes are eight 8-byte words, 16..31 four, 8..15 two,
 * 4..7 two 4-byte words, 1..3 three bytes. Every load happens before the first store, so the same code is a
 * correct memmove for overlapping ranges. toolchain/bench/string_bench.c measures these against
 * musl's portable C versions and checks them against each other.
 */
#ifndef WPK_BULK_MEMORY_H
#define WPK_BULK_MEMORY_H
#include <stddef.h>
#include <stdint.h>

#define WPK_BULK_MIN 64

static inline uint64_t wpk_load64(const unsigned char *p)
{
	uint64_t v;
	__builtin_memcpy(&v, p, 8);
	return v;
}

static inline void wpk_store64(unsigned char *p, uint64_t v)
{
	__builtin_memcpy(p, &v, 8);
}

static inline uint32_t wpk_load32(const unsigned char *p)
{
	uint32_t v;
	__builtin_memcpy(&v, p, 4);
	return v;
}

static inline void wpk_store32(unsigned char *p, uint32_t v)
{
	__builtin_memcpy(p, &v, 4);
}

/* Copies n < WPK_BULK_MIN bytes; the ranges may overlap. */
static inline void wpk_copy_short(unsigned char *d, const unsigned char *s, size_t n)
{
	if (n >= 32) {
		uint64_t a = wpk_load64(s), b = wpk_load64(s + 8);
		uint64_t c = wpk_load64(s + 16), e = wpk_load64(s + 24);
		uint64_t w = wpk_load64(s + n - 32), x = wpk_load64(s + n - 24);
		uint64_t y = wpk_load64(s + n - 16), z = wpk_load64(s + n - 8);
		wpk_store64(d, a);
		wpk_store64(d + 8, b);
		wpk_store64(d + 16, c);
		wpk_store64(d + 24, e);
		wpk_store64(d + n - 32, w);
		wpk_store64(d + n - 24, x);
		wpk_store64(d + n - 16, y);
		wpk_store64(d + n - 8, z);
	} else if (n >= 16) {
		uint64_t a = wpk_load64(s), b = wpk_load64(s + 8);
		uint64_t y = wpk_load64(s + n - 16), z = wpk_load64(s + n - 8);
		wpk_store64(d, a);
		wpk_store64(d + 8, b);
		wpk_store64(d + n - 16, y);
		wpk_store64(d + n - 8, z);
	} else if (n >= 8) {
		uint64_t a = wpk_load64(s), z = wpk_load64(s + n - 8);
		wpk_store64(d, a);
		wpk_store64(d + n - 8, z);
	} else if (n >= 4) {
		uint32_t a = wpk_load32(s), z = wpk_load32(s + n - 4);
		wpk_store32(d, a);
		wpk_store32(d + n - 4, z);
	} else if (n) {
		unsigned char a = s[0], m = s[n / 2], z = s[n - 1];
		d[0] = a;
		d[n / 2] = m;
		d[n - 1] = z;
	}
}

/* Sets n < WPK_BULK_MIN bytes to c. */
static inline void wpk_fill_short(unsigned char *d, unsigned char c, size_t n)
{
	uint64_t v = 0x0101010101010101ull * c;
	if (n >= 32) {
		for (int i = 0; i < 32; i += 8) {
			wpk_store64(d + i, v);
			wpk_store64(d + n - 32 + i, v);
		}
	} else if (n >= 16) {
		wpk_store64(d, v);
		wpk_store64(d + 8, v);
		wpk_store64(d + n - 16, v);
		wpk_store64(d + n - 8, v);
	} else if (n >= 8) {
		wpk_store64(d, v);
		wpk_store64(d + n - 8, v);
	} else if (n >= 4) {
		wpk_store32(d, (uint32_t)v);
		wpk_store32(d + n - 4, (uint32_t)v);
	} else if (n) {
		d[0] = c;
		d[n / 2] = c;
		d[n - 1] = c;
	}
}
#endif
