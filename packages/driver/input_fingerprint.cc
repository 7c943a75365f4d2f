#include "input_fingerprint.h"

#include "error.h"
#include "fs_util.h"
#include "sha256.h"

#include <algorithm>
#include <sys/stat.h>

namespace wpk {

namespace {

std::string nanoseconds(const struct timespec& time) {
  return std::to_string(time.tv_sec) + "." + std::to_string(time.tv_nsec);
}

// Newlines in a path or text cannot forge another line of the fingerprint.
std::string escaped(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == '\\')
      out += "\\\\";
    else if (c == '\n')
      out += "\\n";
    else
      out += c;
  }
  return out;
}

} // namespace

void InputFingerprint::add_file(const std::filesystem::path& path) {
  struct stat info {};
  text_ += "file " + escaped(path.string()) + " ";
  if (::stat(path.c_str(), &info) != 0) {
    text_ += "missing\n";
    return;
  }
  text_ += std::to_string(info.st_dev) + ":" + std::to_string(info.st_ino) + " mode " +
           std::to_string(info.st_mode) + " size " + std::to_string(info.st_size) + " mtime " +
           nanoseconds(info.st_mtim) + " ctime " + nanoseconds(info.st_ctim) + "\n";
  newest_modification_ = std::max(newest_modification_, info.st_mtim.tv_sec);
}

void InputFingerprint::add_tree(const std::filesystem::path& dir) {
  if (!std::filesystem::is_directory(dir)) {
    text_ += "tree " + escaped(dir.string()) + " missing\n";
    return;
  }
  const auto files = list_files_recursively(dir);
  text_ += "tree " + escaped(dir.string()) + " " + std::to_string(files.size()) + " files\n";
  for (const auto& relative : files)
    add_file(dir / relative);
}

void InputFingerprint::add_text(std::string_view label, std::string_view text) {
  text_ += "text " + escaped(label) + " " + escaped(text) + "\n";
}

std::string InputFingerprint::digest() const {
  return sha256_hex(text_);
}

std::string memoized_value(const std::filesystem::path& memo_file,
                           const InputFingerprint& fingerprint,
                           const std::function<std::string()>& compute, bool* recomputed) {
  const std::string digest = fingerprint.digest();
  std::string memo;
  if (read_file_if_exists(memo_file, memo) && memo.size() > digest.size() &&
      memo.compare(0, digest.size(), digest) == 0 && memo[digest.size()] == '\n') {
    if (recomputed)
      *recomputed = false;
    return memo.substr(digest.size() + 1);
  }
  const std::time_t started = std::time(nullptr);
  std::string value = compute();
  if (recomputed)
    *recomputed = true;
  if (fingerprint.newest_modification() < started - InputFingerprint::kRacyWindowSeconds) {
    try {
      std::filesystem::create_directories(memo_file.parent_path());
      write_file_atomically(memo_file, digest + "\n" + value);
    } catch (const std::exception&) {
      // A read-only cache only loses the shortcut.
    }
  }
  return value;
}

} // namespace wpk
