/* wpkmalloc internal types: size classes, block tags, chunk headers, heap state, locking.
 * Not a public interface: it lives in include/ because toolchain/build-sysroot keys the sysroot on
 * the listed sources plus allocator/include/, and every source depends on this header.
 *
 * Layout invariants every file relies on:
 * - Every pointer handed out is 16-aligned (or more for the aligned family) and the byte just
 *   before it, p[-1], is its tag. The tag tells free() what the block is, in O(1), and is checked
 *   where cheap: a large chunk's header must agree with its neighbours'; natively a page-aligned
 *   pointer is first looked up (regions, and the table of direct mappings, which are known by
 *   that table alone).
 * - Small blocks (requests up to WPK_SMALL_MAX) live in slabs: slot i of a class-c slab starts
 *   at slab + 16 + i * S(c) and may use S(c) - 1 bytes; the last byte of each slot is the tag of
 *   the next slot. A free small block keeps its slot tag (with the FREE bit pattern) and stores
 *   the free-list link in its first word.
 * - Large blocks are chunks with a 16-byte header right before the payload: sizes in 16-byte
 *   units (so the tag byte at offset 15 never overlaps them), boundary tags through prev_units,
 *   no two free chunks adjacent, each region closed by a sentinel header that is never free.
 *   Slabs are large chunks too.
 * - Natively, requests of WPK_HUGE_MIN bytes and more are direct mappings (tag TAG_HUGE).
 */
#ifndef WPK_TYPES_H
#define WPK_TYPES_H

#include "wpkmalloc.h"

#include <errno.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#if defined(__wasm__) || defined(WPK_LINEAR_MEMORY_EMULATION)
#define WPK_WASM 1
/* No thread caches on wasm: the heap is single-threaded code, and libc's build serialises it
 * with one lock once the process has threads (WPK_LIBC_THREADS below). */
#define WPK_THREADS 0
#else
#define WPK_WASM 0
#define WPK_THREADS 1
#endif

/* Built into the sysroot's libc.a (musl) rather than a test or benchmark harness. */
#if defined(__wasm__) && !defined(WPK_PREFIX) && !defined(WPK_FREESTANDING)
#define WPK_IN_LIBC 1
#else
#define WPK_IN_LIBC 0
#endif

/* libc.a of the sysroot, compiled with the atomics feature: a program's threads share the heap.
 * The functions below keep their single-threaded code under the names wpk_unlocked_*, and the
 * public names (end of alloc.c and free.c) call them directly until the program creates its
 * first thread (musl's __clone sets wpk_libc_threads, src/libc_threads.c) and under one heap
 * lock from then on. Internal calls (realloc's free, memalign's aligned_alloc) use the unlocked
 * names, so the lock is taken once per public call. */
#if WPK_IN_LIBC && defined(__wasm_atomics__)
#define WPK_LIBC_THREADS 1
#else
#define WPK_LIBC_THREADS 0
#endif

#ifdef WPK_PREFIX
#define WPK_API(name) wpk_##name
#elif WPK_LIBC_THREADS
#define WPK_API(name) wpk_unlocked_##name
#else
#define WPK_API(name) name
#endif

/* The public functions, under their build's names (prefixed or standard). */
void* WPK_API(malloc)(size_t n);
void WPK_API(free)(void* p);
size_t WPK_API(malloc_usable_size)(void* p);

#define WPK_HIDDEN __attribute__((visibility("hidden")))
#define WPK_LIKELY(x) __builtin_expect(!!(x), 1)
#define WPK_UNLIKELY(x) __builtin_expect(!!(x), 0)

/* ---- wasm linear memory ----------------------------------------------------------------------
 * The heap's view of linear memory: the free part of the initial memory (the heap adopts it on
 * first use; memory grown by anyone else before that is not ours), its end, and growing it by whole
 * 64 KiB pages (returns the old end, or NULL). A native test build (WPK_LINEAR_MEMORY_EMULATION)
 * supplies these over a mapping so the wasm heap logic also runs under ASan, UBSan and valgrind. */
#if WPK_WASM
#define WPK_WASM_PAGE ((size_t)65536)
#ifdef WPK_LINEAR_MEMORY_EMULATION
char* wpk_emu_heap_base(void);
char* wpk_emu_heap_end(void);
char* wpk_emu_memory_end(void);
char* wpk_emu_memory_grow(size_t pages);
#define wpk_heap_base() wpk_emu_heap_base()
#define wpk_heap_end() wpk_emu_heap_end()
#define wpk_memory_end() wpk_emu_memory_end()
#define wpk_memory_grow(pages) wpk_emu_memory_grow(pages)
#else
extern unsigned char __heap_base, __heap_end; /* wasm-ld: the free part of the initial memory */
#define wpk_heap_base() ((char*)&__heap_base)
#define wpk_heap_end() ((char*)&__heap_end)
#define wpk_memory_end() ((char*)(__builtin_wasm_memory_size(0) * WPK_WASM_PAGE))
static inline char* wpk_memory_grow(size_t pages) {
  size_t old = __builtin_wasm_memory_grow(0, pages);
  return old == (size_t)-1 ? (char*)0 : (char*)(old * WPK_WASM_PAGE);
}
#endif
#endif

/* ---- size classes -------------------------------------------------------------------------
 * Strides 16..256 in steps of 16 (classes 0-15), then 16 classes per doubling of the stride minus
 * 16: 16 + (16..31) << k, so 272, 288, ..., 512, 528, 560, ..., 1008, 1040, ..., 7952 (classes
 * 16-95). A request of n bytes needs n + 1 bytes (tag) of a slot; the extra 16 lets the common
 * power-of-two requests (256, 512, 1024, ...) fit a slot that wastes 16 bytes, and the fine steps
 * keep the waste of other sizes near 3%. */
#define WPK_NCLASS 96
#define WPK_SMALL_MAX 7951u

static inline unsigned wpk_log2(size_t x) {
  return (unsigned)(sizeof(size_t) * 8 - 1) - (unsigned)__builtin_clzl(x);
}

static inline unsigned wpk_class_of(size_t n) { /* n <= WPK_SMALL_MAX */
  if (n < 272)
    return (unsigned)((n + 16) >> 4) - 1;
  size_t m = n - 16; /* >= 256: the class above the one whose base (16..31) << k holds m */
  unsigned e = wpk_log2(m);
  return 17 + (e - 8) * 16 + (unsigned)((m >> (e - 4)) & 15);
}

static inline size_t wpk_class_size(unsigned c) {
  if (c < 16)
    return 16 * (size_t)(c + 1);
  return 16 + ((size_t)(16 + ((c - 16) & 15)) << (4 + ((c - 16) >> 4)));
}

/* ---- tags (the byte before every pointer handed out) ----------------------------------------
 * Small blocks: TAG_SMALL + class in use (0x80-0xDF), TAG_SMALL_FREE + class on a free list
 * (0x20-0x7F); the other values mark chunks. */
#define TAG_SMALL 0x80u      /* + class: small block in use */
#define TAG_SMALL_FREE 0x20u /* + class: small block on a free list */
#define TAG_LARGE 0xE9u      /* large chunk in use */
#define TAG_LARGE_FREE 0xF6u /* large chunk on a bin list */
#define TAG_HUGE 0xE5u       /* native direct mapping */
#define TAG_SENTINEL 0xF3u   /* end of a region; never free */
#define TAG_RECLAIMED 0x00u  /* slot of a slab being reclaimed (transient, slab.c) */

static inline int wpk_tag_is_small(unsigned t) {
  return t - TAG_SMALL < WPK_NCLASS;
}

/* ---- large chunks -----------------------------------------------------------------------------
 */
typedef struct wpk_chunk {
  uint32_t prev_units; /* size of the previous chunk in this region; 0 for the first one */
  uint32_t units;      /* size of this chunk including its header, in 16-byte units */
  uint8_t pad[7];
  uint8_t tag;
} wpk_chunk;

typedef struct wpk_links { /* payload of a free chunk */
  wpk_chunk* next;
  wpk_chunk* prev;
} wpk_links;

#define WPK_UNIT 16u
#define WPK_MIN_CHUNK_UNITS 2u /* header + links */
#define WPK_NBINS 64
#define WPK_MAX_UNITS 0xFFFFFFF0u
#define WPK_MAX_ALIGN ((size_t)1 << 30) /* largest alignment served (ENOMEM above) */

static inline wpk_chunk* wpk_chunk_of(void* p) {
  return (wpk_chunk*)p - 1;
}
static inline wpk_chunk* wpk_next_chunk(wpk_chunk* c) {
  return (wpk_chunk*)((char*)c + (size_t)c->units * WPK_UNIT);
}

#if !WPK_WASM
/* Native direct mapping header, same 16 bytes before the payload. */
typedef struct wpk_huge {
  size_t map_bytes; /* length of the mapping */
  uint32_t offset;  /* payload - mapping start */
  uint8_t pad[3];
  uint8_t tag;
} wpk_huge;
_Static_assert(sizeof(wpk_huge) == 16, "huge header must be 16 bytes");
#define WPK_HUGE_MIN ((size_t)256 * 1024)
#define WPK_MAX_REGIONS 64
#endif
_Static_assert(sizeof(wpk_chunk) == 16, "chunk header must be 16 bytes");

/* ---- heap state --------------------------------------------------------------------------------
 */
typedef struct wpk_bin { /* a LIFO list of free small blocks of one class */
  void* head;
  uint32_t count; /* maintained only where a limit applies (thread caches) */
} wpk_bin;

/* The first bytes of a slab's payload, before slot 0 (whose tag is the payload's byte 15). */
typedef struct wpk_slab {
  struct wpk_slab* next; /* the class's next older slab */
  uint32_t slots;
} wpk_slab;
_Static_assert(offsetof(wpk_slab, slots) + sizeof(uint32_t) < WPK_UNIT,
               "slab header overlaps slot 0's tag");

typedef struct wpk_class {
  char* cur; /* next unused slot of the current slab */
  char* end;
  size_t bytes;    /* slot bytes of all slabs this class had, reclaimed ones too (sizes the next) */
  wpk_slab* slabs; /* newest (current) first */
#if WPK_THREADS
  wpk_bin central; /* blocks given back by thread caches */
#endif
} wpk_class;

typedef struct wpk_heap {
  wpk_class cls[WPK_NCLASS];
  wpk_chunk* bins[WPK_NBINS];
  uint64_t binmap;
#if WPK_WASM
  wpk_chunk* top;     /* sentinel at the end of linear memory we own */
  size_t slab_bytes;  /* bytes of all slab chunks */
  size_t taken_bytes; /* slab chunks carved and linear memory grown since the last reclaim pass */
#else
  struct {
    char* base;
    char* end;
  } regions[WPK_MAX_REGIONS];
  unsigned nregions;
#endif
  struct wpkmalloc_stats stats;
} wpk_heap_t;

WPK_HIDDEN extern wpk_heap_t wpk_heap;

#if WPK_THREADS
WPK_HIDDEN extern __thread wpk_bin wpk_front[WPK_NCLASS] __attribute__((tls_model("initial-exec")));
static inline uint32_t wpk_cache_limit(unsigned c) {
  return c < 48 ? 64u : 64u >> ((c - 32) >> 4); /* 64 up to 1 KiB, then 32, 16, 8 */
}
WPK_HIDDEN void wpk_lock(void);
WPK_HIDDEN void wpk_unlock(void);
#else
WPK_HIDDEN extern wpk_bin wpk_front[WPK_NCLASS];
static inline void wpk_lock(void) {}
static inline void wpk_unlock(void) {}
#endif

#if WPK_LIBC_THREADS
/* src/libc_threads.c: nonzero once the program created a thread; the heap lock (musl's). */
WPK_HIDDEN extern volatile int wpk_libc_threads;
WPK_HIDDEN void wpk_libc_lock(void);
WPK_HIDDEN void wpk_libc_unlock(void);
#endif

/* ---- functions shared between files -------------------------------------------------------- */
/* slab.c */
WPK_HIDDEN void* wpk_small_refill(unsigned c); /* a block of class c (tag set) or NULL/ENOMEM */
#if WPK_WASM
WPK_HIDDEN int wpk_reclaim_due_locked(void);   /* enough taken since the last pass for one */
WPK_HIDDEN int wpk_reclaim_slabs_locked(void); /* frees wholly idle slabs; 1 if any */
#endif
#if WPK_THREADS
WPK_HIDDEN void wpk_small_flush(unsigned c); /* the thread's bin is over its limit */
#endif
/* large.c (the *_locked functions expect the heap lock held) */
WPK_HIDDEN void* wpk_large_alloc(size_t n, size_t align);
/* A chunk in use of `units`, or of min_units or more when memory would otherwise grow. */
WPK_HIDDEN wpk_chunk* wpk_chunk_alloc_locked(uint32_t units, uint32_t min_units);
WPK_HIDDEN void wpk_chunk_release_locked(wpk_chunk* c); /* in use -> free, merged */
WPK_HIDDEN void wpk_large_free(void* p);
/* Grows or shrinks a large block: in place, into a free neighbour, at the wasm heap top, or (wasm)
 * by moving it; NULL natively when it has to move (and on failure). */
WPK_HIDDEN void* wpk_large_realloc(void* p, size_t n);
/* system.c */
WPK_HIDDEN void wpk_note_system_bytes(size_t bytes, int sign); /* stats; lock held */
#if !WPK_WASM
WPK_HIDDEN wpk_chunk* wpk_sys_region_locked(uint32_t units);
WPK_HIDDEN wpk_chunk* wpk_region_init_locked(char* base, char* end); /* large.c */
WPK_HIDDEN void* wpk_huge_alloc(size_t n, size_t align);
WPK_HIDDEN void* wpk_huge_realloc(void* p, size_t n);
/* Who owns a page-aligned pointer (the one case where reading p[-1] could fault): a region of
 * the chunk allocator, a live direct mapping, or nobody we know. Takes the lock. */
enum { WPK_OWNER_NONE, WPK_OWNER_REGION, WPK_OWNER_HUGE };
WPK_HIDDEN int wpk_page_aligned_owner(void* p);
/* free() of a page-aligned pointer: 1 when it was a direct mapping (now unmapped), 0 when it lies
 * in a region (free goes on by its tag); aborts with "invalid pointer" otherwise. */
WPK_HIDDEN int wpk_free_page_aligned(void* p);
/* Whether the bytes [first, last] lie in one listed region: 1, 0, or -1 when regions past the
 * table exist (not known). Lock held. */
WPK_HIDDEN int wpk_in_listed_region(uintptr_t first, uintptr_t last);
#endif
WPK_HIDDEN _Noreturn void wpk_fatal(const char* what, void* p);
/* free.c */
WPK_HIDDEN void wpk_free_slow(void* p, unsigned tag);
WPK_HIDDEN size_t wpk_usable(void* p);

/* Overflow-checked size product (on wasm64 this needs compiler-rt's __multi3, which the
 * sysroot links; freestanding test builds link libclang_rt.builtins). */
static inline int wpk_mul_overflow(size_t a, size_t b, size_t* out) {
  return __builtin_mul_overflow(a, b, out);
}

static inline size_t wpk_align_up(size_t x, size_t a) {
  return (x + a - 1) & ~(a - 1);
}

#endif
