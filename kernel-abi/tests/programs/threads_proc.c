/* Threads in /proc: /proc/self/task lists the pid and each thread's id; /proc/self/status counts
 * the threads; /proc/self/task/<tid>/stat, status and comm describe that thread; after the joins
 * only the main thread is left. */
#define _GNU_SOURCE
#include "check.h"

#include <dirent.h>
#include <pthread.h>

#define N 3
static pthread_barrier_t barrier;
static pid_t tids[N];

static void* parked(void* p) {
  tids[(long)p] = gettid();
  pthread_barrier_wait(&barrier); /* ids published */
  pthread_barrier_wait(&barrier); /* main has looked */
  return NULL;
}

static int listed(pid_t* out, int cap) {
  DIR* d = opendir("/proc/self/task");
  CHECK(d != NULL);
  int n = 0;
  struct dirent* e;
  while ((e = readdir(d)) != NULL) {
    if (e->d_name[0] == '.')
      continue;
    CHECK(n < cap);
    out[n++] = atoi(e->d_name);
  }
  closedir(d);
  return n;
}

static void read_file(const char* path, char* buf, size_t cap) {
  FILE* f = fopen(path, "r");
  CHECK(f != NULL);
  size_t n = fread(buf, 1, cap - 1, f);
  buf[n] = 0;
  fclose(f);
}

static const char* field(const char* text, const char* name) {
  const char* p = strstr(text, name);
  CHECK(p != NULL);
  return p + strlen(name);
}

int main(void) {
  CHECK(pthread_barrier_init(&barrier, NULL, N + 1) == 0);
  pthread_t t[N];
  for (long i = 0; i < N; i++)
    CHECK(pthread_create(&t[i], NULL, parked, (void*)i) == 0);
  pthread_barrier_wait(&barrier);

  pid_t ids[16];
  int n = listed(ids, 16);
  int found_main = 0, found_threads = 0;
  for (int i = 0; i < n; i++) {
    if (ids[i] == getpid())
      found_main++;
    for (int j = 0; j < N; j++)
      if (ids[i] == tids[j])
        found_threads++;
  }
  printf("task entries %d: main %d, threads %d\n", n, found_main, found_threads);

  char text[4096], path[128];
  read_file("/proc/self/status", text, sizeof text);
  printf("status Threads: %d\n", atoi(field(text, "Threads:")));

  int stat_ok = 0, status_ok = 0;
  for (int j = 0; j < N; j++) {
    snprintf(path, sizeof path, "/proc/self/task/%d/stat", tids[j]);
    read_file(path, text, sizeof text);
    stat_ok += atoi(text) == tids[j] && strstr(text, "(threads_proc)") != NULL;
    snprintf(path, sizeof path, "/proc/self/task/%d/status", tids[j]);
    read_file(path, text, sizeof text);
    status_ok += atoi(field(text, "\nPid:")) == tids[j] && atoi(field(text, "Tgid:")) == getpid();
  }
  snprintf(path, sizeof path, "/proc/%d/task/%d/comm", getpid(), tids[0]);
  read_file(path, text, sizeof text);
  printf("task stat ok %d, status ok %d, comm %s", stat_ok, status_ok, text);

  pthread_barrier_wait(&barrier);
  for (int i = 0; i < N; i++)
    CHECK(pthread_join(t[i], NULL) == 0);
  printf("after joins: %d task entries\n", listed(ids, 16));
  return 0;
}
