/* cpu_bound.c — a CPU-bound program whose hot functions are on the fork path (main calls them
 * and can fork afterwards), for the runtime-overhead benchmark. Prints a checksum. */
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static unsigned char sieve[1 << 20];

__attribute__((noinline)) static unsigned count_primes(unsigned limit) {
  memset(sieve, 1, limit);
  unsigned count = 0;
  for (unsigned i = 2; i < limit; i++) {
    if (!sieve[i])
      continue;
    count++;
    for (unsigned j = i * 2; j < limit; j += i)
      sieve[j] = 0;
  }
  return count;
}

__attribute__((noinline)) static unsigned long long mix(unsigned rounds) {
  unsigned long long h = 1469598103934665603ull;
  for (unsigned i = 0; i < rounds; i++) {
    h ^= i;
    h *= 1099511628211ull;
    h ^= h >> 29;
  }
  return h;
}

/* Recursive work on the fork path: every level is instrumented. */
__attribute__((noinline)) static unsigned fib(unsigned n) {
  if (n < 2) {
    if (n == 7)
      fork(); /* never true: keeps fork reachable from the whole recursion */
    return n;
  }
  return fib(n - 1) + fib(n - 2);
}

int main(int argc, char** argv) {
  (void)argv;
  unsigned long long total = 0;
  for (int round = 0; round < 3; round++) {
    total += count_primes(sizeof sieve);
    total += mix(60000000u);
    total += fib(30);
  }
  if (argc > 100)
    fork();
  printf("checksum %llu\n", total);
  return 0;
}
