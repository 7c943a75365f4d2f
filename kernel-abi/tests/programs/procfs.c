/* procfs: the runtime's /proc answers what programs read there (uptime, df, free, ps and programs
 * finding their own file): /proc/self/{cmdline,environ,comm,stat,status,exe,cwd,mounts,mountinfo}
 * and /proc/{uptime,loadavg,meminfo,cpuinfo,stat,mounts,version}, in Linux's formats. Only facts
 * that hold natively and in the runtime are printed (the values differ: pids, the host's memory).
 * Before, /proc held only self/fd. */
#define _GNU_SOURCE
#include "check.h"

#include <dirent.h>
#include <fcntl.h>
#include <libgen.h>
#include <limits.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>

extern char** environ;

static char text[65536];

/* Reads a whole /proc file into `text`; returns its length, -1 with errno set on failure. */
static long slurp(const char* path) {
  int fd = open(path, O_RDONLY);
  if (fd < 0)
    return -1;
  size_t n = read_all(fd, text, sizeof text);
  close(fd);
  return (long)n;
}

static const char* yes(int ok) {
  return ok ? "yes" : "no";
}

/* The NUL-separated list `list` flattened the way /proc/self/cmdline and environ give it. */
static int same_nul_list(long n, char** list) {
  long at = 0;
  for (char** p = list; *p; ++p) {
    size_t len = strlen(*p) + 1;
    if (at + (long)len > n || memcmp(text + at, *p, len) != 0)
      return 0;
    at += (long)len;
  }
  return at == n;
}

/* The value after "Key:\t" in /proc/self/status, or NULL. */
static const char* status_field(const char* key) {
  static char value[256];
  char* line = strstr(text, key);
  if (line == NULL || (line != text && line[-1] != '\n'))
    return NULL;
  line += strlen(key);
  while (*line == '\t' || *line == ' ')
    ++line;
  size_t len = strcspn(line, "\n");
  if (len >= sizeof value)
    return NULL;
  memcpy(value, line, len);
  value[len] = 0;
  return value;
}

/* Whether the directory `path` lists every one of `names` (at most 31). */
static int lists_all(const char* path, const char** names, size_t count) {
  DIR* d = opendir(path);
  CHECK(d != NULL);
  unsigned seen = 0;
  struct dirent* e;
  while ((e = readdir(d)) != NULL)
    for (size_t i = 0; i < count; ++i)
      if (strcmp(e->d_name, names[i]) == 0)
        seen |= 1u << i;
  closedir(d);
  return seen == (1u << count) - 1;
}

static void check_stat_line(const char* who, char* argv0) {
  long n = slurp("/proc/self/stat");
  CHECK(n > 0);
  int pid, ppid, pgrp, session;
  char state;
  char* close_paren = strrchr(text, ')');
  CHECK(close_paren != NULL);
  CHECK(sscanf(close_paren + 2, "%c %d %d %d", &state, &ppid, &pgrp, &session) == 4);
  CHECK(sscanf(text, "%d", &pid) == 1);
  int fields = 2; /* pid and comm, then one per space */
  for (char* p = close_paren + 1; *p && *p != '\n'; ++p)
    fields += *p == ' ';
  char comm[64];
  const char* open_paren = strchr(text, '(');
  snprintf(comm, sizeof comm, "%.*s", (int)(close_paren - open_paren - 1), open_paren + 1);
  printf("%s: stat pid %s, ppid %s, pgrp %s, session %s, state R %s, comm %s, 52 fields %s\n", who,
         yes(pid == getpid()), yes(ppid == getppid()), yes(pgrp == getpgrp()),
         yes(session == getsid(0)), yes(state == 'R'), yes(strncmp(comm, basename(argv0), 15) == 0),
         yes(fields == 52));
}

int main(int argc, char** argv) {
  (void)argc;
  /* the calling process */
  long n = slurp("/proc/self/cmdline");
  printf("cmdline is argv: %s\n", yes(same_nul_list(n, argv)));
  n = slurp("/proc/self/environ");
  printf("environ is the environment: %s\n", yes(same_nul_list(n, environ)));
  n = slurp("/proc/self/comm");
  char expected[32];
  snprintf(expected, sizeof expected, "%.15s\n", basename(argv[0]));
  printf("comm is the program's name: %s\n", yes(n > 0 && strcmp(text, expected) == 0));

  char exe[PATH_MAX], real[PATH_MAX], cwd[PATH_MAX], link[PATH_MAX];
  ssize_t len = readlink("/proc/self/exe", exe, sizeof exe - 1);
  CHECK(len > 0);
  exe[len] = 0;
  CHECK(realpath(argv[0], real) != NULL);
  printf("exe is the program: %s\n", yes(strcmp(exe, real) == 0));
  CHECK(mkdir("sub", 0755) == 0);
  CHECK(chdir("sub") == 0);
  CHECK(getcwd(cwd, sizeof cwd) != NULL);
  len = readlink("/proc/self/cwd", link, sizeof link - 1);
  CHECK(len > 0);
  link[len] = 0;
  printf("cwd is the working directory: %s\n", yes(strcmp(link, cwd) == 0));
  struct stat st;
  CHECK(stat("/proc/self/cwd/.", &st) == 0);
  struct stat here;
  CHECK(stat(".", &here) == 0);
  printf("cwd leads there: %s\n", yes(st.st_ino == here.st_ino && st.st_dev == here.st_dev));
  CHECK(chdir("..") == 0);

  check_stat_line("parent", argv[0]);
  sigset_t block;
  sigemptyset(&block);
  sigaddset(&block, SIGUSR1);
  CHECK(sigprocmask(SIG_BLOCK, &block, NULL) == 0);
  signal(SIGUSR2, SIG_IGN);
  n = slurp("/proc/self/status");
  CHECK(n > 0);
  const char* v = status_field("Pid:");
  printf("status Pid: %s\n", yes(v && atoi(v) == getpid()));
  v = status_field("PPid:");
  printf("status PPid: %s\n", yes(v && atoi(v) == getppid()));
  v = status_field("SigBlk:");
  printf("status SigBlk has SIGUSR1: %s\n",
         yes(v && ((strtoull(v, NULL, 16) >> (SIGUSR1 - 1)) & 1)));
  v = status_field("SigIgn:");
  printf("status SigIgn has SIGUSR2: %s\n",
         yes(v && ((strtoull(v, NULL, 16) >> (SIGUSR2 - 1)) & 1)));
  v = status_field("Name:");
  printf("status Name: %s\n", yes(v && strncmp(v, basename(argv[0]), 15) == 0));

  fflush(stdout);
  pid_t pid = fork();
  CHECK(pid >= 0);
  if (pid == 0) {
    check_stat_line("child", argv[0]);
    fflush(stdout);
    _exit(0);
  }
  int status;
  CHECK(waitpid(pid, &status, 0) == pid && status == 0);

  /* /proc/self is a link to /proc/<pid>; another process's directory */
  char self[32], mine[32];
  len = readlink("/proc/self", self, sizeof self - 1);
  CHECK(len > 0);
  self[len] = 0;
  snprintf(mine, sizeof mine, "%d", (int)getpid());
  printf("/proc/self links to /proc/<pid>: %s\n", yes(strcmp(self, mine) == 0));
  int go[2];
  CHECK(pipe(go) == 0);
  fflush(stdout);
  pid = fork();
  CHECK(pid >= 0);
  if (pid == 0) {
    char c;
    close(go[1]);
    read(go[0], &c, 1); /* until the parent has looked */
    _exit(0);
  }
  char path[64], other[PATH_MAX];
  snprintf(path, sizeof path, "/proc/%d/stat", (int)pid);
  n = slurp(path);
  int child_pid = 0, child_ppid = 0;
  char child_state;
  CHECK(n > 0 && sscanf(text, "%d", &child_pid) == 1);
  CHECK(sscanf(strrchr(text, ')') + 2, "%c %d", &child_state, &child_ppid) == 2);
  printf("child's stat: pid %s, ppid %s\n", yes(child_pid == pid), yes(child_ppid == getpid()));
  snprintf(path, sizeof path, "/proc/%d/cmdline", (int)pid);
  n = slurp(path);
  printf("child's cmdline: %s\n", yes(same_nul_list(n, argv)));
  snprintf(path, sizeof path, "/proc/%d/exe", (int)pid);
  len = readlink(path, other, sizeof other - 1);
  CHECK(len > 0);
  other[len] = 0;
  printf("child's exe: %s\n", yes(strcmp(other, exe) == 0));
  snprintf(path, sizeof path, "/proc/%d/fd/%d", (int)pid, go[0]);
  CHECK(lstat(path, &st) == 0);
  printf("child's pipe end in its fd/ is a link: %s\n", yes(S_ISLNK(st.st_mode)));
  DIR* listing = opendir("/proc");
  CHECK(listing != NULL);
  int found = 0;
  char theirs[32];
  snprintf(theirs, sizeof theirs, "%d", (int)pid);
  struct dirent* entry;
  while ((entry = readdir(listing)) != NULL)
    found += strcmp(entry->d_name, mine) == 0 || strcmp(entry->d_name, theirs) == 0;
  closedir(listing);
  printf("/proc lists both pids: %s\n", yes(found == 2));
  close(go[0]);
  close(go[1]);
  CHECK(waitpid(pid, &status, 0) == pid);
  snprintf(path, sizeof path, "/proc/%d", (int)pid);
  TRYE(stat(path, &st));

  /* the machine */
  double up, idle;
  n = slurp("/proc/uptime");
  printf("uptime: %s\n", yes(n > 0 && sscanf(text, "%lf %lf", &up, &idle) == 2 && up > 0));
  double l1, l5, l15;
  int running, total, last;
  n = slurp("/proc/loadavg");
  printf("loadavg: %s\n",
         yes(n > 0 &&
             sscanf(text, "%lf %lf %lf %d/%d %d", &l1, &l5, &l15, &running, &total, &last) == 6 &&
             running >= 1 && total >= running));
  n = slurp("/proc/meminfo");
  unsigned long total_kb = 0;
  printf("meminfo: %s\n", yes(n > 0 && sscanf(text, "MemTotal: %lu kB", &total_kb) == 1 &&
                              total_kb > 0 && strstr(text, "\nMemAvailable:") != NULL));
  n = slurp("/proc/cpuinfo");
  int processors = 0;
  for (char* p = text; (p = strstr(p, "processor")) != NULL; ++p)
    processors += p == text || p[-1] == '\n';
  printf("cpuinfo processors = online CPUs: %s\n",
         yes(processors == sysconf(_SC_NPROCESSORS_ONLN)));
  n = slurp("/proc/stat");
  printf("stat has cpu and btime: %s\n",
         yes(n > 0 && strncmp(text, "cpu ", 4) == 0 && strstr(text, "\nbtime ") != NULL));
  n = slurp("/proc/version");
  printf("version: %s\n", yes(n > 0 && strncmp(text, "Linux version ", 14) == 0));
  n = slurp("/proc/mounts");
  printf("mounts has /: %s\n", yes(n > 0 && strstr(text, " / ") != NULL));
  n = slurp("/proc/self/mountinfo");
  printf("mountinfo has /: %s\n", yes(n > 0 && strstr(text, " / / ") != NULL));

  /* the files: regular, size 0, read-only, readable at an offset */
  CHECK(stat("/proc/uptime", &st) == 0);
  printf("uptime is a regular file of size 0, r--r--r--: %s\n",
         yes(S_ISREG(st.st_mode) && st.st_size == 0 && (st.st_mode & 0777) == 0444));
  CHECK(lstat("/proc/self/exe", &st) == 0);
  printf("exe is a symlink: %s\n", yes(S_ISLNK(st.st_mode)));
  int fd = open("/proc/self/cmdline", O_RDONLY);
  CHECK(fd >= 0);
  char head[8] = {0};
  TRY(pread(fd, head, 2, 2));
  printf("pread at 2: %s\n", yes(memcmp(head, argv[0] + 2, 2) == 0));
  TRY(lseek(fd, 1, SEEK_SET));
  TRYE(write(fd, "x", 1));
  close(fd);
  TRYE(access("/proc/uptime", R_OK));
  TRYE(open("/proc/self/status", O_RDONLY | O_CREAT | O_EXCL, 0644));

  /* the listings */
  const char* wanted[] = {"self", "uptime", "meminfo", "cpuinfo", "loadavg", "mounts", "stat"};
  printf("/proc lists self and the files: %s\n",
         yes(lists_all("/proc", wanted, sizeof wanted / sizeof *wanted)));
  const char* own[] = {"fd", "cmdline", "environ", "exe", "cwd", "stat", "status", "comm"};
  printf("/proc/self lists fd, the files and the links: %s\n",
         yes(lists_all("/proc/self", own, sizeof own / sizeof *own)));
  return 0;
}
