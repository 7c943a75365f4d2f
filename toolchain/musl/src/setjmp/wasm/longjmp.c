/* longjmp for wasm: throw the __c_longjmp tag (tag index 1 of __builtin_wasm_throw) with the
 * address of an {env, val} record; the catch that LLVM's setjmp lowering put around the call in
 * the function that ran setjmp(env) resumes there (src/setjmp/wasm/setjmp.c). Code compiled with
 * -mllvm -wasm-enable-sjlj calls __wasm_longjmp directly; longjmp/_longjmp are for callers
 * compiled without it. longjmp(env, 0) makes setjmp return 1 (C11 7.13.2.1).
 *
 * build-sysroot compiles this file with -fwasm-exceptions -mllvm -wasm-enable-sjlj: the lowering
 * then defines the __c_longjmp tag (weakly, as in every object using setjmp), which
 * __builtin_wasm_throw needs; clang 16 cannot emit a throw to an undefined weak tag. */
#include <setjmp.h>

struct longjmp_record {
	void *env;
	int val;
};

static struct longjmp_record pending_longjmp;

_Noreturn void __wasm_longjmp(void *env, int val)
{
	pending_longjmp.env = env;
	pending_longjmp.val = val ? val : 1;
	__builtin_wasm_throw(1, &pending_longjmp);
}

_Noreturn void longjmp(jmp_buf env, int val)
{
	__wasm_longjmp(env, val);
}

_Noreturn void _longjmp(jmp_buf env, int val)
{
	__wasm_longjmp(env, val);
}
