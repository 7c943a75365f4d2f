/* Pulled from libc.a only when the program defines neither __main_argc_argv nor __main_void:
 * its main takes (argc, argv, envp) and keeps the plain name. crt1 saved argc and argv. */
#include <unistd.h>

extern __attribute__((__visibility__("hidden"))) int __wpk_argc;
extern __attribute__((__visibility__("hidden"))) char **__wpk_argv;

int main(int, char **, char **);

int __main_void(void)
{
	return main(__wpk_argc, __wpk_argv, __environ);
}
