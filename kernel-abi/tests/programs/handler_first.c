/* A signal handler that is the program's first address-taken function still runs. Function
 * pointers are function-table indices on wasm; the first one wasm-ld hands out is 1, which is
 * SIG_IGN, so crt1 reserves that slot (toolchain/musl/crt/wasm/crt1.c). */
#include <signal.h>
#include <stdio.h>
#include <string.h>

static volatile sig_atomic_t handled;

static void on_signal(int sig) {
  handled = sig;
}

int main(void) {
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = on_signal;
  if (sigaction(SIGUSR1, &sa, NULL) != 0)
    return 2;
  raise(SIGUSR1);
  printf("handler ran for SIGUSR1: %d\n", handled == SIGUSR1);
  return handled == SIGUSR1 ? 0 : 1;
}
