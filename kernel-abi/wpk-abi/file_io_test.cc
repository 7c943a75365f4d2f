// file_io_test.cc — atomic replacement of files.
#include "abi_error.h"
#include "file_io.h"
#include "test_support.h"

#include <filesystem>
#include <gtest/gtest.h>

namespace wpk::abi {
namespace {

TEST(FileIo, WritesCreatesParentsAndReplaces) {
  test::TempDir dir;
  const std::string path = dir.file("a/b/out.txt");
  write_file_atomic(path, "one\n");
  EXPECT_EQ(read_file(path), "one\n");
  write_file_atomic(path, "two\n");
  EXPECT_EQ(read_file(path), "two\n");
  // Nothing but the file itself is left in the directory (no temporary).
  size_t entries = 0;
  for (const auto& entry : std::filesystem::directory_iterator(dir.file("a/b"))) {
    EXPECT_EQ(entry.path().filename(), "out.txt");
    ++entries;
  }
  EXPECT_EQ(entries, 1u);
}

TEST(FileIo, MissingFileReadsAsNothing) {
  EXPECT_FALSE(read_file("/nonexistent/dir/file").has_value());
}

TEST(FileIo, UnwritableTargetIsAnErrorAndKeepsTheOldFile) {
  test::TempDir dir;
  // The target is a non-empty directory: the rename must fail and leave it alone.
  test::write_text(dir.file("target/keep"), "x");
  EXPECT_THROW(write_file_atomic(dir.file("target"), "new"), AbiError);
  EXPECT_EQ(read_file(dir.file("target/keep")), "x");
  size_t entries = 0;
  for ([[maybe_unused]] const auto& entry : std::filesystem::directory_iterator(dir.path()))
    ++entries;
  EXPECT_EQ(entries, 1u); // the temporary was removed
}

TEST(FileIo, SpecialFileTargetIsWrittenInPlaceNotReplaced) {
  // `-o /dev/stdout` style targets: a symlink to a character device stays that symlink.
  test::TempDir dir;
  const std::string link = dir.file("out");
  std::filesystem::create_symlink("/dev/null", link);
  write_file_atomic(link, "discarded");
  EXPECT_TRUE(std::filesystem::is_symlink(std::filesystem::symlink_status(link)));
  EXPECT_TRUE(std::filesystem::is_character_file(std::filesystem::status(link)));
  EXPECT_EQ(std::filesystem::read_symlink(link), "/dev/null");
}

} // namespace
} // namespace wpk::abi
