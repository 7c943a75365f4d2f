/* port-behaviour: run in the reference runtime (wpk-run) for wasm32 and wasm64, this program checks
 * what the musl port itself implements (toolchain/musl/):
 *   - crt1: argc/argv/envp, constructors before main, atexit handlers and destructors at exit,
 *     the exit status of main;
 *   - setjmp/longjmp through wasm exception handling: a jump across frames, a longjmp(env, 0)
 *     that returns 1, more setjmp calls in one function than the initial table holds (the table
 *     grows), nested setjmp buffers where an inner jump must not reach an outer one;
 *   - sigsetjmp/siglongjmp restoring the signal mask, _setjmp/_longjmp;
 *   - a thread runs (tests/threads.c covers threads); dlopen fails with NULL;
 *   - lseek with 64-bit offset arguments (split into two words on wasm32);
 *   - sysconf(_SC_PAGESIZE) is the wasm page size;
 *   - thread-local storage of the main thread (and errno, which musl keeps per thread);
 *   - long double comparisons and printf of floating point (on wasm64 these call the port's
 *     __*tf2 helpers; see src/math/wasm/__compare_tf2.c);
 *   - syscall() with several int arguments in a row (wasm64 widens them in <bits/posix.h>).
 * Prints one line per check; the test compares the whole output and the exit status (3) with
 * the expected transcript in port-behaviour.expected. */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <pthread.h>
#include <setjmp.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

static int constructed;

__attribute__((constructor)) static void construct(void) {
  constructed = 1;
}

__attribute__((destructor)) static void destruct(void) {
  printf("destructor ran\n");
}

static void at_exit_handler(void) {
  printf("atexit handler ran\n");
}

static void say(const char* what, int ok) {
  printf("%s: %s\n", what, ok ? "ok" : "WRONG");
}

static jmp_buf outer, inner;

static __attribute__((noinline)) void jump_to(jmp_buf env, int value) {
  longjmp(env, value);
}

static int many_setjmps(void) {
  /* Eight setjmp calls in one invocation: more than the 4 entries LLVM preallocates. */
  jmp_buf envs[8];
  volatile int sum = 0;
  for (volatile int i = 0; i < 8; i++) {
    int r = setjmp(envs[i]);
    if (r == 0)
      jump_to(envs[i], i + 1);
    sum += r;
  }
  return sum; /* 1 + 2 + ... + 8 */
}

static _Thread_local int tls_counter = 41;

static void* thread_main(void* arg) {
  return arg;
}

int main(int argc, char** argv, char** envp) {
  atexit(at_exit_handler);
  say("constructor ran before main", constructed);
  say("argv", argc == 3 && strcmp(argv[1], "one") == 0 && strcmp(argv[2], "two words") == 0 &&
                  argv[3] == NULL);
  int found = 0;
  for (char** e = envp; *e; e++)
    if (strcmp(*e, "PORT_TEST=yes") == 0)
      found = 1;
  say("envp and getenv", found && strcmp(getenv("PORT_TEST"), "yes") == 0);

  volatile int stage = 0;
  int r = setjmp(outer);
  if (r == 0) {
    stage = 1;
    jump_to(outer, 0);
  }
  say("longjmp(env, 0) makes setjmp return 1", r == 1 && stage == 1);

  say("setjmp table grows past its first 4 entries", many_setjmps() == 36);

  r = setjmp(outer);
  if (r == 0) {
    int s = setjmp(inner);
    if (s == 0)
      jump_to(inner, 5);
    say("inner longjmp lands in the inner setjmp", s == 5);
    jump_to(outer, 9);
  }
  say("then the outer one", r == 9);

  sigjmp_buf sj;
  sigset_t set, now;
  sigemptyset(&set);
  sigprocmask(SIG_SETMASK, &set, 0);
  if (sigsetjmp(sj, 1) == 0) {
    sigaddset(&set, SIGUSR2);
    sigprocmask(SIG_BLOCK, &set, 0);
    siglongjmp(sj, 1);
  }
  sigprocmask(SIG_SETMASK, 0, &now);
  say("siglongjmp restores the mask saved by sigsetjmp", !sigismember(&now, SIGUSR2));

  jmp_buf plain;
  r = _setjmp(plain);
  if (r == 0)
    _longjmp(plain, 4);
  say("_setjmp/_longjmp", r == 4);

  pthread_t t;
  void* joined = 0;
  int e = pthread_create(&t, 0, thread_main, &t);
  say("pthread_create and pthread_join", e == 0 && pthread_join(t, &joined) == 0 && joined == &t);
  say("dlopen fails cleanly", dlopen("libm.so", RTLD_NOW) == NULL && dlerror() != NULL);

  say("sysconf(_SC_PAGESIZE) is 65536", sysconf(_SC_PAGESIZE) == 65536);

  tls_counter++;
  errno = 0;
  say("thread-local storage and errno", tls_counter == 42 && close(-1) == -1 && errno == EBADF);

  volatile long double small = 1.5L, large = 2.5L, minus_zero = -0.0L, not_a_number = NAN;
  say("long double comparisons",
      small < large && !(large < small) && small != large && small <= small && large >= small &&
          minus_zero == 0.0L && !(not_a_number == not_a_number) && !(not_a_number < small) &&
          !(not_a_number > small) && isnan(not_a_number) && -large < small);
  char text[64];
  snprintf(text, sizeof text, "%.3f %Lg %g %e", 3.14159, (long double)large, -0.5, 1e10);
  say("printf of floating point", strcmp(text, "3.142 2.5 -0.5 1.000000e+10") == 0);

  char path[] = "/tmp/wpk-port-lseek-XXXXXX";
  int fd = mkstemp(path);
  if (fd >= 0) {
    /* Both words of a 64-bit offset must reach the kernel (two argument words on wasm32):
     * go to 5 GiB, then 4 GiB back. The first result itself does not fit the one-word
     * return value on wasm32; the second does and proves both offsets arrived whole. */
    lseek(fd, (off_t)5 << 30, SEEK_SET);
    say("lseek with offsets beyond 4 GiB",
        lseek(fd, -((off_t)4 << 30), SEEK_CUR) == (off_t)1 << 30);
    say("lseek(SEEK_CUR) after a small seek",
        lseek(fd, 12345, SEEK_SET) == 12345 && lseek(fd, 0, SEEK_CUR) == 12345);
    int copy = (int)syscall(SYS_dup3, fd, 40, O_CLOEXEC);
    say("syscall(SYS_dup3, fd, 40, O_CLOEXEC)", copy == 40 && fcntl(40, F_GETFD) == FD_CLOEXEC);
    close(copy);
    close(fd);
    unlink(path);
  } else {
    printf("mkstemp failed: %s\n", strerror(errno));
  }
  return 3;
}
