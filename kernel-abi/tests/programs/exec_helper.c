/* Exec target used by exec.c: prints its arguments and one environment variable, reports
 * whether descriptor 5 (inherited without CLOEXEC) and 6 (CLOEXEC) are open, writes to 5 when
 * it is, and exits with the code given as its first argument. */
#include <fcntl.h>
#include "check.h"

int main(int argc, char **argv)
{
	printf("helper argc %d:", argc);
	for (int i = 1; i < argc; i++) printf(" [%s]", argv[i]);
	const char *v = getenv("WPK_EXEC_TEST");
	printf("\nhelper env WPK_EXEC_TEST=%s\n", v ? v : "(unset)");
	int fd5 = fcntl(5, F_GETFD) != -1;
	int fd6 = fcntl(6, F_GETFD) != -1;
	printf("helper fd5 open %d fd6 open %d\n", fd5, fd6);
	if (fd5) write_all(5, "via inherited fd\n", 17);
	return argc > 1 ? atoi(argv[1]) : 0;
}
