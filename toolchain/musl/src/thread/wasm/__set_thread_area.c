/* The thread pointer of the only thread (arch/wasm/pthread_arch.h). Returning 1 tells
 * __init_tp that the thread pointer works but threads cannot be created, so libc stays in
 * single-threaded mode and pthread_create fails with ENOSYS instead of trapping. */
#include "pthread_impl.h"

uintptr_t __wpk_thread_pointer;

int __set_thread_area(void *p)
{
	__wpk_thread_pointer = (uintptr_t)p;
	return 1;
}
