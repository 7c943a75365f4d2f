/* cpu_affinity: sched_getaffinity reports the CPUs the host gives (the runtime's processes are
 * threads that run on all of them), so nproc and sysconf(_SC_NPROCESSORS_ONLN) agree with the
 * host's count; a too small or odd mask size is EINVAL, an unknown pid ESRCH. It was ENOSYS, and
 * musl's sysconf then counted one CPU. */
#define _GNU_SOURCE
#include "check.h"

#include <sched.h>

int main(void) {
  cpu_set_t set;
  CPU_ZERO(&set);
  TRY(sched_getaffinity(0, sizeof set, &set));
  int count = CPU_COUNT(&set);
  printf("CPUs in the mask: %d, sysconf: %ld, same: %s\n", count, sysconf(_SC_NPROCESSORS_ONLN),
         count == sysconf(_SC_NPROCESSORS_ONLN) ? "yes" : "no");
  printf("CPU 0 in the mask: %s\n", CPU_ISSET(0, &set) ? "yes" : "no");
  TRY(sched_getaffinity(getpid(), sizeof set, &set));
  unsigned char small[4];
  TRYE(sched_getaffinity(0, 4, (cpu_set_t*)small));
  unsigned char odd[12];
  TRYE(sched_getaffinity(0, 12, (cpu_set_t*)odd));
  TRYE(sched_getaffinity(999999, sizeof set, &set));
  return 0;
}
