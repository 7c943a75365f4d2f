// The stat(2) fingerprint and the memo built on it: every kind of input change (content, touch,
// a new file, text) changes the fingerprint; a remembered value is used only under the same
// fingerprint and never for racy (just modified) files; the remembered sysroot key follows every
// edit of its inputs and equals what toolchain/build-sysroot --print-key prints for this
// repository.
#include "input_fingerprint.h"
#include "test_util.h"
#include "toolchain_info.h"

#include <algorithm>
#include <chrono>
#include <gtest/gtest.h>

namespace wpk {
namespace {

// Writes a file and dates it well before the racy window, as a file edited a while ago.
std::filesystem::path write_aged(const testing::ScratchDir& dir, const std::string& relative,
                                 const std::string& content, int age_seconds = 100) {
  const auto file = dir.write(relative, content);
  std::filesystem::last_write_time(file, std::filesystem::file_time_type::clock::now() -
                                             std::chrono::seconds(age_seconds));
  return file;
}

std::string fingerprint_of(const testing::ScratchDir& dir) {
  InputFingerprint fingerprint;
  fingerprint.add_tree(dir.path() / "tree");
  fingerprint.add_file(dir.path() / "single");
  return fingerprint.digest();
}

TEST(InputFingerprint, ChangesWithEveryKindOfInputChange) {
  testing::ScratchDir dir;
  write_aged(dir, "tree/a", "one");
  write_aged(dir, "tree/sub/b", "two");
  const auto single = write_aged(dir, "single", "three");
  const std::string original = fingerprint_of(dir);
  EXPECT_EQ(fingerprint_of(dir), original) << "no change, same fingerprint";

  write_aged(dir, "tree/sub/b", "TWO", 200); // same size, other content
  const std::string after_edit = fingerprint_of(dir);
  EXPECT_NE(after_edit, original);

  std::filesystem::last_write_time(single, std::filesystem::last_write_time(single) +
                                               std::chrono::seconds(1)); // touch
  const std::string after_touch = fingerprint_of(dir);
  EXPECT_NE(after_touch, after_edit);

  write_aged(dir, "tree/new", "");
  const std::string after_new_file = fingerprint_of(dir);
  EXPECT_NE(after_new_file, after_touch);

  std::filesystem::remove(single);
  EXPECT_NE(fingerprint_of(dir), after_new_file) << "a missing file counts";

  InputFingerprint a, b;
  a.add_text("PATH", "/usr/bin");
  b.add_text("PATH", "/usr/local/bin");
  EXPECT_NE(a.digest(), b.digest());
}

TEST(MemoizedValue, RemembersUnderTheSameFingerprintOnly) {
  testing::ScratchDir dir;
  const auto input = write_aged(dir, "tree/input", "v1");
  int computations = 0;
  auto value = [&] {
    InputFingerprint fingerprint;
    fingerprint.add_tree(dir.path() / "tree");
    return memoized_value(dir.path() / "memo/value", fingerprint, [&] {
      ++computations;
      return "value of " + read_file(input);
    });
  };
  EXPECT_EQ(value(), "value of v1");
  EXPECT_EQ(value(), "value of v1");
  EXPECT_EQ(computations, 1);
  write_aged(dir, "tree/input", "v2");
  EXPECT_EQ(value(), "value of v2");
  EXPECT_EQ(computations, 2);
  EXPECT_EQ(value(), "value of v2");
  EXPECT_EQ(computations, 2);
}

TEST(MemoizedValue, DoesNotRememberAValueOfRacyFiles) {
  testing::ScratchDir dir;
  // Modified "now" (here: dated in the future, so the test does not depend on timing): a second
  // edit within the same timestamp tick could leave the stat data unchanged.
  const auto input = dir.write("tree/input", "v1");
  std::filesystem::last_write_time(input, std::filesystem::file_time_type::clock::now() +
                                              std::chrono::hours(1));
  int computations = 0;
  InputFingerprint fingerprint;
  fingerprint.add_tree(dir.path() / "tree");
  bool recomputed = false;
  for (int i = 0; i < 2; ++i) {
    memoized_value(
        dir.path() / "memo/value", fingerprint, [&] { return std::to_string(++computations); },
        &recomputed);
    EXPECT_TRUE(recomputed);
  }
  EXPECT_EQ(computations, 2);
  EXPECT_FALSE(std::filesystem::exists(dir.path() / "memo/value"));
}

// A repository whose build-sysroot prints a hash of two of its inputs and counts its runs.
class ToolchainKeyMemoTest : public ::testing::Test {
protected:
  void SetUp() override {
    const auto script =
        write_aged(dir_, "repo/toolchain/build-sysroot",
                   "#!/bin/sh\n"
                   "root=$(dirname \"$0\")/..\n"
                   "echo run >> \"$root/../runs\"\n"
                   "cat \"$root/toolchain/musl/overlay.c\" \"$root/allocator/src/a.c\" |"
                   " sha256sum | cut -c1-16\n");
    std::filesystem::permissions(script, std::filesystem::perms::owner_all);
    write_aged(dir_, "repo/toolchain/musl/overlay.c", "int overlay;\n");
    write_aged(dir_, "repo/allocator/src/a.c", "int a;\n");
    write_aged(dir_, "repo/kernel-abi/generated/wpk_abi.h", "#define X 1\n");
  }
  std::string key() {
    ToolchainInfo tools(dir_.path() / "repo", dir_.path() / "cache", dir_.path() / "build");
    return tools.toolchain_key("wasm32");
  }
  int runs() {
    std::string text;
    read_file_if_exists(dir_.path() / "runs", text);
    return static_cast<int>(std::count(text.begin(), text.end(), '\n'));
  }
  testing::ScratchDir dir_;
};

TEST_F(ToolchainKeyMemoTest, EveryInputEditChangesTheRememberedKey) {
  const std::string first = key();
  EXPECT_EQ(first.size(), 16u);
  EXPECT_EQ(key(), first);
  EXPECT_EQ(runs(), 1) << "the second ask must use the memo";

  write_aged(dir_, "repo/toolchain/musl/overlay.c", "int overlay2;\n");
  const std::string after_overlay = key();
  EXPECT_NE(after_overlay, first);

  write_aged(dir_, "repo/allocator/src/a.c", "int b;\n");
  const std::string after_allocator = key();
  EXPECT_NE(after_allocator, after_overlay);
  EXPECT_EQ(runs(), 3);

  // A file the script does not read: recomputed (the fingerprint changed), same key.
  write_aged(dir_, "repo/kernel-abi/generated/syscall.h.in", "#define __NR_x 1\n");
  EXPECT_EQ(key(), after_allocator);
  EXPECT_EQ(runs(), 4);
  EXPECT_EQ(key(), after_allocator);
  EXPECT_EQ(runs(), 4);
}

TEST(ToolchainKeyMemo, EqualsTheScriptsAnswerForThisRepository) {
  const std::filesystem::path repo = std::filesystem::path(WPK_PACKAGES_TEST_DIR) / "../..";
  if (!std::filesystem::exists(repo / "toolchain/build-sysroot"))
    GTEST_SKIP() << "no toolchain/build-sysroot";
  testing::ScratchDir cache;
  ToolchainInfo tools(repo, cache.path(), cache.path() / "build");
  std::string origin;
  const std::string direct = tools.compute_toolchain_key("wasm64", &origin);
  EXPECT_EQ(origin, "toolchain/build-sysroot --print-key wasm64");
  EXPECT_EQ(tools.toolchain_key("wasm64"), direct);
  ToolchainInfo again(repo, cache.path(), cache.path() / "build");
  EXPECT_EQ(again.toolchain_key("wasm64"), direct);
}

} // namespace
} // namespace wpk
