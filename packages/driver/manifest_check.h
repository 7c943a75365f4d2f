// manifest_check.h — checks that an unpacked package tree is exactly what its manifest lists
// (a remote cache entry before it is installed locally).
//
// A manifest's outputs (manifest.h) give, for each path, "sha256": the digest of a regular
// file's bytes (and "size"), or "sha256": "symlink:<target>" for a symlink. Folders and modes are
// not recorded. The tree matches when:
//   - every output path is a safe relative path, listed once, with a 64-hex digest or a
//     "symlink:" target that is not empty;
//   - each listed file is a regular file (not a symlink to one: nothing is followed; it is read
//     through an O_NOFOLLOW descriptor) with that digest and size;
//   - each listed symlink is a symlink whose target is exactly the recorded text (not followed);
//   - every folder on the way to a listed path is a real folder, not a symlink;
//   - nothing else is there: no other file, symlink, special file, nor a folder that is not on
//     the way to a listed path.
// Modes are not recorded and not compared; safe_extract masks them to 0755 (no setuid, setgid or
// group/other write bits). Violations throw wpk::Error "<origin>: <path>: <what was expected>".
#pragma once

#include "json.h"

#include <filesystem>
#include <string>

namespace wpk {

void check_tree_matches_manifest(const std::filesystem::path& tree, const Json& manifest,
                                 const std::string& origin);

} // namespace wpk
