/* Consistency check of wpkmalloc's chunk heap, for tests. */
#ifndef WPK_HEAP_CHECK_H
#define WPK_HEAP_CHECK_H
#include <stddef.h>
#ifdef __cplusplus
extern "C" {
#endif
/* Walks every region chunk by chunk and every bin list. Returns 0 when consistent, else a
 * positive number naming the first broken invariant (see heap_check.c). */
int wpk_heap_check(void);
/* The usable size of the small class that serves a request of n bytes, or 0 when n is above the
 * small classes. A block malloc(n) returns can be larger: an exhausted class first borrows an
 * idle block of one of the next larger classes. */
size_t wpk_small_class_usable(size_t n);
#ifdef __cplusplus
}
#endif
#endif
