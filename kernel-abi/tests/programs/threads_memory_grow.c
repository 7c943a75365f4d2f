/* Threads: memory one thread just got from the heap is usable by another thread at once. The
 * main thread allocates 2000 blocks of 64 KiB (the heap grows linear memory for them: 125 MiB in
 * all) and hands each to a second thread the moment malloc returns it. That thread, which spins
 * in wasm code until the block comes, uses it the four ways a program touches memory: an atomic
 * add to a word near its end, a read() from a pipe into it (the runtime's JS copies the bytes),
 * plain stores to its first and last bytes, and memset and memcpy over the rest (bulk memory
 * instructions). Then it hands the block back, and the main thread checks all of it. On Linux
 * this is unremarkable.
 *
 * In the runtime the second thread is another wasm instance on the shared memory, and V8 tells
 * it of a grow through an interrupt it takes at its own pace. Until then the thread keeps the old
 * size: Node 20's V8 checked even plain wasm64 accesses against it (10 of 10 runs trapped on
 * wasm64 under Node 20, 7 of 7 under Node 22.23, none of 10 under Node 24, which is why the
 * runtime runs on Node 24). Node 24 still checks memory.fill and memory.copy against it: memset
 * trapped here in every run, on both arches, until the runtime rewrote those instructions
 * (kernel-abi/runtime/lib/bulk-memory-guard.mjs). It checks atomic instructions against it too:
 * the atomic add trapped in 5 of 5 runs on both arches until the runtime rewrote those as well
 * (atomic-guard.mjs; found when coreutils' sort --parallel=4 trapped once in a world test run).
 * A worker's memory.buffer can lag the same way
 * (zstd's readv failed with EFAULT under load); this program does not force that case, the
 * runtime's reaches() in shared-memory.mjs covers it. */
#include "check.h"

#include <pthread.h>
#include <stdatomic.h>

#define BLOCKS 2000
#define BLOCK_BYTES (64 * 1024)
#define PIPED_BYTES 256

static _Atomic(unsigned char*) handed; /* a block to use, NULL once taken */
static atomic_int used;                /* blocks the second thread has used */
static atomic_int read_failures;       /* read() calls that did not fill their bytes */
static atomic_int add_failures;        /* atomic adds that did not add */
static int pipe_fds[2];
static unsigned char pattern[BLOCK_BYTES];
static volatile size_t block_bytes = BLOCK_BYTES; /* a size the compiler cannot see */

static void* user(void* unused) {
  (void)unused;
  for (int i = 0; i < BLOCKS; i++) {
    unsigned char* block;
    while (!(block = atomic_exchange(&handed, NULL)))
      ;
    atomic_int* word = (atomic_int*)(block + BLOCK_BYTES - 8); /* memcpy overwrites it below */
    int before = atomic_fetch_add(word, 5);
    if (atomic_load(word) != before + 5)
      atomic_fetch_add(&add_failures, 1);
    if (read(pipe_fds[0], block + 1, PIPED_BYTES) != PIPED_BYTES)
      atomic_fetch_add(&read_failures, 1);
    block[0] = (unsigned char)i;
    block[BLOCK_BYTES - 1] = (unsigned char)(i + 1);
    memset(block + 1 + PIPED_BYTES, (unsigned char)i, block_bytes / 2 - 1 - PIPED_BYTES);
    memcpy(block + block_bytes / 2, pattern, block_bytes / 2 - 1);
    atomic_store(&used, i + 1);
  }
  return NULL;
}

/* The block as the second thread left it. */
static int block_is_right(const unsigned char* block, int i) {
  if (block[0] != (unsigned char)i || block[BLOCK_BYTES - 1] != (unsigned char)(i + 1))
    return 0;
  for (int k = 1; k <= PIPED_BYTES; k++)
    if (block[k] != (unsigned char)k)
      return 0;
  for (int k = PIPED_BYTES + 1; k < BLOCK_BYTES / 2; k++)
    if (block[k] != (unsigned char)i)
      return 0;
  return memcmp(block + BLOCK_BYTES / 2, pattern, BLOCK_BYTES / 2 - 1) == 0;
}

int main(void) {
  static unsigned char* blocks[BLOCKS];
  unsigned char piped[PIPED_BYTES];
  for (int k = 0; k < PIPED_BYTES; k++)
    piped[k] = (unsigned char)(k + 1);
  for (int k = 0; k < BLOCK_BYTES; k++)
    pattern[k] = (unsigned char)(k * 7 + 3);
  CHECK(pipe(pipe_fds) == 0);
  pthread_t thread;
  CHECK(pthread_create(&thread, NULL, user, NULL) == 0);
  int wrong = 0;
  for (int i = 0; i < BLOCKS; i++) {
    blocks[i] = malloc(BLOCK_BYTES);
    CHECK(blocks[i] != NULL);
    write_all(pipe_fds[1], piped, PIPED_BYTES); /* fits the pipe: no wait for the reader */
    atomic_store(&handed, blocks[i]);
    while (atomic_load(&used) != i + 1)
      ;
    if (!block_is_right(blocks[i], i))
      wrong++;
  }
  CHECK(pthread_join(thread, NULL) == 0);
  for (int i = 0; i < BLOCKS; i++)
    free(blocks[i]);
  printf(
      "%d blocks of %d KiB used by the other thread as soon as malloc returned them "
      "(an atomic add, stores, memset, memcpy, read), %d wrong, %d failed adds, %d short reads\n",
      BLOCKS, BLOCK_BYTES / 1024, wrong, atomic_load(&add_failures), atomic_load(&read_failures));
  return 0;
}
