/* The heap lock of libc's wpkmalloc in a program with threads (WPK_LIBC_THREADS in
 * wpkmalloc-types.h): the public functions take it around the single-threaded heap code once
 * wpk_libc_threads is set. musl's __clone (toolchain/musl/src/thread/wasm/clone.c) sets it
 * before it starts a program's first thread, through a weak reference, so a program that brings
 * its own malloc does not pull this object in. It is never cleared (a forked child of a threaded
 * process keeps locking; musl's __lock is cheap there).
 *
 * The lock is musl's internal lock (__lock/__unlock, futex-based). musl's fork calls
 * __malloc_atfork around the fork when the process has threads: the forking thread holds the
 * heap lock across it, so the child never inherits a heap some other thread was changing, and
 * the child's copy of the lock is reset. */
#include "wpkmalloc-types.h"

#if WPK_LIBC_THREADS
WPK_HIDDEN void __lock(volatile int*);
WPK_HIDDEN void __unlock(volatile int*);
void __malloc_atfork(int who);

volatile int wpk_libc_threads;
static volatile int heap_lock[1];

void wpk_libc_lock(void) {
  __lock(heap_lock);
}

void wpk_libc_unlock(void) {
  __unlock(heap_lock);
}

/* who < 0: before fork; 0: in the parent after it; > 0: in the child. */
void __malloc_atfork(int who) {
  if (who < 0)
    __lock(heap_lock);
  else if (who == 0)
    __unlock(heap_lock);
  else
    heap_lock[0] = 0;
}
#else
typedef int wpk_no_libc_threads_here;
#endif
