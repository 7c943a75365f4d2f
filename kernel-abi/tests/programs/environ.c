/* argv and environ as the program receives them: the harness runs it with fixed arguments and
 * WPK_CONFORMANCE=yes in the environment. */
#include "check.h"

extern char** environ;

int main(int argc, char** argv) {
  printf("argc %d\n", argc);
  for (int i = 1; i < argc; i++)
    printf("argv[%d] = [%s]\n", i, argv[i]);
  CHECK(argv[argc] == NULL);
  const char* v = getenv("WPK_CONFORMANCE");
  printf("WPK_CONFORMANCE=%s\n", v ? v : "(unset)");
  int found = 0;
  for (char** e = environ; *e; e++)
    if (strcmp(*e, "WPK_CONFORMANCE=yes") == 0)
      found++;
  printf("found in environ: %d\n", found);
  CHECK(setenv("WPK_NEW", "value", 1) == 0);
  printf("WPK_NEW=%s\n", getenv("WPK_NEW"));
  CHECK(unsetenv("WPK_CONFORMANCE") == 0 && getenv("WPK_CONFORMANCE") == NULL);
  return argc;
}
