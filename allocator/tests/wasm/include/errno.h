/* Freestanding test/benchmark harness only: the errno.h wpkmalloc needs when it is compiled
 * without a libc (clang --target=wasm32-unknown-unknown). In the sysroot, musl's is used. */
#ifndef WPK_SHIM_ERRNO_H
#define WPK_SHIM_ERRNO_H
extern int errno;
#define ENOMEM 12
#define EINVAL 22
#endif
