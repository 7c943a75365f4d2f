// process.cc — fork/exec with one pipe for stdout (+ stderr unless discarded; see process.h).
#include "process.h"

#include <cerrno>
#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

namespace wpk::abi {

ProcessResult run_process(const std::vector<std::string>& argv, const std::string& cwd,
                          Stderr stderr_mode) {
  ProcessResult result;
  if (argv.empty())
    return result;
  int fds[2];
  if (::pipe(fds) != 0)
    return result;
  std::vector<char*> cargv;
  for (const auto& a : argv)
    cargv.push_back(const_cast<char*>(a.c_str()));
  cargv.push_back(nullptr);
  const pid_t pid = ::fork();
  if (pid < 0) {
    ::close(fds[0]);
    ::close(fds[1]);
    return result;
  }
  if (pid == 0) {
    ::dup2(fds[1], 1);
    if (stderr_mode == Stderr::capture) {
      ::dup2(fds[1], 2);
    } else if (const int null = ::open("/dev/null", O_WRONLY); null >= 0) {
      ::dup2(null, 2);
      ::close(null);
    }
    ::close(fds[0]);
    ::close(fds[1]);
    if (!cwd.empty() && ::chdir(cwd.c_str()) != 0)
      ::_exit(127);
    ::execvp(cargv[0], cargv.data());
    ::_exit(127);
  }
  ::close(fds[1]);
  char buf[65536];
  for (;;) {
    ssize_t n = ::read(fds[0], buf, sizeof buf);
    if (n > 0)
      result.output.append(buf, static_cast<size_t>(n));
    else if (n == 0 || errno != EINTR)
      break;
  }
  ::close(fds[0]);
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return result;
}

} // namespace wpk::abi
