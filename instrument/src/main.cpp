// main.cpp — the wpk-fork-instrument command: exit 0 success, 1 bad input, 2 usage error.
#include "command_line.h"
#include "instrument_error.h"
#include "instrument_module.h"
#include "stats_report.h"

#include <cstdio>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>
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

// Writes to PATH.tmp.<pid> and renames over PATH.
void writeFileAtomically(const std::string& path, const std::string& data) {
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
  return 0;
}
