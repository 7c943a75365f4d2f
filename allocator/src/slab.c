/* Small classes: slabs, refill and (natively) the per-thread caches.
 *
 * A slab of class c is a large chunk cut into slots of S(c) bytes (see wpkmalloc-types.h for the
 * layout). Slabs grow with use: a new slab holds a sixteenth of what the class already has (at
 * least 2 KiB or one slot, at most 32 KiB; less when only a smaller free chunk would spare growing
 * the heap), so a program that touches a class once pays about one stride, not a fixed
 * reservation, and the unused tail of a class's newest slab stays below about 1/16 of it. An
 * exhausted class first borrows an idle block of one of the next 16 classes. On wasm, wholly idle
 * slabs go back to the chunk allocator before linear memory grows (see reclaim_class).
 *
 * Natively each thread owns a bin per class (wpk_front, initial-exec TLS). An empty bin is
 * refilled under the heap lock with up to half its limit: first from the class's central list
 * (blocks other threads gave back), then from the slab. A bin over its limit gives half back.
 * A thread's bins go back to the central lists when it exits. On wasm the front bins are the only
 * lists and refill is a bump in the current slab.
 */
#include "wpkmalloc-types.h"

#define SLAB_FIRST_BYTES 2048u
#define SLAB_MAX_BYTES (32u * 1024u)
#define BORROW_CLASSES 16u

wpk_heap_t wpk_heap;

#if WPK_THREADS
#include <pthread.h>

/* A thread's bins start (and end, once given back) with a count above every limit, so its first
 * free takes the flush path and registers the thread-exit hook even if it never allocates. */
#define UNREGISTERED_COUNT 0x40000000u
__extension__ __thread wpk_bin wpk_front[WPK_NCLASS] __attribute__((tls_model("initial-exec"))) = {
    [0 ... WPK_NCLASS - 1] = {NULL, UNREGISTERED_COUNT}};
/* 0 until the thread-exit hook is registered, 1 after, -1 once it ran: the thread is exiting, and
 * what later destructors (and libc's own thread cleanup) free goes straight to the central lists,
 * since nothing would give a cache back any more. */
static __thread int cache_registered __attribute__((tls_model("initial-exec")));
static pthread_key_t cache_key;
static pthread_once_t cache_key_once = PTHREAD_ONCE_INIT;
#else
wpk_bin wpk_front[WPK_NCLASS];
#endif

/* Starts a new slab for class c; the heap lock is held. */
static int new_slab(unsigned c, size_t stride) {
  wpk_class* k = &wpk_heap.cls[c];
  size_t target = k->bytes / 16; /* the unused tail of the newest slab stays below ~1/16 */
  if (target < SLAB_FIRST_BYTES)
    target = SLAB_FIRST_BYTES;
  if (target > SLAB_MAX_BYTES)
    target = SLAB_MAX_BYTES;
  size_t slots = target / stride;
  if (slots == 0)
    slots = 1;
  size_t min_slots = SLAB_FIRST_BYTES / stride;
  if (min_slots == 0 || min_slots > slots)
    min_slots = slots;
  /* chunk header + 16 bytes (the slab header; the last one is slot 0's tag) + the slots; a
   * smaller slab (down to min_slots) when free chunks would not hold this one */
  wpk_chunk* chunk = wpk_chunk_alloc_locked((uint32_t)(slots * stride / WPK_UNIT + 2),
                                            (uint32_t)(min_slots * stride / WPK_UNIT + 2));
  if (!chunk)
    return 0;
  slots = ((size_t)chunk->units - 2) * WPK_UNIT / stride;
  wpk_slab* slab = (wpk_slab*)(chunk + 1);
  slab->next = k->slabs;
  slab->slots = (uint32_t)slots;
  k->slabs = slab;
  k->cur = (char*)slab + WPK_UNIT;
  k->end = k->cur + slots * stride;
  k->bytes += slots * stride;
  wpk_heap.stats.slabs++;
#if WPK_WASM
  wpk_heap.slab_bytes += (size_t)chunk->units * WPK_UNIT;
  wpk_heap.taken_bytes += (size_t)chunk->units * WPK_UNIT;
#endif
  return 1;
}

#if WPK_WASM
/* Slab reclamation (wasm, where one thread owns every free list): a slab whose carved slots all
 * carry the FREE tag holds no live block, so its blocks leave the class list and the chunk goes
 * back to the chunk allocator, where any class or large block can reuse it. Runs only when the
 * chunk allocator would otherwise grow linear memory, and only once the slabs carved and the memory
 * grown since the last pass add up to an eighth of the slab memory, so the passes cost O(heap) in
 * total as the heap grows (growth counts too: a program done with small blocks that goes on with
 * large ones gets their memory back), or when linear memory cannot grow at all. A pass stops
 * scanning a slab at its first live slot. A class keeps sizing its slabs by all it ever had, so
 * one that comes back after a reclamation gets large slabs again at once. */
static int reclaim_class(unsigned c) {
  wpk_class* k = &wpk_heap.cls[c];
  size_t stride = wpk_class_size(c);
  wpk_slab* idle = NULL;
  wpk_slab* current = k->cur ? k->slabs : NULL; /* none since its own reclamation */
  for (wpk_slab** link = &k->slabs; *link;) {
    wpk_slab* slab = *link;
    char* first = (char*)slab + WPK_UNIT;
    char* end = slab == current ? k->cur : first + (size_t)slab->slots * stride;
    char* p = first;
    while (p < end && (unsigned char)p[-1] == (TAG_SMALL_FREE + c))
      p += stride;
    if (p < end) {
      link = &slab->next;
      continue;
    }
    for (p = first; p < end; p += stride)
      p[-1] = (char)TAG_RECLAIMED;
    if (slab == current) /* the next slab is full: the class needs a new one */
      k->cur = k->end = NULL;
    *link = slab->next;
    slab->next = idle;
    idle = slab;
  }
  if (!idle)
    return 0;
  /* Drop the reclaimed slots from the class list before the chunks are reused. */
  void** link = &wpk_front[c].head;
  while (*link) {
    unsigned char* p = *link;
    if (p[-1] == TAG_RECLAIMED)
      *link = *(void**)p;
    else
      link = (void**)p;
  }
  while (idle) {
    wpk_slab* next = idle->next;
    wpk_chunk* chunk = (wpk_chunk*)idle - 1;
    wpk_heap.slab_bytes -= (size_t)chunk->units * WPK_UNIT;
    wpk_chunk_release_locked(chunk);
    idle = next;
  }
  return 1;
}

int wpk_reclaim_due_locked(void) {
  return wpk_heap.slab_bytes && wpk_heap.taken_bytes &&
         wpk_heap.taken_bytes * 8 >= wpk_heap.slab_bytes;
}

int wpk_reclaim_slabs_locked(void) {
  wpk_heap.taken_bytes = 0;
  int any = 0;
  for (unsigned c = 0; c < WPK_NCLASS; c++)
    any |= reclaim_class(c);
  return any;
}
#endif

#if WPK_THREADS
/* Puts the list head..tail (n blocks) of class c on the class's central list. */
static void splice_to_central(unsigned c, void* head, void* tail, uint32_t n) {
  wpk_lock();
  wpk_class* k = &wpk_heap.cls[c];
  *(void**)tail = k->central.head;
  k->central.head = head;
  k->central.count += n;
  wpk_unlock();
}

/* Moves this thread's whole bin of class c to the class's central list; its count is left to the
 * caller. */
static void give_back_bin(unsigned c) {
  wpk_bin* b = &wpk_front[c];
  if (!b->head)
    return;
  uint32_t n = 1;
  void* tail = b->head;
  for (; *(void**)tail; n++)
    tail = *(void**)tail;
  splice_to_central(c, b->head, tail, n);
  b->head = NULL;
}

/* The thread-exit hook. Every later free takes the flush path (the count is above every limit). */
static void give_back_all(void* unused) {
  (void)unused;
  for (unsigned c = 0; c < WPK_NCLASS; c++) {
    give_back_bin(c);
    wpk_front[c].count = UNREGISTERED_COUNT;
  }
  cache_registered = -1;
}

static void make_cache_key(void) {
  pthread_key_create(&cache_key, give_back_all);
}

/* Arranges for give_back_all at thread exit. Called outside the lock: pthread functions may
 * allocate, and that allocation must not find the lock taken. */
static void register_cache(void) {
  cache_registered = 1;
  for (unsigned c = 0; c < WPK_NCLASS; c++) { /* real counts in place of UNREGISTERED_COUNT */
    uint32_t n = 0;
    for (void* p = wpk_front[c].head; p; p = *(void**)p)
      n++;
    wpk_front[c].count = n;
  }
  pthread_once(&cache_key_once, make_cache_key);
  pthread_setspecific(cache_key, (void*)1);
}

void wpk_small_flush(unsigned c) {
  wpk_bin* b = &wpk_front[c];
  if (WPK_UNLIKELY(cache_registered <= 0)) {
    if (cache_registered < 0) { /* exiting: keep nothing */
      give_back_bin(c);
      b->count = UNREGISTERED_COUNT;
      return;
    }
    register_cache(); /* this thread's first free */
    if (b->count <= wpk_cache_limit(c))
      return;
  }
  uint32_t keep = wpk_cache_limit(c) / 2;
  void* last = b->head;
  for (uint32_t i = 1; i < keep; i++)
    last = *(void**)last;
  void* rest = *(void**)last;
  *(void**)last = NULL;
  uint32_t moved = b->count - keep;
  b->count = keep;
  void* tail = rest;
  while (*(void**)tail)
    tail = *(void**)tail;
  splice_to_central(c, rest, tail, moved);
}
#endif

void* wpk_small_refill(unsigned c) {
  size_t stride = wpk_class_size(c);
  unsigned char* p;
#if WPK_THREADS
  if (WPK_UNLIKELY(!cache_registered))
    register_cache();
  wpk_bin* b = &wpk_front[c];
  uint32_t want = cache_registered > 0 ? wpk_cache_limit(c) / 2 : 1; /* exiting: just this one */
#endif
  wpk_lock();
  wpk_class* k = &wpk_heap.cls[c];
#if WPK_THREADS
  while (want && k->central.head) {
    p = k->central.head;
    k->central.head = *(void**)p;
    k->central.count--;
    *(void**)p = b->head;
    b->head = p;
    b->count++;
    want--;
  }
  while (want && (size_t)(k->end - k->cur) >= stride) {
    p = (unsigned char*)k->cur;
    k->cur += stride;
    p[-1] = (unsigned char)(TAG_SMALL_FREE + c);
    *(void**)p = b->head;
    b->head = p;
    b->count++;
    want--;
  }
  if (b->head) {
    wpk_unlock();
    p = b->head;
    b->head = *(void**)p;
    b->count--;
    p[-1] = (unsigned char)(TAG_SMALL + c);
    return p;
  }
#endif
  if ((size_t)(k->end - k->cur) < stride) {
    /* Before growing the class, borrow an idle block of one of the next larger classes: it
     * keeps its own class in its tag, so free() gives it back there. Per-class populations
     * fluctuate; this lets their idle blocks absorb each other's peaks. */
    for (unsigned d = c + 1; d < c + 1 + BORROW_CLASSES && d < WPK_NCLASS; d++) {
#if WPK_THREADS
      wpk_bin* other = &wpk_heap.cls[d].central;
#else
      wpk_bin* other = &wpk_front[d];
#endif
      if (other->head) {
        p = other->head;
        other->head = *(void**)p;
        other->count--;
        wpk_unlock();
        p[-1] = (unsigned char)(TAG_SMALL + d);
        return p;
      }
    }
  }
  if ((size_t)(k->end - k->cur) < stride && !new_slab(c, stride)) {
    wpk_unlock();
    errno = ENOMEM;
    return NULL;
  }
  p = (unsigned char*)k->cur;
  k->cur += stride;
  wpk_unlock();
  p[-1] = (unsigned char)(TAG_SMALL + c);
  return p;
}
