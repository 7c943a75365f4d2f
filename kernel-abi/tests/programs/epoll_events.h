/* epoll_events.h — helpers shared by the epoll conformance programs: event bits by name, and one
 * epoll_wait whose events are printed in a fixed order (by the tag each interest carries in
 * data.u64; the order epoll reports ready interests in is not part of what they compare). */
#ifndef WPK_CONFORMANCE_EPOLL_EVENTS_H
#define WPK_CONFORMANCE_EPOLL_EVENTS_H
#include "check.h"

#include <stdint.h>
#include <sys/epoll.h>

static inline const char* epoll_bits(uint32_t ev) {
  static char buf[96];
  static const struct {
    uint32_t bit;
    const char* name;
  } bits[] = {{EPOLLIN, "IN"},         {EPOLLPRI, "PRI"},       {EPOLLOUT, "OUT"},
              {EPOLLRDNORM, "RDNORM"}, {EPOLLWRNORM, "WRNORM"}, {EPOLLRDHUP, "RDHUP"},
              {EPOLLHUP, "HUP"},       {EPOLLERR, "ERR"}};
  uint32_t known = 0;
  buf[0] = 0;
  for (size_t i = 0; i < sizeof bits / sizeof bits[0]; i++) {
    known |= bits[i].bit;
    if (ev & bits[i].bit)
      snprintf(buf + strlen(buf), sizeof buf - strlen(buf), "%s%s", buf[0] ? "|" : "",
               bits[i].name);
  }
  if (ev & ~known)
    snprintf(buf + strlen(buf), sizeof buf - strlen(buf), "%s0x%x", buf[0] ? "|" : "",
             (unsigned)(ev & ~known));
  return buf[0] ? buf : "none";
}

/* Adds (or modifies, with op) fd to ep with events and a tag. */
static inline int epoll_set(int ep, int op, int fd, uint32_t events, uint64_t tag) {
  struct epoll_event ev;
  memset(&ev, 0, sizeof ev);
  ev.events = events;
  ev.data.u64 = tag;
  return epoll_ctl(ep, op, fd, &ev);
}

/* One epoll_wait (at most max events, timeout in ms); prints "what: N [tag:BITS ...]" sorted
 * by tag. Returns the count. */
static inline int show_wait(const char* what, int ep, int max, int timeout) {
  struct epoll_event ev[16];
  CHECK(max <= 16);
  int n = epoll_wait(ep, ev, max, timeout);
  if (n < 0) {
    printf("%-40s -> %s\n", what, errno_name(errno));
    return n;
  }
  for (int i = 1; i < n; i++)
    for (int j = i; j > 0 && ev[j - 1].data.u64 > ev[j].data.u64; j--) {
      struct epoll_event t = ev[j];
      ev[j] = ev[j - 1];
      ev[j - 1] = t;
    }
  printf("%-40s -> %d", what, n);
  for (int i = 0; i < n; i++)
    printf(" %llu:%s", (unsigned long long)ev[i].data.u64, epoll_bits(ev[i].events));
  printf("\n");
  return n;
}

/* Waits (without a time limit) until the interest tagged `tag` reports; prints its events. */
static inline void wait_for_tag(const char* what, int ep, uint64_t tag) {
  for (;;) {
    struct epoll_event ev[16];
    int n = epoll_wait(ep, ev, 16, -1);
    CHECK(n > 0);
    for (int i = 0; i < n; i++)
      if (ev[i].data.u64 == tag) {
        printf("%-40s -> %llu:%s\n", what, (unsigned long long)tag, epoll_bits(ev[i].events));
        return;
      }
  }
}
#endif
