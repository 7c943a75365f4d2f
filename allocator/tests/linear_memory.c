/* Linear-memory emulation for native test builds of the wasm heap (WPK_LINEAR_MEMORY_EMULATION):
 * a 4 GiB reservation grows by 64 KiB pages like memory.grow, with some static data in front of
 * the heap base, so large.c's wasm growth paths run under ASan, UBSan and valgrind natively. */
#define _GNU_SOURCE 1
#include <stddef.h>
#include <stdlib.h>
#include <sys/mman.h>

#define PAGE ((size_t)65536)
#define LIMIT_PAGES ((size_t)65536) /* 4 GiB, like wasm32 */

static char* memory;
static size_t pages;
static size_t limit_pages = LIMIT_PAGES; /* WPK_EMU_LIMIT_PAGES: a smaller maximum */
static size_t initial_pages;
static size_t heap_offset = PAGE + 1234; /* unaligned on purpose */

static void init(void) {
  if (memory)
    return;
  memory =
      mmap(NULL, LIMIT_PAGES * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  /* By default like a module whose data and stack end in its second page; WPK_EMU_PAGES and
   * WPK_EMU_HEAP_BASE reproduce the layout of a given module. */
  const char* env_pages = getenv("WPK_EMU_PAGES");
  const char* env_base = getenv("WPK_EMU_HEAP_BASE");
  const char* env_limit = getenv("WPK_EMU_LIMIT_PAGES");
  if (env_limit && strtoul(env_limit, NULL, 0) < LIMIT_PAGES)
    limit_pages = strtoul(env_limit, NULL, 0);
  pages = env_pages ? strtoul(env_pages, NULL, 0) : 2;
  if (env_base)
    heap_offset = strtoul(env_base, NULL, 0);
  initial_pages = pages;
  mprotect(memory, pages * PAGE, PROT_READ | PROT_WRITE);
}

char* wpk_emu_heap_base(void) {
  init();
  return memory + heap_offset;
}

char* wpk_emu_heap_end(void) {
  init();
  return memory + initial_pages * PAGE;
}

char* wpk_emu_memory_end(void) {
  init();
  return memory + pages * PAGE;
}

char* wpk_emu_memory_grow(size_t n) {
  init();
  if (n > limit_pages - pages)
    return NULL;
  char* old = memory + pages * PAGE;
  if (mprotect(old, n * PAGE, PROT_READ | PROT_WRITE) != 0)
    return NULL;
  pages += n;
  return old;
}
