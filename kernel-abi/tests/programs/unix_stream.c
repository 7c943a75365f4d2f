/* AF_UNIX stream sockets bound to a path (relative, in the working directory): bind creates a
 * socket file (S_ISSOCK), a second bind of the name is EADDRINUSE, getsockname/getpeername give
 * the name, accept gives an unnamed peer, a forked client exchanges data both ways and 2 MiB
 * (checksummed), connect to a missing name is ENOENT and to a regular file ECONNREFUSED, listen
 * on an unbound socket EINVAL. */
#include "check.h"

#include <stddef.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <sys/wait.h>

static socklen_t unix_addr(struct sockaddr_un* a, const char* path) {
  memset(a, 0, sizeof *a);
  a->sun_family = AF_UNIX;
  strcpy(a->sun_path, path);
  return (socklen_t)(offsetof(struct sockaddr_un, sun_path) + strlen(path) + 1);
}

int main(void) {
  unlink("sock");
  int s = socket(AF_UNIX, SOCK_STREAM, 0);
  CHECK(s >= 0);
  TRYE(listen(s, 4));
  struct sockaddr_un a;
  socklen_t alen = unix_addr(&a, "./sock");
  TRYE(bind(s, (struct sockaddr*)&a, alen));
  struct stat st;
  CHECK(stat("sock", &st) == 0);
  printf("socket file: %d\n", S_ISSOCK(st.st_mode));
  int other = socket(AF_UNIX, SOCK_STREAM, 0);
  TRYE(bind(other, (struct sockaddr*)&a, alen));
  close(other);
  struct sockaddr_un got;
  socklen_t glen = sizeof got;
  CHECK(getsockname(s, (struct sockaddr*)&got, &glen) == 0);
  printf("getsockname: %s len %d\n", got.sun_path, (int)glen);
  CHECK(listen(s, 4) == 0);

  pid_t pid = flush_fork();
  if (pid == 0) {
    int c = socket(AF_UNIX, SOCK_STREAM, 0);
    CHECK(connect(c, (struct sockaddr*)&a, alen) == 0);
    struct sockaddr_un peer;
    socklen_t plen = sizeof peer;
    CHECK(getpeername(c, (struct sockaddr*)&peer, &plen) == 0);
    CHECK(strcmp(peer.sun_path, "./sock") == 0);
    write_all(c, "hello over a unix socket", 24);
    char back[64];
    ssize_t n = read(c, back, sizeof back - 1);
    CHECK(n == 5 && memcmp(back, "thanks", 5) == 0);
    static unsigned char block[40000];
    for (int i = 0; i < 52; i++) {
      memset(block, i, sizeof block);
      write_all(c, block, sizeof block);
    }
    _exit(0);
  }
  struct sockaddr_un peer;
  socklen_t plen = sizeof peer;
  int c = accept(s, (struct sockaddr*)&peer, &plen);
  CHECK(c >= 0);
  printf("accepted: family unix %d len %d\n", peer.sun_family == AF_UNIX, (int)plen);
  glen = sizeof got;
  CHECK(getsockname(c, (struct sockaddr*)&got, &glen) == 0);
  printf("accepted getsockname: %s\n", got.sun_path);
  char buf[4096];
  ssize_t n = read(c, buf, 24);
  CHECK(n > 0);
  while (n < 24) {
    ssize_t k = read(c, buf + n, (size_t)(24 - n));
    CHECK(k > 0);
    n += k;
  }
  printf("server got: %.*s\n", (int)n, buf);
  write_all(c, "thank", 5);
  long total = 0;
  unsigned int sum = 0;
  while ((n = read(c, buf, sizeof buf)) > 0) {
    for (ssize_t i = 0; i < n; i++)
      sum = sum * 31 + (unsigned char)buf[i];
    total += n;
  }
  CHECK(n == 0);
  printf("then %ld bytes, sum %u\n", total, sum);
  int status;
  CHECK(waitpid(pid, &status, 0) == pid && WIFEXITED(status) && WEXITSTATUS(status) == 0);
  close(c);
  close(s);

  int k = socket(AF_UNIX, SOCK_STREAM, 0);
  alen = unix_addr(&a, "missing");
  TRYE(connect(k, (struct sockaddr*)&a, alen));
  FILE* f = fopen("plain", "w");
  CHECK(f != NULL);
  fclose(f);
  alen = unix_addr(&a, "plain");
  TRYE(connect(k, (struct sockaddr*)&a, alen));
  close(k);
  unlink("plain");
  unlink("sock");
  return 0;
}
