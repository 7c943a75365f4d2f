/* The system layer: where memory comes from, the heap lock, fatal errors, statistics.
 *
 * wasm: memory.grow (called from large.c, which owns the heap's top); no mmap, no lock.
 * native: regions from mmap, sized with the heap (1 MiB doubling every second region up to
 * 64 MiB, or the request); requests from WPK_HUGE_MIN up are their own mappings, resized with
 * mremap. A mapping's payload starts a page (its header ends the page before), and a table of the
 * live ones answers free's page-start check: a second free of an unmapped block, or a pointer
 * after a guard page, is reported instead of faulting on the byte before it. One mutex guards the
 * shared heap (thread caches keep it off the hot paths); fork handlers keep it consistent in the
 * child.
 */
#define _GNU_SOURCE 1 /* mremap */
#include "wpkmalloc-types.h"

void wpk_note_system_bytes(size_t add, int sign) {
  struct wpkmalloc_stats* s = &wpk_heap.stats;
  if (sign > 0)
    s->system_bytes += add;
  else
    s->system_bytes -= add;
  if (s->system_bytes > s->peak_system_bytes)
    s->peak_system_bytes = s->system_bytes;
}

#if WPK_WASM

#ifdef WPK_FREESTANDING
/* Test and benchmark harness without a libc: the host prints the message, then we trap. */
__attribute__((import_module("env"), import_name("wpk_fatal"))) void
wpk_host_fatal(const char* what, void* p);
_Noreturn void wpk_fatal(const char* what, void* p) {
  wpk_host_fatal(what, p);
  __builtin_trap();
}
#else
#include <stdlib.h>
#include <unistd.h>
_Noreturn void wpk_fatal(const char* what, void* p) {
  (void)p;
  (void)!write(2, "wpkmalloc: ", 11);
  (void)!write(2, what, strlen(what));
  (void)!write(2, "\n", 1);
  abort();
}
#endif

#else /* native */

#include <pthread.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <unistd.h>

static pthread_mutex_t heap_mutex = PTHREAD_MUTEX_INITIALIZER;
static int fork_handlers_state; /* 0 none, 1 registering, 2 registered */

/* fork runs the prepare handlers registered before ours after ours, in the forking thread, with
 * the heap locked; they may allocate (glibc's malloc allows it), so that thread does not take the
 * lock again until fork is done. Other threads wait for it as usual. */
static pthread_t forking_thread;
static int forking; /* 1 from fork_prepare until fork_parent or fork_child */

static void fork_prepare(void) {
  pthread_mutex_lock(&heap_mutex);
  forking_thread = pthread_self();
  __atomic_store_n(&forking, 1, __ATOMIC_RELEASE);
}
static void fork_parent(void) {
  __atomic_store_n(&forking, 0, __ATOMIC_RELAXED);
  pthread_mutex_unlock(&heap_mutex);
}
static void fork_child(void) {
  __atomic_store_n(&forking, 0, __ATOMIC_RELAXED);
  pthread_mutex_init(&heap_mutex, NULL);
}

static int holds_the_lock_for_fork(void) {
  return __atomic_load_n(&forking, __ATOMIC_ACQUIRE) &&
         pthread_equal(forking_thread, pthread_self());
}

/* pthread_atfork may allocate: register before taking the lock, once. */
static void register_fork_handlers(void) {
  int expected = 0;
  if (__atomic_compare_exchange_n(&fork_handlers_state, &expected, 1, 0, __ATOMIC_ACQ_REL,
                                  __ATOMIC_ACQUIRE)) {
    pthread_atfork(fork_prepare, fork_parent, fork_child);
    __atomic_store_n(&fork_handlers_state, 2, __ATOMIC_RELEASE);
  }
}

/* Registered when the library loads rather than at the first lock, which could come from a
 * prepare handler while fork holds the handler list's lock. */
__attribute__((constructor(101))) static void register_fork_handlers_at_load(void) {
  register_fork_handlers();
}

void wpk_lock(void) {
  if (WPK_UNLIKELY(__atomic_load_n(&fork_handlers_state, __ATOMIC_ACQUIRE) == 0))
    register_fork_handlers(); /* an allocation from a constructor that ran before ours */
  if (WPK_UNLIKELY(holds_the_lock_for_fork()))
    return;
  pthread_mutex_lock(&heap_mutex);
}

void wpk_unlock(void) {
  if (WPK_UNLIKELY(holds_the_lock_for_fork()))
    return;
  pthread_mutex_unlock(&heap_mutex);
}

static size_t page_size(void) {
  static size_t cached;
  if (!cached)
    cached = (size_t)sysconf(_SC_PAGESIZE);
  return cached;
}

static void* map(size_t bytes) {
  void* p = mmap(NULL, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  return p == MAP_FAILED ? NULL : p;
}

wpk_chunk* wpk_sys_region_locked(uint32_t units) {
  unsigned k = wpk_heap.nregions;
  size_t want = (size_t)1 << (20 + (k / 2 < 6 ? k / 2 : 6));
  size_t need = wpk_align_up((size_t)units * WPK_UNIT + 2 * WPK_UNIT, page_size());
  size_t bytes = need > want ? need : want;
  char* base = map(bytes);
  if (!base)
    return NULL;
  if (k < WPK_MAX_REGIONS) {
    wpk_heap.regions[k].base = base;
    wpk_heap.regions[k].end = base + bytes;
  }
  wpk_heap.nregions = k + 1;
  wpk_note_system_bytes(bytes, 1);
  return wpk_region_init_locked(base, base + bytes);
}

/* Live direct mappings by payload address: an open-addressing set (linear probing, deletion by
 * shifting the probe run back) in a mapping of its own, at most half full. A page-aligned pointer
 * is a direct mapping exactly when it is in here, so free never reads the header of a mapping
 * that is gone or was never ours. Lock held for all three. */
static uintptr_t* huge_set;
static size_t huge_set_capacity; /* a power of two, or 0 */

static size_t huge_slot(uintptr_t p) {
  return (size_t)(((uint64_t)(p >> 12) * 0x9E3779B97F4A7C15ull) >> 32) & (huge_set_capacity - 1);
}

/* Puts p in a free slot; the table has one (it is at most half full). */
static void huge_set_place(uintptr_t p) {
  size_t i = huge_slot(p);
  while (huge_set[i])
    i = (i + 1) & (huge_set_capacity - 1);
  huge_set[i] = p;
}

static int huge_set_insert(uintptr_t p) {
  if ((wpk_heap.stats.huge_maps + 1) * 2 > huge_set_capacity) {
    size_t capacity = huge_set_capacity ? 2 * huge_set_capacity : 256;
    uintptr_t* table = map(capacity * sizeof(uintptr_t));
    if (!table)
      return 0;
    uintptr_t* old = huge_set;
    size_t old_capacity = huge_set_capacity;
    huge_set = table;
    huge_set_capacity = capacity;
    for (size_t i = 0; i < old_capacity; i++)
      if (old[i])
        huge_set_place(old[i]);
    if (old)
      munmap(old, old_capacity * sizeof(uintptr_t));
  }
  huge_set_place(p);
  return 1;
}

static size_t huge_set_find(uintptr_t p) { /* its slot, or huge_set_capacity */
  if (!huge_set_capacity)
    return 0;
  for (size_t i = huge_slot(p); huge_set[i]; i = (i + 1) & (huge_set_capacity - 1))
    if (huge_set[i] == p)
      return i;
  return huge_set_capacity;
}

static int huge_set_remove(uintptr_t p) {
  size_t mask = huge_set_capacity - 1, hole = huge_set_find(p);
  if (hole == huge_set_capacity)
    return 0;
  huge_set[hole] = 0;
  /* Move back every later entry of the run whose home slot does not lie in (hole, its slot]. */
  for (size_t i = (hole + 1) & mask; huge_set[i]; i = (i + 1) & mask) {
    size_t home = huge_slot(huge_set[i]);
    if (((i - home) & mask) >= ((i - hole) & mask)) {
      huge_set[hole] = huge_set[i];
      huge_set[i] = 0;
      hole = i;
    }
  }
  return 1;
}

int wpk_in_listed_region(uintptr_t first, uintptr_t last) {
  unsigned n = wpk_heap.nregions < WPK_MAX_REGIONS ? wpk_heap.nregions : WPK_MAX_REGIONS;
  for (unsigned i = 0; i < n; i++)
    if (first >= (uintptr_t)wpk_heap.regions[i].base && first <= last &&
        last < (uintptr_t)wpk_heap.regions[i].end)
      return 1;
  return wpk_heap.nregions > WPK_MAX_REGIONS ? -1 : 0;
}

/* For regions past the table: whether the kernel has p - 1 mapped. */
static int maps_the_byte_before(char* p) {
  unsigned char vec;
  char* page = (char*)((uintptr_t)(p - 1) & ~(uintptr_t)(page_size() - 1));
  return mincore(page, 1, &vec) == 0;
}

/* Who owns page-aligned p: a listed region, a live direct mapping, or (regions past the table)
 * whatever mapping holds the byte before it. With `unlist`, a direct mapping found is also taken
 * out of the table under the same lock, so of two racing frees only one finds it. */
static int page_aligned_owner(char* p, int unlist) {
  wpk_lock();
  int in_region = wpk_in_listed_region((uintptr_t)(p - 1), (uintptr_t)(p - 1));
  int huge = 0;
  if (in_region != 1) {
    huge =
        unlist ? huge_set_remove((uintptr_t)p) : huge_set_find((uintptr_t)p) != huge_set_capacity;
    if (huge && unlist) {
      wpk_heap.stats.huge_maps--;
      wpk_note_system_bytes(((wpk_huge*)p - 1)->map_bytes, -1);
    }
  }
  wpk_unlock();
  if (huge)
    return WPK_OWNER_HUGE;
  if (in_region == 1 || (in_region < 0 && maps_the_byte_before(p)))
    return WPK_OWNER_REGION;
  return WPK_OWNER_NONE;
}

int wpk_page_aligned_owner(void* p) {
  return page_aligned_owner(p, 0);
}

int wpk_free_page_aligned(void* ptr) {
  char* p = ptr;
  int owner = page_aligned_owner(p, 1);
  if (owner == WPK_OWNER_HUGE) { /* delisted: this call alone owns the mapping now */
    wpk_huge* h = (wpk_huge*)p - 1;
    munmap(p - h->offset, h->map_bytes);
    return 1;
  }
  if (owner == WPK_OWNER_REGION)
    return 0;
  wpk_fatal("free(): invalid pointer", p);
}

void* wpk_huge_alloc(size_t n, size_t align) {
  size_t page = page_size();
  size_t head = align > page ? align : page; /* the header page, or room to reach the alignment */
  if (n > SIZE_MAX / 2 - head - page) {
    errno = ENOMEM;
    return NULL;
  }
  size_t bytes = head + wpk_align_up(n, page);
  char* base = map(bytes);
  if (!base) {
    errno = ENOMEM;
    return NULL;
  }
  char* p = (char*)wpk_align_up((uintptr_t)base + WPK_UNIT, align > page ? align : page);
  wpk_huge* h = (wpk_huge*)p - 1;
  h->map_bytes = bytes;
  h->offset = (uint32_t)(p - base);
  h->tag = TAG_HUGE;
  wpk_lock();
  int listed = huge_set_insert((uintptr_t)p);
  if (listed) {
    wpk_heap.stats.huge_maps++;
    wpk_note_system_bytes(bytes, 1);
  }
  wpk_unlock();
  if (!listed) {
    munmap(base, bytes);
    errno = ENOMEM;
    return NULL;
  }
  return p;
}

void* wpk_huge_realloc(void* p, size_t n) {
  wpk_huge* h = (wpk_huge*)p - 1;
  size_t page = page_size();
  if (h->offset != page || n > SIZE_MAX / 2) { /* aligned mapping: keep it simple, move */
    void* q = wpk_huge_alloc(n, WPK_UNIT);
    if (q) {
      size_t old = h->map_bytes - h->offset;
      memcpy(q, p, old < n ? old : n);
      wpk_free_page_aligned(p);
    }
    return q;
  }
  size_t old_bytes = h->map_bytes;
  size_t bytes = page + wpk_align_up(n, page);
  char* base = mremap((char*)p - page, old_bytes, bytes, MREMAP_MAYMOVE);
  if (base == MAP_FAILED) {
    errno = ENOMEM;
    return NULL;
  }
  h = (wpk_huge*)(base + page) - 1;
  h->map_bytes = bytes;
  wpk_lock();
  huge_set_remove((uintptr_t)p);
  huge_set_place((uintptr_t)(base + page)); /* in the slot count p left: no resize, no failure */
  wpk_note_system_bytes(old_bytes, -1);
  wpk_note_system_bytes(bytes, 1);
  wpk_unlock();
  return base + page;
}

_Noreturn void wpk_fatal(const char* what, void* p) {
  char buf[160];
  size_t len = 0;
  const char* prefix = "wpkmalloc: ";
  for (const char* s = prefix; *s; s++)
    buf[len++] = *s;
  for (const char* s = what; *s && len < 120; s++)
    buf[len++] = *s;
  buf[len++] = ' ';
  buf[len++] = '0';
  buf[len++] = 'x';
  for (int shift = (int)sizeof(uintptr_t) * 8 - 4; shift >= 0; shift -= 4)
    buf[len++] = "0123456789abcdef"[((uintptr_t)p >> shift) & 15];
  buf[len++] = '\n';
  (void)!write(2, buf, len);
  abort();
}

#endif

void wpkmalloc_get_stats(struct wpkmalloc_stats* out) {
  wpk_lock();
  *out = wpk_heap.stats;
  wpk_unlock();
}
