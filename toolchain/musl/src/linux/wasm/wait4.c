/* wait4 on wasm: the kernel fills the caller's struct rusage in the arch's own layout (64-bit
 * time on both arches), so no conversion from a legacy 32-bit-time record is needed. */
#define _GNU_SOURCE
#include <sys/wait.h>
#include <sys/resource.h>
#include "syscall.h"

pid_t wait4(pid_t pid, int *status, int options, struct rusage *ru)
{
	return syscall(SYS_wait4, pid, status, options, ru);
}
