#include "subprocess.h"

#include "error.h"
#include "fs_util.h"

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdint>
#include <cstring>
#include <fcntl.h>
#include <iterator>
#include <poll.h>
#include <pthread.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace wpk {

namespace {

// Every child runs in a process group of its own (its pid), listed here while it runs, so that a
// driver stopped by SIGTERM, SIGINT, SIGHUP or SIGQUIT takes the whole build with it: make's
// sub-makes and compilers are the child's descendants, which PR_SET_PDEATHSIG (the child only)
// does not reach. Fixed slots of lock-free atomics: the signal handlers read them.
constexpr size_t kGroupSlots = 512;
std::atomic<pid_t> running_groups[kGroupSlots];
static_assert(std::atomic<pid_t>::is_always_lock_free);

constexpr int kTerminationSignals[] = {SIGTERM, SIGINT, SIGHUP, SIGQUIT};
// Which of them stop_children_and_exit handles (not those the driver found ignored), and
// whether one arrived: a child listed after the handler ran kills its own group at once.
std::atomic<bool> handles_signal[std::size(kTerminationSignals)];
std::atomic<bool> stopping{false};
// Whether SIGTSTP suspends the build with the driver (not when the driver found it ignored), and
// whether it is suspended now: a child listed meanwhile is stopped too.
std::atomic<bool> handles_suspend{false};
std::atomic<bool> suspended{false};

size_t remember_group(pid_t group) {
  for (size_t i = 0; i < kGroupSlots; ++i) {
    pid_t free_slot = 0;
    if (running_groups[i].compare_exchange_strong(free_slot, group))
      return i;
  }
  return kGroupSlots; // more children than slots: this one only has PR_SET_PDEATHSIG
}

void forget_group(size_t slot) {
  if (slot < kGroupSlots)
    running_groups[slot].store(0);
}

void signal_every_group(int signal_number) {
  for (auto& slot : running_groups) {
    pid_t group = slot.load();
    if (group > 0)
      kill(-group, signal_number);
  }
}

extern "C" void stop_children_and_exit(int signal_number) {
  stopping.store(true);
  signal_every_group(SIGKILL);
  struct sigaction default_action = {};
  default_action.sa_handler = SIG_DFL;
  sigaction(signal_number, &default_action, nullptr);
  raise(signal_number); // exit as killed by that signal (unblocked when this handler returns)
}

// Ctrl-Z reaches the driver's process group only, not the children's own groups: stop them, stop
// the driver by the default action, and continue them when the driver is continued (fg, bg).
extern "C" void suspend_children_and_self(int) {
  int saved_errno = errno;
  suspended.store(true);
  signal_every_group(SIGSTOP);
  struct sigaction default_action = {}, handler = {};
  default_action.sa_handler = SIG_DFL;
  sigaction(SIGTSTP, &default_action, &handler);
  sigset_t set, previous;
  sigemptyset(&set);
  sigaddset(&set, SIGTSTP);
  pthread_sigmask(SIG_UNBLOCK, &set, &previous);
  raise(SIGTSTP); // the driver stops here until SIGCONT
  pthread_sigmask(SIG_SETMASK, &previous, nullptr);
  sigaction(SIGTSTP, &handler, nullptr);
  suspended.store(false); // before continuing them: see spawn_and_wait
  signal_every_group(SIGCONT);
  errno = saved_errno;
}

// Blocks the signals handled here in the calling thread while a child is forked and listed.
class HandledSignalsBlocked {
public:
  HandledSignalsBlocked() {
    sigset_t set;
    sigemptyset(&set);
    for (int signal_number : kTerminationSignals)
      sigaddset(&set, signal_number);
    sigaddset(&set, SIGTSTP);
    pthread_sigmask(SIG_BLOCK, &set, &previous_);
  }
  ~HandledSignalsBlocked() { pthread_sigmask(SIG_SETMASK, &previous_, nullptr); }
  const sigset_t& previous() const { return previous_; }

private:
  sigset_t previous_;
};

struct Redirects {
  int stdin_fd = -1;
  int stdout_fd = -1;
  int stderr_fd = -1;
};

// Kills `pid`'s process group because its time limit ran out, and reaps it.
int kill_past_limit(pid_t pid, int& status, bool* timed_out) {
  kill(-pid, SIGKILL);
  if (timed_out)
    *timed_out = true;
  int waited;
  while ((waited = waitpid(pid, &status, 0)) < 0 && errno == EINTR) {
  }
  return waited;
}

// Waits for `pid`; with a time limit, kills its process group once the limit ran out (then sets
// *timed_out). The wait sleeps on a pidfd, which becomes readable when the child ends, so it
// returns as soon as the child does; on a kernel without pidfd_open (before Linux 5.3) it looks
// every 20 ms instead. Returns what waitpid returned (-1 with errno on failure).
int wait_for_child(pid_t pid, int& status, std::chrono::milliseconds time_limit, bool* timed_out) {
  if (time_limit.count() <= 0) {
    int waited;
    while ((waited = waitpid(pid, &status, 0)) < 0 && errno == EINTR) {
    }
    return waited;
  }
  const auto deadline = std::chrono::steady_clock::now() + time_limit;
  const int pidfd = static_cast<int>(syscall(SYS_pidfd_open, pid, 0));
  for (;;) {
    int waited = waitpid(pid, &status, WNOHANG);
    if (waited != 0 && !(waited < 0 && errno == EINTR)) {
      if (pidfd >= 0)
        close(pidfd);
      return waited;
    }
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
        deadline - std::chrono::steady_clock::now());
    if (left.count() <= 0) {
      if (pidfd >= 0)
        close(pidfd);
      return kill_past_limit(pid, status, timed_out);
    }
    if (pidfd >= 0) {
      pollfd ended{pidfd, POLLIN, 0};
      // Whole milliseconds, rounded up: a poll that returns a little early only loops once more.
      poll(&ended, 1, static_cast<int>(std::min<long long>(left.count() + 1, INT32_MAX)));
    } else {
      usleep(20000);
    }
  }
}

int spawn_and_wait(const std::vector<std::string>& argv, const Environment& env,
                   const std::filesystem::path& cwd, const Redirects& redirects,
                   std::chrono::milliseconds time_limit = std::chrono::milliseconds(0),
                   bool* timed_out = nullptr) {
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

  const pid_t driver = getpid();
  pid_t pid;
  size_t slot;
  {
    HandledSignalsBlocked blocked; // until the child is listed
    pid = fork();
    if (pid < 0)
      throw Error(std::string("cannot fork: ") + std::strerror(errno));
    if (pid == 0) {
      setpgid(0, 0);
      struct sigaction default_action = {};
      default_action.sa_handler = SIG_DFL;
      for (size_t i = 0; i < std::size(kTerminationSignals); ++i)
        if (handles_signal[i].load()) // ignored ones stay ignored in the child (nohup)
          sigaction(kTerminationSignals[i], &default_action, nullptr);
      if (handles_suspend.load())
        sigaction(SIGTSTP, &default_action, nullptr);
      pthread_sigmask(SIG_SETMASK, &blocked.previous(), nullptr);
      if (!cwd_text.empty() && chdir(cwd_text.c_str()) != 0)
        _exit(126);
      if (redirects.stdin_fd >= 0)
        dup2(redirects.stdin_fd, 0);
      if (redirects.stdout_fd >= 0)
        dup2(redirects.stdout_fd, 1);
      if (redirects.stderr_fd >= 0)
        dup2(redirects.stderr_fd, 2);
      prctl(PR_SET_PDEATHSIG, SIGKILL); // a driver killed with SIGKILL takes at least the child
      if (getppid() != driver)
        _exit(137); // the driver died before the line above took effect
      execve(program.c_str(), c_argv.data(), c_env.data());
      _exit(127);
    }
    setpgid(pid, pid); // also here: whichever of parent and child runs first sets it
    slot = remember_group(pid);
    // The handlers may have run in another thread between the fork and the line above.
    if (stopping.load())
      kill(-pid, SIGKILL);
    if (suspended.load()) {
      // Stopped after the handler's stop loop; if the handler has meanwhile cleared the flag,
      // its continue loop may have run before our SIGSTOP, so continue the child ourselves.
      kill(-pid, SIGSTOP);
      if (!suspended.load())
        kill(-pid, SIGCONT);
    }
  }
  int status = 0;
  int waited = wait_for_child(pid, status, time_limit, timed_out);
  forget_group(slot);
  if (waited < 0)
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

void stop_children_on_termination() {
  // A signal ignored by whoever started us (nohup, a shell's background job) stays ignored.
  auto install = [](int signal_number, void (*handler)(int)) {
    struct sigaction previous = {};
    if (sigaction(signal_number, nullptr, &previous) == 0 && previous.sa_handler == SIG_IGN)
      return false;
    struct sigaction action = {};
    action.sa_handler = handler;
    action.sa_flags = SA_RESTART; // after Ctrl-Z and fg, interrupted calls go on
    sigemptyset(&action.sa_mask);
    sigaction(signal_number, &action, nullptr);
    return true;
  };
  for (size_t i = 0; i < std::size(kTerminationSignals); ++i)
    if (install(kTerminationSignals[i], stop_children_and_exit))
      handles_signal[i].store(true);
  if (install(SIGTSTP, suspend_children_and_self))
    handles_suspend.store(true);
}

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
                           const std::filesystem::path& cwd, const std::string& input,
                           std::chrono::milliseconds time_limit) {
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
    result.exit_status = spawn_and_wait(argv, env, cwd, redirects, time_limit, &result.timed_out);
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
