/* getitimer on wasm: struct itimerval is passed in the arch's own layout (64-bit time). */
#include <sys/time.h>
#include "syscall.h"

int getitimer(int which, struct itimerval *old)
{
	return syscall(SYS_getitimer, which, old);
}
