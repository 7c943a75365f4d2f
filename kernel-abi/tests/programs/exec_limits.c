/* execve's limits (execve(2), fs/exec.c): one argument or environment string may have at most
 * MAX_ARG_STRLEN = 131072 bytes with its NUL (E2BIG beyond), and the path, the argument and
 * environment strings with their NULs plus one pointer (8 bytes) per argv and envp entry may
 * take at most a quarter of the stack rlimit, kept within 128 KiB .. 6 MiB (E2BIG beyond). Both
 * limits are tried at the byte and one byte over; the program computes the total limit from its
 * own getrlimit(RLIMIT_STACK), so the output does not depend on the host's limit. A failing
 * execve returns and the process continues; the successful ones run this program again, which
 * reports what it received. */
#include "check.h"

#include <sys/resource.h>
#include <sys/wait.h>

#define STRLEN_MAX 131072
#define POINTER 8

static const char* self;

static char* filled(size_t len, char c) {
  char* s = malloc(len + 1);
  CHECK(s != NULL);
  memset(s, c, len);
  s[len] = 0;
  return s;
}

/* Runs execve in a child; prints the error, or what the new image printed (it exits 0). */
static void try_exec(const char* what, char** argv, char** envp) {
  pid_t pid = flush_fork();
  if (pid == 0) {
    execve(self, argv, envp);
    printf("%-40s -> %s\n", what, strerror(errno));
    fflush(stdout);
    _exit(1);
  }
  int status;
  CHECK(waitpid(pid, &status, 0) == pid);
  if (WIFEXITED(status) && WEXITSTATUS(status) == 0)
    printf("%-40s -> ran\n", what);
}

int main(int argc, char** argv) {
  if (argc > 1 && strcmp(argv[1], "child") == 0) {
    size_t total = 0, longest = 0;
    for (int i = 0; i < argc; i++) {
      size_t n = strlen(argv[i]);
      total += n + 1;
      longest = n > longest ? n : longest;
    }
    printf("  new image: argc %d, longest %zu, argument bytes %s\n", argc, longest,
           total > 100000 ? "> 100000" : "small");
    return 0;
  }
  self = argv[0];

  /* One string: 131071 characters pass, 131072 do not (in argv and in envp). */
  char* ok = filled(STRLEN_MAX - 1, 'a');
  char* over = filled(STRLEN_MAX, 'b');
  char* env_ok = filled(STRLEN_MAX - 1, 'e');
  char* env_over = filled(STRLEN_MAX, 'f');
  memcpy(env_ok, "V=", 2);
  memcpy(env_over, "V=", 2);
  char* noenv[] = {NULL};
  char* a1[] = {(char*)self, "child", ok, NULL};
  try_exec("argument of 131071 bytes", a1, noenv);
  char* a2[] = {(char*)self, "child", over, NULL};
  try_exec("argument of 131072 bytes", a2, noenv);
  char* plain[] = {(char*)self, "child", NULL};
  char* e1[] = {env_ok, NULL};
  try_exec("environment string of 131071 bytes", plain, e1);
  char* e2[] = {env_over, NULL};
  try_exec("environment string of 131072 bytes", plain, e2);
  /* Refused in the calling process too, which goes on. */
  errno = 0;
  CHECK(execve(self, a2, noenv) == -1);
  printf("execve in this process -> %s, still running\n", strerror(errno));

  /* The total: a quarter of the stack rlimit, within ARG_MAX (128 KiB) and 6 MiB. */
  struct rlimit rl;
  CHECK(getrlimit(RLIMIT_STACK, &rl) == 0);
  unsigned long long limit = 6ULL << 20;
  if (rl.rlim_cur != RLIM_INFINITY && rl.rlim_cur / 4 < limit)
    limit = rl.rlim_cur / 4;
  if (limit < 131072)
    limit = 131072;
  char* envp[] = {"A=1", "B=2", NULL};
  size_t fixed = strlen(self) + 1 + strlen(self) + 1 + strlen("child") + 1 + 4 + 4;
  size_t pieces = (limit - fixed) / STRLEN_MAX + 1;
  char** args = calloc(pieces + 3, sizeof(char*));
  CHECK(args != NULL);
  for (int over_by = 0; over_by <= 1; over_by++) {
    size_t pointers = (pieces + 2 + 2) * POINTER;
    size_t left = limit + over_by - fixed - pointers;
    args[0] = (char*)self;
    args[1] = "child";
    for (size_t i = 0; i < pieces; i++) {
      size_t n = left > STRLEN_MAX ? STRLEN_MAX : left; /* with its NUL */
      CHECK(n >= 1);
      args[2 + i] = filled(n - 1, 'x');
      left -= n;
    }
    CHECK(left == 0);
    args[2 + pieces] = NULL;
    try_exec(over_by ? "total one byte over the limit" : "total at the limit", args, envp);
    for (size_t i = 0; i < pieces; i++)
      free(args[2 + i]);
  }
  return 0;
}
