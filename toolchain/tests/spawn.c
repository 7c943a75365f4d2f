/* spawn: posix_spawn as the wasm port implements it (fork through wpk.fork, then exec, errors
 * reported through a close-on-exec pipe; toolchain/musl/src/process/wasm/posix_spawn.c).
 * Built natively too; the test compares both outputs.
 *
 * Usage: spawn            (spawns itself with --child)
 * Checks: file actions (dup2 of a pipe onto stdout, close) reach the child; the child's exit
 * status comes back through waitpid; a program that does not exist makes posix_spawn return
 * ENOENT with no child left behind; POSIX_SPAWN_SETSIGMASK gives the child the requested mask. */
#include <errno.h>
#include <signal.h>
#include <spawn.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

static int failures;

static void check(int ok, const char* what) {
  printf("%s %s\n", ok ? "ok  " : "FAIL", what);
  if (!ok)
    failures++;
}

static int child(const char* mode) {
  if (strcmp(mode, "hello") == 0) {
    printf("spawned child says hello\n");
    return 5;
  }
  if (strcmp(mode, "mask") == 0) {
    sigset_t now;
    sigprocmask(SIG_SETMASK, 0, &now);
    return sigismember(&now, SIGUSR1) ? 6 : 60;
  }
  return 99;
}

int main(int argc, char** argv) {
  if (argc > 2 && strcmp(argv[1], "--child") == 0)
    return child(argv[2]);

  int fds[2];
  check(pipe(fds) == 0, "pipe");
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, fds[1], STDOUT_FILENO);
  posix_spawn_file_actions_addclose(&actions, fds[0]);
  posix_spawn_file_actions_addclose(&actions, fds[1]);
  char* hello_argv[] = {argv[0], "--child", "hello", NULL};
  pid_t pid = -1;
  int err = posix_spawn(&pid, argv[0], &actions, NULL, hello_argv, environ);
  posix_spawn_file_actions_destroy(&actions);
  check(err == 0 && pid > 0, "posix_spawn with file actions");
  close(fds[1]);
  char reply[64] = {0};
  ssize_t got = 0, n;
  while (got < (ssize_t)sizeof reply - 1 &&
         (n = read(fds[0], reply + got, sizeof reply - 1 - got)) > 0)
    got += n;
  close(fds[0]);
  int status = 0;
  check(waitpid(pid, &status, 0) == pid && WIFEXITED(status) && WEXITSTATUS(status) == 5,
        "the spawned child's exit status");
  check(strcmp(reply, "spawned child says hello\n") == 0, "the child's stdout was the pipe");

  char* missing_argv[] = {"/nonexistent/program", NULL};
  pid = -1;
  err = posix_spawn(&pid, "/nonexistent/program", NULL, NULL, missing_argv, environ);
  check(err == ENOENT, "a missing program gives ENOENT");
  check(waitpid(-1, &status, WNOHANG) == -1 && errno == ECHILD, "and leaves no child behind");

  posix_spawnattr_t attr;
  posix_spawnattr_init(&attr);
  sigset_t mask;
  sigemptyset(&mask);
  sigaddset(&mask, SIGUSR1);
  posix_spawnattr_setsigmask(&attr, &mask);
  posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETSIGMASK);
  char* mask_argv[] = {argv[0], "--child", "mask", NULL};
  err = posix_spawn(&pid, argv[0], NULL, &attr, mask_argv, environ);
  posix_spawnattr_destroy(&attr);
  check(err == 0 && waitpid(pid, &status, 0) == pid && WIFEXITED(status) &&
            WEXITSTATUS(status) == 6,
        "POSIX_SPAWN_SETSIGMASK reaches the child");

  printf("%d failure(s)\n", failures);
  return failures != 0;
}
