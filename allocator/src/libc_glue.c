/* musl glue (sysroot builds only): musl's own code (atexit, locale, posix_spawn file actions,
 * time zones, ...) allocates through internal names. They call the public functions, not
 * aliases of them, and live in their own object, so a program that brings its own malloc gets
 * musl's internal allocations too and never pulls wpkmalloc's alloc.o in beside it. */
#include "wpkmalloc-types.h"

#if WPK_IN_LIBC
void* __libc_malloc(size_t n);
void* __libc_calloc(size_t count, size_t size);
void* __libc_realloc(void* p, size_t n);
void __libc_free(void* p);
void* malloc(size_t n);
void free(void* p);
void* calloc(size_t count, size_t size);
void* realloc(void* p, size_t n);

void* __libc_malloc(size_t n) {
  return malloc(n);
}
void* __libc_calloc(size_t count, size_t size) {
  return calloc(count, size);
}
void* __libc_realloc(void* p, size_t n) {
  return realloc(p, n);
}
void __libc_free(void* p) {
  free(p);
}
#else
typedef int wpk_no_libc_glue_here;
#endif
