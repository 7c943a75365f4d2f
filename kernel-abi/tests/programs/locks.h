/* locks.h — helpers shared by the file-lock conformance programs: record locks through fcntl,
 * F_GETLK answers printed without pids (errors by name: check.h's errno_name), and one-byte tokens
 * through pipes to take turns between processes. */
#ifndef WPK_CONFORMANCE_LOCKS_H
#define WPK_CONFORMANCE_LOCKS_H
#include "check.h"

#include <fcntl.h>
#include <sys/types.h>

/* A struct flock with these fields, the others zero. */
static inline struct flock lock_of(short type, short whence, off_t start, off_t len) {
  struct flock fl;
  memset(&fl, 0, sizeof fl);
  fl.l_type = type;
  fl.l_whence = whence;
  fl.l_start = start;
  fl.l_len = len;
  return fl;
}

/* fcntl(fd, cmd) with a struct flock of these fields; returns 0 or errno. */
static inline int lk(int fd, int cmd, short type, short whence, off_t start, off_t len) {
  struct flock fl = lock_of(type, whence, start, len);
  return fcntl(fd, cmd, &fl) == 0 ? 0 : errno;
}

static inline const char* type_name(short t) {
  return t == F_UNLCK ? "F_UNLCK" : t == F_RDLCK ? "F_RDLCK" : t == F_WRLCK ? "F_WRLCK" : "?";
}

/* F_GETLK for [start, start+len): prints the conflicting lock (whether its owner is `owner`)
 * or F_UNLCK. */
static inline void probe(const char* who, int fd, short type, off_t start, off_t len, pid_t owner) {
  struct flock fl = lock_of(type, SEEK_SET, start, len);
  fl.l_pid = 4242;
  if (fcntl(fd, F_GETLK, &fl) != 0) {
    printf("%s: F_GETLK %s %lld+%lld -> %s\n", who, type_name(type), (long long)start,
           (long long)len, errno_name(errno));
  } else if (fl.l_type == F_UNLCK) {
    printf("%s: F_GETLK %s %lld+%lld -> F_UNLCK\n", who, type_name(type), (long long)start,
           (long long)len);
  } else {
    printf("%s: F_GETLK %s %lld+%lld -> %s at %lld+%lld whence %d, l_pid %s\n", who,
           type_name(type), (long long)start, (long long)len, type_name(fl.l_type),
           (long long)fl.l_start, (long long)fl.l_len, fl.l_whence,
           fl.l_pid == owner ? "same" : "other");
  }
  fflush(stdout);
}

/* Flushes stdout first: what this process printed comes before what the other prints next. */
static inline void send_token(int fd) {
  fflush(stdout);
  write_all(fd, "x", 1);
}

static inline void wait_token(int fd) {
  char c;
  CHECK(read(fd, &c, 1) == 1);
}

/* A child blocked in a lock call writes one byte on `fd` when the call returns. After a pause long
 * enough for a child that did not block to have written it, reads that byte without waiting: what
 * to print (the errno's name, EAGAIN while the child still waits, or "it has"); the byte goes to
 * *got, which stays 0 when none came. */
static inline const char* early_report(int fd, char* got) {
  usleep(300000);
  *got = 0;
  int flags = fcntl(fd, F_GETFL);
  CHECK(fcntl(fd, F_SETFL, flags | O_NONBLOCK) == 0);
  errno = 0;
  ssize_t n = read(fd, got, 1);
  int error = errno;
  CHECK(fcntl(fd, F_SETFL, flags) == 0);
  return n < 0 ? errno_name(error) : "it has";
}

/* The child's byte: the one early_report got, else the one it writes now. */
static inline char report(int fd, char got) {
  if (got == 0) /* (a child that did not wait has reported already) */
    CHECK(read(fd, &got, 1) == 1);
  return got;
}
#endif
