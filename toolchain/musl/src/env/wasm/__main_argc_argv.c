/* Pulled from libc.a only when the program does not define __main_argc_argv, i.e. its main is
 * main(void) (clang names it __main_void) or main(argc, argv, envp) (see __main_void.c).
 * crt/wasm/crt1.c explains the scheme. */
int __main_void(void);

int __main_argc_argv(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	return __main_void();
}
