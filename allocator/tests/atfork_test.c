/* atfork_test — run with LD_PRELOAD=libwpkmalloc.so: fork handlers that allocate in their prepare
 * step, as glibc's malloc allows (it locks its heap only after every prepare handler ran).
 *
 * pthread_atfork runs prepare handlers in reverse order of registration. Two are registered before
 * wpkmalloc's, so they run after it, while it holds the heap lock, in the same thread: one from
 * the constructor of a library the program links (atfork_library.c: libraries' constructors run
 * before a preloaded library's), one from main before the program's first chunk (when wpkmalloc
 * used to register). Each asks for 64 KiB, the chunk allocator's locked path. Before, each
 * waited for the lock forever (ctest's timeout fails the test).
 * Exit status 0 and "ok" when the child ran and wpkmalloc served the process; 1 otherwise. */
#define _GNU_SOURCE 1
#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

static char* volatile kept; /* escapes, so the compiler cannot drop the malloc/free pair */

static void allocate_in_prepare(void) {
  kept = malloc(64 * 1024);
  if (kept)
    kept[0] = 1;
  free(kept);
}

int atfork_library_loaded(void);

int main(void) {
  if (!atfork_library_loaded() || pthread_atfork(allocate_in_prepare, NULL, NULL) != 0)
    return 1;
  char* block = malloc(64 * 1024); /* the program's first chunk: takes the heap lock */
  if (!block)
    return 1;
  block[0] = 1;
  pid_t child = fork();
  if (child == 0) {
    char* q = malloc(64 * 1024); /* the child's heap lock was reset and works */
    _exit(q ? 0 : 3);
  }
  int status = 0;
  if (child < 0 || waitpid(child, &status, 0) != child || !WIFEXITED(status) ||
      WEXITSTATUS(status) != 0)
    return 1;
  free(block);
  /* POSIX guarantees dlsym's result converts to a function pointer; ISO C does not say so. */
  const char* (*version)(void);
  void* symbol = dlsym(RTLD_DEFAULT, "wpkmalloc_version");
  memcpy(&version, &symbol, sizeof version);
  if (!symbol) {
    fprintf(stderr, "atfork_test: wpkmalloc is not loaded (run with LD_PRELOAD)\n");
    return 1;
  }
  printf("ok: %s\n", version());
  return 0;
}
