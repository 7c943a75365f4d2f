/* Thread cancellation on wasm. musl's generic version finds out whether a cancellation signal
 * interrupted a cancellation point by comparing the interrupted program counter with the code
 * range of its assembly system-call routine; wasm has neither a readable program counter nor
 * that routine. Here signal handlers run only at system call boundaries (the runtime delivers
 * them while a thread is inside a system call import), so a per-thread flag says the same
 * thing exactly: `in_cancel_point` is set while __syscall_cp_c is inside its system call, and
 * SIGCANCEL arriving then acts on the request at once (pthread_exit from the handler; the
 * runtime ends the thread in its exit call). Arriving anywhere else, the handler only returns:
 * the request stays in `self->cancel`, which __syscall_cp_c checks before and after every
 * cancellation point (an EINTR with a pending request acts on it). musl's own handler sends
 * SIGCANCEL to the thread again instead, after adding it to the interrupted context's signal mask
 * so that it stays pending; the runtime does not restore a handler's ucontext, so a signal sent
 * from the handler would be delivered again at the sigreturn boundary, at once and forever (the
 * thread never got back to its own code: "Maximum call stack size exceeded").
 * close is never a cancellation point here (as in musl). */
#include <string.h>
#include "pthread_impl.h"
#include "syscall.h"

hidden long __cancel(void), __syscall_cp_c();

static __thread int in_cancel_point;

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
	in_cancel_point = 1;
	long r = __syscall(nr, u, v, w, x, y, z);
	in_cancel_point = 0;
	if (r == -EINTR && cancel_pending(self)) r = __cancel();
	return r;
}

void __testcancel(void)
{
	pthread_t self = __pthread_self();
	if (self->cancel && !self->canceldisable) __cancel();
}

static void cancel_handler(int sig, siginfo_t *si, void *ctx)
{
	(void)sig, (void)si, (void)ctx;
	pthread_t self = __pthread_self();
	a_barrier();
	if (!cancel_pending(self)) return;
	if (self->cancelasync || in_cancel_point) {
		in_cancel_point = 0;
		pthread_exit(PTHREAD_CANCELED);
	}
}

static void install_cancel_handler(void)
{
	struct sigaction sa = {.sa_flags = SA_SIGINFO, .sa_sigaction = cancel_handler};
	memset(&sa.sa_mask, -1, _NSIG / 8);
	__libc_sigaction(SIGCANCEL, &sa, 0);
}

int pthread_cancel(pthread_t t)
{
	static volatile int installed;
	if (!installed) {
		install_cancel_handler();
		installed = 1;
	}
	a_store(&t->cancel, 1);
	if (t == pthread_self()) {
		if (t->canceldisable == PTHREAD_CANCEL_ENABLE && t->cancelasync)
			pthread_exit(PTHREAD_CANCELED);
		return 0;
	}
	return pthread_kill(t, SIGCANCEL);
}
