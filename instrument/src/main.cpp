// main.cpp — the wpk-fork-instrument command: exit 0 success, 1 bad input, 2 usage error.
#include "command_line.h"
#include "instrument_error.h"
#include "instrument_module.h"
#include "stats_report.h"

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace wpk::instrument;

namespace {

std::vector<char> readFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    throw InstrumentError(path + ": cannot open for reading");
  }
  std::vector<char> bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (in.bad()) {
    throw InstrumentError(path + ": read error");
  }
  return bytes;
}

// Whether PATH names an existing file that is not a regular file once symlinks are followed
// (`-o /dev/stdout`, a pipe, a device): such a target is written in place, since renaming a
// temporary file over it would replace the device or its symlink with a regular file.
bool isSpecialFile(const std::string& path) {
  struct stat st;
  return stat(path.c_str(), &st) == 0 && !S_ISREG(st.st_mode);
}

// Writes to PATH.tmp.<pid> and renames over PATH (special files are written directly).
void writeFileAtomically(const std::string& path, const std::string& data) {
  if (isSpecialFile(path)) {
    std::ofstream out(path, std::ios::binary);
    out.write(data.data(), std::streamsize(data.size()));
    out.flush();
    if (!out) {
      throw InstrumentError(path + ": cannot write");
    }
    return;
  }
  std::string temp = path + ".tmp." + std::to_string(getpid());
  {
    std::ofstream out(temp, std::ios::binary | std::ios::trunc);
    out.write(data.data(), std::streamsize(data.size()));
    out.flush();
    if (!out) {
      std::remove(temp.c_str());
      throw InstrumentError(path + ": cannot write");
    }
  }
  if (std::rename(temp.c_str(), path.c_str()) != 0) {
    std::remove(temp.c_str());
    throw InstrumentError(path + ": cannot rename " + temp + " into place");
  }
}

} // namespace

// Runs the instrumentation. Returns the exit status.
int run(const CommandLine& cl) {
  try {
    InstrumentResult result = instrumentBinary(readFile(cl.input), cl.options);
    if (cl.options.discoverOnly) {
      for (auto& f : result.stats.functions) {
        std::cout << f.name << " " << selectionReasonName(f.reason) << "\n";
      }
    } else {
      writeFileAtomically(cl.output, std::string(result.output.begin(), result.output.end()));
    }
    if (cl.stats) {
      std::ostringstream report;
      writeStats(report, result.stats, cl.statsFormat);
      if (cl.statsFile.empty()) {
        std::cout << report.str();
      } else {
        writeFileAtomically(cl.statsFile, report.str());
      }
    }
  } catch (const InstrumentError& e) {
    std::cerr << "wpk-fork-instrument: " << cl.input << ": " << e.what() << "\n";
    return 1;
  } catch (const std::exception& e) {
    std::cerr << "wpk-fork-instrument: " << cl.input << ": unexpected error: " << e.what() << "\n";
    return 1;
  }
  std::cout.flush();
  return 0;
}

// Binaryen's reader asserts (aborts) on some malformed binaries instead of reporting an error.
// The work therefore runs in a child process; a child killed by a signal becomes a clear error
// (exit status 1) and its temporary files are removed.
int runContained(const CommandLine& cl) {
  std::cout.flush();
  std::cerr.flush();
  pid_t child = fork();
  if (child < 0) {
    return run(cl); // no process to spare: run directly
  }
  if (child == 0) {
    std::_Exit(run(cl));
  }
  int status = 0;
  while (waitpid(child, &status, 0) < 0) {
    if (errno != EINTR) {
      std::cerr << "wpk-fork-instrument: waitpid failed\n";
      return 1;
    }
  }
  if (WIFEXITED(status)) {
    return WEXITSTATUS(status);
  }
  for (const std::string& path : {cl.output, cl.statsFile}) {
    if (!path.empty()) {
      std::remove((path + ".tmp." + std::to_string(child)).c_str());
    }
  }
  std::cerr << "wpk-fork-instrument: " << cl.input
            << ": cannot process the module: the Binaryen reader stopped with signal "
            << WTERMSIG(status) << " (malformed or unsupported input)\n";
  return 1;
}

int main(int argc, char** argv) {
  CommandLine cl;
  try {
    cl = parseCommandLine(std::vector<std::string>(argv + 1, argv + argc));
  } catch (const UsageError& e) {
    std::cerr << "wpk-fork-instrument: " << e.what() << "\n" << kUsage;
    return 2;
  }
  if (cl.help) {
    std::cout << kUsage;
    return 0;
  }
  return runContained(cl);
}
