// fs_util.h — small file-system helpers used everywhere in the driver.
//
// Writes are atomic: content goes to a temporary file in the destination's folder, which is then
// renamed over the destination, so a reader (or a killed writer) never sees a partial file.
// Listings are sorted so that whatever is derived from them is deterministic.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace wpk {

namespace fs = std::filesystem;

std::string read_file(const fs::path& path);
bool read_file_if_exists(const fs::path& path, std::string& content);
void write_file_atomically(const fs::path& path, std::string_view content);
// Writes all of `data` to `fd`, going on after short writes and EINTR. False, with errno set,
// when a write fails.
bool write_all(int fd, std::string_view data);

// Regular files and symlinks below `dir`, as sorted '/'-separated paths relative to `dir`.
std::vector<std::string> list_files_recursively(const fs::path& dir);

// `path` relative to `root` ("." when they are the same) when it lies inside it, compared as
// written: canonicalize both first where links or ".." may differ.
std::optional<fs::path> lexically_inside(const fs::path& path, const fs::path& root);

// A fresh, unique temporary path next to `near` (same file system, so rename() is atomic).
fs::path unique_temp_path(const fs::path& near, std::string_view tag);

// Copies a tree (files, symlinks, directories), overwriting existing files. Never writes
// through a symlink already in `to` (create_parent_folders_within).
void copy_tree(const fs::path& from, const fs::path& to);

// Throws wpk::Error ("<origin>: refusing '<relative>': ...") when a folder on the way to
// root/relative exists as a symlink or as something other than a folder: writing there would
// land outside root (an archive or a dependency's tree with `usr -> /`).
void check_no_symlink_on_the_way(const fs::path& root, const std::string& relative,
                                 const std::string& origin);

// check_no_symlink_on_the_way, then creates the missing parent folders of root/relative.
void create_parent_folders_within(const fs::path& root, const std::string& relative,
                                  const std::string& origin);

// Removes a tree, ignoring errors (used for scratch directories).
void remove_tree_quietly(const fs::path& path);

// True when `relative` is a safe relative path: not empty, not absolute, no "..", no empty or "."
// components.
bool is_safe_relative_path(std::string_view relative);

// The value of an environment variable, or `fallback` when unset or empty.
std::string env_or(const char* name, const std::string& fallback);

// Splits "a,b,c" into its non-empty parts.
std::vector<std::string> split_list(std::string_view text, char separator);

// The integer written in `text`: an optional '-' and 1 to 18 decimal digits, nothing else (no
// spaces, no '+', no trailing text); nullopt otherwise.
std::optional<long long> parse_integer(std::string_view text);

// The value of a command-line option that takes a count (1 to 999999); throws wpk::Error naming
// the option otherwise.
int parse_positive_option(const std::string& option, const std::string& text);

} // namespace wpk
