// Merging dependency trees: the same path from two dependencies must have the same contents, and
// no dependency may have a file where another has a folder.
#include "dependency_merge.h"
#include "error.h"
#include "test_util.h"

#include <gtest/gtest.h>

namespace wpk {
namespace {

class DependencyMergeTest : public ::testing::Test {
protected:
  std::string merge_error() {
    try {
      merge_dependency_trees({{"liba", dir_.path() / "a"}, {"libb", dir_.path() / "b"}},
                             dir_.path() / "deps");
    } catch (const Error& e) {
      return e.what();
    }
    return "no error";
  }
  testing::ScratchDir dir_;
};

TEST_F(DependencyMergeTest, SameContentsMerge) {
  dir_.write("a/usr/include/common.h", "same\n");
  dir_.write("a/usr/lib/liba.a", "a");
  dir_.write("b/usr/include/common.h", "same\n");
  dir_.write("b/usr/lib/libb.a", "b");
  std::filesystem::create_directories(dir_.path() / "a/usr/bin");
  std::filesystem::create_directories(dir_.path() / "b/usr/bin");
  std::filesystem::create_symlink("tool-1", dir_.path() / "a/usr/bin/tool");
  std::filesystem::create_symlink("tool-1", dir_.path() / "b/usr/bin/tool");
  EXPECT_EQ(merge_error(), "no error");
  EXPECT_EQ(list_files_recursively(dir_.path() / "deps"),
            (std::vector<std::string>{"usr/bin/tool", "usr/include/common.h", "usr/lib/liba.a",
                                      "usr/lib/libb.a"}));
  EXPECT_EQ(read_file(dir_.path() / "deps/usr/include/common.h"), "same\n");
}

TEST_F(DependencyMergeTest, DifferentContentsAreAnError) {
  dir_.write("a/usr/include/common.h", "#define X 1\n");
  dir_.write("b/usr/include/common.h", "#define X 2\n");
  EXPECT_EQ(merge_error(), "dependencies: /usr/include/common.h is installed by both liba and "
                           "libb with different contents");
}

TEST_F(DependencyMergeTest, AFileAndASymlinkDiffer) {
  dir_.write("a/usr/bin/tool", "tool-1");
  std::filesystem::create_directories(dir_.path() / "b/usr/bin");
  std::filesystem::create_symlink("tool-1", dir_.path() / "b/usr/bin/tool");
  EXPECT_NE(merge_error().find("/usr/bin/tool is installed by both liba and libb"),
            std::string::npos);
}

TEST_F(DependencyMergeTest, AFileWhereAFolderIsNeededIsAnError) {
  dir_.write("a/usr/share/thing", "a file");
  dir_.write("b/usr/share/thing/inside", "in a folder");
  EXPECT_EQ(merge_error(), "dependencies: /usr/share/thing is installed by both liba (a file) and "
                           "libb (a folder, for /usr/share/thing/inside)");
  std::filesystem::remove_all(dir_.path() / "a");
  std::filesystem::remove_all(dir_.path() / "b");
  std::filesystem::remove_all(dir_.path() / "deps");
  dir_.write("a/usr/share/thing/inside", "in a folder");
  dir_.write("a/usr/share/thing-else", "x");
  dir_.write("b/usr/share/thing", "a file");
  EXPECT_EQ(merge_error(), "dependencies: /usr/share/thing is installed by both liba (a folder, "
                           "for /usr/share/thing/inside) and libb (a file)");
}

// The clash is found however deep the file lies below the other package's file, after files of
// the same package whose folders were already seen, and with a third package after two that
// merged cleanly.
TEST_F(DependencyMergeTest, AFileAndAFolderClashAtAnyDepth) {
  dir_.write("a/usr/lib", "a file");
  dir_.write("a/usr/include/a.h", "a");
  dir_.write("b/usr/include/b.h", "b");
  dir_.write("b/usr/lib/x/y/libb.a", "b");
  EXPECT_EQ(merge_error(), "dependencies: /usr/lib is installed by both liba (a file) and libb "
                           "(a folder, for /usr/lib/x/y/libb.a)");

  std::filesystem::remove_all(dir_.path() / "deps");
  std::filesystem::remove(dir_.path() / "a/usr/lib");
  dir_.write("a/usr/lib/x/liba.a", "a");
  dir_.write("c/usr/lib/x/y", "c");
  dir_.write("c/usr/share/c", "c");
  std::string error = "no error";
  try {
    merge_dependency_trees(
        {{"liba", dir_.path() / "a"}, {"libb", dir_.path() / "b"}, {"libc", dir_.path() / "c"}},
        dir_.path() / "deps");
  } catch (const Error& e) {
    error = e.what();
  }
  EXPECT_EQ(error, "dependencies: /usr/lib/x/y is installed by both libb (a folder, for "
                   "/usr/lib/x/y/libb.a) and libc (a file)");
}

} // namespace
} // namespace wpk
