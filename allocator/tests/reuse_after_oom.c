/* reuse_after_oom — memory that small blocks held must serve large blocks once they are freed,
 * also when linear memory cannot grow any more. Over the emulated wasm heap with a 64 MiB
 * maximum (WPK_EMU_LIMIT_PAGES=1024): fill it with 4000-byte blocks until malloc fails with
 * ENOMEM, free them all, then take 1 MiB blocks until malloc fails. Idle slabs go back to the
 * chunk allocator before an allocation fails, so most of the 64 MiB comes back (before that pass
 * ran regardless of its threshold, not one 1 MiB block could be had). */
#include "wpkmalloc.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>

static void* blocks[1 << 16];

static size_t fill(size_t size) {
  size_t n = 0;
  errno = 0;
  while (n < sizeof blocks / sizeof *blocks && (blocks[n] = wpk_malloc(size)) != NULL)
    memset(blocks[n++], 0x5A, 64);
  if (errno != ENOMEM) {
    printf("FAIL: %zu-byte blocks: malloc stopped with errno %d, not ENOMEM\n", size, errno);
    return 0;
  }
  return n;
}

int main(void) {
  size_t small = fill(4000);
  for (size_t i = 0; i < small; i++)
    wpk_free(blocks[i]);
  size_t large = fill(1 << 20);
  printf("%zu blocks of 4000 bytes, then %zu of 1 MiB (of at most 64)\n", small, large);
  if (small < 12000 || large < 56) {
    printf("FAIL: the memory the small blocks held did not come back for large ones\n");
    return 1;
  }
  for (size_t i = 0; i < large; i++)
    wpk_free(blocks[i]);
  printf("ok\n");
  return 0;
}
