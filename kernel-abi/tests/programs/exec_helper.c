/* Exec target used by exec.c: prints its arguments and one environment variable, reports
 * whether descriptor 20 (inherited without CLOEXEC) and 21 (CLOEXEC) are open, writes to 20 when
 * it is, and exits with the code given as its first argument. */
#include "check.h"

#include <fcntl.h>

int main(int argc, char** argv) {
  printf("helper argc %d:", argc);
  for (int i = 1; i < argc; i++)
    printf(" [%s]", argv[i]);
  const char* v = getenv("WPK_EXEC_TEST");
  printf("\nhelper env WPK_EXEC_TEST=%s\n", v ? v : "(unset)");
  int inherited = fcntl(20, F_GETFD) != -1;
  int cloexec = fcntl(21, F_GETFD) != -1;
  printf("helper fd20 open %d fd21 open %d\n", inherited, cloexec);
  if (inherited)
    write_all(20, "via inherited fd\n", 17);
  return argc > 1 ? atoi(argv[1]) : 0;
}
