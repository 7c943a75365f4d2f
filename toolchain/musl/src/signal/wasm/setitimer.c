/* setitimer on wasm: struct itimerval is passed in the arch's own layout (64-bit time). */
#include <sys/time.h>
#include "syscall.h"

int setitimer(int which, const struct itimerval *restrict new, struct itimerval *restrict old)
{
	return syscall(SYS_setitimer, which, new, old);
}
