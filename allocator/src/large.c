/* Large blocks: a boundary-tag chunk allocator with segregated bins.
 *
 * Chunks (wpkmalloc-types.h) carry their own size and their predecessor's, so a freed chunk merges
 * with free neighbours in O(1) and no two free chunks are ever adjacent. Free chunks sit in 64
 * bins: exact sizes below 32 units (512 bytes), then 4 bins per doubling, the last bin holding
 * everything from 128 KiB up. A bitmap of non-empty bins finds the smallest bin that must fit.
 * When nothing fits, the system layer adds memory (wasm: grows linear memory at the top, merged
 * with a free last chunk, so the heap grows by what is missing, not by a fixed reservation;
 * natively: a new region). Slabs for small classes are chunks of this allocator too.
 */
#include "wpkmalloc-types.h"

static inline wpk_links* links(wpk_chunk* c) {
  return (wpk_links*)(c + 1);
}

static unsigned bin_of(uint32_t units) {
  if (units < 32)
    return units;
  unsigned e = 31u - (unsigned)__builtin_clz(units);
  unsigned b = 32 + (e - 5) * 4 + ((units >> (e - 2)) & 3u);
  return b < WPK_NBINS - 1 ? b : WPK_NBINS - 1;
}

static void bin_insert(wpk_chunk* c) {
  unsigned b = bin_of(c->units);
  wpk_chunk* head = wpk_heap.bins[b];
  c->tag = TAG_LARGE_FREE;
  links(c)->next = head;
  links(c)->prev = NULL;
  if (head)
    links(head)->prev = c;
  wpk_heap.bins[b] = c;
  wpk_heap.binmap |= (uint64_t)1 << b;
}

static void bin_remove(wpk_chunk* c) {
  wpk_links* l = links(c);
  if (l->prev) {
    links(l->prev)->next = l->next;
  } else {
    unsigned b = bin_of(c->units);
    wpk_heap.bins[b] = l->next;
    if (!l->next)
      wpk_heap.binmap &= ~((uint64_t)1 << b);
  }
  if (l->next)
    links(l->next)->prev = l->prev;
}

/* Returns chunk c (not in a bin) to the free state, merging with free neighbours. */
static void release(wpk_chunk* c) {
  wpk_chunk* next = wpk_next_chunk(c);
  if (next->tag == TAG_LARGE_FREE) {
    bin_remove(next);
    c->units += next->units;
  }
  if (c->prev_units) {
    wpk_chunk* prev = (wpk_chunk*)((char*)c - (size_t)c->prev_units * WPK_UNIT);
    if (prev->tag == TAG_LARGE_FREE) {
      bin_remove(prev);
      prev->units += c->units;
      c->tag = TAG_LARGE_FREE; /* its stale header now reads as freed: a second free is caught */
      c = prev;
    }
  }
  wpk_next_chunk(c)->prev_units = c->units;
  bin_insert(c);
}

/* Cuts chunk c (in use) down to `units` (if larger), releasing the tail when it can form a
 * chunk. */
static void trim(wpk_chunk* c, uint32_t units) {
  if (units >= c->units || c->units - units < WPK_MIN_CHUNK_UNITS)
    return;
  wpk_chunk* tail = (wpk_chunk*)((char*)c + (size_t)units * WPK_UNIT);
  tail->units = c->units - units;
  tail->prev_units = units;
  c->units = units;
  release(tail);
}

#if WPK_WASM
/* Adds [begin, end) (16-aligned, end - begin >= 32) at the top of the heap and returns it as
 * one free chunk, merged with a free last chunk; not in a bin. */
static wpk_chunk* heap_extend(char* begin, char* end) {
  wpk_chunk* c;
  wpk_chunk* top = wpk_heap.top;
  if (top && (char*)top + WPK_UNIT == begin) { /* contiguous: the old sentinel becomes space */
    c = top;
  } else { /* first region, or memory someone else grew sits in between */
    c = (wpk_chunk*)begin;
    c->prev_units = 0;
  }
  c->units = (uint32_t)((size_t)(end - WPK_UNIT - (char*)c) / WPK_UNIT);
  if (c->prev_units) {
    wpk_chunk* prev = (wpk_chunk*)((char*)c - (size_t)c->prev_units * WPK_UNIT);
    if (prev->tag == TAG_LARGE_FREE) {
      bin_remove(prev);
      prev->units += c->units;
      c = prev;
    }
  }
  c->tag = TAG_LARGE_FREE;
  top = wpk_next_chunk(c);
  top->prev_units = c->units;
  top->units = 0;
  top->tag = TAG_SENTINEL;
  wpk_heap.top = top;
  return c;
}

/* Returns a free chunk (not in a bin) of at least `units` at the top of the heap, growing linear
 * memory by just the pages missing (a free last chunk counts towards the request). */
static wpk_chunk* grow_heap(uint32_t units) {
  size_t need = (size_t)units * WPK_UNIT;
  char* end = wpk_memory_end();
  if (!wpk_heap.top) { /* first use: adopt the rest of the initial memory */
    char* begin = (char*)wpk_align_up((size_t)wpk_heap_base(), WPK_UNIT);
    char* initial_end = (char*)((size_t)wpk_heap_end() & ~(size_t)(WPK_UNIT - 1));
    if (initial_end >= begin + 4 * WPK_UNIT) {
      wpk_note_system_bytes((size_t)(initial_end - begin), 1);
      wpk_chunk* c = heap_extend(begin, initial_end);
      if (c->units >= units)
        return c;
      bin_insert(c);
    }
  }
  wpk_chunk* top = wpk_heap.top;
  size_t missing = need + 2 * WPK_UNIT; /* a new region needs its header and sentinel */
  if (top && (char*)top + WPK_UNIT == end) {
    wpk_chunk* last = (wpk_chunk*)((char*)top - (size_t)top->prev_units * WPK_UNIT);
    size_t avail =
        top->prev_units && last->tag == TAG_LARGE_FREE ? (size_t)last->units * WPK_UNIT : 0;
    missing = need > avail ? need - avail : WPK_UNIT;
  }
  size_t pages = missing / WPK_WASM_PAGE + (missing % WPK_WASM_PAGE != 0); /* no wrap near 4 GiB */
  char* begin = wpk_memory_grow(pages);
  if (!begin)
    return NULL;
  wpk_note_system_bytes(pages * WPK_WASM_PAGE, 1);
  wpk_heap.taken_bytes += pages * WPK_WASM_PAGE;
  wpk_chunk* c = heap_extend(begin, begin + pages * WPK_WASM_PAGE);
  if (c->units >= units)
    return c;
  bin_insert(c); /* someone else grew memory in between and this region is too small */
  return NULL;
}
#else
/* Sets up a fresh region [base, end) as one free chunk plus an end sentinel; not in a bin. */
wpk_chunk* wpk_region_init_locked(char* base, char* end) {
  wpk_chunk* c = (wpk_chunk*)base;
  c->prev_units = 0;
  c->units = (uint32_t)((size_t)(end - WPK_UNIT - base) / WPK_UNIT);
  c->tag = TAG_LARGE_FREE;
  wpk_chunk* s = wpk_next_chunk(c);
  s->prev_units = c->units;
  s->units = 0;
  s->tag = TAG_SENTINEL;
  return c;
}
#endif

static wpk_chunk* find_fit(uint32_t units) {
  unsigned b = bin_of(units);
  if (b >= 32) { /* sizes in this bin vary: first fit */
    for (wpk_chunk* c = wpk_heap.bins[b]; c; c = links(c)->next)
      if (c->units >= units)
        return c;
    b++;
  }
  uint64_t map = b < WPK_NBINS ? wpk_heap.binmap >> b : 0;
  if (!map)
    return NULL;
  b += (unsigned)__builtin_ctzll(map);
  wpk_chunk* c = wpk_heap.bins[b];
  if (b == WPK_NBINS - 1)
    while (c && c->units < units)
      c = links(c)->next;
  return c;
}

void wpk_chunk_release_locked(wpk_chunk* c) {
  release(c);
}

/* A free chunk of at least min_units (trimmed to at most `units`) from the bins; NULL if none. */
static wpk_chunk* take_fit(uint32_t units, uint32_t min_units) {
  wpk_chunk* c = find_fit(units);
  if (!c && min_units < units)
    c = find_fit(min_units);
  if (c)
    bin_remove(c);
  return c;
}

/* A chunk in use of `units` (or down to min_units from the bins); when nothing fits, memory grows
 * by grow_units (wasm: at the top) or a region is mapped (natively). */
static wpk_chunk* chunk_alloc(uint32_t units, uint32_t min_units, uint32_t grow_units) {
  wpk_chunk* c = take_fit(units, min_units);
#if WPK_WASM
  /* Before linear memory grows (it never shrinks), give wholly idle slabs back and retry. */
  int reclaimed = 0;
  if (!c && wpk_reclaim_due_locked()) {
    reclaimed = 1;
    if (wpk_reclaim_slabs_locked())
      c = take_fit(units, min_units);
  }
#endif
  if (!c) {
#if WPK_WASM
    c = grow_heap(grow_units);
    /* Out of memory: every idle slab, whatever the pass costs (unless one just ran). */
    if (!c && !reclaimed && wpk_reclaim_slabs_locked())
      c = take_fit(units, min_units);
#else
    c = wpk_sys_region_locked(grow_units);
#endif
    if (!c)
      return NULL;
  }
  c->tag = TAG_LARGE;
  trim(c, units);
  return c;
}

wpk_chunk* wpk_chunk_alloc_locked(uint32_t units, uint32_t min_units) {
  return chunk_alloc(units, min_units, units);
}

static int units_for(size_t n, uint32_t* units) {
  /* Limit in 64 bits (on wasm32 the product would wrap); keep n + header, and on wasm32 the
   * bytes and pages grow_heap computes from it, from wrapping. */
  if ((uint64_t)n > (uint64_t)(WPK_MAX_UNITS - 1) * WPK_UNIT - WPK_UNIT ||
      n > SIZE_MAX - 2 * (size_t)65536) /* two wasm pages */
    return 0;
  *units = (uint32_t)((n + sizeof(wpk_chunk) + WPK_UNIT - 1) / WPK_UNIT);
  if (*units < WPK_MIN_CHUNK_UNITS) /* a free chunk must hold its bin links */
    *units = WPK_MIN_CHUNK_UNITS;
  return 1;
}

void* wpk_large_alloc(size_t n, size_t align) {
#if !WPK_WASM
  if (n >= WPK_HUGE_MIN)
    return wpk_huge_alloc(n, align);
#endif
  uint32_t units, padded;
  /* For an alignment above 16, room for a gap of at least one minimal chunk before the block. */
  size_t extra = align > WPK_UNIT ? align + WPK_MIN_CHUNK_UNITS * WPK_UNIT : 0;
  if (!units_for(n, &units) || n + extra < n || !units_for(n + extra, &padded)) {
    errno = ENOMEM;
    return NULL;
  }
  wpk_lock();
  wpk_chunk* c = wpk_chunk_alloc_locked(padded, padded);
  if (!c) {
    wpk_unlock();
    errno = ENOMEM;
    return NULL;
  }
  if (extra) {
    uintptr_t p = (uintptr_t)(c + 1);
    uintptr_t a = wpk_align_up(p, align);
    if (a != p && a - p < WPK_MIN_CHUNK_UNITS * WPK_UNIT)
      a = wpk_align_up(p + WPK_MIN_CHUNK_UNITS * WPK_UNIT, align);
    if (a != p) { /* split off the gap before the aligned block and free it */
      uint32_t gap = (uint32_t)((a - p) / WPK_UNIT);
      wpk_chunk* b = wpk_chunk_of((void*)a);
      b->units = c->units - gap;
      b->prev_units = gap;
      b->tag = TAG_LARGE;
      c->units = gap;
      wpk_next_chunk(b)->prev_units = b->units;
      release(c);
      c = b;
    }
    trim(c, units);
  }
  wpk_unlock();
  return c + 1;
}

/* The chunk of the block p whose tag reads TAG_LARGE, once its header agrees with its neighbours'
 * (they link back to it and it lies in our memory): a pointer into the middle of a block whose
 * previous byte happens to hold TAG_LARGE is reported instead of corrupting the heap. Lock held,
 * since other threads change free neighbours. */
static wpk_chunk* checked_chunk(void* p, const char* what) {
  wpk_chunk* c = wpk_chunk_of(p);
  /* Addresses as integers: on wasm32 a chunk may end at 4 GiB, where the end of memory wraps to 0
   * (so the last header must start at most 16 bytes below it, modulo 2^32). */
  uintptr_t at = (uintptr_t)c;
  uintptr_t low = at - (uintptr_t)c->prev_units * WPK_UNIT;
  uintptr_t next = at + (uintptr_t)c->units * WPK_UNIT;
  int inside;
#if WPK_WASM
  inside = low >= (uintptr_t)wpk_heap_base() && low <= at && next > at &&
           next <= (uintptr_t)wpk_memory_end() - WPK_UNIT;
#else /* regions past the table are not checked */
  inside = low <= at && next > at && wpk_in_listed_region(low, next + WPK_UNIT - 1) != 0;
#endif
  if (!inside || c->units < WPK_MIN_CHUNK_UNITS || wpk_next_chunk(c)->prev_units != c->units ||
      (c->prev_units && ((wpk_chunk*)low)->units != c->prev_units))
    wpk_fatal(what, p);
  return c;
}

void wpk_large_free(void* p) {
  wpk_lock();
  release(checked_chunk(p, "free(): invalid pointer"));
  wpk_unlock();
}

/* Grows chunk c (in use) into its free predecessor (and free successor) when together they
 * hold `units`: the data moves down with memmove. Returns the new chunk or NULL. This reuses the
 * hole a moved block left behind, as when several buffers grow in turn. Lock held. */
static wpk_chunk* grow_backwards(wpk_chunk* c, uint32_t units) {
  if (!c->prev_units)
    return NULL;
  wpk_chunk* prev = (wpk_chunk*)((char*)c - (size_t)c->prev_units * WPK_UNIT);
  wpk_chunk* next = wpk_next_chunk(c);
  uint64_t after = next->tag == TAG_LARGE_FREE ? next->units : 0;
  if (prev->tag != TAG_LARGE_FREE || (uint64_t)prev->units + c->units + after < units)
    return NULL;
  size_t payload = (size_t)c->units * WPK_UNIT - sizeof(wpk_chunk);
  bin_remove(prev);
  if (after)
    bin_remove(next);
  prev->units += c->units + (uint32_t)after;
  prev->tag = TAG_LARGE;
  wpk_next_chunk(prev)->prev_units = prev->units;
  memmove(prev + 1, c + 1, payload); /* the sysroot's memmove is one memory.copy */
  return prev;
}

void* wpk_large_realloc(void* p, size_t n) {
  uint32_t need;
  if (!units_for(n, &need))
    return NULL;
  wpk_lock();
  wpk_chunk* c = checked_chunk(p, "realloc(): invalid pointer");
  wpk_chunk* next = wpk_next_chunk(c);
  uint32_t after = next->tag == TAG_LARGE_FREE ? next->units : 0;
  if ((uint64_t)c->units + after >= need) { /* in place, into the free successor if need be */
    if (c->units < need) {
      bin_remove(next);
      c->units += after;
      wpk_next_chunk(c)->prev_units = c->units;
    }
    trim(c, need);
    wpk_unlock();
    return p;
  }
  wpk_chunk* moved = grow_backwards(c, need);
  if (moved) {
    trim(moved, need);
    wpk_unlock();
    return moved + 1;
  }
#if WPK_WASM
  /* The block is the last one (or followed by the last free chunk): grow memory under it. */
  if ((after ? wpk_next_chunk(next) : next) == wpk_heap.top) {
    wpk_chunk* grown = grow_heap(need - c->units);
    if (grown == next) { /* merged with the free successor, if any */
      c->units += grown->units;
      wpk_next_chunk(c)->prev_units = c->units;
      trim(c, need);
      wpk_unlock();
      return p;
    }
    if (grown) /* not contiguous after all (someone else grew memory): keep it for later */
      bin_insert(grown);
  }
#endif
#if WPK_WASM
  /* Move it (wasm: here, so that the reclaim pass and the growth see the exact need). */
  moved = chunk_alloc(need, need, need);
  if (moved) {
    memcpy(moved + 1, p, (size_t)c->units * WPK_UNIT - sizeof(wpk_chunk));
    release(c);
  }
  wpk_unlock();
  return moved ? moved + 1 : NULL;
#else
  wpk_unlock();
  return NULL; /* realloc moves it (natively perhaps into a direct mapping) */
#endif
}
