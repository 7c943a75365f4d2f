// commands.h — the wpk-abi commands (check, update, check-artifact).
#pragma once

#include <ostream>
#include <string>

namespace wpk::abi {

struct CommandOptions {
  std::string abi_dir;        // kernel-abi directory; found from the cwd when empty
  std::string base_ref;       // check: git revision of the base snapshot; merge base with main
  std::string sysroot_wasm32; // check: sysroots for layout probes; $WPK_CACHE/toolchain/<arch>
  std::string sysroot_wasm64;
  std::string clang = "clang-16"; // check: the compiler that runs layout probes
  bool skip_layout = false;       // check: skip (b), e.g. when no sysroot is built yet
  std::string arch = "auto";      // check-artifact: auto (memory64 => wasm64), wasm32, wasm64
};

// Each returns the exit code (0 ok, 1 failed) and throws AbiError on bad input.
int run_update(const CommandOptions& options, std::ostream& out, std::ostream& err);
int run_check(const CommandOptions& options, std::ostream& out, std::ostream& err);
int run_check_artifact(const std::string& file, const CommandOptions& options, std::ostream& out,
                       std::ostream& err);

} // namespace wpk::abi
