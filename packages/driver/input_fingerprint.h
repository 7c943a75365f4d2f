// input_fingerprint.h — a cheap identity of the files a slow computation reads, and a memo of
// the computation's result keyed by it.
//
// The fingerprint covers, for every file added (directly or as part of a tree): its path, and
// from stat(2) its device, inode, mode, size, mtime and ctime in nanoseconds (ctime cannot be set
// back by utime, so an edit that restores the old mtime still shows), or "missing". A tree is
// walked in sorted order, so a file appearing or disappearing changes the fingerprint too.
// Labelled text (an environment variable, an arch) can be added as well.
//
// memoized_value() returns the value remembered under the same fingerprint or recomputes and
// remembers it. Invariant: a remembered value is returned only when no fingerprinted file
// changed since the value was computed. To keep that true for edits made within one timestamp
// tick of the computation (the "racy" case git knows), a value is not remembered while any file
// of the fingerprint has an mtime later than kRacyWindowSeconds before the computation started.
#pragma once

#include <ctime>
#include <filesystem>
#include <functional>
#include <string>
#include <string_view>

namespace wpk {

class InputFingerprint {
public:
  static constexpr int kRacyWindowSeconds = 2;

  // stat(2) of `path` (following symlinks), or "missing".
  void add_file(const std::filesystem::path& path);
  // Every regular file and symlink below `dir` (sorted); "missing" when `dir` does not exist.
  void add_tree(const std::filesystem::path& dir);
  void add_text(std::string_view label, std::string_view text);

  // The canonical text of everything added (one line per item).
  const std::string& text() const { return text_; }
  std::string digest() const;
  // The newest mtime (seconds) of the files added so far.
  std::time_t newest_modification() const { return newest_modification_; }

private:
  std::string text_;
  std::time_t newest_modification_ = 0;
};

// The value remembered in `memo_file` for `fingerprint`, or compute()'s result (then remembered,
// unless the fingerprint is racy). The memo file holds "<fingerprint digest>\n<value>"; a cache
// that cannot be written only loses the shortcut. When `recomputed` is given, it tells whether
// compute() ran.
std::string memoized_value(const std::filesystem::path& memo_file,
                           const InputFingerprint& fingerprint,
                           const std::function<std::string()>& compute, bool* recomputed = nullptr);

} // namespace wpk
