// Build runner: failures around the build itself (no scratch folder, no log folder) and
// dependencies that disagree about a path are reported as the node's failure, never thrown;
// Debian's patches are applied from its tarball in the recipe's order, before the recipe's own.
#include "build_runner.h"
#include "fs_util.h"
#include "recipe_parser.h"
#include "sha256.h"
#include "test_util.h"

#include <cstdlib>
#include <gtest/gtest.h>

namespace wpk {
namespace {

class BuildRunnerTest : public ::testing::Test {
protected:
  void SetUp() override {
    const std::string text = "name: demo\nversion: \"1\"\nrevision: 0\nkind: bundle\n"
                             "license: MIT\narches: [wasm32]\n";
    recipe_ = parse_recipe(text, dir_.write("registry/demo/package.yaml", text));
    node_.package = "demo";
    node_.arch = "wasm32";
    node_.recipe = &recipe_;
    key_.key = std::string(64, 'a');
    cache_ = dir_.path() / "cache";
    std::filesystem::create_directories(cache_);
  }
  BuildOutcome build(const std::vector<BuiltDependency>& dependencies = {}) {
    ToolchainInfo tools(dir_.path() / "repo", cache_, dir_.path() / "no-build");
    CacheStore store(cache_);
    return build_node(node_, key_, dependencies, 1, tools, store);
  }
  testing::ScratchDir dir_;
  Recipe recipe_;
  GraphNode node_;
  CacheKey key_;
  std::filesystem::path cache_;
};

// $WPK_CACHE/tmp is a regular file, so no scratch folder can be made: a failed build naming the
// path, not an exception out of the runner.
TEST_F(BuildRunnerTest, NoScratchFolderIsAFailedBuild) {
  dir_.write("cache/tmp", "\n");
  BuildOutcome outcome;
  ASSERT_NO_THROW(outcome = build());
  EXPECT_FALSE(outcome.ok);
  EXPECT_NE(outcome.error.find((cache_ / "tmp").string()), std::string::npos) << outcome.error;
}

TEST_F(BuildRunnerTest, NoLogFolderIsAFailedBuild) {
  dir_.write("cache/logs", "\n");
  BuildOutcome outcome;
  ASSERT_NO_THROW(outcome = build());
  EXPECT_FALSE(outcome.ok);
  EXPECT_NE(outcome.error.find((cache_ / "logs").string()), std::string::npos) << outcome.error;
  ToolchainInfo tools(dir_.path() / "repo", cache_, dir_.path() / "no-build");
  ASSERT_NO_THROW(outcome = build_toolchain("wasm32", key_.key, tools, CacheStore(cache_)));
  EXPECT_FALSE(outcome.ok);
  EXPECT_NE(outcome.error.find((cache_ / "logs").string()), std::string::npos) << outcome.error;
}

// Two dependencies installing one path with different contents: deps/ would silently hold the
// last one's (dependency_merge_test.cc has the other cases).
TEST_F(BuildRunnerTest, DependenciesThatDisagreeAboutAPathFailTheBuild) {
  dir_.write("libone/tree/usr/include/common.h", "#define X 1\n");
  dir_.write("libtwo/tree/usr/include/common.h", "#define X 2\n");
  const std::vector<BuiltDependency> deps = {
      {"libone", "1", std::string(64, '1'), dir_.path() / "libone/tree", true},
      {"libtwo", "1", std::string(64, '2'), dir_.path() / "libtwo/tree", true}};
  const BuildOutcome outcome = build(deps);
  EXPECT_FALSE(outcome.ok);
  EXPECT_NE(outcome.error.find("usr/include/common.h"), std::string::npos) << outcome.error;
  EXPECT_NE(outcome.error.find("libone"), std::string::npos) << outcome.error;
  EXPECT_NE(outcome.error.find("libtwo"), std::string::npos) << outcome.error;
}

// A recipe whose source is demo-1/greeting.txt ("hello") with Debian's tarball carrying two
// patches, the second editing what the first wrote, and one own patch after both.
class DebianPatchesTest : public BuildRunnerTest {
protected:
  void SetUp() override {
    BuildRunnerTest::SetUp();
    const auto upstream = dir_.path() / "upstream";
    dir_.write("orig/demo-1/greeting.txt", "hello\n");
    dir_.write("deb/debian/patches/first.patch",
               "first: hello becomes hello world\n--- a/greeting.txt\n+++ b/greeting.txt\n"
               "@@ -1 +1 @@\n-hello\n+hello world\n");
    dir_.write("deb/debian/patches/second.patch",
               "second: needs the first\n--- a/greeting.txt\n+++ b/greeting.txt\n"
               "@@ -1 +1 @@\n-hello world\n+hello, world\n");
    dir_.write("deb/debian/patches/series", "first.patch\nsecond.patch\n");
    dir_.write("registry/demo/patches/own.patch",
               "own: after Debian's\n--- a/greeting.txt\n+++ b/greeting.txt\n"
               "@@ -1 +1 @@\n-hello, world\n+hello, world!\n");
    std::filesystem::create_directories(upstream);
    const std::string tar_orig = "tar -C " + (dir_.path() / "orig").string() + " -czf " +
                                 (upstream / "demo-1.tar.gz").string() + " demo-1";
    const std::string tar_debian = "tar -C " + (dir_.path() / "deb").string() + " -cJf " +
                                   (upstream / "demo_1-1.debian.tar.xz").string() + " debian";
    ASSERT_EQ(std::system(tar_orig.c_str()), 0);
    ASSERT_EQ(std::system(tar_debian.c_str()), 0);
    const auto script =
        dir_.write("repo/scripts/lib/debian-source",
                   "#!/bin/sh\nf=$WPK_CACHE/sources/$3\nmkdir -p ${f%/*}\n"
                   "cat \"$(dirname \"$0\")/../../../upstream/$3\" > \"$f\"\necho \"$f\"\n");
    std::filesystem::permissions(script, std::filesystem::perms::owner_all);
    orig_sha_ = sha256_hex(read_file(upstream / "demo-1.tar.gz"));
    debian_sha_ = sha256_hex(read_file(upstream / "demo_1-1.debian.tar.xz"));
  }
  // The recipe with Debian's patches `apply` (in that order) and the own patch.
  void use(const std::string& apply) {
    const std::string text =
        "name: demo\nversion: \"1\"\nrevision: 0\nkind: bundle\nlicense: MIT\n"
        "arches: [wasm32]\nsource:\n  url: file://" +
        (dir_.path() / "upstream/demo-1.tar.gz").string() + "\n  sha256: " + orig_sha_ +
        "\n  debian: {package: demo, version: 1-1, file: demo_1.orig.tar.gz}\n"
        "  debian_patches: {file: demo_1-1.debian.tar.xz, sha256: " +
        debian_sha_ + ", apply: [" + apply + "]}\n  patches: [patches/own.patch]\n";
    recipe_ = parse_recipe(text, dir_.write("registry/demo/package.yaml", text));
  }
  std::string kept_log() { return read_file(cache_ / "logs/demo-wasm32.log"); }
  std::string orig_sha_, debian_sha_;
};

TEST_F(DebianPatchesTest, AppliesTheNamedPatchesInOrderBeforeTheRecipesOwn) {
  use("first.patch, second.patch");
  const BuildOutcome outcome = build();
  EXPECT_TRUE(outcome.ok) << outcome.error << outcome.log_tail;
  const std::string log = kept_log();
  const size_t first = log.find("applying Debian's first.patch");
  const size_t second = log.find("applying Debian's second.patch");
  const size_t own = log.find("applying patches/own.patch");
  ASSERT_NE(first, std::string::npos) << log;
  EXPECT_LT(first, second) << log;
  EXPECT_LT(second, own) << log;
  EXPECT_TRUE(std::filesystem::exists(cache_ / "sources" / debian_sha_ / "demo_1-1.debian.tar.xz"));
}

TEST_F(DebianPatchesTest, APatchOutOfOrderOrMissingFailsTheBuild) {
  use("second.patch, first.patch");
  BuildOutcome outcome = build();
  EXPECT_FALSE(outcome.ok);
  EXPECT_NE(outcome.error.find("Debian's patch second.patch does not apply"), std::string::npos)
      << outcome.error;
  use("first.patch, third.patch");
  outcome = build();
  EXPECT_FALSE(outcome.ok);
  EXPECT_NE(outcome.error.find("demo_1-1.debian.tar.xz has no file debian/patches/third.patch"),
            std::string::npos)
      << outcome.error;
}

TEST_F(DebianPatchesTest, ATarballWithOtherBytesIsRefused) {
  use("first.patch");
  dir_.write("upstream/demo_1-1.debian.tar.xz", "not the pinned bytes");
  const BuildOutcome outcome = build();
  EXPECT_FALSE(outcome.ok);
  EXPECT_NE(outcome.error.find("does not match the recipe's sha256: expected " + debian_sha_),
            std::string::npos)
      << outcome.error;
  EXPECT_EQ(kept_log().find("applying Debian's"), std::string::npos);
}

} // namespace
} // namespace wpk
