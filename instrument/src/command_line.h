// command_line.h — argument parsing of wpk-fork-instrument (no I/O; errors are UsageError).
#pragma once

#include "instrument_module.h"
#include "stats_report.h"

#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace wpk::instrument {

class UsageError : public std::runtime_error {
public:
  explicit UsageError(const std::string& message) : std::runtime_error(message) {}
};

struct CommandLine {
  std::string input;
  std::string output;
  InstrumentOptions options;
  bool stats = false;
  std::string statsFile; // empty: standard output
  StatsFormat statsFormat = StatsFormat::Table;
  bool help = false;
};

extern const char* const kUsage;

CommandLine parseCommandLine(const std::vector<std::string>& args);

} // namespace wpk::instrument
