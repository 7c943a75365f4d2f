/* Threads: memory one thread just got from the heap is usable by another thread at once. The
 * main thread allocates 2000 blocks of 64 KiB (the heap grows linear memory for them: 125 MiB in
 * all) and hands each to a second thread the moment malloc returns it; that thread writes the
 * block's first and last bytes and hands it back, and the main thread checks them. On Linux this
 * is unremarkable. In the runtime the second thread is another wasm instance on the shared
 * memory, and Node 20's V8 checked a wasm64 instance's accesses against a memory size it had
 * cached: the write trapped ("memory access out of bounds") when the grow came from the other
 * thread moments before (10 of 10 runs on wasm64 under Node 20, 7 of 7 under Node 22.23, none of
 * 10 under Node 24), which is why the runtime runs on Node 24. */
#include "check.h"

#include <pthread.h>
#include <stdatomic.h>

#define BLOCKS 2000
#define BLOCK_BYTES (64 * 1024)

static _Atomic(unsigned char*) handed; /* a block to write, NULL once taken */
static atomic_int written;             /* blocks the second thread has written */

static void* writer(void* unused) {
  (void)unused;
  for (int i = 0; i < BLOCKS; i++) {
    unsigned char* block;
    while (!(block = atomic_exchange(&handed, NULL)))
      ;
    block[0] = (unsigned char)i;
    block[BLOCK_BYTES - 1] = (unsigned char)(i + 1);
    atomic_store(&written, i + 1);
  }
  return NULL;
}

int main(void) {
  static unsigned char* blocks[BLOCKS];
  pthread_t thread;
  CHECK(pthread_create(&thread, NULL, writer, NULL) == 0);
  int wrong = 0;
  for (int i = 0; i < BLOCKS; i++) {
    blocks[i] = malloc(BLOCK_BYTES);
    CHECK(blocks[i] != NULL);
    atomic_store(&handed, blocks[i]);
    while (atomic_load(&written) != i + 1)
      ;
    if (blocks[i][0] != (unsigned char)i || blocks[i][BLOCK_BYTES - 1] != (unsigned char)(i + 1))
      wrong++;
  }
  CHECK(pthread_join(thread, NULL) == 0);
  for (int i = 0; i < BLOCKS; i++)
    free(blocks[i]);
  printf(
      "%d blocks of %d KiB written by the other thread as soon as malloc returned them, %d wrong\n",
      BLOCKS, BLOCK_BYTES / 1024, wrong);
  return 0;
}
