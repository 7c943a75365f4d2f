// command_line.cpp — see command_line.h.
#include "command_line.h"

namespace wpk::instrument {

const char* const kUsage =
    "usage: wpk-fork-instrument IN.wasm -o OUT.wasm [--entry MODULE.NAME ...]\n"
    "                           [--stats[=FILE]] [--stats-format table|json]\n"
    "                           [--discover-only] [--force-all] [--host-writes-tables]\n"
    "\n"
    "Instruments the functions that can be on the stack when the fork import (wpk.fork, or an\n"
    "import given with --entry) is called, so that fork can unwind and rewind the stack\n"
    "(protocol: instrument/PROTOCOL.md).\n"
    "  -o OUT.wasm          output file (written atomically)\n"
    "  --entry MODULE.NAME  another import that acts like fork (repeatable)\n"
    "  --stats[=FILE]       print statistics (to FILE, default standard output)\n"
    "  --stats-format F     table (default) or json\n"
    "  --discover-only      print the selected functions and their reason; write nothing\n"
    "  --force-all          instrument every function and every call (for testing)\n"
    "  --host-writes-tables the host may change exported tables (not the wpk ABI's promise):\n"
    "                       every exported function counts as a possible indirect callee\n"
    "Exit status: 0 success, 1 invalid or unsupported input, 2 usage error.\n";

CommandLine parseCommandLine(const std::vector<std::string>& args) {
  CommandLine cl;
  auto value = [&](size_t& i, const std::string& option) -> std::string {
    if (i + 1 >= args.size()) {
      throw UsageError(option + " needs a value");
    }
    return args[++i];
  };
  auto parseEntry = [](const std::string& text) {
    auto dot = text.find('.');
    if (dot == std::string::npos || dot == 0 || dot + 1 == text.size()) {
      throw UsageError("--entry expects MODULE.NAME, got '" + text + "'");
    }
    return ImportName{text.substr(0, dot), text.substr(dot + 1)};
  };
  auto parseFormat = [](const std::string& text) {
    if (text == "table") {
      return StatsFormat::Table;
    }
    if (text == "json") {
      return StatsFormat::Json;
    }
    throw UsageError("--stats-format expects table or json, got '" + text + "'");
  };
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    if (arg == "-h" || arg == "--help") {
      cl.help = true;
    } else if (arg == "-o") {
      cl.output = value(i, arg);
    } else if (arg.rfind("-o", 0) == 0 && arg.size() > 2 && arg[2] != '-') {
      cl.output = arg.substr(2);
    } else if (arg == "--entry") {
      cl.options.entries.push_back(parseEntry(value(i, arg)));
    } else if (arg.rfind("--entry=", 0) == 0) {
      cl.options.entries.push_back(parseEntry(arg.substr(8)));
    } else if (arg == "--stats") {
      cl.stats = true;
    } else if (arg.rfind("--stats=", 0) == 0) {
      cl.stats = true;
      cl.statsFile = arg.substr(8);
      if (cl.statsFile.empty()) {
        throw UsageError("--stats= needs a file name");
      }
    } else if (arg == "--stats-format") {
      cl.statsFormat = parseFormat(value(i, arg));
    } else if (arg.rfind("--stats-format=", 0) == 0) {
      cl.statsFormat = parseFormat(arg.substr(15));
    } else if (arg == "--discover-only") {
      cl.options.discoverOnly = true;
    } else if (arg == "--force-all") {
      cl.options.forceAll = true;
    } else if (arg == "--host-writes-tables") {
      cl.options.hostWritesTables = true;
    } else if (!arg.empty() && arg[0] == '-' && arg != "-") {
      throw UsageError("unknown option '" + arg + "'");
    } else if (cl.input.empty()) {
      cl.input = arg;
    } else {
      throw UsageError("more than one input file ('" + cl.input + "', '" + arg + "')");
    }
  }
  if (cl.help) {
    return cl;
  }
  if (cl.input.empty()) {
    throw UsageError("no input file");
  }
  if (cl.output.empty() && !cl.options.discoverOnly) {
    throw UsageError("no output file (-o OUT.wasm)");
  }
  return cl;
}

} // namespace wpk::instrument
