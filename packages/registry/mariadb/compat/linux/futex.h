/* linux/futex.h for the wpk sysroot, which carries no Linux UAPI headers: the futex(2) operation
   numbers (Linux's values) that InnoDB's locks and log waits pass to syscall(SYS_futex, ...).
   The runtime implements FUTEX_WAIT and FUTEX_WAKE, private or not (musl's locks use them). */
#ifndef WPK_COMPAT_LINUX_FUTEX_H
#define WPK_COMPAT_LINUX_FUTEX_H
#define FUTEX_WAIT 0
#define FUTEX_WAKE 1
#define FUTEX_PRIVATE_FLAG 128
#define FUTEX_WAIT_PRIVATE (FUTEX_WAIT | FUTEX_PRIVATE_FLAG)
#define FUTEX_WAKE_PRIVATE (FUTEX_WAKE | FUTEX_PRIVATE_FLAG)
#endif
