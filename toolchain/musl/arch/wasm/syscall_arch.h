/* System calls leave the module through one import, wpk.syscall(nr, a1..a6), declared by the
 * generated kernel ABI header (kernel-abi/generated/wpk_abi.h, copied next to this file by
 * toolchain/build-sysroot). It returns the result or -errno, as Linux does, so musl's
 * __syscall_ret works unchanged.
 *
 * Argument words are `long` (i32 on wasm32, i64 on wasm64). A 64-bit value (off_t of pread64,
 * pwrite64, truncate, ftruncate, fallocate, fadvise64, sync_file_range, readahead) therefore takes
 * one argument on wasm64 and two on wasm32, low word first (Linux's generic 32-bit convention,
 * without register-pair padding). */
#include "wpk_abi.h"

#if defined(__wasm64__)
#define __SYSCALL_LL_E(x) (x)
#define __SYSCALL_LL_O(x) (x)
#else
#define __SYSCALL_LL_E(x) \
	((union { long long ll; long l[2]; }){ .ll = (x) }).l[0], \
	((union { long long ll; long l[2]; }){ .ll = (x) }).l[1]
#define __SYSCALL_LL_O(x) __SYSCALL_LL_E(x)
#endif

static inline long __syscall0(long n)
{
	return __wpk_syscall(n, 0, 0, 0, 0, 0, 0);
}

static inline long __syscall1(long n, long a)
{
	return __wpk_syscall(n, a, 0, 0, 0, 0, 0);
}

static inline long __syscall2(long n, long a, long b)
{
	return __wpk_syscall(n, a, b, 0, 0, 0, 0);
}

static inline long __syscall3(long n, long a, long b, long c)
{
	return __wpk_syscall(n, a, b, c, 0, 0, 0);
}

static inline long __syscall4(long n, long a, long b, long c, long d)
{
	return __wpk_syscall(n, a, b, c, d, 0, 0);
}

static inline long __syscall5(long n, long a, long b, long c, long d, long e)
{
	return __wpk_syscall(n, a, b, c, d, e, 0);
}

static inline long __syscall6(long n, long a, long b, long c, long d, long e, long f)
{
	return __wpk_syscall(n, a, b, c, d, e, f);
}

/* SysV IPC uses the generic (64-bit) layouts; no IPC_64 flag. */
#define IPC_64 0
