// Build runner: failures around the build itself (no scratch folder, no log folder) and
// dependencies that disagree about a path are reported as the node's failure, never thrown.
#include "build_runner.h"
#include "recipe_parser.h"
#include "test_util.h"

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

} // namespace
} // namespace wpk
