/* wpkmalloc — public interface beyond the standard malloc family.
 *
 * The standard functions (malloc, free, calloc, realloc, aligned_alloc, posix_memalign, memalign,
 * malloc_usable_size, and natively valloc, pvalloc, reallocarray) are defined under their usual
 * names. A build with -DWPK_PREFIX defines them as wpk_malloc, wpk_free, ... instead, so the
 * allocator can be tested next to another malloc (sanitizers, valgrind).
 */
#ifndef WPKMALLOC_H
#define WPKMALLOC_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

#define WPKMALLOC_VERSION "0.1.0"

/* "wpkmalloc <version>": lets a program (or a test through dlsym) prove which allocator serves
 * it. In a wasm build the same text is the payload of the custom section "wpk.allocator". */
const char* wpkmalloc_version(void);

/* Counters kept on the slow paths only (the hot paths carry no statistics). */
struct wpkmalloc_stats {
  size_t system_bytes; /* bytes obtained from the system (memory.grow / mmap), current */
  size_t peak_system_bytes;
  size_t slabs;     /* small-class slabs carved so far */
  size_t huge_maps; /* native only: live direct mappings */
};
void wpkmalloc_get_stats(struct wpkmalloc_stats* out);

#ifdef WPK_PREFIX
void* wpk_malloc(size_t size);
void wpk_free(void* ptr);
void* wpk_calloc(size_t count, size_t size);
void* wpk_realloc(void* ptr, size_t size);
void* wpk_aligned_alloc(size_t alignment, size_t size);
int wpk_posix_memalign(void** out, size_t alignment, size_t size);
void* wpk_memalign(size_t alignment, size_t size);
size_t wpk_malloc_usable_size(void* ptr);
#endif

#ifdef __cplusplus
}
#endif

#endif
