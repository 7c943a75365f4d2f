// Archives: the same members give byte-identical archives whatever the order, the files' mtimes
// or the umask; the content round-trips through safe_extract with normalized modes.
#include "archive_writer.h"
#include "error.h"
#include "safe_extract.h"
#include "sha256.h"
#include "test_util.h"

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
