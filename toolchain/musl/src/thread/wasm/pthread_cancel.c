/* Thread cancellation in a single-threaded wasm process. musl's generic version relies on an
 * assembly system-call routine whose code range a signal handler inspects; wasm has neither, and
 * only the calling thread exists. So a cancellation request can only target the caller and is
 * acted upon at the next cancellation point: __syscall_cp_c checks the flag before and after the
 * system call (an EINTR with a pending request acts on it), as the generic code does. */
#include "pthread_impl.h"
#include "syscall.h"

hidden long __cancel(void), __syscall_cp_c();

long __cancel(void)
{
	pthread_t self = __pthread_self();
	if (self->canceldisable == PTHREAD_CANCEL_ENABLE || self->cancelasync)
		pthread_exit(PTHREAD_CANCELED);
	self->canceldisable = PTHREAD_CANCEL_DISABLE;
	return -ECANCELED;
}

static int cancel_pending(pthread_t self)
{
	return self->cancel && self->canceldisable != PTHREAD_CANCEL_DISABLE;
}

long __syscall_cp_c(syscall_arg_t nr, syscall_arg_t u, syscall_arg_t v, syscall_arg_t w,
                    syscall_arg_t x, syscall_arg_t y, syscall_arg_t z)
{
	pthread_t self = __pthread_self();
	if (self->canceldisable == PTHREAD_CANCEL_DISABLE || nr == SYS_close)
		return __syscall(nr, u, v, w, x, y, z);
	if (cancel_pending(self)) return __cancel();
	long r = __syscall(nr, u, v, w, x, y, z);
	if (r == -EINTR && cancel_pending(self)) r = __cancel();
	return r;
}

void __testcancel(void)
{
	pthread_t self = __pthread_self();
	if (self->cancel && !self->canceldisable) __cancel();
}

int pthread_cancel(pthread_t t)
{
	if (t != __pthread_self()) return ESRCH;
	t->cancel = 1;
	if (t->canceldisable == PTHREAD_CANCEL_ENABLE && t->cancelasync)
		pthread_exit(PTHREAD_CANCELED);
	return 0;
}
