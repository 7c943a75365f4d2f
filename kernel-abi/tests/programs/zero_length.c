/* Zero-length reads and writes return 0 at once: on an empty pipe (whose writer is still open, so
 * a read of one byte would wait), on a pipe holding data (which stays there) and on a full pipe
 * (where a write of one byte would wait). */
#include "check.h"

#include <fcntl.h>

int main(void) {
  int p[2];
  char b[4];
  CHECK(pipe(p) == 0);
  printf("read 0 from an empty pipe: %zd\n", read(p[0], b, 0));
  write_all(p[1], "abc", 3);
  printf("read 0 from a pipe with data: %zd\n", read(p[0], b, 0));
  printf("then read 4: %zd\n", read(p[0], b, 4));

  /* fill the pipe without blocking, then write 0 bytes in blocking mode */
  static char big[1 << 20];
  CHECK(fcntl(p[1], F_SETFL, O_NONBLOCK) == 0);
  CHECK(write(p[1], big, sizeof big) > 0);
  CHECK(write(p[1], big, 1) == -1 && errno == EAGAIN);
  CHECK(fcntl(p[1], F_SETFL, 0) == 0);
  printf("write 0 to a full pipe: %zd\n", write(p[1], b, 0));

  /* read 0 from the caller's standard input (/dev/null here) and from /dev/zero */
  printf("read 0 from stdin: %zd\n", read(0, b, 0));
  int z = open("/dev/zero", O_RDONLY);
  CHECK(z >= 0);
  printf("read 0 from /dev/zero: %zd\n", read(z, b, 0));
  return 0;
}
