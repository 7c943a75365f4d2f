#define _POSIX_V6_LP64_OFF64 1
#define _POSIX_V7_LP64_OFF64 1

/* syscall() with int arguments. syscall() reads its six arguments as longs (va_arg), which on
 * LP64 Linux works for an int too: it travels in a 64-bit register. wasm64 passes variadic
 * arguments in a memory block, each in its own size, so two ints in a row share one 8-byte slot
 * and syscall(SYS_dup3, 1, 10, O_CLOEXEC) reads 1 | 10 << 32 and then the wrong slots. This
 * header is included by <unistd.h> after syscall's declaration, so the macro below widens every
 * argument to long before the call; (syscall)(...) or &syscall reach the function unchanged.
 * Not in libc's own build (__WPK_LIBC_BUILD, set by toolchain/build-sysroot), whose internal
 * syscall.h has a macro of the same name. */
#if (defined(_GNU_SOURCE) || defined(_BSD_SOURCE)) && !defined(__WPK_LIBC_BUILD)
#define __WPK_SYSCALL_ARITY_X(a, b, c, d, e, f, g, n, ...) n
#define __WPK_SYSCALL_ARITY(...) __WPK_SYSCALL_ARITY_X(__VA_ARGS__, 7, 6, 5, 4, 3, 2, 1, )
#define __WPK_SYSCALL_JOIN_X(a, b) a##b
#define __WPK_SYSCALL_JOIN(a, b) __WPK_SYSCALL_JOIN_X(a, b)
#define __wpk_syscall1(n) syscall((long)(n))
#define __wpk_syscall2(n, a) syscall((long)(n), (long)(a))
#define __wpk_syscall3(n, a, b) syscall((long)(n), (long)(a), (long)(b))
#define __wpk_syscall4(n, a, b, c) syscall((long)(n), (long)(a), (long)(b), (long)(c))
#define __wpk_syscall5(n, a, b, c, d) syscall((long)(n), (long)(a), (long)(b), (long)(c), (long)(d))
#define __wpk_syscall6(n, a, b, c, d, e)                                                           \
  syscall((long)(n), (long)(a), (long)(b), (long)(c), (long)(d), (long)(e))
#define __wpk_syscall7(n, a, b, c, d, e, f)                                                        \
  syscall((long)(n), (long)(a), (long)(b), (long)(c), (long)(d), (long)(e), (long)(f))
#define syscall(...)                                                                               \
  __WPK_SYSCALL_JOIN(__wpk_syscall, __WPK_SYSCALL_ARITY(__VA_ARGS__))(__VA_ARGS__)
#endif
