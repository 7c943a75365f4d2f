// post_link.h — the post-link pipeline run on every wasm program a build produced.
//
// Steps, in order, each one real or failing loudly (a missing tool is an error, never a skip):
//  1. debug information: the DWARF custom sections (.debug_*) are removed (debug_strip.h), as a
//     distribution strips its binaries; they also hold the build directory, which must not
//     reach anything recorded about the program;
//  2. optimization: Binaryen's `wasm-opt -O<level>` (the policy's `optimize`, default O2; `none`
//     skips it). The toolchain's wrappers keep clang from running wasm-opt at link time
//     (toolchain/lib/clang-programs/wasm-opt), so this is the one place it runs, with a known
//     binary (a cache-key input) on a module without DWARF;
//  3. fork instrumentation: when the policy is `auto` and the module imports `wpk.fork`, run
//     `wpk-fork-instrument IN -o OUT --stats=FILE --stats-format json` and check that the five
//     wpk_fork_* exports exist afterwards;
//  4. allocator: the `wpk.allocator` custom section is read and checked against the policy
//     (`wpkmalloc` requires "wpkmalloc <version>");
//  5. ABI: `wpk-abi check-artifact FILE` must accept the module;
//  6. sizes (file and code section, before and after instrumentation, without DWARF) and the
//     instrumenter's statistics are recorded for the manifest.
// The module as linked (with valid DWARF and a name section) is kept aside when a step changed
// it.
#pragma once

#include "json.h"
#include "recipe.h"
#include "toolchain_info.h"

#include <filesystem>
#include <string>

namespace wpk {

struct ProgramReport {
  std::string path; // relative to the install root
  bool instrumented = false;
  std::string fork_note; // why it was or was not instrumented
  std::string allocator; // payload of wpk.allocator, or "none"
  std::string optimize;  // the wasm-opt level applied ("O2", ...), or "none"
  uint64_t size_before = 0;
  uint64_t size_after = 0;
  uint64_t code_before = 0;
  uint64_t code_after = 0;
  Json instrument_stats; // the instrumenter's JSON statistics (null when not instrumented)
  Json to_json() const;
};

// Runs the pipeline on `file` (modified in place when instrumented or stripped); throws
// wpk::Error with the reason on any failure. Tool output is appended to `log_file`. When a step
// changed the module and `uninstrumented_root` is not empty, the module as linked is kept at
// `uninstrumented_root/relative` (for benchmarks comparing instrumentations of the same module,
// and for debugging with its DWARF).
ProgramReport run_post_link(const std::filesystem::path& file, const std::string& relative,
                            const ProgramOutput& policy, const ToolchainInfo& tools,
                            const std::filesystem::path& log_file,
                            const std::filesystem::path& uninstrumented_root = {});

} // namespace wpk
