// abi_diff.h — classifies the differences between two versions of the ABI.
//
// Additive: a new import, syscall, syscall alias, struct, struct field at an unchanged layout,
// constant group, constant, or ioctl/fcntl command entry. Breaking: anything removed, a
// renumbered syscall, changed syscall arguments, a changed import signature or import module, a
// changed struct size, alignment, field offset or field size, a changed constant value, a changed
// command argument, any change to the program contract.
#pragma once

#include "abi_model.h"

#include <string>
#include <vector>

namespace wpk::abi {

struct AbiChange {
  bool breaking = false;
  std::string description; // e.g. "struct stat field st_size (wasm32): offset 48 -> 56"
};

// Differences from `base` to `current`, in a deterministic order.
std::vector<AbiChange> diff_abi(const Abi& base, const Abi& current);

} // namespace wpk::abi
