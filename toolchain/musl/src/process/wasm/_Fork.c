/* _Fork on wasm: the process is duplicated by the runtime through the wpk.fork import
 * (__wpk_fork), never through the generic system call: that import is what the fork
 * instrumentation starts from, so only functions that can reach it are instrumented.
 * Around it, the same bookkeeping as a Linux fork: signals blocked across the call, the abort
 * lock held, and in the child the thread list reduced to the caller with its new tid. */
#include <unistd.h>
#include <signal.h>
#include "syscall.h"
#include "libc.h"
#include "lock.h"
#include "pthread_impl.h"
#include "aio_impl.h"
#include "wpk_abi.h"

static void no_aio(int when)
{
	(void)when;
}
weak_alias(no_aio, __aio_atfork);

pid_t _Fork(void)
{
	sigset_t saved;
	__block_all_sigs(&saved);
	__aio_atfork(-1);
	LOCK(__abort_lock);
	long ret = __wpk_fork();
	if (ret == 0) {
		pthread_t self = __pthread_self();
		self->tid = __syscall(SYS_gettid);
		self->robust_list.off = 0;
		self->robust_list.pending = 0;
		self->next = self->prev = self;
		__thread_list_lock = 0;
		libc.threads_minus_1 = 0;
		if (libc.need_locks) libc.need_locks = -1;
	}
	UNLOCK(__abort_lock);
	__aio_atfork(ret == 0);
	__restore_sigs(&saved);
	return __syscall_ret(ret);
}
