// abi_repo.cc — see abi_repo.h.
#include "abi_repo.h"

#include "abi_error.h"
#include "abi_loader.h"
#include "file_io.h"
#include "generators.h"

#include <cstdlib>
#include <filesystem>

namespace wpk::abi {

AbiRepo load_abi_repo(const std::string& dir) {
  AbiRepo repo;
  repo.dir = dir;
  repo.abi = load_definition_file(dir + "/abi.yaml");
  const std::string version_path = dir + "/ABI_VERSION";
  auto version_text = read_file(version_path);
  if (!version_text)
    throw AbiError(version_path + ": cannot read the ABI version");
  repo.abi_version = parse_abi_version(*version_text, version_path);
  return repo;
}

std::string find_abi_dir(const std::string& explicit_dir) {
  namespace fs = std::filesystem;
  if (!explicit_dir.empty()) {
    if (!fs::exists(fs::path(explicit_dir) / "abi.yaml"))
      throw AbiError(explicit_dir + ": no abi.yaml in this directory");
    return explicit_dir;
  }
  std::error_code ec;
  for (fs::path dir = fs::current_path(ec); !dir.empty(); dir = dir.parent_path()) {
    for (const fs::path& candidate : {dir, dir / "kernel-abi"})
      if (fs::exists(candidate / "abi.yaml") && candidate.filename() == "kernel-abi")
        return candidate.string();
    if (dir == dir.parent_path())
      break;
  }
  if (const char* env = std::getenv("WPK_ABI_DIR"); env && *env)
    return find_abi_dir(env);
#ifdef WPK_KERNEL_ABI_DEFAULT_DIR
  if (fs::exists(fs::path(WPK_KERNEL_ABI_DEFAULT_DIR) / "abi.yaml"))
    return WPK_KERNEL_ABI_DEFAULT_DIR;
#endif
  throw AbiError("cannot find kernel-abi/abi.yaml from the current directory; pass --abi-dir");
}

std::vector<std::string> stale_generated_files(const AbiRepo& repo) {
  std::vector<std::string> stale;
  for (const auto& file : generate_all(repo.abi, repo.abi_version)) {
    auto current = read_file(repo.dir + "/" + file.path);
    if (!current || *current != file.contents)
      stale.push_back(file.path);
  }
  return stale;
}

std::vector<std::string> update_generated_files(const AbiRepo& repo) {
  std::vector<std::string> changed;
  for (const auto& file : generate_all(repo.abi, repo.abi_version)) {
    auto current = read_file(repo.dir + "/" + file.path);
    if (current && *current == file.contents)
      continue;
    write_file_atomic(repo.dir + "/" + file.path, file.contents);
    changed.push_back(file.path);
  }
  return changed;
}

} // namespace wpk::abi
