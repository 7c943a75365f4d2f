/* sigsetjmp on wasm. LLVM's setjmp lowering only recognises calls to `setjmp`, so <setjmp.h>
 * defines sigsetjmp(env, save) as
 *     __wpk_sigsetjmp_tail(env, setjmp(__wpk_sigsetjmp_prepare(env, save)))
 * The first return records the signal mask when asked to; a return through siglongjmp
 * (a longjmp to the same buffer) restores it, as POSIX requires. */
#include <setjmp.h>
#include <signal.h>
#include "syscall.h"

struct __jmp_buf_tag *__wpk_sigsetjmp_prepare(sigjmp_buf env, int save_mask)
{
	env->__fl = save_mask != 0;
	return env;
}

int __wpk_sigsetjmp_tail(sigjmp_buf env, int ret)
{
	if (env->__fl) {
		if (ret == 0)
			__syscall(SYS_rt_sigprocmask, SIG_SETMASK, 0, env->__ss, _NSIG / 8);
		else
			__syscall(SYS_rt_sigprocmask, SIG_SETMASK, env->__ss, 0, _NSIG / 8);
	}
	return ret;
}
