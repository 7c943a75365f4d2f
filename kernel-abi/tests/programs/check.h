/* check.h — tiny helpers shared by the conformance programs.
 *
 * Every program prints what it observes on stdout (the harness compares it between the native
 * build and the wasm builds) and exits non-zero as soon as an expectation fails, naming it on
 * stdout. Nothing printed may depend on pids, addresses, times or host paths. */
#ifndef WPK_CONFORMANCE_CHECK_H
#define WPK_CONFORMANCE_CHECK_H
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define CHECK(cond)                                                                                \
  do {                                                                                             \
    if (!(cond)) {                                                                                 \
      printf("FAILED %s:%d: %s (errno %s)\n", __FILE__, __LINE__, #cond, strerror(errno));         \
      fflush(stdout);                                                                              \
      _exit(99);                                                                                   \
    }                                                                                              \
  } while (0)

/* Writes all of buf or fails. */
static inline void write_all(int fd, const void* buf, size_t n) {
  const char* p = buf;
  while (n > 0) {
    ssize_t w = write(fd, p, n);
    CHECK(w > 0);
    p += w;
    n -= (size_t)w;
  }
}

/* Reads until EOF into buf (NUL-terminated); returns the length. */
static inline size_t read_all(int fd, char* buf, size_t cap) {
  size_t n = 0;
  for (;;) {
    ssize_t r = read(fd, buf + n, cap - 1 - n);
    CHECK(r >= 0);
    if (r == 0)
      break;
    n += (size_t)r;
    CHECK(n < cap - 1);
  }
  buf[n] = 0;
  return n;
}

/* Prints what an expression gave, named by its source text: the value, or strerror(errno) when
 * it is negative. TRY(expr) clears errno first. */
static inline void print_result(const char* what, long r) {
  if (r < 0)
    printf("%-44s -> %s\n", what, strerror(errno));
  else
    printf("%-44s -> %ld\n", what, r);
}
#define TRY(expr) (errno = 0, print_result(#expr, (long)(expr)))

/* The name of an errno value, for errors whose strerror text differs between glibc and musl
 * (ENOTSOCK, EOPNOTSUPP, ...); strerror's text for others; "0" for none. */
static inline const char* errno_name(int e) {
  static const struct {
    int e;
    const char* name;
  } names[] = {
      {0, "0"},
      {ENOENT, "ENOENT"},
      {EACCES, "EACCES"},
      {EDEADLK, "EDEADLK"},
      {EAGAIN, "EAGAIN"},
      {EINVAL, "EINVAL"},
      {EBADF, "EBADF"},
      {EPIPE, "EPIPE"},
      {EINTR, "EINTR"},
      {EFAULT, "EFAULT"},
      {ENOTTY, "ENOTTY"},
      {ESPIPE, "ESPIPE"},
      {EMFILE, "EMFILE"},
      {ENXIO, "ENXIO"},
      {ENOTSOCK, "ENOTSOCK"},
      {EOPNOTSUPP, "EOPNOTSUPP"},
      {EAFNOSUPPORT, "EAFNOSUPPORT"},
      {EPROTONOSUPPORT, "EPROTONOSUPPORT"},
      {ESOCKTNOSUPPORT, "ESOCKTNOSUPPORT"},
      {ENOPROTOOPT, "ENOPROTOOPT"},
      {ECONNREFUSED, "ECONNREFUSED"},
      {ECONNRESET, "ECONNRESET"},
      {ECONNABORTED, "ECONNABORTED"},
      {EINPROGRESS, "EINPROGRESS"},
      {EALREADY, "EALREADY"},
      {EISCONN, "EISCONN"},
      {ENOTCONN, "ENOTCONN"},
      {EADDRINUSE, "EADDRINUSE"},
      {EADDRNOTAVAIL, "EADDRNOTAVAIL"},
      {EMSGSIZE, "EMSGSIZE"},
      {EDESTADDRREQ, "EDESTADDRREQ"},
      {EPERM, "EPERM"},
      {EEXIST, "EEXIST"},
      {ELOOP, "ELOOP"},
      {ENODEV, "ENODEV"},
      {EFBIG, "EFBIG"},
  };
  for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
    if (names[i].e == e)
      return names[i].name;
  return strerror(e);
}

/* TRY with the errno printed by name (errno_name). */
static inline void print_result_named(const char* what, long r) {
  if (r < 0)
    printf("%-44s -> %s\n", what, errno_name(errno));
  else
    printf("%-44s -> %ld\n", what, r);
}
#define TRYE(expr) (errno = 0, print_result_named(#expr, (long)(expr)))

/* Prints the working directory relative to `start` (getcwd at the beginning: the scratch
 * directory's path differs between runs), or getcwd's error. */
static inline void print_cwd_from(const char* label, const char* start) {
  char now[PATH_MAX];
  errno = 0;
  if (getcwd(now, sizeof now) != now) {
    printf("%s: getcwd: %s\n", label, strerror(errno));
    return;
  }
  size_t n = strlen(start);
  CHECK(strncmp(now, start, n) == 0);
  const char* rel = strcmp(start, "/") != 0 ? now + n : strcmp(now, "/") == 0 ? "" : now;
  printf("%s: .%s\n", label, rel);
}

/* fork with stdout flushed first, so no buffered output is duplicated into the child. */
static inline pid_t flush_fork(void) {
  fflush(stdout);
  pid_t pid = fork();
  CHECK(pid >= 0);
  return pid;
}
#endif
