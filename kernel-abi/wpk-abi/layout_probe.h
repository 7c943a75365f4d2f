// layout_probe.h — checks struct layouts and constants of the ABI against a sysroot's headers.
//
// For one arch, generates a C source with one _Static_assert per fact (struct size, alignment,
// each field's offset and size, each syscall number as <sys/syscall.h> gives SYS_<name>, each
// constant of a group that names headers), compiles it with
// `clang --target=<arch>-unknown-unknown -fsyntax-only` against SYSROOT/include only, and maps
// each failed assertion back to the fact, with the value clang computed.
#pragma once

#include "abi_model.h"

#include <string>
#include <vector>

namespace wpk::abi {

struct ProbeMismatch {
  std::string what;     // e.g. "struct stat field st_size offset (wasm32)"
  std::string expected; // from abi.yaml
  std::string actual;   // from the sysroot headers ("?" when clang did not say)
};

struct ProbeResult {
  bool compiled = false; // false: the probe failed for other reasons
  std::vector<ProbeMismatch> mismatches;
  std::vector<std::string> other_errors; // compiler errors that are not a fact mismatch
};

// The probe source for `arch` (exposed for tests and debugging).
std::string layout_probe_source(const Abi& abi, Arch arch);

// Compiles the probe against `sysroot` (a directory with include/) with `clang`.
ProbeResult run_layout_probe(const Abi& abi, Arch arch, const std::string& sysroot,
                             const std::string& clang);

} // namespace wpk::abi
