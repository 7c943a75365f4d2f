// Safe extraction: archives with "..", absolute paths, entries through symlinks (existing or
// from the archive itself), hard links leaving the tree and device nodes are refused; a normal
// archive (with strip_components) extracts.
#include "error.h"
#include "safe_extract.h"
#include "test_util.h"

#include <archive.h>
#include <archive_entry.h>
#include <cstdlib>
#include <gtest/gtest.h>
#include <sys/stat.h>

namespace wpk {
namespace {

struct RawEntry {
  std::string path;
  mode_t type = AE_IFREG;
  std::string content;
  std::string link; // symlink target or hard link
  bool hardlink = false;
};

// Writes a plain tar with exactly these entries (no normalisation, unlike archive_writer).
void write_raw_tar(const std::filesystem::path& file, const std::vector<RawEntry>& entries) {
  archive* w = archive_write_new();
  archive_write_set_format_pax_restricted(w);
  ASSERT_EQ(archive_write_open_filename(w, file.c_str()), ARCHIVE_OK);
  for (const auto& raw : entries) {
    archive_entry* e = archive_entry_new();
    archive_entry_set_pathname(e, raw.path.c_str());
    archive_entry_set_filetype(e, raw.type);
    archive_entry_set_perm(e, 0644);
    archive_entry_set_mtime(e, 1000000000, 0);
    if (raw.hardlink)
      archive_entry_set_hardlink(e, raw.link.c_str());
    else if (raw.type == AE_IFLNK)
      archive_entry_set_symlink(e, raw.link.c_str());
    if (raw.type == AE_IFREG && !raw.hardlink)
      archive_entry_set_size(e, static_cast<la_int64_t>(raw.content.size()));
    archive_write_header(w, e);
    if (!raw.content.empty())
      archive_write_data(w, raw.content.data(), raw.content.size());
    archive_entry_free(e);
  }
  archive_write_close(w);
  archive_write_free(w);
}

std::string extraction_error(const testing::ScratchDir& dir, const std::vector<RawEntry>& entries,
                             int strip = 0) {
  write_raw_tar(dir.path() / "t.tar", entries);
  try {
    safe_extract(dir.path() / "t.tar", dir.path() / "out", strip);
  } catch (const Error& e) {
    return e.what();
  }
  return "";
}

TEST(SafeExtract, ExtractsANormalArchiveWithStripComponents) {
  testing::ScratchDir dir;
  EXPECT_EQ(extraction_error(dir,
                             {{"pkg-1.0/", AE_IFDIR, "", "", false},
                              {"pkg-1.0/src/main.c", AE_IFREG, "int x;\n", "", false},
                              {"pkg-1.0/link", AE_IFLNK, "", "src/main.c", false}},
                             1),
            "");
  EXPECT_EQ(read_file(dir.path() / "out/src/main.c"), "int x;\n");
  struct stat info;
  ASSERT_EQ(stat((dir.path() / "out/src/main.c").c_str(), &info), 0);
  EXPECT_EQ(info.st_mtime, 1000000000); // the archive's time, not the extraction's
  EXPECT_EQ(std::filesystem::read_symlink(dir.path() / "out/link"), "src/main.c");
}

TEST(SafeExtract, RefusesDotDot) {
  testing::ScratchDir dir;
  EXPECT_NE(extraction_error(dir, {{"a/../../evil", AE_IFREG, "x", "", false}}).find("unsafe"),
            std::string::npos);
  EXPECT_FALSE(std::filesystem::exists(dir.path() / "evil"));
}

TEST(SafeExtract, RefusesAbsolutePaths) {
  testing::ScratchDir dir;
  const auto target = dir.path() / "absolute-target";
  EXPECT_NE(extraction_error(dir, {{target.string(), AE_IFREG, "x", "", false}}).find("absolute"),
            std::string::npos);
  EXPECT_FALSE(std::filesystem::exists(target));
}

TEST(SafeExtract, RefusesWritingThroughASymlinkFromTheArchive) {
  testing::ScratchDir dir;
  std::filesystem::create_directories(dir.path() / "outside");
  const std::string error =
      extraction_error(dir, {{"link", AE_IFLNK, "", (dir.path() / "outside").string(), false},
                             {"link/evil", AE_IFREG, "x", "", false}});
  EXPECT_NE(error.find("symlink"), std::string::npos) << error;
  EXPECT_FALSE(std::filesystem::exists(dir.path() / "outside/evil"));
}

TEST(SafeExtract, ReplacesAnExistingSymlinkInsteadOfWritingThroughIt) {
  testing::ScratchDir dir;
  dir.write("victim", "original\n");
  std::filesystem::create_directories(dir.path() / "out");
  std::filesystem::create_symlink(dir.path() / "victim", dir.path() / "out/file");
  EXPECT_EQ(extraction_error(dir, {{"file", AE_IFREG, "new\n", "", false}}), "");
  EXPECT_EQ(read_file(dir.path() / "victim"), "original\n");
  EXPECT_EQ(read_file(dir.path() / "out/file"), "new\n");
}

TEST(SafeExtract, RefusesHardLinksOutOfTheTreeAndDevices) {
  testing::ScratchDir dir;
  EXPECT_NE(
      extraction_error(dir, {{"h", AE_IFREG, "", "../../etc/passwd", true}}).find("hard link"),
      std::string::npos);
  testing::ScratchDir dir2;
  EXPECT_NE(extraction_error(dir2, {{"dev", AE_IFCHR, "", "", false}}).find("special"),
            std::string::npos);
}

TEST(SafeExtract, RefusesASymlinkWithoutTarget) {
  testing::ScratchDir dir;
  EXPECT_NE(extraction_error(dir, {{"usr/bin/s", AE_IFLNK, "", "", false}}).find("empty target"),
            std::string::npos);
}

// Filesystem failures (here a hard link to an entry that is not there) are wpk::Errors naming the
// archive and the entry, so callers that fall back (the remote cache) can.
TEST(SafeExtract, FilesystemFailuresAreErrorsNamingTheEntry) {
  testing::ScratchDir dir;
  const std::string error =
      extraction_error(dir, {{"usr/bin/x", AE_IFREG, "", "usr/bin/missing", true}});
  EXPECT_NE(error.find("t.tar: cannot extract 'usr/bin/x'"), std::string::npos) << error;
}

// A sparse file whose last region is a hole keeps its full size (GNU tar writes the data blocks
// and the size; nothing is written for the hole).
TEST(SafeExtract, SparseFileKeepsItsSizeWithAHoleAtTheEnd) {
  testing::ScratchDir dir;
  const auto file = dir.write("in/sparse", "abc");
  std::filesystem::resize_file(file, 1 << 20);
  const std::string command = "tar --sparse --format=gnu -C '" + (dir.path() / "in").string() +
                              "' -cf '" + (dir.path() / "t.tar").string() + "' sparse";
  ASSERT_EQ(std::system(command.c_str()), 0) << command;
  safe_extract(dir.path() / "t.tar", dir.path() / "out", 0);
  EXPECT_EQ(std::filesystem::file_size(dir.path() / "out/sparse"), 1u << 20);
  EXPECT_EQ(read_file(dir.path() / "out/sparse").substr(0, 4), std::string("abc\0", 4));
}

} // namespace
} // namespace wpk
