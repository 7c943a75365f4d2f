// abi_repo.h — the kernel-abi directory: its definition, ABI_VERSION and generated files.
#pragma once

#include "abi_model.h"

#include <cstdint>
#include <string>
#include <vector>

namespace wpk::abi {

struct AbiRepo {
  std::string dir; // the kernel-abi directory
  Abi abi;
  int64_t abi_version = 0;
};

// Loads DIR/abi.yaml and DIR/ABI_VERSION; throws AbiError on bad input.
AbiRepo load_abi_repo(const std::string& dir);

// The kernel-abi directory: `explicit_dir` when given, else the nearest kernel-abi/ holding an
// abi.yaml in the current directory or one of its parents, else $WPK_ABI_DIR, else the source
// tree wpk-abi was built from. Throws AbiError when none.
std::string find_abi_dir(const std::string& explicit_dir);

// Relative paths (e.g. "generated/wpk_abi.h") of generated files that are missing or differ
// from what the definition generates.
std::vector<std::string> stale_generated_files(const AbiRepo& repo);

// Regenerates every generated file (atomic writes); returns the paths that changed.
std::vector<std::string> update_generated_files(const AbiRepo& repo);

} // namespace wpk::abi
