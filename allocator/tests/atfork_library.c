/* atfork_library — a shared library whose constructor registers a fork handler that allocates
 * (see atfork_test.c). The constructors of a program's libraries run before those of a preloaded
 * library, so this handler is registered before wpkmalloc's and runs after it at fork. */
#include <pthread.h>
#include <stdlib.h>

static char* volatile kept; /* escapes, so the compiler cannot drop the malloc/free pair */

static void library_allocates_in_prepare(void) {
  kept = malloc(64 * 1024); /* a chunk: the allocator's locked path */
  if (kept)
    kept[0] = 2;
  free(kept);
}

__attribute__((constructor)) static void register_at_load(void) {
  pthread_atfork(library_allocates_in_prepare, NULL, NULL);
}

int atfork_library_loaded(void) {
  return 1;
}
