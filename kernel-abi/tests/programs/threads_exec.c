/* Threads: execve from a thread while main waits in pthread_join and another thread sleeps: the
 * other threads end and the new program runs in their place (its output follows, the exit status
 * is the helper's). */
#include "check.h"

#include <pthread.h>

static void* sleeper(void* p) {
  (void)p;
  for (;;)
    sleep(100);
  return NULL;
}

static void* execer(void* p) {
  (void)p;
  usleep(10000);
  char* argv[] = {"./exec_helper", "5", "from a thread", NULL};
  char* envp[] = {"WPK_EXEC_TEST=threaded", NULL};
  execve("./exec_helper", argv, envp);
  printf("execve failed: %s\n", strerror(errno));
  exit(1);
}

int main(void) {
  pthread_t s, e;
  CHECK(pthread_create(&s, NULL, sleeper, NULL) == 0);
  CHECK(pthread_create(&e, NULL, execer, NULL) == 0);
  printf("main: waiting while a thread runs execve\n");
  fflush(stdout);
  pthread_join(e, NULL);
  printf("main: join returned (unexpected)\n");
  return 1;
}
