/* getrusage on wasm: the kernel fills struct rusage in the arch's own layout (see wait4.c). */
#include <sys/resource.h>
#include "syscall.h"

int getrusage(int who, struct rusage *ru)
{
	return syscall(SYS_getrusage, who, ru);
}
