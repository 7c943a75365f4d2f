// main.cc — the wpk-abi command line: parses arguments and dispatches to the commands.
//
// Exit codes: 0 ok, 1 check failed or bad input, 2 usage error.
#include "abi_error.h"
#include "commands.h"

#include <cstring>
#include <exception>
#include <iostream>
#include <string>
#include <vector>

namespace {

const char kUsage[] =
    "usage:\n"
    "  wpk-abi check [--abi-dir DIR] [--base REF] [--sysroot-wasm32 DIR] [--sysroot-wasm64 DIR]\n"
    "                [--skip-layout] [--clang PATH]\n"
    "  wpk-abi update [--abi-dir DIR]\n"
    "  wpk-abi check-artifact FILE.wasm [--arch auto|wasm32|wasm64] [--abi-dir DIR]\n";

int usage_error(const std::string& message) {
  std::cerr << "wpk-abi: " << message << "\n" << kUsage;
  return 2;
}

} // namespace

int main(int argc, char** argv) {
  using namespace wpk::abi;
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty())
    return usage_error("missing command");
  const std::string command = args[0];
  if (command == "--help" || command == "-h" || command == "help") {
    std::cout << kUsage;
    return 0;
  }
  CommandOptions options;
  std::vector<std::string> positional;
  for (size_t i = 1; i < args.size(); ++i) {
    const std::string& a = args[i];
    auto value = [&](std::string& out) {
      if (i + 1 >= args.size())
        return false;
      out = args[++i];
      return true;
    };
    bool ok = true;
    if (a == "--abi-dir")
      ok = value(options.abi_dir);
    else if (a == "--base")
      ok = value(options.base_ref);
    else if (a == "--sysroot-wasm32")
      ok = value(options.sysroot_wasm32);
    else if (a == "--sysroot-wasm64")
      ok = value(options.sysroot_wasm64);
    else if (a == "--arch")
      ok = value(options.arch);
    else if (a == "--clang")
      ok = value(options.clang);
    else if (a == "--skip-layout")
      options.skip_layout = true;
    else if (!a.empty() && a[0] == '-')
      return usage_error("unknown option " + a);
    else
      positional.push_back(a);
    if (!ok)
      return usage_error("option " + a + " needs a value");
  }
  try {
    if (command == "check" || command == "update") {
      if (!positional.empty())
        return usage_error("unexpected argument " + positional[0]);
      return command == "check" ? run_check(options, std::cout, std::cerr)
                                : run_update(options, std::cout, std::cerr);
    }
    if (command == "check-artifact") {
      if (positional.size() != 1)
        return usage_error("check-artifact takes one FILE.wasm");
      if (options.arch != "auto" && options.arch != "wasm32" && options.arch != "wasm64")
        return usage_error("--arch must be auto, wasm32 or wasm64");
      return run_check_artifact(positional[0], options, std::cout, std::cerr);
    }
  } catch (const AbiError& e) {
    std::cerr << "wpk-abi: " << e.what() << "\n";
    return 1;
  } catch (const std::exception& e) { // e.g. a filesystem or yaml-cpp error not mapped above
    std::cerr << "wpk-abi: error: " << e.what() << "\n";
    return 1;
  }
  return usage_error("unknown command " + command);
}
