/* waitid: WNOWAIT leaves the child waitable, P_PID/P_ALL, CLD_EXITED with the exit code and
 * CLD_KILLED with the signal in si_status. */
#include "check.h"

#include <signal.h>
#include <sys/wait.h>
int main(void) {
  pid_t p = flush_fork();
  if (p == 0)
    _exit(7);
  siginfo_t si = {0};
  int r = waitid(P_PID, p, &si, WEXITED | WNOWAIT);
  printf("r=%d code_exited=%d status=%d pid_ok=%d\n", r, si.si_code == CLD_EXITED, si.si_status,
         si.si_pid == p);
  r = waitid(P_ALL, 0, &si, WEXITED);
  printf("r=%d status=%d\n", r, si.si_status);
  p = flush_fork();
  if (p == 0) {
    pause();
    _exit(0);
  }
  kill(p, SIGTERM);
  r = waitid(P_ALL, 0, &si, WEXITED);
  printf("killed code=%d status=%d\n", si.si_code == CLD_KILLED, si.si_status);
  return 0;
}
