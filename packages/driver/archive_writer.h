// archive_writer.h — deterministic tar.zst archives (libarchive, pax format, zstd).
//
// Given the same entries, the bytes are identical on every run and machine: entries are sorted
// by path, every parent folder gets its own entry, mtime is the given SOURCE_DATE_EPOCH,
// uid/gid are 0 with no user or group names, modes are normalized (0755 for folders and
// executables, 0644 otherwise; a folder given as a member keeps its own mode, e.g. 01777 for
// /tmp), and no atime/ctime or extended attributes are stored. The archive is written to a
// temporary file and renamed into place. A file or symlink member that is also the parent folder
// of another member is an error.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace wpk {

struct ArchiveMember {
  enum class Type { file, symlink, folder };
  std::string path; // relative, '/'-separated
  Type type = Type::file;
  unsigned folder_mode = 0755;  // for folders: permission bits, sticky bit included
  std::filesystem::path source; // file contents come from here...
  bool from_memory = false;     // ...or from `content`
  std::string content;
  std::string link_target; // for symlinks
  bool executable = false;
};

// Members from a folder tree (files and symlinks; a file whose owner may execute it is
// executable, whoever runs this).
std::vector<ArchiveMember> members_from_tree(const std::filesystem::path& root,
                                             const std::vector<std::string>& relative_paths);

void write_deterministic_archive(const std::filesystem::path& output,
                                 std::vector<ArchiveMember> members, int64_t mtime);

// The SOURCE_DATE_EPOCH of the environment, or a fixed default.
int64_t source_date_epoch();

} // namespace wpk
