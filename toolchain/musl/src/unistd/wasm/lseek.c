/* lseek through the wpk ABI: the offset is an `off` argument (one word on wasm64, two words, low
 * first, on wasm32; arch/wasm/syscall_arch.h). musl's generic version passes it as a single
 * `long`, which would drop the high half on wasm32.
 *
 * The result comes back in one word. On wasm32 it is read as unsigned, so offsets below
 * 4 GiB - 4 KiB are exact; values in the top 4 KiB of the 32-bit range are errors (-errno). */
#include <unistd.h>
#include "syscall.h"

off_t __lseek(int fd, off_t offset, int whence)
{
	long r = __syscall(SYS_lseek, fd, __SYSCALL_LL_O(offset), whence);
	if ((unsigned long)r > -4096UL) return __syscall_ret(r);
	return (off_t)(unsigned long)r;
}

weak_alias(__lseek, lseek);
weak_alias(__lseek, lseek64);
