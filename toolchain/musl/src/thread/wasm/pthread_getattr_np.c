/* pthread_getattr_np on wasm: the attributes of a running thread, with the bounds of its stack.
 *
 * A thread made by pthread_create knows its stack (pthread_create stored the top and the size).
 * The main thread does not, and musl's generic version finds its size by probing: it calls
 * mremap on one page after another below the top of the stack and stops at the first call that
 * fails with something other than ENOMEM, which on Linux is the first address below the stack's
 * mapping. Linear memory has no mappings to probe (the runtime's mremap fails with ENOMEM
 * whatever the address), so that loop never ended: mariadbd spun in it at start-up, as does any
 * program that asks for its main thread's stack (MariaDB's my_get_stack_bounds, garbage
 * collectors, stack-overflow guards).
 *
 * Here the linker knows the answer. The toolchain links every program with its stack placed
 * first in linear memory (wasm-ld --stack-first, see toolchain/bin), between the symbols
 * __stack_low and __stack_high that wasm-ld defines; the main thread's stack pointer starts at
 * __stack_high and grows down. A program linked with a larger -z stack-size gets the larger
 * bounds. The main thread's stack has no guard page. */
#include "pthread_impl.h"

extern char __stack_low[], __stack_high[];

int pthread_getattr_np(pthread_t thread, pthread_attr_t *attr)
{
	*attr = (pthread_attr_t){0};
	attr->_a_detach = thread->detach_state >= DT_DETACHED;
	attr->_a_guardsize = thread->guard_size;
	if (thread->stack) {
		attr->_a_stackaddr = (uintptr_t)thread->stack;
		attr->_a_stacksize = thread->stack_size;
	} else {
		attr->_a_stackaddr = (uintptr_t)__stack_high;
		attr->_a_stacksize = (size_t)(__stack_high - __stack_low);
	}
	return 0;
}
