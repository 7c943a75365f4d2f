/* malloc, calloc, realloc and the aligned family.
 *
 * malloc: a request up to WPK_SMALL_MAX pops its class list (class computed with a shift or a
 * clz, no table, no mode flags) and writes the tag; an empty list goes to the slab refill. Larger
 * requests go to the chunk allocator (or, natively, to a direct mapping).
 * The public functions call alloc_impl rather than each other so the compiler cannot fold
 * "malloc + memset" in calloc back into a call to calloc.
 *
 * This file also carries the identification: the wasm custom section "wpk.allocator" lives in
 * the object that defines malloc, so any module that links our malloc carries it.
 */
#define _GNU_SOURCE 1 /* sysconf */
#include "wpkmalloc-types.h"

#if defined(__wasm__)
/* clang does not turn section attributes into wasm custom sections; an assembler directive does,
 * and wasm-ld keeps it (also with --gc-sections) whenever this object is linked. */
__asm__(".section .custom_section.wpk.allocator,\"\",@\n"
        ".ascii \"wpkmalloc " WPKMALLOC_VERSION "\"\n"
        ".text\n");
#endif

__attribute__((visibility("default"))) const char* wpkmalloc_version(void) {
  return "wpkmalloc " WPKMALLOC_VERSION;
}

static inline void* alloc_impl(size_t n) {
  if (WPK_LIKELY(n <= WPK_SMALL_MAX)) {
    unsigned c = wpk_class_of(n);
    wpk_bin* b = &wpk_front[c];
    unsigned char* p = b->head;
    if (WPK_LIKELY(p != NULL)) {
      b->head = *(void**)p;
#if WPK_THREADS
      b->count--;
#endif
      p[-1] = (unsigned char)(TAG_SMALL + c);
      return p;
    }
#if !WPK_THREADS
    /* An empty list with room in the class's current slab: carve the next slot here. */
    wpk_class* k = &wpk_heap.cls[c];
    size_t stride = wpk_class_size(c);
    if (WPK_LIKELY((size_t)(k->end - k->cur) >= stride)) {
      p = (unsigned char*)k->cur;
      k->cur += stride;
      p[-1] = (unsigned char)(TAG_SMALL + c);
      return p;
    }
#endif
    return wpk_small_refill(c);
  }
  return wpk_large_alloc(n, 16);
}

void* WPK_API(malloc)(size_t n) {
  return alloc_impl(n);
}

void* WPK_API(calloc)(size_t count, size_t size) {
  size_t n;
  if (wpk_mul_overflow(count, size, &n)) {
    errno = ENOMEM;
    return NULL;
  }
  unsigned char* p = alloc_impl(n);
  if (p) {
#if !WPK_WASM
    if (p[-1] == TAG_HUGE)
      return p; /* a fresh mapping is already zero */
#endif
    memset(p, 0, n);
  }
  return p;
}

static void* aligned_impl(size_t align, size_t n) {
  if (align <= 16)
    return alloc_impl(n);
  /* Alignments above 1 GiB are refused: on wasm32 the block and its alignment gap would not fit
   * in 4 GiB, and natively a direct mapping records the payload's offset in 32 bits. */
  if (WPK_UNLIKELY(align > WPK_MAX_ALIGN)) {
    errno = ENOMEM;
    return NULL;
  }
  /* A small class whose stride is a multiple of the alignment keeps every slot aligned only if
   * the slab is; slabs are 16-aligned, so larger alignments go to the chunk allocator. */
  return wpk_large_alloc(n, align);
}

static int valid_alignment(size_t a) {
  return a != 0 && (a & (a - 1)) == 0;
}

void* WPK_API(aligned_alloc)(size_t align, size_t n) {
  if (!valid_alignment(align)) {
    errno = EINVAL;
    return NULL;
  }
  return aligned_impl(align, n);
}

void* WPK_API(memalign)(size_t align, size_t n) {
#if !WPK_WASM
  /* As glibc's memalign, which preloaded programs expect: an alignment that is not a power of
   * two is rounded up to one (0 and small ones mean 16). musl's, the wasm sysroot's, refuses it
   * like aligned_alloc. */
  if (align <= 16)
    return alloc_impl(n);
  if (!valid_alignment(align)) {
    if (align > SIZE_MAX / 2 + 1) {
      errno = EINVAL;
      return NULL;
    }
    align = (size_t)1 << (sizeof(size_t) * 8 - (size_t)__builtin_clzl(align));
  }
#endif
  return WPK_API(aligned_alloc)(align, n);
}

int WPK_API(posix_memalign)(void** out, size_t align, size_t n) {
  if (!valid_alignment(align) || align % sizeof(void*) != 0)
    return EINVAL;
  int saved_errno = errno; /* the error is the return value; errno stays as it was */
  void* p = aligned_impl(align, n);
  if (!p) {
    errno = saved_errno;
    return ENOMEM;
  }
  *out = p;
  return 0;
}

void* WPK_API(realloc)(void* ptr, size_t n) {
  if (!ptr)
    return alloc_impl(n);
  unsigned char* p = ptr;
  size_t old = wpk_usable(p); /* validates the pointer (aborts on a freed or foreign one) */
  unsigned t = p[-1];
  size_t size = n;
  if (wpk_tag_is_small(t)) {
    /* Stay in place while the request fits and still uses at least about half the slot. */
    if (n <= old && 2 * n + 32 >= old)
      return p;
    /* A small block that grows is likely to grow again: give it room for half as much more
     * (it stays in place until then), so a buffer grown step by step is copied a few times
     * per doubling, not at every class. */
    if (n > old && n < WPK_SMALL_MAX && n + n / 2 <= WPK_SMALL_MAX)
      size = n + n / 2;
  } else if (t == TAG_LARGE) {
    void* resized = n > WPK_SMALL_MAX ? wpk_large_realloc(p, n) : NULL;
    if (resized)
      return resized;
  }
#if !WPK_WASM
  else if (n >= WPK_HUGE_MIN) { /* t == TAG_HUGE: wpk_usable accepted nothing else */
    return wpk_huge_realloc(p, n);
  }
#endif
  unsigned char* q = alloc_impl(size);
  if (!q)
    return NULL;
  memcpy(q, p, old < n ? old : n);
  WPK_API(free)(p);
  return q;
}

#if !WPK_WASM
#include <unistd.h>

void* WPK_API(valloc)(size_t n) {
  return aligned_impl((size_t)sysconf(_SC_PAGESIZE), n);
}

void* WPK_API(pvalloc)(size_t n) {
  size_t page = (size_t)sysconf(_SC_PAGESIZE);
  if (n > SIZE_MAX - page) {
    errno = ENOMEM;
    return NULL;
  }
  return aligned_impl(page, wpk_align_up(n ? n : 1, page));
}

void* WPK_API(reallocarray)(void* p, size_t count, size_t size) {
  size_t n;
  if (wpk_mul_overflow(count, size, &n)) {
    errno = ENOMEM;
    return NULL;
  }
  return WPK_API(realloc)(p, n);
}
#endif

#if WPK_LIBC_THREADS
/* The public names in libc (see WPK_LIBC_THREADS in wpkmalloc-types.h): the unlocked functions
 * above, under the heap lock once the program has threads. */
#define WPK_SERIALISED(type, call)                                                                 \
  if (WPK_LIKELY(!wpk_libc_threads))                                                               \
    return call;                                                                                   \
  wpk_libc_lock();                                                                                 \
  type result = call;                                                                              \
  wpk_libc_unlock();                                                                               \
  return result

void* malloc(size_t n) {
  WPK_SERIALISED(void*, wpk_unlocked_malloc(n));
}
void* calloc(size_t count, size_t size) {
  WPK_SERIALISED(void*, wpk_unlocked_calloc(count, size));
}
void* aligned_alloc(size_t align, size_t n) {
  WPK_SERIALISED(void*, wpk_unlocked_aligned_alloc(align, n));
}
void* memalign(size_t align, size_t n) {
  WPK_SERIALISED(void*, wpk_unlocked_memalign(align, n));
}
int posix_memalign(void** out, size_t align, size_t n) {
  WPK_SERIALISED(int, wpk_unlocked_posix_memalign(out, align, n));
}
void* realloc(void* p, size_t n) {
  WPK_SERIALISED(void*, wpk_unlocked_realloc(p, n));
}
#endif
