/* Consistency check of wpkmalloc's chunk heap, for tests. */
#ifndef WPK_HEAP_CHECK_H
#define WPK_HEAP_CHECK_H
#ifdef __cplusplus
extern "C" {
#endif
/* Walks every region chunk by chunk and every bin list. Returns 0 when consistent, else a
 * positive number naming the first broken invariant (see heap_check.c). */
int wpk_heap_check(void);
#ifdef __cplusplus
}
#endif
#endif
