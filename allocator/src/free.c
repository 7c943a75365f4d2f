/* free and malloc_usable_size.
 *
 * The fast path reads the tag byte before the pointer: a small block in use goes back on its
 * class list (this thread's cache natively) with its tag flipped to the FREE pattern, so a second
 * free of the same block is caught by the same one-byte test. Natively a pointer at the start of
 * a page is looked up first (reading p[-1] of a foreign page-aligned pointer could fault); that is
 * one AND per free and a short scan for about 1 free in 256. Direct mappings start a page and are
 * found by that lookup alone, so a second free of one (unmapped by the first) is reported, and no
 * other pointer is taken for one whatever byte precedes it.
 */
#include "wpkmalloc-types.h"

void WPK_API(free)(void* ptr) {
  if (!ptr)
    return;
  unsigned char* p = ptr;
#if !WPK_WASM
  if (WPK_UNLIKELY(((uintptr_t)p & 4095u) == 0) && wpk_free_page_aligned(p))
    return;
#endif
  unsigned t = p[-1];
  if (WPK_LIKELY(wpk_tag_is_small(t))) {
    unsigned c = t - TAG_SMALL;
    p[-1] = (unsigned char)(TAG_SMALL_FREE + c);
    wpk_bin* b = &wpk_front[c];
    *(void**)p = b->head;
    b->head = p;
#if WPK_THREADS
    if (WPK_UNLIKELY(++b->count > wpk_cache_limit(c)))
      wpk_small_flush(c);
#endif
    return;
  }
  wpk_free_slow(p, t);
}

void wpk_free_slow(void* p, unsigned t) {
  if (t == TAG_LARGE)
    wpk_large_free(p);
  else if (t - TAG_SMALL_FREE < WPK_NCLASS || t == TAG_LARGE_FREE)
    wpk_fatal("free(): double free", p);
  else
    wpk_fatal("free(): invalid pointer", p);
}

/* Usable size of a live block; aborts on anything else. */
size_t wpk_usable(void* ptr) {
  unsigned char* p = ptr;
#if !WPK_WASM
  if (WPK_UNLIKELY(((uintptr_t)p & 4095u) == 0)) {
    int owner = wpk_page_aligned_owner(p);
    if (owner == WPK_OWNER_HUGE) {
      wpk_huge* h = (wpk_huge*)p - 1;
      return h->map_bytes - h->offset;
    }
    if (owner == WPK_OWNER_NONE)
      wpk_fatal("malloc_usable_size(): invalid pointer", p);
  }
#endif
  unsigned t = p[-1];
  if (wpk_tag_is_small(t))
    return wpk_class_size(t - TAG_SMALL) - 1;
  if (t == TAG_LARGE)
    return (size_t)wpk_chunk_of(p)->units * WPK_UNIT - sizeof(wpk_chunk);
  wpk_fatal("invalid pointer", p);
}

size_t WPK_API(malloc_usable_size)(void* p) {
  return p ? wpk_usable(p) : 0;
}

#if WPK_LIBC_THREADS
/* The public names in libc (see WPK_LIBC_THREADS in wpkmalloc-types.h). */
void free(void* p) {
  if (WPK_LIKELY(!wpk_libc_threads)) {
    wpk_unlocked_free(p);
    return;
  }
  wpk_libc_lock();
  wpk_unlocked_free(p);
  wpk_libc_unlock();
}
size_t malloc_usable_size(void* p) {
  if (WPK_LIKELY(!wpk_libc_threads))
    return wpk_unlocked_malloc_usable_size(p);
  wpk_libc_lock();
  size_t n = wpk_unlocked_malloc_usable_size(p);
  wpk_libc_unlock();
  return n;
}
#endif
