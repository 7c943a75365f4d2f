// toolchain_info.h — where the driver finds the project's other parts, and their identities.
//
// The repository root (--repo), the cache ($WPK_CACHE), the kernel ABI version
// (kernel-abi/ABI_VERSION), the toolchain wrappers (toolchain/bin/<arch>posix-*), the sysroot key
// of each arch (asked from `toolchain/build-sysroot --print-key ARCH`), and the C++ tools built
// next to the driver (wpk-fork-instrument, wpk-abi) plus the runtime (kernel-abi/runtime/bin/
// wpk-run). Tools are looked up lazily; a missing tool is reported only by the step needing it.
// Slow identities (the sysroot key, hashes of toolchain/ and of the instrumenter) are remembered
// in $WPK_CACHE/memo/ under a stat(2) fingerprint of their inputs (input_fingerprint.h).
#pragma once

#include "cache_key.h"
#include "input_fingerprint.h"

#include <filesystem>
#include <map>
#include <mutex>
#include <string>

namespace wpk {

class ToolchainInfo {
public:
  ToolchainInfo(std::filesystem::path repo, std::filesystem::path cache,
                std::filesystem::path build_dir);

  const std::filesystem::path& repo() const { return repo_; }
  const std::filesystem::path& cache() const { return cache_; }
  const std::filesystem::path& build_dir() const { return build_dir_; }

  // ABI version from kernel-abi/ABI_VERSION (0 when the file does not exist yet).
  int abi_version() const;
  // Sysroot key of `arch` and a note saying where it came from.
  // Remembered in $WPK_CACHE/memo/toolchain-key-<arch>-<repo hash> under
  // toolchain_key_fingerprint(arch).
  std::string toolchain_key(const std::string& arch, std::string* source = nullptr) const;
  // Without the memo: runs build-sysroot --print-key (or the fallback hash).
  std::string compute_toolchain_key(const std::string& arch, std::string* origin) const;
  // stat(2) identities of every file the key computation reads (input_fingerprint.h).
  InputFingerprint toolchain_key_fingerprint(const std::string& arch) const;
  // Path of a compiler wrapper, e.g. tool("wasm32", "cc") -> toolchain/bin/wasm32posix-cc.
  std::filesystem::path wrapper(const std::string& arch, const std::string& tool) const;
  std::filesystem::path sysroot_builder() const { return repo_ / "toolchain/build-sysroot"; }
  std::filesystem::path sysroot_dir(const std::string& arch) const;

  // Built tools, or empty when not built.
  std::string instrumenter() const;
  // Binaryen's wasm-opt: $WPK_WASM_OPT, else the first in PATH; empty when there is none.
  std::string wasm_optimizer() const;
  std::string abi_checker() const;
  std::string runtime() const;
  // sha256 of the instrumenter binary, or empty.
  std::string instrumenter_identity() const;
  // sha256 of the wasm-opt binary, or empty.
  std::string wasm_optimizer_identity() const;
  // sha256 over what a package build uses of toolchain/ besides the sysroot (wrappers, CMake
  // toolchain files, config.site, ...): every file of toolchain/ except tests/, bench/ and *.md.
  std::string toolchain_files_digest() const;

  KeyContext key_context(const std::vector<std::string>& arches) const;

private:
  // $WPK_CACHE/memo/<name>-<12 hex of sha256(owner)>.
  std::filesystem::path memo_file(const std::string& name, const std::string& owner) const;
  // "sha256:<hex>" of the binary at `path` (memoized under `name`), or empty for an empty path.
  std::string binary_identity(const std::string& name, const std::string& path) const;
  std::string find_built_tool(const std::string& name, const char* env_override) const;

  std::filesystem::path repo_;
  std::filesystem::path cache_;
  std::filesystem::path build_dir_;
  mutable std::mutex mutex_;
  mutable std::map<std::string, std::string> memo_;
};

} // namespace wpk
