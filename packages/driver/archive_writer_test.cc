// Archives: the same members give byte-identical archives whatever the order, the files' mtimes
// or the umask; the content round-trips through safe_extract with normalized modes.
#include "archive_writer.h"
#include "error.h"
#include "safe_extract.h"
#include "sha256.h"
#include "test_util.h"

#include <archive.h>
#include <archive_entry.h>
#include <cstdio>
#include <gtest/gtest.h>
#include <sys/stat.h>

namespace wpk {
namespace {

std::vector<ArchiveMember> sample(const testing::ScratchDir& dir) {
  dir.write("tree/usr/bin/tool", "#!wasm\n");
  dir.write("tree/usr/share/doc/readme", "read me\n");
  dir.write("tree/usr/lib/liba.a", std::string(100000, 'x'));
  std::filesystem::permissions(dir.path() / "tree/usr/bin/tool", std::filesystem::perms(0755));
  return members_from_tree(dir.path() / "tree",
                           {"usr/share/doc/readme", "usr/bin/tool", "usr/lib/liba.a"});
}

TEST(ArchiveWriter, SameMembersGiveIdenticalBytes) {
  testing::ScratchDir dir;
  auto members = sample(dir);
  write_deterministic_archive(dir.path() / "a.tar.zst", members, 1700000000);
  // Different member order, different file times and permissions on disk.
  std::reverse(members.begin(), members.end());
  std::filesystem::last_write_time(dir.path() / "tree/usr/lib/liba.a",
                                   std::filesystem::file_time_type::clock::now());
  std::filesystem::permissions(dir.path() / "tree/usr/share/doc/readme",
                               std::filesystem::perms(0600));
  write_deterministic_archive(dir.path() / "b.tar.zst", members, 1700000000);
  EXPECT_EQ(sha256_file_hex(dir.path() / "a.tar.zst"), sha256_file_hex(dir.path() / "b.tar.zst"));
  write_deterministic_archive(dir.path() / "c.tar.zst", members, 1700000001);
  EXPECT_NE(sha256_file_hex(dir.path() / "a.tar.zst"), sha256_file_hex(dir.path() / "c.tar.zst"));
}

TEST(ArchiveWriter, RoundTripsWithNormalizedModes) {
  testing::ScratchDir dir;
  auto members = sample(dir);
  ArchiveMember note;
  note.path = "manifest.json";
  note.from_memory = true;
  note.content = "{}\n";
  members.push_back(note);
  ArchiveMember link;
  link.path = "usr/bin/alias";
  link.type = ArchiveMember::Type::symlink;
  link.link_target = "tool";
  members.push_back(link);
  write_deterministic_archive(dir.path() / "a.tar.zst", members, 1700000000);
  safe_extract(dir.path() / "a.tar.zst", dir.path() / "out");
  EXPECT_EQ(read_file(dir.path() / "out/usr/bin/tool"), "#!wasm\n");
  EXPECT_EQ(read_file(dir.path() / "out/manifest.json"), "{}\n");
  EXPECT_EQ(std::filesystem::read_symlink(dir.path() / "out/usr/bin/alias"), "tool");
  struct stat info;
  ASSERT_EQ(stat((dir.path() / "out/usr/bin/tool").c_str(), &info), 0);
  EXPECT_TRUE(info.st_mode & S_IXUSR);
  ASSERT_EQ(stat((dir.path() / "out/usr/share/doc/readme").c_str(), &info), 0);
  EXPECT_FALSE(info.st_mode & S_IXUSR);
}

TEST(ArchiveWriter, RejectsUnsafeAndDuplicateMembers) {
  testing::ScratchDir dir;
  ArchiveMember bad;
  bad.path = "../escape";
  bad.from_memory = true;
  EXPECT_THROW(write_deterministic_archive(dir.path() / "x.tar.zst", {bad}, 0), Error);
  ArchiveMember twice;
  twice.path = "a";
  twice.from_memory = true;
  EXPECT_THROW(write_deterministic_archive(dir.path() / "x.tar.zst", {twice, twice}, 0), Error);
  EXPECT_FALSE(std::filesystem::exists(dir.path() / "x.tar.zst"));
}

// A member that is also the parent folder of another member ("usr/share/x" as a file and
// "usr/share/x/y") cannot be one archive: the folder entry would clash with the file.
TEST(ArchiveWriter, RejectsAMemberThatIsAlsoAFolder) {
  testing::ScratchDir dir;
  ArchiveMember file;
  file.path = "usr/share/x";
  file.from_memory = true;
  ArchiveMember inside = file;
  inside.path = "usr/share/x/y";
  ArchiveMember sibling = file;
  sibling.path = "usr/share/x-y"; // sorts between the two: not a conflict by itself
  try {
    write_deterministic_archive(dir.path() / "x.tar.zst", {inside, sibling, file}, 0);
    ADD_FAILURE() << "a member that is also a folder was archived";
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find("'usr/share/x'"), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find("'usr/share/x/y'"), std::string::npos) << e.what();
  }
  EXPECT_FALSE(std::filesystem::exists(dir.path() / "x.tar.zst"));
  ArchiveMember link = file; // a symlink is no folder either
  link.type = ArchiveMember::Type::symlink;
  link.link_target = "elsewhere";
  EXPECT_THROW(write_deterministic_archive(dir.path() / "x.tar.zst", {link, inside}, 0), Error);
  EXPECT_NO_THROW(write_deterministic_archive(dir.path() / "x.tar.zst", {sibling, inside}, 0));
}

// Every entry of an archive as "path mode" (mode in octal, type bits included; libarchive
// names a folder with a trailing /).
std::vector<std::string> entry_modes(const std::filesystem::path& file) {
  archive* reader = archive_read_new();
  archive_read_support_filter_all(reader);
  archive_read_support_format_all(reader);
  std::vector<std::string> entries;
  if (archive_read_open_filename(reader, file.c_str(), 10240) == ARCHIVE_OK) {
    archive_entry* entry;
    while (archive_read_next_header(reader, &entry) == ARCHIVE_OK) {
      char mode[16];
      std::snprintf(mode, sizeof mode, "%o", static_cast<unsigned>(archive_entry_mode(entry)));
      entries.push_back(std::string(archive_entry_pathname(entry)) + " " + mode);
    }
  }
  archive_read_free(reader);
  return entries;
}

// A folder given as a member is one entry with its own mode (the sticky bit too), files may be
// inside it, and a folder member with nothing inside is still archived; folders no member
// names stay 0755.
TEST(ArchiveWriter, FolderMembersKeepTheirMode) {
  testing::ScratchDir dir;
  ArchiveMember tmp;
  tmp.path = "tmp";
  tmp.type = ArchiveMember::Type::folder;
  tmp.folder_mode = 01777;
  ArchiveMember var_tmp = tmp;
  var_tmp.path = "var/tmp";
  ArchiveMember inside;
  inside.path = "tmp/keep";
  inside.from_memory = true;
  inside.content = "x";
  write_deterministic_archive(dir.path() / "a.tar.zst", {inside, var_tmp, tmp}, 0);
  EXPECT_EQ(
      entry_modes(dir.path() / "a.tar.zst"),
      (std::vector<std::string>{"tmp/ 41777", "tmp/keep 100644", "var/ 40755", "var/tmp/ 41777"}));
  // Named twice, as a folder and as a file: a duplicate.
  ArchiveMember file = tmp;
  file.type = ArchiveMember::Type::file;
  file.from_memory = true;
  EXPECT_THROW(write_deterministic_archive(dir.path() / "b.tar.zst", {tmp, file}, 0), Error);
}

// The x bit comes from the file's own mode (its owner's x bit), not from whether the user
// building may execute it: root may execute any file with some x bit, so access(X_OK) made a
// 0645 file executable for root only.
TEST(ArchiveWriter, ExecutableBitIsTheOwnersWhoeverBuilds) {
  testing::ScratchDir dir;
  const std::vector<std::pair<std::string, unsigned>> modes = {{"owner-x", 0744},
                                                               {"only-others-x", 0645},
                                                               {"group-x", 0654},
                                                               {"none", 0644},
                                                               {"owner-only", 0700}};
  std::vector<std::string> paths;
  for (const auto& [name, mode] : modes) {
    dir.write("tree/" + name, name);
    std::filesystem::permissions(dir.path() / "tree" / name, std::filesystem::perms(mode));
    paths.push_back(name);
  }
  const auto members = members_from_tree(dir.path() / "tree", paths);
  ASSERT_EQ(members.size(), modes.size());
  for (size_t i = 0; i < modes.size(); ++i)
    EXPECT_EQ(members[i].executable, (modes[i].second & 0100) != 0) << members[i].path;
}

} // namespace
} // namespace wpk
