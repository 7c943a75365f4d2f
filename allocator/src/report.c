/* Native exit report: proof that wpkmalloc really served a process.
 *
 * When WPKMALLOC_REPORT names a file, each process that ran with this allocator appends one line
 * "wpkmalloc <version> pid=<pid> system_bytes=<n> peak_system_bytes=<n> slabs=<n>" at exit.
 * Tests preload libwpkmalloc.so into real programs and check these lines; nothing of this runs
 * on the allocation paths.
 */
#define _GNU_SOURCE 1 /* O_CLOEXEC */
#include "wpkmalloc-types.h"

#if !WPK_WASM
#include <fcntl.h>
#include <stdlib.h>
#include <unistd.h>

static size_t append_text(char* buf, size_t len, const char* s) {
  while (*s && len < 255)
    buf[len++] = *s++;
  return len;
}

static size_t append_number(char* buf, size_t len, size_t v) {
  char digits[24];
  int n = 0;
  do {
    digits[n++] = (char)('0' + v % 10);
    v /= 10;
  } while (v);
  while (n && len < 255)
    buf[len++] = digits[--n];
  return len;
}

__attribute__((destructor)) static void wpk_exit_report(void) {
  const char* path = getenv("WPKMALLOC_REPORT");
  if (!path || !*path)
    return;
  struct wpkmalloc_stats s;
  wpkmalloc_get_stats(&s);
  char buf[256];
  size_t len = append_text(buf, 0, wpkmalloc_version());
  len = append_text(buf, len, " pid=");
  len = append_number(buf, len, (size_t)getpid());
  len = append_text(buf, len, " system_bytes=");
  len = append_number(buf, len, s.system_bytes);
  len = append_text(buf, len, " peak_system_bytes=");
  len = append_number(buf, len, s.peak_system_bytes);
  len = append_text(buf, len, " slabs=");
  len = append_number(buf, len, s.slabs);
  len = append_text(buf, len, "\n");
  int fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0644);
  if (fd < 0)
    return;
  (void)!write(fd, buf, len);
  close(fd);
}
#else
typedef int wpk_no_report_on_wasm;
#endif
