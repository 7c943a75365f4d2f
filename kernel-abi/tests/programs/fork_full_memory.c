/* fork_full_memory: fork in a wasm32 process whose memory reaches the 4 GiB end of the address
   space, with the only large free region (17 MiB) at its very end: the child must start and see
   the parent's data. (On 64-bit targets the address space has no such end: a plain fork.) */
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>

#define CHUNK (16u << 20)
#define GAP (64u << 10)

static char* keep[300];
static int kept;

static void fill_address_space(void) {
  char* p;
  /* 16 MiB + 64 KiB at a time until memory is full, then 64 KiB at a time */
  while (kept < 300 && (p = mmap(0, CHUNK + GAP, PROT_READ | PROT_WRITE,
                                 MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)) != MAP_FAILED) {
    keep[kept++] = p + CHUNK;
    p[CHUNK] = (char)kept;
  }
  while (mmap(0, GAP, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0) != MAP_FAILED) {
  }
  /* 16 MiB holes (smaller than the runtime's fork buffer, so memory is not copied for them)
     and 17 MiB free at the end of the address space */
  uintptr_t end = (uintptr_t)0 - (17u << 20);
  while (kept > 0 && (uintptr_t)keep[kept - 1] + GAP > end)
    kept--;
  for (int i = 0; i < kept; i++)
    munmap(keep[i] - CHUNK, CHUNK);
  munmap((void*)end, 17u << 20);
}

int main(void) {
  if (sizeof(void*) == 4)
    fill_address_space();
  pid_t pid = fork();
  if (pid < 0) {
    perror("fork");
    return 1;
  }
  if (pid == 0) {
    for (int i = 0; i < kept; i++)
      if (keep[i][0] != (char)(i + 1))
        _exit(3);
    _exit(0);
  }
  int st;
  if (waitpid(pid, &st, 0) != pid)
    return 1;
  printf("child: %s %d\n", WIFEXITED(st) ? "exit" : "signal",
         WIFEXITED(st) ? WEXITSTATUS(st) : WTERMSIG(st));
  return 0;
}
