// Graph construction: topological order with the toolchain node first, and every graph error
// (missing package, version mismatch, missing wasm64 build, cycle) naming the dependency path.
#include "error.h"
#include "package_graph.h"
#include "recipe_parser.h"
#include "test_util.h"

#include <gtest/gtest.h>

namespace wpk {
namespace {

class GraphTest : public ::testing::Test {
protected:
  void add(const std::string& name, const std::string& version, const std::string& depends,
           const std::string& arches = "[wasm32, wasm64]") {
    dir_.write(name + "/src/x.c", "int x;\n");
    const std::string text = "name: " + name + "\nversion: \"" + version +
                             "\"\nrevision: 0\nkind: bundle\nlicense: MIT\narches: " + arches +
                             "\ndepends: " + depends + "\n";
    auto file = dir_.write(name + "/package.yaml", text);
    registry_.add(parse_recipe(text, file));
  }
  std::string error_of(const std::vector<NodeRequest>& roots) {
    try {
      PackageGraph::build(registry_, roots);
    } catch (const Error& e) {
      return e.what();
    }
    return "no error";
  }
  testing::ScratchDir dir_;
  Registry registry_;
};

TEST_F(GraphTest, OrdersDependenciesFirstWithTheToolchainNode) {
  add("app", "1", "[libb=2, liba=1]");
  add("liba", "1", "[]");
  add("libb", "2", "[liba=1]");
  add("unrelated", "1", "[]");
  PackageGraph graph = PackageGraph::build(registry_, {{"app", "wasm32"}});
  std::vector<std::string> labels;
  for (const auto& node : graph.nodes())
    labels.push_back(node.label());
  EXPECT_EQ(labels, (std::vector<std::string>{"toolchain (wasm32)", "liba (wasm32)",
                                              "libb (wasm32)", "app (wasm32)"}));
  const GraphNode& app = graph.node(graph.find("app", "wasm32"));
  EXPECT_EQ(app.dependencies.size(), 3u); // toolchain, liba, libb
  EXPECT_EQ(graph.dependents_closure(graph.find("liba", "wasm32")), (std::vector<size_t>{2, 3}));
  EXPECT_EQ(graph.dependency_closure(graph.find("app", "wasm32")), (std::vector<size_t>{1, 2}));
}

TEST_F(GraphTest, TwoArchesGiveTwoIndependentSubgraphs) {
  add("app", "1", "[liba=1]");
  add("liba", "1", "[]");
  PackageGraph graph = PackageGraph::build(registry_, {{"app", "wasm64"}, {"app", "wasm32"}});
  EXPECT_EQ(graph.nodes().size(), 6u);
  const GraphNode& app64 = graph.node(graph.find("app", "wasm64"));
  for (size_t dep : app64.dependencies)
    EXPECT_EQ(graph.node(dep).arch, "wasm64");
}

TEST_F(GraphTest, MissingPackageNamesThePath) {
  add("app", "1", "[liba=1]");
  add("liba", "1", "[ghost=3]");
  const std::string error = error_of({{"app", "wasm32"}});
  EXPECT_NE(error.find("liba/package.yaml:7:11: missing package 'ghost' (path: app -> liba -> "
                       "ghost)"),
            std::string::npos)
      << error;
}

TEST_F(GraphTest, VersionMismatchNamesBothVersions) {
  add("app", "1", "[liba=2]");
  add("liba", "1", "[]");
  const std::string error = error_of({{"app", "wasm32"}});
  EXPECT_NE(error.find("version mismatch: app needs liba=2 but the registry has liba 1 (path: "
                       "app -> liba)"),
            std::string::npos)
      << error;
}

TEST_F(GraphTest, Wasm64NodeWithAWasm32OnlyDependencyIsAnError) {
  add("app", "1", "[liba=1]");
  add("liba", "1", "[libz=1]");
  add("libz", "1", "[]", "[wasm32]");
  EXPECT_NO_THROW(PackageGraph::build(registry_, {{"app", "wasm32"}}));
  const std::string error = error_of({{"app", "wasm64"}});
  EXPECT_NE(error.find("wasm64 node liba depends on libz, which has no wasm64 build (path: app -> "
                       "liba -> libz)"),
            std::string::npos)
      << error;
}

TEST_F(GraphTest, CycleIsReportedWithItsPath) {
  add("a", "1", "[b=1]");
  add("b", "1", "[c=1]");
  add("c", "1", "[a=1]");
  const std::string error = error_of({{"a", "wasm32"}});
  EXPECT_NE(error.find("dependency cycle (wasm32): a -> b -> c -> a"), std::string::npos) << error;
  // Named at the dependency that closes the cycle: c's `depends`, line 7.
  EXPECT_NE(error.find((dir_.path() / "c/package.yaml").string() + ":7:"), std::string::npos)
      << error;
}

TEST_F(GraphTest, UnknownRootAndUnsupportedArchAreErrors) {
  add("liba", "1", "[]", "[wasm32]");
  EXPECT_NE(error_of({{"nothere", "wasm32"}}).find("unknown package 'nothere'"), std::string::npos);
  EXPECT_NE(error_of({{"liba", "wasm64"}}).find("package 'liba' has no wasm64 build"),
            std::string::npos);
}

} // namespace
} // namespace wpk
