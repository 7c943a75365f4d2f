// process.h — runs a program and captures its output.
#pragma once

#include <string>
#include <vector>

namespace wpk::abi {

struct ProcessResult {
  int exit_code = -1; // -1 when the program could not be started or was killed
  std::string output; // stdout and stderr, interleaved (stdout only with Stderr::discard)
};

// What happens to the program's stderr: interleaved with stdout in `output` (messages for a
// person), or discarded (when `output` is data, e.g. a file git prints, that a warning on
// stderr must not corrupt).
enum class Stderr { capture, discard };

// Runs argv[0] (looked up in PATH) with `argv`, in `cwd` when not empty. Never throws for a
// failing program; the exit code says what happened.
ProcessResult run_process(const std::vector<std::string>& argv, const std::string& cwd = "",
                          Stderr stderr_mode = Stderr::capture);

} // namespace wpk::abi
