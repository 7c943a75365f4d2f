/* vfork on wasm is a fork through the wpk.fork import: the child gets its own copy of memory,
 * which POSIX allows (a conforming vfork child only calls _exit or an exec function). Like the
 * Linux system call it does not run pthread_atfork handlers. */
#define _GNU_SOURCE
#include <unistd.h>

pid_t vfork(void)
{
	return _Fork();
}
