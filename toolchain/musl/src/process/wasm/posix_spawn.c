/* posix_spawn on wasm, built on fork (the wpk.fork import) instead of a CLONE_VM|CLONE_VFORK
 * clone with a borrowed stack, which wasm cannot do.
 *
 * The parent creates a close-on-exec pipe and forks. The child applies the attributes and file
 * actions in order, then execs; if anything fails it writes the positive errno to the pipe and
 * exits with 127. A successful exec closes the pipe, so the parent reads either nothing (success,
 * *pid is set) or the error (the child is reaped and the error returned). The child has its own
 * copy of memory, so running a handler there cannot corrupt the parent; handled signals are still
 * reset to SIG_DFL before the mask is restored, as POSIX_SPAWN_SETSIGDEF and exec semantics
 * require. system() and popen() use this function. */
#define _GNU_SOURCE
#include <spawn.h>
#include <unistd.h>
#include <signal.h>
#include <fcntl.h>
#include <errno.h>
#include <sys/wait.h>
#include "syscall.h"
#include "pthread_impl.h"
#include "../fdop.h"

static int move_fd(int from, int to)
{
	if (from == to) {
		int flags = __syscall(SYS_fcntl, from, F_GETFD);
		if (flags < 0) return flags;
		return __syscall(SYS_fcntl, from, F_SETFD, flags & ~FD_CLOEXEC);
	}
	int r = __syscall(SYS_dup3, from, to, 0);
	return r < 0 ? r : 0;
}

/* Returns 0 or -errno. *report is the pipe's write end; it is moved out of the way when a file
 * action targets its descriptor. */
static int apply_file_action(const struct fdop *op, int *report)
{
	if (op->fd == *report) {
		int moved = __syscall(SYS_fcntl, *report, F_DUPFD_CLOEXEC, 0);
		if (moved < 0) return moved;
		__syscall(SYS_close, *report);
		*report = moved;
	}
	switch (op->cmd) {
	case FDOP_CLOSE:
		__syscall(SYS_close, op->fd);
		return 0;
	case FDOP_DUP2:
		if (op->srcfd == *report) return -EBADF;
		return move_fd(op->srcfd, op->fd);
	case FDOP_OPEN: {
		int fd = __sys_open(op->path, op->oflag, op->mode);
		if (fd < 0) return fd;
		if (fd == op->fd) return 0;
		int r = move_fd(fd, op->fd);
		__syscall(SYS_close, fd);
		return r;
	}
	case FDOP_CHDIR:
		return __syscall(SYS_chdir, op->path);
	case FDOP_FCHDIR:
		return __syscall(SYS_fchdir, op->fd);
	}
	return -EINVAL;
}

static int prepare_child(const posix_spawn_file_actions_t *fa, const posix_spawnattr_t *attr,
                         const sigset_t *parent_mask, int *report)
{
	int r;
	struct sigaction dfl = { .sa_handler = SIG_DFL }, old;
	for (int sig = 1; sig < _NSIG; sig++) {
		if (sig == SIGKILL || sig == SIGSTOP) continue;
		int to_default = (attr->__flags & POSIX_SPAWN_SETSIGDEF) && sigismember(&attr->__def, sig);
		if (!to_default) {
			if (__libc_sigaction(sig, 0, &old) < 0) continue;
			to_default = old.sa_handler != SIG_DFL && old.sa_handler != SIG_IGN;
		}
		if (to_default) __libc_sigaction(sig, &dfl, 0);
	}
	if ((attr->__flags & POSIX_SPAWN_SETSID) && (r = __syscall(SYS_setsid)) < 0) return r;
	if ((attr->__flags & POSIX_SPAWN_SETPGROUP) &&
	    (r = __syscall(SYS_setpgid, 0, attr->__pgrp)) < 0)
		return r;
	if (attr->__flags & POSIX_SPAWN_RESETIDS) {
		if ((r = __syscall(SYS_setgid, __syscall(SYS_getgid))) < 0) return r;
		if ((r = __syscall(SYS_setuid, __syscall(SYS_getuid))) < 0) return r;
	}
	if (fa && fa->__actions) {
		/* The list is kept newest first; actions run in the order they were added. */
		const struct fdop *op = fa->__actions;
		while (op->next) op = op->next;
		for (; op; op = op->prev)
			if ((r = apply_file_action(op, report)) < 0) return r;
	}
	__syscall(SYS_fcntl, *report, F_SETFD, FD_CLOEXEC);
	const sigset_t *mask = (attr->__flags & POSIX_SPAWN_SETSIGMASK) ? &attr->__mask : parent_mask;
	__syscall(SYS_rt_sigprocmask, SIG_SETMASK, mask, 0, _NSIG / 8);
	return 0;
}

int posix_spawn(pid_t *restrict res, const char *restrict path,
                const posix_spawn_file_actions_t *fa, const posix_spawnattr_t *restrict attr,
                char *const argv[restrict], char *const envp[restrict])
{
	static const posix_spawnattr_t no_attributes;
	const posix_spawnattr_t *attributes = attr ? attr : &no_attributes;
	int cancel_state, pipe_fds[2], error = 0;
	sigset_t parent_mask;

	pthread_setcancelstate(PTHREAD_CANCEL_DISABLE, &cancel_state);
	pthread_sigmask(SIG_BLOCK, SIGALL_SET, &parent_mask);

	if (pipe2(pipe_fds, O_CLOEXEC)) {
		error = errno;
		goto done;
	}

	pid_t pid = _Fork();
	if (pid == 0) {
		int report = pipe_fds[1];
		__syscall(SYS_close, pipe_fds[0]);
		int r = prepare_child(fa, attributes, &parent_mask, &report);
		if (r == 0) {
			int (*exec)(const char *, char *const *, char *const *) =
				attributes->__fn ? (int (*)(const char *, char *const *, char *const *))attributes->__fn
				                 : execve;
			exec(path, argv, envp);
			r = -errno;
		}
		int code = -r;
		while (__syscall(SYS_write, report, &code, sizeof code) == -EINTR);
		_exit(127);
	}
	close(pipe_fds[1]);
	if (pid < 0) {
		error = errno;
	} else {
		int code;
		ssize_t n;
		while ((n = read(pipe_fds[0], &code, sizeof code)) < 0 && errno == EINTR);
		if (n == sizeof code) {
			error = code;
			while (waitpid(pid, &(int){0}, 0) < 0 && errno == EINTR);
		} else if (res) {
			*res = pid;
		}
	}
	close(pipe_fds[0]);

done:
	pthread_sigmask(SIG_SETMASK, &parent_mask, 0);
	pthread_setcancelstate(cancel_state, 0);
	return error;
}
