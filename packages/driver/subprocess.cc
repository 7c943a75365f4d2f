#include "subprocess.h"

#include "error.h"
#include "fs_util.h"

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace wpk {

namespace {

struct Redirects {
  int stdin_fd = -1;
  int stdout_fd = -1;
  int stderr_fd = -1;
};

int spawn_and_wait(const std::vector<std::string>& argv, const Environment& env,
                   const std::filesystem::path& cwd, const Redirects& redirects) {
  if (argv.empty())
    throw Error("internal error: empty command");
  std::string program = argv[0];
  if (program.find('/') == std::string::npos) {
    auto path = env.find("PATH");
    program = find_in_path(program, path == env.end() ? "/usr/bin:/bin" : path->second);
    if (program.empty())
      return 127;
  }
  std::vector<std::string> env_strings;
  for (const auto& [key, value] : env)
    env_strings.push_back(key + "=" + value);
  std::vector<char*> c_argv, c_env;
  for (const auto& arg : argv)
    c_argv.push_back(const_cast<char*>(arg.c_str()));
  c_argv.push_back(nullptr);
  for (auto& entry : env_strings)
    c_env.push_back(entry.data());
  c_env.push_back(nullptr);
  const std::string cwd_text = cwd.string();

  pid_t pid = fork();
  if (pid < 0)
    throw Error(std::string("cannot fork: ") + std::strerror(errno));
  if (pid == 0) {
    if (!cwd_text.empty() && chdir(cwd_text.c_str()) != 0)
      _exit(126);
    if (redirects.stdin_fd >= 0)
      dup2(redirects.stdin_fd, 0);
    if (redirects.stdout_fd >= 0)
      dup2(redirects.stdout_fd, 1);
    if (redirects.stderr_fd >= 0)
      dup2(redirects.stderr_fd, 2);
    prctl(PR_SET_PDEATHSIG, SIGKILL); // a killed driver does not leave its build running
    execve(program.c_str(), c_argv.data(), c_env.data());
    _exit(127);
  }
  int status = 0;
  while (waitpid(pid, &status, 0) < 0)
    if (errno != EINTR)
      throw Error(std::string("waitpid failed: ") + std::strerror(errno));
  if (WIFEXITED(status))
    return WEXITSTATUS(status);
  if (WIFSIGNALED(status))
    return 128 + WTERMSIG(status);
  return -1;
}

int open_or_throw(const std::filesystem::path& path, int flags) {
  int fd = ::open(path.c_str(), flags | O_CLOEXEC, 0644);
  if (fd < 0)
    throw Error("cannot open " + path.string() + ": " + std::strerror(errno));
  return fd;
}

} // namespace

int run_logged(const std::vector<std::string>& argv, const Environment& env,
               const std::filesystem::path& cwd, const std::filesystem::path& log_file) {
  Redirects redirects;
  redirects.stdin_fd = open_or_throw("/dev/null", O_RDONLY);
  redirects.stdout_fd = open_or_throw(log_file, O_WRONLY | O_CREAT | O_APPEND);
  redirects.stderr_fd = redirects.stdout_fd;
  int status = spawn_and_wait(argv, env, cwd, redirects);
  ::close(redirects.stdin_fd);
  ::close(redirects.stdout_fd);
  return status;
}

ProcessResult run_captured(const std::vector<std::string>& argv, const Environment& env,
                           const std::filesystem::path& cwd, const std::string& input) {
  char pattern[] = "/tmp/wpk-capture-XXXXXX";
  if (!mkdtemp(pattern))
    throw Error(std::string("cannot create a temporary folder: ") + std::strerror(errno));
  const std::filesystem::path dir = pattern;
  ProcessResult result;
  try {
    { write_file_atomically(dir / "stdin", input); }
    Redirects redirects;
    redirects.stdin_fd = open_or_throw(dir / "stdin", O_RDONLY);
    redirects.stdout_fd = open_or_throw(dir / "stdout", O_WRONLY | O_CREAT | O_TRUNC);
    redirects.stderr_fd = open_or_throw(dir / "stderr", O_WRONLY | O_CREAT | O_TRUNC);
    result.exit_status = spawn_and_wait(argv, env, cwd, redirects);
    ::close(redirects.stdin_fd);
    ::close(redirects.stdout_fd);
    ::close(redirects.stderr_fd);
    result.output = read_file(dir / "stdout");
    result.errors = read_file(dir / "stderr");
  } catch (...) {
    remove_tree_quietly(dir);
    throw;
  }
  remove_tree_quietly(dir);
  return result;
}

Environment current_environment() {
  Environment env;
  for (char** entry = environ; entry && *entry; ++entry) {
    std::string text = *entry;
    size_t equals = text.find('=');
    if (equals != std::string::npos)
      env[text.substr(0, equals)] = text.substr(equals + 1);
  }
  return env;
}

std::string tail_of_file(const std::filesystem::path& file, size_t lines) {
  std::string content;
  if (!read_file_if_exists(file, content))
    return "";
  if (content.size() > 64 * 1024)
    content = content.substr(content.size() - 64 * 1024);
  size_t position = content.size();
  if (position > 0 && content[position - 1] == '\n')
    --position;
  for (size_t count = 0; position > 0; --position)
    if (content[position - 1] == '\n' && ++count == lines)
      break;
  return content.substr(position);
}

std::string find_in_path(const std::string& program, const std::string& path_list) {
  for (const auto& dir : split_list(path_list, ':')) {
    std::filesystem::path candidate = std::filesystem::path(dir) / program;
    if (::access(candidate.c_str(), X_OK) == 0 && !std::filesystem::is_directory(candidate))
      return candidate.string();
  }
  return "";
}

} // namespace wpk
