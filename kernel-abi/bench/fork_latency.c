/* fork_latency — fork + exit + wait latency of a process holding 16 MiB of touched heap.
 *
 *   fork_latency [ITERATIONS]
 *
 * Allocates 16 MiB, writes every page (so the memory is really part of the process), then
 * times ITERATIONS rounds of fork() / child _exit(0) / parent waitpid() with CLOCK_MONOTONIC
 * and prints the mean and the best round in microseconds as
 *   fork_exit_wait_us mean=<M> best=<B> iterations=<N> heap_mib=16
 * The same source is built natively and for wasm32/wasm64; run-bench compares them. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define HEAP_BYTES (16u << 20)

static double now_us(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (double)t.tv_sec * 1e6 + (double)t.tv_nsec / 1e3;
}

int main(int argc, char** argv) {
  int iterations = argc > 1 ? atoi(argv[1]) : 20;
  if (iterations < 1) {
    fprintf(stderr, "fork_latency: ITERATIONS must be positive\n");
    return 2;
  }
  unsigned char* heap = malloc(HEAP_BYTES);
  if (!heap) {
    fprintf(stderr, "fork_latency: cannot allocate 16 MiB\n");
    return 1;
  }
  for (size_t i = 0; i < HEAP_BYTES; i += 4096)
    heap[i] = (unsigned char)i;
  double total = 0, best = 1e30;
  for (int i = 0; i < iterations; i++) {
    double start = now_us();
    pid_t pid = fork();
    if (pid < 0) {
      perror("fork");
      return 1;
    }
    if (pid == 0)
      _exit(heap[4096] == 0 ? 0 : 3);
    int status;
    if (waitpid(pid, &status, 0) != pid || !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
      fprintf(stderr, "fork_latency: child failed\n");
      return 1;
    }
    double elapsed = now_us() - start;
    total += elapsed;
    if (elapsed < best)
      best = elapsed;
  }
  printf("fork_exit_wait_us mean=%.1f best=%.1f iterations=%d heap_mib=16\n", total / iterations,
         best, iterations);
  return 0;
}
