/* linux/futex.h — the futex requests libc++'s atomic wait names (Linux's values), for building
 * libc++ only (toolchain/libcxx/build-libcxx); the sysroot has no kernel headers. */
#ifndef WPK_LINUX_FUTEX_H
#define WPK_LINUX_FUTEX_H
#define FUTEX_WAIT 0
#define FUTEX_WAKE 1
#define FUTEX_PRIVATE_FLAG 128
#define FUTEX_WAIT_PRIVATE (FUTEX_WAIT | FUTEX_PRIVATE_FLAG)
#define FUTEX_WAKE_PRIVATE (FUTEX_WAKE | FUTEX_PRIVATE_FLAG)
#endif
