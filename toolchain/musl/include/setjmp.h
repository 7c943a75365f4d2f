/* <setjmp.h> for the wasm port of musl.
 *
 * setjmp/longjmp are implemented by LLVM's WebAssembly setjmp lowering, which the toolchain
 * wrappers enable for every compilation (-fwasm-exceptions -mllvm -wasm-enable-sjlj). The
 * lowering recognises calls to `setjmp` only, so the other entry points are expressed through
 * it: _setjmp is setjmp, and sigsetjmp wraps a setjmp call with helpers that save and restore
 * the signal mask (src/signal/wasm/sigsetjmp.c). There is no callable setjmp function:
 * taking its address or calling it from code compiled without the lowering fails to link. */
#ifndef _SETJMP_H
#define _SETJMP_H

#ifdef __cplusplus
extern "C" {
#endif

#include <features.h>

#include <bits/setjmp.h>

typedef struct __jmp_buf_tag {
	__jmp_buf __jb;
	unsigned long __fl;
	unsigned long __ss[128/sizeof(long)];
} jmp_buf[1];

#define __setjmp_attr __attribute__((__returns_twice__))

int setjmp (jmp_buf) __setjmp_attr;
_Noreturn void longjmp (jmp_buf, int);

#define setjmp setjmp

#if defined(_POSIX_SOURCE) || defined(_POSIX_C_SOURCE) \
 || defined(_XOPEN_SOURCE) || defined(_GNU_SOURCE) \
 || defined(_BSD_SOURCE)
typedef jmp_buf sigjmp_buf;
struct __jmp_buf_tag *__wpk_sigsetjmp_prepare(sigjmp_buf, int);
int __wpk_sigsetjmp_tail(sigjmp_buf, int);
#define sigsetjmp(env, save) \
	__wpk_sigsetjmp_tail((env), setjmp(__wpk_sigsetjmp_prepare((env), (save))))
_Noreturn void siglongjmp (sigjmp_buf, int);
#endif

#if defined(_XOPEN_SOURCE) || defined(_GNU_SOURCE) \
 || defined(_BSD_SOURCE)
#define _setjmp(env) setjmp(env)
_Noreturn void _longjmp (jmp_buf, int);
#endif

#undef __setjmp_attr

#ifdef __cplusplus
}
#endif

#endif
