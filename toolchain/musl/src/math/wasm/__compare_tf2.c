/* Comparisons of IEEE binary128 (long double), the soft-float helpers clang calls for
 * `long double` comparisons: __eqtf2, __netf2, __lttf2, __letf2, __gttf2, __getf2, __cmptf2,
 * __unordtf2.
 *
 * Why here: clang declares their result as a 32-bit int, but Debian's compiler-rt builds them for
 * wasm64 with a `long` (64-bit) result, so wasm-ld links every call from libc (printf's fmt_fp,
 * the long double math functions) to a stub that traps. libc.a comes before the builtins on the
 * link line, so these definitions win on both arches.
 *
 * Results, as the soft-float ABI defines them: __eqtf2/__netf2 give 0 when equal; __lttf2,
 * __letf2 and __cmptf2 give -1, 0, 1 for less, equal, greater and 1 when unordered; __gttf2 and
 * __getf2 give -1 when unordered; __unordtf2 is nonzero when either operand is a NaN.
 *
 * The bodies only look at the bits (never compare long doubles, which would call themselves). */
#include <stdint.h>
#include <string.h>

struct quad_bits {
	uint64_t lo, hi; /* little endian: low 64 bits of the significand first */
};

static struct quad_bits bits_of(long double x)
{
	struct quad_bits b;
	memcpy(&b, &x, sizeof b);
	return b;
}

static int is_nan(struct quad_bits b)
{
	uint64_t hi_abs = b.hi & 0x7fffffffffffffffULL;
	return hi_abs > 0x7fff000000000000ULL || (hi_abs == 0x7fff000000000000ULL && b.lo != 0);
}

static int is_zero(struct quad_bits b)
{
	return (b.hi & 0x7fffffffffffffffULL) == 0 && b.lo == 0;
}

/* -1, 0, 1 for ordered operands; `unordered` when either is a NaN. */
static int compare(long double a, long double b, int unordered)
{
	struct quad_bits x = bits_of(a), y = bits_of(b);
	if (is_nan(x) || is_nan(y)) return unordered;
	if (is_zero(x) && is_zero(y)) return 0; /* +0 == -0 */
	int x_negative = (int)(x.hi >> 63), y_negative = (int)(y.hi >> 63);
	if (x_negative != y_negative) return x_negative ? -1 : 1;
	/* Same sign: the magnitudes order like the unsigned bit patterns; reversed if negative. */
	int magnitude;
	if (x.hi != y.hi) magnitude = x.hi < y.hi ? -1 : 1;
	else if (x.lo != y.lo) magnitude = x.lo < y.lo ? -1 : 1;
	else magnitude = 0;
	return x_negative ? -magnitude : magnitude;
}

int __eqtf2(long double a, long double b) { return compare(a, b, 1); }
int __netf2(long double a, long double b) { return compare(a, b, 1); }
int __lttf2(long double a, long double b) { return compare(a, b, 1); }
int __letf2(long double a, long double b) { return compare(a, b, 1); }
int __cmptf2(long double a, long double b) { return compare(a, b, 1); }
int __gttf2(long double a, long double b) { return compare(a, b, -1); }
int __getf2(long double a, long double b) { return compare(a, b, -1); }

int __unordtf2(long double a, long double b)
{
	return is_nan(bits_of(a)) || is_nan(bits_of(b));
}
