// `wpk ci matrix`: selection by cache key and dependency levels, on the ci fixture registry
// (packages/tests/ci_fixtures: base <- mid <- app, base <- tool, lone). The git tests copy the
// registry into a temporary git repository and compare the work tree with a commit, computing
// REF's keys the way the command does (the real toolchain/build-sysroot --print-key).
#include "ci_matrix.h"
#include "error.h"
#include "subprocess.h"
#include "test_util.h"

#include <fstream>
#include <gtest/gtest.h>

namespace wpk {
namespace {

const std::filesystem::path kFixtures =
    std::filesystem::path(WPK_PACKAGES_TEST_DIR) / "ci_fixtures";
const std::filesystem::path kRepo =
    std::filesystem::path(WPK_PACKAGES_TEST_DIR).parent_path().parent_path();

// "package/arch" of every job, level by level.
std::vector<std::vector<std::string>> job_names(const CiMatrix& matrix) {
  std::vector<std::vector<std::string>> names;
  for (const auto& level : matrix.levels) {
    names.emplace_back();
    for (const auto& job : level)
      names.back().push_back(job.package + "/" + job.arch);
  }
  return names;
}

KeyContext fixed_key_context() {
  KeyContext context;
  context.toolchain_keys = {{"wasm32", "tc32"}, {"wasm64", "tc64"}};
  context.instrumenter_identity = "instrumenter-1";
  context.abi_version = 1;
  return context;
}

// The pure selection on the fixture registry with fixed toolchain keys.
class LevelTest : public ::testing::Test {
protected:
  void SetUp() override {
    registry_ = Registry::load(kFixtures / "registry", kFixtures / "sets");
    std::vector<NodeRequest> roots;
    for (const auto& name : registry_.default_set().packages)
      for (const auto& arch : registry_.find(name)->arches)
        roots.push_back({name, arch});
    graph_ = PackageGraph::build(registry_, roots);
    keys_ = compute_graph_keys(graph_, fixed_key_context());
  }
  std::string key_of(const std::string& package, const std::string& arch) const {
    return keys_[graph_.find(package, arch)].key;
  }
  Registry registry_;
  PackageGraph graph_;
  std::vector<CacheKey> keys_;
};

TEST_F(LevelTest, EveryNodeWithoutCachesFormsThreeLevels) {
  const CiMatrix matrix = select_matrix(graph_, keys_, fixed_key_context(), nullptr, nullptr);
  const std::vector<std::vector<std::string>> expected = {
      {"base/wasm32", "base/wasm64", "lone/wasm32"},
      {"mid/wasm32", "mid/wasm64", "tool/wasm32", "tool/wasm64"},
      {"app/wasm32", "app/wasm64"}};
  EXPECT_EQ(job_names(matrix), expected);
  EXPECT_EQ(matrix.job_count(), 9u);
  EXPECT_TRUE(matrix.omitted.empty());
  EXPECT_EQ(matrix.levels[0][0].key, key_of("base", "wasm32"));
  EXPECT_EQ(matrix.levels[0][0].reason, "not built");
}

TEST_F(LevelTest, LevelsDependOnlyOnLowerLevels) {
  const CiMatrix matrix = select_matrix(graph_, keys_, fixed_key_context(), nullptr, nullptr);
  std::map<std::string, size_t> level_of;
  for (size_t level = 0; level < matrix.levels.size(); ++level)
    for (const auto& job : matrix.levels[level])
      level_of[job.package + "/" + job.arch] = level;
  for (const auto& [name, level] : level_of) {
    const auto slash = name.find('/');
    const size_t index = graph_.find(name.substr(0, slash), name.substr(slash + 1));
    for (size_t dep : graph_.dependency_closure(index)) {
      const auto& node = graph_.node(dep);
      ASSERT_TRUE(level_of.count(node.package + "/" + node.arch));
      EXPECT_LT(level_of[node.package + "/" + node.arch], level) << name;
    }
  }
}

TEST_F(LevelTest, KeysInACacheAreOmittedAndLevelsShrink) {
  const std::string base32 = key_of("base", "wasm32"), base64 = key_of("base", "wasm64");
  const std::string tool32 = key_of("tool", "wasm32");
  CacheLookup lookup = [&](const std::string& key) -> std::string {
    if (key == base32 || key == base64)
      return "in the shared cache";
    if (key == tool32)
      return "in the local store";
    return "";
  };
  const CiMatrix matrix = select_matrix(graph_, keys_, fixed_key_context(), nullptr, lookup);
  const std::vector<std::vector<std::string>> expected = {
      {"lone/wasm32", "mid/wasm32", "mid/wasm64", "tool/wasm64"}, {"app/wasm32", "app/wasm64"}};
  EXPECT_EQ(job_names(matrix), expected);
  ASSERT_EQ(matrix.omitted.size(), 3u);
  EXPECT_EQ(matrix.omitted[0].package, "base");
  EXPECT_EQ(matrix.omitted[0].reason, "in the shared cache");
  EXPECT_EQ(matrix.omitted[2].package + "/" + matrix.omitted[2].reason, "tool/in the local store");
}

TEST_F(LevelTest, LevelCountsOnlySelectedDependenciesEvenThroughAGap) {
  // base and app selected, mid (between them) not: app still comes after base.
  std::vector<bool> selected(graph_.nodes().size(), false);
  selected[graph_.find("base", "wasm32")] = true;
  selected[graph_.find("app", "wasm32")] = true;
  const auto levels = dependency_levels(graph_, selected);
  EXPECT_EQ(levels[graph_.find("base", "wasm32")], 0);
  EXPECT_EQ(levels[graph_.find("app", "wasm32")], 1);
  EXPECT_EQ(levels[graph_.find("mid", "wasm32")], -1);
}

TEST_F(LevelTest, JsonIsWhatAStrategyMatrixConsumes) {
  const CiMatrix matrix = select_matrix(graph_, keys_, fixed_key_context(), nullptr, nullptr);
  const Json json = matrix_to_json(matrix);
  EXPECT_EQ(json.get_number("jobs"), 9);
  EXPECT_EQ(json.get_number("depth"), 3);
  EXPECT_EQ(json.get_number("abi_version"), 1);
  EXPECT_EQ(json.find("toolchain")->find("wasm64")->get_string("key"), "tc64");
  const Json& level1 = json.find("levels")->items()[1];
  ASSERT_EQ(level1.find("include")->items().size(), 4u);
  EXPECT_EQ(level1.find("include")->items()[2].get_string("package"), "tool");
  // Same inputs, same bytes.
  EXPECT_EQ(
      json.dump(),
      matrix_to_json(select_matrix(graph_, keys_, fixed_key_context(), nullptr, nullptr)).dump());
}

TEST_F(LevelTest, GithubOutputsFillEveryLevelSlot) {
  const Json json =
      matrix_to_json(select_matrix(graph_, keys_, fixed_key_context(), nullptr, nullptr));
  const std::string text = github_outputs(json, 5);
  const std::vector<std::string> lines = split_list(text, '\n');
  ASSERT_EQ(lines.size(), 9u) << text;
  EXPECT_EQ(lines[0].rfind("level0={\"include\":[{\"package\":\"base\",\"arch\":\"wasm32\"", 0), 0u)
      << lines[0];
  EXPECT_EQ(lines[2].rfind("level2={\"include\":[{\"package\":\"app\"", 0), 0u) << lines[2];
  EXPECT_EQ(lines[3], "level3=");
  EXPECT_EQ(lines[4], "level4=");
  EXPECT_EQ(lines[5], "jobs=9");
  EXPECT_EQ(lines[6], "depth=3");
  EXPECT_EQ(lines[7], "toolchain-wasm32=tc32");
  EXPECT_EQ(lines[8], "toolchain-wasm64=tc64");
}

TEST(GithubOutputs, ALevelLargerThanAGithubMatrixIsAnError) {
  auto matrix_with = [](size_t jobs) {
    Json include = Json::array();
    for (size_t i = 0; i < jobs; ++i) {
      Json job = Json::object();
      job.set("package", "p" + std::to_string(i));
      include.push(job);
    }
    Json level = Json::object();
    level.set("include", include);
    Json levels = Json::array();
    levels.push(level);
    Json matrix = Json::object();
    matrix.set("jobs", static_cast<uint64_t>(jobs));
    matrix.set("depth", 1);
    matrix.set("toolchain", Json::object());
    matrix.set("levels", levels);
    return matrix;
  };
  EXPECT_NO_THROW(github_outputs(matrix_with(kGithubMatrixLimit), 1));
  EXPECT_THROW(github_outputs(matrix_with(kGithubMatrixLimit + 1), 1), Error);
}

TEST_F(LevelTest, AnIncomparableReferenceSelectsEverything) {
  RefKeys previous;
  previous.commit = "0123456789abcdef0123456789abcdef01234567";
  previous.comparable = false;
  const CiMatrix matrix = select_matrix(graph_, keys_, fixed_key_context(), &previous, nullptr);
  EXPECT_EQ(matrix.job_count(), 9u);
  EXPECT_EQ(matrix.levels[0][0].reason, "no plan at 0123456789ab to compare with");
  EXPECT_TRUE(matrix.toolchain_changed.at("wasm32"));
}

// The fixture registry in a temporary git repository; the driver's repository (toolchain,
// kernel ABI) stays the real one, as when a registry is kept outside the repository.
class GitRefTest : public ::testing::Test {
protected:
  void SetUp() override {
    copy_tree(kFixtures, scratch_.path() / "git");
    git({"init", "-q"});
    commit("fixtures");
    context_.repo = kRepo;
    context_.registry_dir = scratch_.path() / "git/registry";
    context_.sets_dir = scratch_.path() / "git/sets";
    context_.cache = scratch_.path() / "cache";
    context_.build_dir = scratch_.path() / "no-build"; // no instrumenter: keys without it
    context_.tools =
        std::make_unique<ToolchainInfo>(context_.repo, context_.cache, context_.build_dir);
    context_.store = std::make_unique<CacheStore>(context_.cache);
    context_.ledger = std::make_unique<IndexLedger>(context_.cache / "index.json");
  }
  void git(const std::vector<std::string>& args) {
    std::vector<std::string> argv = {"git",
                                     "-c",
                                     "user.name=wpk test",
                                     "-c",
                                     "user.email=test@wpk.invalid",
                                     "-c",
                                     "commit.gpgsign=false"};
    argv.insert(argv.end(), args.begin(), args.end());
    ProcessResult result = run_captured(argv, current_environment(), scratch_.path() / "git");
    ASSERT_EQ(result.exit_status, 0) << result.errors;
  }
  void commit(const std::string& message) {
    git({"add", "-A"});
    git({"commit", "-q", "-m", message});
  }
  void edit(const std::string& relative, const std::string& content) {
    scratch_.write("git/" + relative, content);
  }
  // The matrix of the default set against `ref`, with the local store as the only cache.
  CiMatrix matrix_against(const std::string& ref) {
    const auto roots = context_.select({}, std::nullopt, {});
    Plan plan = make_plan(context_, roots);
    std::vector<std::string> arches;
    for (const auto& [arch, key] : plan.key_context.toolchain_keys)
      arches.push_back(arch);
    RefKeys previous = keys_at_ref(context_, ref, roots, arches);
    return select_matrix(plan.graph, plan.keys, plan.key_context, &previous,
                         [&](const std::string& key) {
                           return context_.store->has(key) ? "in the local store" : "";
                         });
  }
  testing::ScratchDir scratch_;
  Context context_;
};

TEST_F(GitRefTest, NoChangeSelectsNothing) {
  const CiMatrix matrix = matrix_against("HEAD");
  EXPECT_TRUE(matrix.levels.empty());
  EXPECT_EQ(matrix.omitted.size(), 9u);
  EXPECT_EQ(matrix.omitted[0].reason.rfind("unchanged since ", 0), 0u);
  EXPECT_FALSE(matrix.toolchain_changed.at("wasm32"));
  EXPECT_EQ(matrix.changed_from.size(), 40u);
  // The scratch copy of REF is gone.
  EXPECT_TRUE(list_files_recursively(context_.cache / "tmp").empty());
}

TEST_F(GitRefTest, APatchChangeSelectsThePackageAndItsDependentsOnly) {
  edit("registry/base/patches/0001-base-value.patch",
       "Fixture patch: base_value returns 3.\n--- a/base.c\n+++ b/base.c\n@@ -1,3 +1,3 @@\n"
       " int base_value(void) {\n-  return 1;\n+  return 3;\n }\n");
  // Uncommitted (what a developer runs before pushing) ...
  const std::vector<std::vector<std::string>> expected = {
      {"base/wasm32", "base/wasm64"},
      {"mid/wasm32", "mid/wasm64", "tool/wasm32", "tool/wasm64"},
      {"app/wasm32", "app/wasm64"}};
  EXPECT_EQ(job_names(matrix_against("HEAD")), expected);
  // ... and committed (what a PR's CI runs: the branch against its base).
  commit("base patch");
  const CiMatrix matrix = matrix_against("HEAD~1");
  EXPECT_EQ(job_names(matrix), expected);
  ASSERT_EQ(matrix.omitted.size(), 1u);
  EXPECT_EQ(matrix.omitted[0].package, "lone");
  EXPECT_EQ(matrix.levels[0][0].reason.rfind("key changed since ", 0), 0u);
}

TEST_F(GitRefTest, ARecipeChangeSelectsThatRecipeAlone) {
  std::string recipe = read_file(scratch_.path() / "git/registry/app/package.yaml");
  recipe.replace(recipe.find("revision: 1"), 11, "revision: 2");
  edit("registry/app/package.yaml", recipe);
  const std::vector<std::vector<std::string>> expected = {{"app/wasm32", "app/wasm64"}};
  EXPECT_EQ(job_names(matrix_against("HEAD")), expected);
}

TEST_F(GitRefTest, AMiddleSourceChangeSelectsItAndItsDependents) {
  edit("registry/mid/src/mid.c", "int mid_value(void) { return 4; }\n");
  const std::vector<std::vector<std::string>> expected = {{"mid/wasm32", "mid/wasm64"},
                                                          {"app/wasm32", "app/wasm64"}};
  EXPECT_EQ(job_names(matrix_against("HEAD")), expected);
}

TEST_F(GitRefTest, ANewPackageIsSelectedAsNew) {
  copy_tree(scratch_.path() / "git/registry/lone", scratch_.path() / "git/registry/lone2");
  std::string recipe = read_file(scratch_.path() / "git/registry/lone2/package.yaml");
  recipe.replace(recipe.find("name: lone"), 10, "name: lone2");
  edit("registry/lone2/package.yaml", recipe);
  edit("sets/all.yaml", "name: all\ndefault: true\npackages: [app, tool, lone, lone2]\n");
  const CiMatrix matrix = matrix_against("HEAD");
  const std::vector<std::vector<std::string>> expected = {{"lone2/wasm32"}};
  EXPECT_EQ(job_names(matrix), expected);
  EXPECT_EQ(matrix.levels[0][0].reason.rfind("new since ", 0), 0u);
}

TEST_F(GitRefTest, KeysInTheLocalStoreAreOmitted) {
  edit("registry/base/src/base.c", "int base_value(void) { return 5; }\n");
  const auto roots = context_.select({}, std::nullopt, {});
  Plan plan = make_plan(context_, roots);
  // A complete-looking entry for base/wasm64's new key.
  const std::string key = plan.keys[plan.graph.find("base", "wasm64")].key;
  const auto entry = context_.store->entry(key);
  std::filesystem::create_directories(entry);
  std::ofstream(entry / "manifest.json") << "{}\n";
  ASSERT_TRUE(context_.store->has(key));
  const CiMatrix matrix = matrix_against("HEAD");
  ASSERT_FALSE(matrix.levels.empty());
  for (const auto& job : matrix.levels[0])
    EXPECT_NE(job.package + "/" + job.arch, "base/wasm64");
  bool omitted = false;
  for (const auto& job : matrix.omitted)
    omitted = omitted ||
              (job.package == "base" && job.arch == "wasm64" && job.reason == "in the local store");
  EXPECT_TRUE(omitted);
}

TEST_F(GitRefTest, AReferenceWhoseRegistryDoesNotLoadSelectsEverything) {
  edit("registry/tool/package.yaml", "name: tool\nunknown_key: 1\n");
  commit("broken recipe");
  edit("registry/tool/package.yaml", read_file(kFixtures / "registry/tool/package.yaml"));
  const CiMatrix matrix = matrix_against("HEAD");
  EXPECT_EQ(matrix.job_count(), 9u);
}

TEST_F(GitRefTest, AnUnknownReferenceIsAnError) {
  EXPECT_THROW(matrix_against("no-such-branch"), Error);
}

} // namespace
} // namespace wpk
