#include "manifest_check.h"

#include "error.h"
#include "fs_util.h"
#include "path_tree.h"
#include "sha256.h"
#include "unique_fd.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <map>
#include <set>
#include <sys/stat.h>

namespace wpk {

namespace {

struct ExpectedOutput {
  bool symlink = false;
  std::string value; // the sha256 of a file, the target of a symlink
  int64_t size = 0;
  bool seen = false;
};

constexpr std::string_view kSymlinkPrefix = "symlink:";

std::map<std::string, ExpectedOutput> expected_outputs(const Json& manifest,
                                                       const std::string& origin) {
  const Json* outputs = manifest.find("outputs");
  if (!outputs || outputs->type() != Json::Type::array)
    throw Error(origin + ": manifest.json: expected an 'outputs' list");
  std::map<std::string, ExpectedOutput> expected;
  for (const auto& output : outputs->items()) {
    const std::string path = output.get_string("path");
    const std::string sha256 = output.get_string("sha256");
    if (!is_safe_relative_path(path))
      throw Error(origin + ": manifest.json: output path '" + path +
                  "' is not a safe relative path");
    ExpectedOutput item;
    if (sha256.rfind(kSymlinkPrefix, 0) == 0) {
      item.symlink = true;
      item.value = sha256.substr(kSymlinkPrefix.size());
      if (item.value.empty())
        throw Error(origin + ": manifest.json: output " + path + " is a symlink without a target");
    } else {
      if (!is_sha256_hex(sha256))
        throw Error(origin + ": manifest.json: output " + path +
                    ": expected a sha256 (64 lowercase hex digits) or 'symlink:<target>', got '" +
                    sha256 + "'");
      item.value = sha256;
      item.size = output.get_number("size", -1);
    }
    if (!expected.emplace(path, item).second)
      throw Error(origin + ": manifest.json: output " + path + " is listed twice");
  }
  return expected;
}

// The folders on the way to the listed paths ("usr", "usr/lib", ...).
std::set<std::string> expected_folders(const std::map<std::string, ExpectedOutput>& expected) {
  std::set<std::string> folders;
  for (const auto& [path, item] : expected)
    for (const std::string_view folder : parent_folders(path))
      folders.emplace(folder);
  return folders;
}

void check_file(const std::filesystem::path& file, const std::string& relative,
                const ExpectedOutput& item, const std::string& origin) {
  UniqueFd fd(::open(file.c_str(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC));
  struct stat info;
  if (!fd.valid() || ::fstat(fd.get(), &info) != 0)
    throw Error(origin + ": " + relative + ": cannot read: " + std::strerror(errno));
  if (!S_ISREG(info.st_mode))
    throw Error(origin + ": " + relative + ": expected a regular file as the manifest lists");
  if (item.size >= 0 && info.st_size != item.size)
    throw Error(origin + ": " + relative + ": expected " + std::to_string(item.size) +
                " bytes as the manifest lists, got " + std::to_string(info.st_size));
  const std::string actual = sha256_fd_hex(fd.get(), file.string());
  if (actual != item.value)
    throw Error(origin + ": " + relative + ": expected sha256 " + item.value +
                " as the manifest lists, got " + actual);
}

} // namespace

void check_tree_matches_manifest(const std::filesystem::path& tree, const Json& manifest,
                                 const std::string& origin) {
  std::map<std::string, ExpectedOutput> expected = expected_outputs(manifest, origin);
  const std::set<std::string> folders = expected_folders(expected);
  if (!std::filesystem::is_directory(std::filesystem::symlink_status(tree)))
    throw Error(origin + ": the unpacked tree " + tree.string() + " is not a folder");
  // The iterator does not follow symlinks to folders: a symlink is reported as one.
  for (auto it = std::filesystem::recursive_directory_iterator(tree);
       it != std::filesystem::recursive_directory_iterator(); ++it) {
    const std::string relative = it->path().lexically_relative(tree).generic_string();
    const auto status = it->symlink_status();
    const auto found = expected.find(relative);
    if (std::filesystem::is_directory(status)) {
      if (!folders.count(relative))
        throw Error(origin + ": " + relative + "/: a folder the manifest does not list");
      continue;
    }
    if (folders.count(relative))
      throw Error(origin + ": " + relative +
                  ": expected a folder (the manifest lists files in it)" +
                  (std::filesystem::is_symlink(status) ? ", got a symlink" : ", got a file"));
    if (found == expected.end())
      throw Error(origin + ": " + relative + ": not listed in the manifest");
    ExpectedOutput& item = found->second;
    if (item.symlink) {
      if (!std::filesystem::is_symlink(status))
        throw Error(origin + ": " + relative + ": expected a symlink to '" + item.value +
                    "' as the manifest lists");
      const std::string target = std::filesystem::read_symlink(it->path()).string();
      if (target != item.value)
        throw Error(origin + ": " + relative + ": expected a symlink to '" + item.value +
                    "' as the manifest lists, got one to '" + target + "'");
    } else if (std::filesystem::is_symlink(status)) {
      throw Error(origin + ": " + relative +
                  ": expected a regular file as the manifest lists, got a symlink");
    } else if (std::filesystem::is_regular_file(status)) {
      check_file(it->path(), relative, item, origin);
    } else {
      throw Error(origin + ": " + relative +
                  ": expected a regular file as the manifest lists, got a special file");
    }
    item.seen = true;
  }
  for (const auto& [path, item] : expected)
    if (!item.seen)
      throw Error(origin + ": " + path + ": listed in the manifest but not in the archive");
}

} // namespace wpk
