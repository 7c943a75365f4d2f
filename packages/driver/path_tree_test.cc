// The folders on the way to a path and the first entry below a folder in sorted paths.
#include "path_tree.h"

#include <gtest/gtest.h>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace wpk {
namespace {

TEST(PathTree, ParentFolders) {
  EXPECT_EQ(parent_folder("usr/lib/libz.a"), "usr/lib");
  EXPECT_EQ(parent_folder("usr"), "");
  EXPECT_EQ(parent_folders("usr/lib/libz.a"), (std::vector<std::string_view>{"usr", "usr/lib"}));
  EXPECT_TRUE(parent_folders("usr").empty());
}

TEST(PathTree, IsBelow) {
  EXPECT_TRUE(is_below("a/b", "a"));
  EXPECT_TRUE(is_below("a/b/c", "a"));
  EXPECT_TRUE(is_below("a/b/c", "a/b"));
  EXPECT_FALSE(is_below("a", "a"));
  EXPECT_FALSE(is_below("a-b", "a"));
  EXPECT_FALSE(is_below("ab/c", "a"));
  EXPECT_FALSE(is_below("b/a", "a"));
}

// "a-b" sorts between "a" and "a/b": the first entry below "a" is not the one after "a".
TEST(PathTree, FirstBelowSkipsSiblingsThatSortBetween) {
  const std::set<std::string> set = {"a", "a-b", "a/b", "a/c", "b"};
  ASSERT_NE(first_below(set, "a"), set.end());
  EXPECT_EQ(*first_below(set, "a"), "a/b");
  EXPECT_EQ(first_below(set, "a-b"), set.end());
  EXPECT_EQ(first_below(set, "b"), set.end());
  EXPECT_EQ(first_below(set, "z"), set.end());

  const std::map<std::string, int> map = {{"a", 1}, {"a-b", 2}, {"a/b", 3}, {"ab/c", 4}};
  ASSERT_NE(first_below(map, "a"), map.end());
  EXPECT_EQ(first_below(map, "a")->second, 3);
  EXPECT_EQ(first_below(map, "a/b"), map.end());

  struct Entry {
    std::string path;
  };
  const std::vector<Entry> entries = {{"a"}, {"a-b"}, {"a/b"}, {"ab/c"}};
  EXPECT_EQ(first_below(entries, "a", &Entry::path) - entries.begin(), 2);
  EXPECT_EQ(first_below(entries, "ab", &Entry::path) - entries.begin(), 3);
  EXPECT_EQ(first_below(entries, "a-b", &Entry::path), entries.end());
}

} // namespace
} // namespace wpk
