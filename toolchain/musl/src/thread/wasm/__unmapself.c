/* A detached thread frees its own stack and thread area as its last act. musl's generic version
 * switches to a static stack with an assembly jump first; on wasm the call stack is the
 * engine's, and the only memory this function touches after munmap would be the shadow stack,
 * which the two system calls below do not use (their arguments travel as wasm values), so it
 * unmaps and exits directly. */
#include "pthread_impl.h"
#include "syscall.h"

void __unmapself(void *base, size_t size)
{
	__syscall(SYS_munmap, base, size);
	for (;;) __syscall(SYS_exit, 0);
}
