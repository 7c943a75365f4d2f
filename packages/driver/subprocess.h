// subprocess.h — runs a child process with an explicit argv, environment and working folder.
//
// Output goes to a file (build logs) or is captured (through temporary files, so a child that
// writes a lot never blocks on a full pipe). Safe to call from several threads: the child only
// performs async-signal-safe calls between fork and exec.
#pragma once

#include <chrono>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace wpk {

using Environment = std::map<std::string, std::string>;

struct ProcessResult {
  int exit_status = -1;   // exit code, or 128 + signal number
  std::string output;     // captured stdout (run_captured only)
  std::string errors;     // captured stderr (run_captured only)
  bool timed_out = false; // killed (with its process group) when its time limit ran out
};

// Makes SIGTERM, SIGINT, SIGHUP and SIGQUIT kill every running child's process group (each child
// runs in one of its own, with all its descendants) before the driver exits by that signal, and
// SIGTSTP (Ctrl-Z) stop those groups with the driver until it is continued. main() calls it
// once; signals the driver was started with ignored stay ignored.
void stop_children_on_termination();

// Runs argv[0] (looked up in PATH of `env` when it has no '/'), stdout and stderr appended to
// `log_file`, stdin from /dev/null.
int run_logged(const std::vector<std::string>& argv, const Environment& env,
               const std::filesystem::path& cwd, const std::filesystem::path& log_file);

// Runs argv with `input` on stdin and captures stdout and stderr. With a `time_limit` above zero,
// a child still running after that long is killed with its whole process group (SIGKILL):
// exit_status 137 and timed_out set, the output it wrote until then kept.
ProcessResult run_captured(const std::vector<std::string>& argv, const Environment& env,
                           const std::filesystem::path& cwd, const std::string& input = "",
                           std::chrono::milliseconds time_limit = std::chrono::milliseconds(0));

// The current process environment as a map.
Environment current_environment();

// The last `lines` lines of a file (the tail of a build log).
std::string tail_of_file(const std::filesystem::path& file, size_t lines);

// Absolute path of `program` found in `path_list` (':'-separated), or empty.
std::string find_in_path(const std::string& program, const std::string& path_list);

} // namespace wpk
