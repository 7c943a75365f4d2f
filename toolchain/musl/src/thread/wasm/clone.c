/* Thread creation on wasm. A thread is a new instance of the program's module on the process's
 * shared memory, run by the runtime in its own worker (kernel-abi/CONTRACT.md, "Threads"), so a
 * new thread cannot start by returning from a system call on a copied register file as on
 * Linux. Instead __clone leaves a start block just below the new thread's stack:
 *
 *   stack -> { func, arg, tp }   (16-byte aligned; the thread's frames grow below it)
 *
 * and asks for the thread with clone(flags, stack, ptid, tls, ctid). The runtime sets the new
 * instance's __stack_pointer to `stack` and calls the export __wpk_thread_start(stack), which
 * points the instance's __tls_base at the thread's TLS block (musl's __copy_tls reserved it and
 * recorded its address in dtv[1], src/env/wasm/__init_tls.c; __wasm_init_tls also fills it from
 * the module's TLS template), sets the thread pointer, and runs func(arg). musl's thread start
 * functions end with pthread_exit; a plain return ends the thread with func's result. Only
 * thread creation goes through here: fork and vfork have their own import. */
#include <stdarg.h>
#include <stdint.h>
#include "pthread_impl.h"
#include "syscall.h"

struct thread_start_block {
	int (*func)(void *);
	void *arg;
	void *tp;
};

extern void __wasm_init_tls(void *);

/* Set before the first thread starts: wpkmalloc's public functions take the heap lock from then
 * on (allocator/src/libc_threads.c). Weak, so that a program with its own malloc links without
 * wpkmalloc. */
extern hidden volatile int wpk_libc_threads __attribute__((__weak__));

int __clone(int (*func)(void *), void *stack, int flags, void *arg, ...)
{
	va_list ap;
	va_start(ap, arg);
	pid_t *ptid = va_arg(ap, pid_t *);
	void *tls = va_arg(ap, void *);
	pid_t *ctid = va_arg(ap, pid_t *);
	va_end(ap);

	uintptr_t block_at = ((uintptr_t)stack - sizeof(struct thread_start_block)) & -(uintptr_t)16;
	struct thread_start_block *block = (void *)block_at;
	block->func = func;
	block->arg = arg;
	block->tp = tls;
	if (&wpk_libc_threads) wpk_libc_threads = 1;
	return __syscall(SYS_clone, flags, block_at, ptid, tls, ctid);
}

__attribute__((__export_name__("__wpk_thread_start"))) void __wpk_thread_start(void *stack)
{
	struct thread_start_block *block = stack;
	pthread_t self = block->tp;
	__wasm_init_tls((void *)self->dtv[1]);
	__wpk_thread_pointer = (uintptr_t)self;
	int status = block->func(block->arg);
	for (;;) __syscall(SYS_exit, status);
}
