#include "toolchain_info.h"

#include "archive_writer.h"
#include "error.h"
#include "fs_util.h"
#include "input_fingerprint.h"
#include "sha256.h"
#include "subprocess.h"

#include <algorithm>
#include <future>
#include <sys/stat.h>
#include <unistd.h>

namespace wpk {

std::filesystem::path ToolchainInfo::memo_file(const std::string& name,
                                               const std::string& owner) const {
  // One memo per repository (or tool path): checkouts sharing a cache do not overwrite each
  // other's values.
  return cache_ / "memo" / (name + "-" + sha256_hex(owner).substr(0, 12));
}

ToolchainInfo::ToolchainInfo(std::filesystem::path repo, std::filesystem::path cache,
                             std::filesystem::path build_dir)
    : repo_(std::move(repo)), cache_(std::move(cache)), build_dir_(std::move(build_dir)) {}

int ToolchainInfo::abi_version() const {
  std::string text;
  if (!read_file_if_exists(repo_ / "kernel-abi/ABI_VERSION", text))
    return 0;
  while (!text.empty() && (text.back() == '\n' || text.back() == ' '))
    text.pop_back();
  const auto version = parse_integer(text);
  if (!version || *version < 0 || *version > 999999999)
    throw Error((repo_ / "kernel-abi/ABI_VERSION").string() + ":1:1: expected an integer, got '" +
                text + "'");
  return static_cast<int>(*version);
}

InputFingerprint ToolchainInfo::toolchain_key_fingerprint(const std::string& arch) const {
  // A superset of what `build-sysroot --print-key` (or the fallback below) reads: the whole of
  // toolchain/ (the script itself, its musl overlay and helpers), allocator/, the kernel ABI's
  // generated headers and wpk-abi sources, ABI_VERSION, dpkg's database (any package installed,
  // upgraded or removed: clang, compiler-rt, llvm tools), the compiler binary that PATH resolves
  // and the compiler-rt archive of the arch.
  InputFingerprint fingerprint;
  const std::string path_variable = env_or("PATH", "/usr/bin:/bin");
  fingerprint.add_text("arch", arch);
  fingerprint.add_text("PATH", path_variable);
  fingerprint.add_tree(repo_ / "toolchain");
  fingerprint.add_tree(repo_ / "allocator");
  fingerprint.add_tree(repo_ / "kernel-abi/generated");
  fingerprint.add_tree(repo_ / "kernel-abi/wpk-abi");
  fingerprint.add_file(repo_ / "kernel-abi/ABI_VERSION");
  fingerprint.add_file("/var/lib/dpkg/status");
  const std::string clang = find_in_path("clang-16", path_variable);
  fingerprint.add_text("clang-16", clang);
  if (!clang.empty())
    fingerprint.add_file(clang);
  const std::filesystem::path package_list =
      "/var/lib/dpkg/info/libclang-rt-16-dev-" + arch + ".list";
  fingerprint.add_file(package_list);
  std::string listed;
  if (read_file_if_exists(package_list, listed)) {
    const std::string archive = "/libclang_rt.builtins-" + arch + ".a";
    for (const auto& line : split_list(listed, '\n'))
      if (line.ends_with(archive))
        fingerprint.add_file(line);
  }
  return fingerprint;
}

std::string ToolchainInfo::compute_toolchain_key(const std::string& arch,
                                                 std::string* origin) const {
  const auto builder = sysroot_builder();
  if (::access(builder.c_str(), X_OK) == 0) {
    ProcessResult result =
        run_captured({builder.string(), "--print-key", arch}, current_environment(), repo_);
    std::string text = result.output;
    while (!text.empty() && (text.back() == '\n' || text.back() == ' '))
      text.pop_back();
    if (result.exit_status == 0 && !text.empty() && text.find('\n') == std::string::npos) {
      *origin = "toolchain/build-sysroot --print-key " + arch;
      return text;
    }
  }
  // Fallback while build-sysroot cannot print its key: every file of the folders the sysroot
  // is made from, and the compiler's identity. Over-approximates; never misses an input.
  Sha256 hash;
  for (const char* folder : {"toolchain", "allocator", "kernel-abi/wpk-abi"}) {
    for (const auto& relative : list_files_recursively(repo_ / folder)) {
      hash.update(std::string(folder) + "/" + relative + "\n");
      hash.update(sha256_file_hex(repo_ / folder / relative));
    }
  }
  std::string abi;
  read_file_if_exists(repo_ / "kernel-abi/ABI_VERSION", abi);
  hash.update("abi " + abi);
  ProcessResult clang = run_captured({"clang-16", "--version"}, current_environment(), repo_);
  hash.update("clang " + clang.output);
  hash.update("arch " + arch);
  *origin = "fallback: hash of toolchain/, allocator/, kernel-abi/wpk-abi/, ABI_VERSION and "
            "clang-16 --version (toolchain/build-sysroot --print-key unavailable)";
  return hash.hex_digest();
}

std::string ToolchainInfo::toolchain_key(const std::string& arch, std::string* source) const {
  const std::string memo_key = "toolchain-key:" + arch;
  std::unique_lock<std::mutex> lock(mutex_);
  if (!memo_.count(memo_key)) {
    lock.unlock(); // computing may take a while; other arches ask concurrently
    // Running the script costs ~0.2 s (dpkg -L, clang --version, hashing): remember its answer
    // under a fingerprint of everything it reads (input_fingerprint.h).
    bool recomputed = false;
    const std::string memo = memoized_value(
        memo_file("toolchain-key-" + arch, repo_.string()), toolchain_key_fingerprint(arch),
        [&] {
          std::string origin;
          std::string key = compute_toolchain_key(arch, &origin);
          return key + "\n" + origin;
        },
        &recomputed);
    const size_t newline = memo.find('\n');
    const std::string key = memo.substr(0, newline);
    const std::string origin = newline == std::string::npos ? "" : memo.substr(newline + 1);
    lock.lock();
    memo_[memo_key] = key;
    memo_[memo_key + ":source"] =
        origin + (recomputed ? "" : " (remembered; its inputs' file fingerprint is unchanged)");
  }
  if (source)
    *source = memo_[memo_key + ":source"];
  return memo_[memo_key];
}

std::filesystem::path ToolchainInfo::wrapper(const std::string& arch,
                                             const std::string& tool) const {
  return repo_ / "toolchain/bin" / (arch + "posix-" + tool);
}

std::filesystem::path ToolchainInfo::sysroot_dir(const std::string& arch) const {
  return cache_ / "toolchain" / arch;
}

std::string ToolchainInfo::find_built_tool(const std::string& name,
                                           const char* env_override) const {
  std::lock_guard<std::mutex> lock(mutex_);
  const std::string memo_key = "tool:" + name;
  auto it = memo_.find(memo_key);
  if (it != memo_.end())
    return it->second;
  std::string found = env_or(env_override, "");
  if (found.empty() && std::filesystem::is_directory(build_dir_)) {
    // The build tree is small and shallow; the first executable with that name wins, searched
    // in sorted order so the choice is stable.
    std::vector<std::filesystem::path> candidates;
    std::error_code error;
    for (auto walk = std::filesystem::recursive_directory_iterator(
             build_dir_, std::filesystem::directory_options::skip_permission_denied, error);
         walk != std::filesystem::recursive_directory_iterator(); walk.increment(error)) {
      if (error)
        break;
      if (walk.depth() > 4 || walk->path().filename() == "CMakeFiles") {
        walk.disable_recursion_pending();
        continue;
      }
      if (walk->path().filename() == name && walk->is_regular_file() &&
          ::access(walk->path().c_str(), X_OK) == 0)
        candidates.push_back(walk->path());
    }
    std::sort(candidates.begin(), candidates.end());
    if (!candidates.empty())
      found = candidates.front().string();
  }
  if (found.empty())
    found = find_in_path(name, env_or("PATH", "/usr/bin:/bin"));
  memo_[memo_key] = found;
  return found;
}

std::string ToolchainInfo::instrumenter() const {
  return find_built_tool("wpk-fork-instrument", "WPK_FORK_INSTRUMENT");
}

std::string ToolchainInfo::abi_checker() const {
  return find_built_tool("wpk-abi", "WPK_ABI");
}

std::string ToolchainInfo::runtime() const {
  const std::string override_path = env_or("WPK_RUN", "");
  if (!override_path.empty())
    return override_path;
  const auto path = repo_ / "kernel-abi/runtime/bin/wpk-run";
  return ::access(path.c_str(), X_OK) == 0 ? path.string() : "";
}

std::string ToolchainInfo::wasm_optimizer() const {
  const std::string override_path = env_or("WPK_WASM_OPT", "");
  if (!override_path.empty())
    return override_path;
  return find_in_path("wasm-opt", env_or("PATH", "/usr/bin:/bin"));
}

std::string ToolchainInfo::binary_identity(const std::string& name, const std::string& path) const {
  if (path.empty())
    return "";
  {
    std::lock_guard<std::mutex> lock(mutex_);
    auto it = memo_.find(name);
    if (it != memo_.end())
      return it->second;
  }
  // Hashing the binary costs tens of milliseconds on every run; remember the hash under the
  // file's fingerprint, which any rebuild changes.
  InputFingerprint fingerprint;
  fingerprint.add_file(path);
  const std::string identity = memoized_value(memo_file(name, path), fingerprint,
                                              [&] { return "sha256:" + sha256_file_hex(path); });
  std::lock_guard<std::mutex> lock(mutex_);
  memo_[name] = identity;
  return identity;
}

std::string ToolchainInfo::instrumenter_identity() const {
  return binary_identity("instrumenter-identity", instrumenter());
}

std::string ToolchainInfo::wasm_optimizer_identity() const {
  return binary_identity("wasm-optimizer-identity", wasm_optimizer());
}

std::string ToolchainInfo::toolchain_files_digest() const {
  InputFingerprint fingerprint;
  fingerprint.add_tree(repo_ / "toolchain");
  return memoized_value(memo_file("toolchain-files", repo_.string()), fingerprint, [&] {
    Sha256 hash;
    for (const auto& relative : list_files_recursively(repo_ / "toolchain")) {
      if (relative.rfind("tests/", 0) == 0 || relative.rfind("bench/", 0) == 0 ||
          relative.ends_with(".md"))
        continue;
      hash.update(relative + "\n");
      hash.update(sha256_file_hex(repo_ / "toolchain" / relative));
    }
    return hash.hex_digest();
  });
}

KeyContext ToolchainInfo::key_context(const std::vector<std::string>& arches) const {
  // The sysroot keys come from a script per arch; ask for them concurrently, together with the
  // instrumenter's and wasm-opt's identities (hashes of their binaries).
  KeyContext context;
  context.abi_version = abi_version();
  context.source_date_epoch = source_date_epoch();
  context.toolchain_files = toolchain_files_digest();
  auto identity = std::async(std::launch::async, [this] { return instrumenter_identity(); });
  auto optimizer = std::async(std::launch::async, [this] { return wasm_optimizer_identity(); });
  std::vector<std::future<std::pair<std::string, std::string>>> keys;
  for (const auto& arch : arches)
    keys.push_back(std::async(std::launch::async, [this, arch] {
      std::string source;
      std::string key = toolchain_key(arch, &source);
      return std::make_pair(key, source);
    }));
  for (size_t i = 0; i < arches.size(); ++i) {
    auto [key, source] = keys[i].get();
    context.toolchain_keys[arches[i]] = key;
    context.toolchain_sources[arches[i]] = source;
  }
  context.instrumenter_identity = identity.get();
  context.wasm_optimizer_identity = optimizer.get();
  return context;
}

} // namespace wpk
