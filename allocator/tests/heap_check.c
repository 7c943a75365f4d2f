/* Consistency check of the chunk heap (tests only; it reads the allocator's internal state).
 * Invariants: in every region the chunks tile the space up to the sentinel; each chunk's
 * prev_units equals its predecessor's size; every chunk has at least the minimal size and a
 * chunk tag; no two free chunks are adjacent; the bins hold exactly the free chunks, each in the
 * bin of its size, with consistent back links; the bitmap matches the non-empty bins; every slab on
 * a class list is a chunk in use large enough for its slots. */
#include "heap_check.h"

#include "wpkmalloc-types.h"

enum {
  BAD_PREV = 1,
  BAD_SIZE = 2,
  BAD_TAG = 3,
  ADJACENT_FREE = 4,
  BAD_SENTINEL = 5,
  BIN_MISMATCH = 6,
  BAD_LINKS = 7,
  BAD_BITMAP = 8,
  BAD_SLAB = 9,
};

/* Every slab on a class list is a chunk in use that holds its slots. */
static int check_slabs(void) {
  for (unsigned c = 0; c < WPK_NCLASS; c++) {
    for (wpk_slab* s = wpk_heap.cls[c].slabs; s; s = s->next) {
      wpk_chunk* chunk = (wpk_chunk*)s - 1;
      if (chunk->tag != TAG_LARGE ||
          (size_t)s->slots * wpk_class_size(c) + 2 * WPK_UNIT > (size_t)chunk->units * WPK_UNIT)
        return BAD_SLAB;
    }
  }
  return 0;
}

static int walk(char* begin, wpk_chunk* sentinel, unsigned long* free_chunks) {
  wpk_chunk* c = (wpk_chunk*)begin;
  uint32_t prev = 0;
  int prev_free = 0;
  while (c != sentinel) {
    if ((char*)c > (char*)sentinel)
      return BAD_SIZE;
    if (c->prev_units != prev)
      return BAD_PREV;
    if (c->units < WPK_MIN_CHUNK_UNITS)
      return BAD_SIZE;
    if (c->tag != TAG_LARGE && c->tag != TAG_LARGE_FREE)
      return BAD_TAG;
    int is_free = c->tag == TAG_LARGE_FREE;
    if (is_free && prev_free)
      return ADJACENT_FREE;
    *free_chunks += (unsigned long)is_free;
    prev_free = is_free;
    prev = c->units;
    c = wpk_next_chunk(c);
  }
  if (sentinel->tag != TAG_SENTINEL || sentinel->prev_units != prev)
    return BAD_SENTINEL;
  return 0;
}

int wpk_heap_check(void) {
  unsigned long walked_free = 0;
  int err;
#if WPK_WASM
  if (!wpk_heap.top)
    return 0;
  err = walk((char*)wpk_align_up((size_t)wpk_heap_base(), WPK_UNIT), wpk_heap.top, &walked_free);
  if (err)
    return err;
#else
  unsigned n = wpk_heap.nregions < WPK_MAX_REGIONS ? wpk_heap.nregions : WPK_MAX_REGIONS;
  if (wpk_heap.nregions > WPK_MAX_REGIONS)
    return 0; /* regions past the table cannot be walked */
  wpk_lock();
  for (unsigned i = 0; i < n; i++) {
    err = walk(wpk_heap.regions[i].base, (wpk_chunk*)(wpk_heap.regions[i].end - WPK_UNIT),
               &walked_free);
    if (err) {
      wpk_unlock();
      return err;
    }
  }
#endif
  unsigned long binned = 0;
  err = 0;
  for (unsigned b = 0; b < WPK_NBINS && !err; b++) {
    wpk_chunk* prev = NULL;
    if (!!wpk_heap.bins[b] != !!(wpk_heap.binmap & ((uint64_t)1 << b)))
      err = BAD_BITMAP;
    for (wpk_chunk* c = wpk_heap.bins[b]; c && !err; c = ((wpk_links*)(c + 1))->next) {
      wpk_links* l = (wpk_links*)(c + 1);
      if (c->tag != TAG_LARGE_FREE)
        err = BIN_MISMATCH;
      else if (l->prev != prev)
        err = BAD_LINKS;
      prev = c;
      binned++;
    }
  }
  if (!err && binned != walked_free)
    err = BIN_MISMATCH;
  if (!err)
    err = check_slabs();
#if !WPK_WASM
  wpk_unlock();
#endif
  return err;
}

size_t wpk_small_class_usable(size_t n) {
  return n <= WPK_SMALL_MAX ? wpk_class_size(wpk_class_of(n)) - 1 : 0;
}
