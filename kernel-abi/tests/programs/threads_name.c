/* Threads: names. pthread_setname_np and pthread_getname_np on the calling thread (prctl's
 * PR_SET_NAME and PR_GET_NAME); a name cut to 15 bytes; a new thread starting with its creator's
 * name; each thread's name in /proc/self/task/<tid>/comm and in the Name: line of its status,
 * the main thread's in /proc/self/comm; pthread_getname_np of another thread (which reads its
 * task comm); a child forked by a named thread named as that thread. */
#define _GNU_SOURCE
#include "check.h"

#include <pthread.h>
#include <sys/prctl.h>
#include <sys/wait.h>

static pthread_barrier_t named, checked;

static void read_line(const char* path, char* out, size_t size) {
  FILE* f = fopen(path, "r");
  CHECK(f != NULL);
  CHECK(fgets(out, (int)size, f) != NULL);
  fclose(f);
  out[strcspn(out, "\n")] = 0;
}

static void task_file(pid_t tid, const char* name, char* out, size_t size) {
  char path[64];
  snprintf(path, sizeof path, "/proc/self/task/%d/%s", (int)tid, name);
  read_line(path, out, size);
}

static void status_name(pid_t tid, char* out, size_t size) {
  char path[64], line[128];
  snprintf(path, sizeof path, "/proc/self/task/%d/status", (int)tid);
  FILE* f = fopen(path, "r");
  CHECK(f != NULL);
  out[0] = 0;
  while (fgets(line, sizeof line, f))
    if (strncmp(line, "Name:\t", 6) == 0) {
      size_t n = strcspn(line + 6, "\n");
      n = n < size ? n : size - 1;
      memcpy(out, line + 6, n);
      out[n] = 0;
    }
  fclose(f);
}

static void* worker(void* unused) {
  (void)unused;
  char name[16], comm[32];
  CHECK(pthread_getname_np(pthread_self(), name, sizeof name) == 0);
  printf("new thread starts as its creator: %s\n", name);
  CHECK(pthread_setname_np(pthread_self(), "worker-one") == 0);
  pid_t tid = gettid();
  task_file(tid, "comm", comm, sizeof comm);
  printf("worker: task comm %s\n", comm);
  status_name(tid, comm, sizeof comm);
  printf("worker: status Name %s\n", comm);
  pthread_barrier_wait(&named);
  pthread_barrier_wait(&checked);

  /* A child forked here is named as this thread. */
  fflush(stdout);
  pid_t child = fork();
  CHECK(child >= 0);
  if (child == 0) {
    read_line("/proc/self/comm", comm, sizeof comm);
    printf("child forked by the worker: %s\n", comm);
    fflush(stdout);
    _exit(0);
  }
  int status;
  CHECK(waitpid(child, &status, 0) == child && WIFEXITED(status) && WEXITSTATUS(status) == 0);
  return NULL;
}

int main(void) {
  char name[16], comm[32];
  CHECK(prctl(PR_SET_NAME, "main-thread-name-too-long", 0, 0, 0) == 0);
  CHECK(prctl(PR_GET_NAME, name, 0, 0, 0) == 0);
  printf("main: %s (%zu bytes)\n", name, strlen(name));
  CHECK(pthread_setname_np(pthread_self(), "conductor") == 0);
  read_line("/proc/self/comm", comm, sizeof comm);
  printf("main: /proc/self/comm %s\n", comm);

  CHECK(pthread_barrier_init(&named, NULL, 2) == 0);
  CHECK(pthread_barrier_init(&checked, NULL, 2) == 0);
  pthread_t thread;
  CHECK(pthread_create(&thread, NULL, worker, NULL) == 0);
  pthread_barrier_wait(&named);
  CHECK(pthread_getname_np(thread, name, sizeof name) == 0);
  printf("main reads the worker's name: %s\n", name);
  CHECK(pthread_getname_np(pthread_self(), name, sizeof name) == 0);
  read_line("/proc/self/comm", comm, sizeof comm);
  printf("main keeps its own: %s, /proc/self/comm %s\n", name, comm);
  pthread_barrier_wait(&checked);
  CHECK(pthread_join(thread, NULL) == 0);
  return 0;
}
