// test_depends: parsed with locations, never part of the cache key or the graph (cycles are
// fine), unknown names rejected by the registry with file:line:col, and `wpk lint`'s check that a
// set builds the test dependencies of its members.
#include "cache_key.h"
#include "cli_context.h"
#include "error.h"
#include "package_graph.h"
#include "recipe_parser.h"
#include "registry.h"
#include "test_util.h"

#include <gtest/gtest.h>

namespace wpk {
namespace {

std::string recipe_text(const std::string& name, const std::string& extra,
                        const std::string& arches = "[wasm32, wasm64]") {
  return "name: " + name +
         "\nversion: \"1\"\nrevision: 0\nkind: program\nlicense: MIT\nsource:\n  local: src\n"
         "arches: " +
         arches + "\nbuild:\n  system: make\noutputs:\n  programs: [usr/bin/" + name + "]\n" +
         "tests:\n  - {name: t, run: [/usr/bin/" + name + "]}\n" + extra;
}

class TestDependsTest : public ::testing::Test {
protected:
  void add(const std::string& name, const std::string& extra,
           const std::string& arches = "[wasm32, wasm64]") {
    dir_.write("registry/" + name + "/src/x.c", "int x;\n");
    dir_.write("registry/" + name + "/package.yaml", recipe_text(name, extra, arches));
  }
  void add_set(const std::string& name, const std::string& packages) {
    dir_.write("sets/" + name + ".yaml", "name: " + name + "\npackages: " + packages + "\n");
  }
  Registry load(std::vector<std::string>* problems = nullptr) {
    return Registry::load(dir_.path() / "registry", dir_.path() / "sets", problems);
  }
  testing::ScratchDir dir_;
};

TEST_F(TestDependsTest, ParsesNamesWithTheirLocations) {
  const auto file = dir_.write("registry/sed/package.yaml", "");
  dir_.write("registry/sed/src/x.c", "");
  const Recipe recipe = parse_recipe(recipe_text("sed", "test_depends: [dash, coreutils]\n"), file);
  ASSERT_EQ(recipe.test_depends.size(), 2u);
  EXPECT_EQ(recipe.test_depends[0].name, "dash");
  EXPECT_EQ(recipe.test_depends[1].name, "coreutils");
  EXPECT_EQ(recipe.test_depends[1].where.str(), file.string() + ":15:22");
}

TEST_F(TestDependsTest, AreNotPartOfTheCanonicalTextNorOfTheGraph) {
  const auto file = dir_.write("registry/sed/package.yaml", "");
  dir_.write("registry/sed/src/x.c", "");
  const Recipe without = parse_recipe(recipe_text("sed", ""), file);
  const Recipe with = parse_recipe(recipe_text("sed", "test_depends: [dash]\n"), file);
  EXPECT_EQ(without.canonical_text(), with.canonical_text());

  // A cycle through test_depends (dash's tests need sed, sed's tests need dash) is fine.
  add("sed", "test_depends: [dash]\n");
  add("dash", "test_depends: [sed]\n");
  const Registry registry = load();
  const PackageGraph graph = PackageGraph::build(registry, {{"sed", "wasm32"}});
  EXPECT_EQ(graph.find("dash", "wasm32"), PackageGraph::npos);
  EXPECT_EQ(graph.nodes().size(), 2u); // toolchain + sed
}

TEST_F(TestDependsTest, UnknownPackageIsAnErrorWithFileLineColumn) {
  add("sed", "test_depends: [dash, nosuch]\n");
  add("dash", "");
  const std::string file = (dir_.path() / "registry/sed/package.yaml").string();
  try {
    load();
    ADD_FAILURE() << "accepted an unknown test dependency";
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find(file + ":15:22: test_depends: unknown package 'nosuch'"),
              std::string::npos)
        << e.what();
  }
  std::vector<std::string> problems;
  load(&problems);
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_NE(problems[0].find("'nosuch'"), std::string::npos) << problems[0];
}

TEST_F(TestDependsTest, LintReportsASetThatDoesNotBuildItsMembersTestDependencies) {
  add("sed", "test_depends: [dash]\n");
  add("dash", "test_depends: [sed]\n");
  add("lib", "");
  add("grep", "test_depends: [lib]\ndepends: [lib=1]\n", "[wasm32]");
  add_set("complete", "[sed, dash]");
  add_set("closure", "[grep]"); // lib is built as grep's dependency: fine
  add_set("partial", "[sed]");
  const Registry registry = load();
  const auto problems = test_dependencies_outside_sets(registry);
  ASSERT_EQ(problems.size(), 2u) << problems[0];
  EXPECT_NE(problems[0].find("partial.yaml:1:1: set 'partial': sed (wasm32) has test_depends "
                             "'dash'"),
            std::string::npos)
      << problems[0];
  EXPECT_NE(problems[0].find("`wpk build --set partial` does not build for wasm32"),
            std::string::npos)
      << problems[0];
  EXPECT_NE(problems[1].find("sed (wasm64)"), std::string::npos) << problems[1];
}

} // namespace
} // namespace wpk
