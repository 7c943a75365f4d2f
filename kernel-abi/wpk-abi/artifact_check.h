// artifact_check.h — checks a wasm module against the ABI (`wpk-abi check-artifact`).
//
// The module's arch is wasm64 when memory 0 is 64-bit (memory64), else wasm32, unless forced.
// Offenders: an import from outside the ABI (unknown module or name, or not a function), an
// import whose signature differs from the ABI's for the arch, a missing or mistyped required
// export, an imported memory, a missing or wrong `wpk.abi_version` custom section.
#pragma once

#include "abi_model.h"
#include "wasm_reader.h"

#include <optional>
#include <string>
#include <vector>

namespace wpk::abi {

struct ArtifactReport {
  std::optional<Arch> arch; // the arch the module was checked as
  std::vector<std::string> offenders;
};

ArtifactReport check_artifact(const Abi& abi, int64_t abi_version, const wasm::Module& module,
                              std::optional<Arch> forced_arch);

} // namespace wpk::abi
