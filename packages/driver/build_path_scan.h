// build_path_scan.h — finds the build machine's paths in a package's published files.
//
// A path of the machine that built a package (the scratch folder, which holds the builder's
// pid; the cache; the checkout with its toolchain wrappers and recipes) inside an installed
// file makes two builds of the same inputs differ, and the published bytes then depend on where
// and by whom they were built. Compilers are kept from writing them (the wrappers map those
// folders in debug information and __FILE__), but a package can still print its own command
// lines into a binary (OpenSSL's `version -f`, wget's `--version`). The driver scans every file
// it publishes for these paths and fails the build, naming the file, the path and its byte
// offset, instead of publishing bytes that no other build can reproduce.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace wpk {

// The byte strings that must not appear in published files: for each folder, the path as given
// and its canonical spelling (a cache reached through a symlink is seen by the compilers under
// its real path), each with a trailing '/' so that a short folder name is never matched inside
// an unrelated word. Empty paths are skipped; duplicates appear once, in a fixed order.
std::vector<std::string> build_path_needles(const std::vector<std::filesystem::path>& folders);

struct BuildPathHit {
  std::string needle;  // the path found (as in the needle list)
  uint64_t offset = 0; // where it starts in the file
};

// The first needle (in list order) that occurs in `file`, with its first offset; nullopt when
// none does. Throws Error when the file cannot be read.
std::optional<BuildPathHit> find_build_path(const std::filesystem::path& file,
                                            const std::vector<std::string>& needles);

} // namespace wpk
