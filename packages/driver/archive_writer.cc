#include "archive_writer.h"

#include "error.h"
#include "fs_util.h"
#include "path_tree.h"

#include <algorithm>
#include <archive.h>
#include <archive_entry.h>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <memory>
#include <set>
#include <sys/stat.h>

namespace wpk {

namespace {

struct ArchiveWriteCloser {
  void operator()(archive* a) const { archive_write_free(a); }
};
struct EntryFree {
  void operator()(archive_entry* e) const { archive_entry_free(e); }
};

void check(archive* writer, int status, const std::string& what) {
  if (status < ARCHIVE_WARN)
    throw Error(what + ": " + archive_error_string(writer));
}

} // namespace

int64_t source_date_epoch() {
  const std::string value = env_or("SOURCE_DATE_EPOCH", "");
  if (value.empty())
    return 1700000000; // 2023-11-14, the fixed default
  // As reproducible-builds.org asks: a malformed value is an error, not silently replaced.
  const auto seconds = parse_integer(value);
  if (!seconds || *seconds < 0)
    throw Error("SOURCE_DATE_EPOCH: expected a non-negative number of seconds, got '" + value +
                "'");
  return *seconds;
}

std::vector<ArchiveMember> members_from_tree(const std::filesystem::path& root,
                                             const std::vector<std::string>& relative_paths) {
  std::vector<ArchiveMember> members;
  for (const auto& relative : relative_paths) {
    ArchiveMember member;
    member.path = relative;
    const auto path = root / relative;
    const auto status = std::filesystem::symlink_status(path);
    if (std::filesystem::is_symlink(status)) {
      member.type = ArchiveMember::Type::symlink;
      member.link_target = std::filesystem::read_symlink(path).string();
    } else {
      member.source = path;
      // The owner's x bit of the file itself: access(X_OK) would depend on who builds (for
      // root, any x bit makes a file executable).
      struct stat info;
      if (::stat(path.c_str(), &info) != 0)
        throw Error("cannot stat " + path.string() + ": " + std::strerror(errno));
      member.executable = (info.st_mode & S_IXUSR) != 0;
    }
    members.push_back(std::move(member));
  }
  return members;
}

void write_deterministic_archive(const std::filesystem::path& output,
                                 std::vector<ArchiveMember> members, int64_t mtime) {
  std::sort(members.begin(), members.end(),
            [](const ArchiveMember& a, const ArchiveMember& b) { return a.path < b.path; });
  for (size_t i = 1; i < members.size(); ++i)
    if (members[i].path == members[i - 1].path)
      throw Error("archive " + output.string() + ": duplicate member '" + members[i].path + "'");
  std::set<std::string, std::less<>> folders; // parents no member stands for
  for (const auto& member : members) {
    if (!is_safe_relative_path(member.path))
      throw Error("archive " + output.string() + ": unsafe member path '" + member.path + "'");
    for (const std::string_view folder : parent_folders(member.path))
      folders.emplace(folder);
  }
  // A file or symlink member cannot also be the folder of another ("a" and "a/b"): the archive
  // would hold both a file and a folder entry under one name. A folder member is that folder.
  for (const auto& member : members)
    if (member.type == ArchiveMember::Type::folder) {
      folders.erase(member.path);
    } else if (folders.count(member.path)) {
      const auto below = first_below(members, member.path, &ArchiveMember::path);
      throw Error("archive " + output.string() + ": member '" + member.path +
                  "' is also the folder of '" + below->path + "'");
    }
  // One sorted sequence of folders and members (a folder sorts before its contents because
  // "a" < "a/...").
  struct Item {
    std::string path;
    const ArchiveMember* member;
  };
  std::vector<Item> items;
  for (const auto& folder : folders)
    items.push_back({folder, nullptr});
  for (const auto& member : members)
    items.push_back({member.path, &member});
  std::sort(items.begin(), items.end(),
            [](const Item& a, const Item& b) { return a.path < b.path; });

  std::filesystem::create_directories(output.parent_path());
  const auto temp = unique_temp_path(output, "tmp");
  std::unique_ptr<archive, ArchiveWriteCloser> writer(archive_write_new());
  archive* w = writer.get();
  check(w, archive_write_set_format_pax_restricted(w), "tar format");
  check(w, archive_write_add_filter_zstd(w), "zstd filter");
  check(w, archive_write_set_filter_option(w, "zstd", "compression-level", "10"), "zstd level");
  check(w, archive_write_set_bytes_per_block(w, 10240), "block size");
  try {
    check(w, archive_write_open_filename(w, temp.c_str()), "open " + temp.string());
    for (const auto& item : items) {
      std::unique_ptr<archive_entry, EntryFree> entry(archive_entry_new());
      archive_entry* e = entry.get();
      archive_entry_set_pathname(e, item.path.c_str());
      archive_entry_set_mtime(e, mtime, 0);
      archive_entry_set_uid(e, 0);
      archive_entry_set_gid(e, 0);
      std::string data;
      if (!item.member || item.member->type == ArchiveMember::Type::folder) {
        archive_entry_set_filetype(e, AE_IFDIR);
        archive_entry_set_perm(e, item.member ? item.member->folder_mode : 0755);
      } else if (item.member->type == ArchiveMember::Type::symlink) {
        archive_entry_set_filetype(e, AE_IFLNK);
        archive_entry_set_perm(e, 0777);
        archive_entry_set_symlink(e, item.member->link_target.c_str());
      } else {
        data = item.member->from_memory ? item.member->content : read_file(item.member->source);
        archive_entry_set_filetype(e, AE_IFREG);
        archive_entry_set_perm(e, item.member->executable ? 0755 : 0644);
        archive_entry_set_size(e, static_cast<la_int64_t>(data.size()));
      }
      check(w, archive_write_header(w, e), "header of " + item.path);
      if (!data.empty() && archive_write_data(w, data.data(), data.size()) < 0)
        throw Error("archive " + output.string() + ": " + archive_error_string(w));
    }
    check(w, archive_write_close(w), "close " + temp.string());
  } catch (...) {
    std::error_code ignored;
    std::filesystem::remove(temp, ignored);
    throw;
  }
  writer.reset();
  std::filesystem::rename(temp, output);
}

} // namespace wpk
