// git_base.h — reads the ABI snapshot of a base git revision.
#pragma once

#include <optional>
#include <string>

namespace wpk::abi {

// The default base revision: the merge base of HEAD with `main` (or `origin/main`). Throws
// AbiError when neither exists or `abi_dir` is not in a git work tree.
std::string default_base_ref(const std::string& abi_dir);

// The text of abi-snapshot.json at `ref` (the file in `abi_dir`'s position of the tree), or
// nullopt when that revision has no snapshot. Throws AbiError when `ref` is not a revision.
std::optional<std::string> snapshot_at_ref(const std::string& abi_dir, const std::string& ref);

} // namespace wpk::abi
