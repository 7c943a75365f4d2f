/* The thread pointer lives in a thread-local variable (arch/wasm/pthread_arch.h): each thread
 * is an instance of the module with its own __tls_base, so __wpk_thread_pointer is per thread,
 * and the main thread's copy is in static memory, which a fork copies. Returning 0 tells
 * __init_tp that threads can be created (libc.can_do_threads). */
#include "pthread_impl.h"

__thread uintptr_t __wpk_thread_pointer;

int __set_thread_area(void *p)
{
	__wpk_thread_pointer = (uintptr_t)p;
	return 0;
}
