// debug_strip.h — removes DWARF debug information from a wasm module.
//
// clang's -g puts DWARF into custom sections named ".debug_*" (.debug_info, .debug_line, ...);
// in a package built with the usual "-g -O2" they are about half of a program's bytes. The
// published program drops them, as a distribution strips its binaries; every other section
// (code, data, the "name" section used in stack traces, wpk.abi_version, wpk.allocator,
// producers, target_features) is kept byte for byte and in order. A module that has no such
// section comes back unchanged.
#pragma once

#include <cstdint>
#include <string>

namespace wpk {

struct DebugStripResult {
  std::string module;         // the module without .debug_* sections
  uint64_t removed_bytes = 0; // bytes of the sections removed, framing included
  int removed_sections = 0;
};

// Throws Error naming `what` and the byte offset when the module's section framing is malformed.
DebugStripResult strip_debug_sections(const std::string& module, const std::string& what);

} // namespace wpk
