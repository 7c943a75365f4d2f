// Cache keys: every input changes the key (recipe field, a patch, a new file in the recipe folder,
// the source hash, the toolchain key, the instrumenter, the ABI version, a dependency's key, the
// arch), and things that are not inputs (formatting, comments, tests, other recipes) do not.
#include "cache_key.h"
#include "recipe_parser.h"
#include "test_util.h"

#include <gtest/gtest.h>

namespace wpk {
namespace {

const char* kLib = R"(name: liba
version: "1.0"
revision: 1
kind: library
license: MIT
source:
  local: src
  patches: [fix.patch]
arches: [wasm32, wasm64]
build: {system: make}
outputs: {libraries: [usr/lib/liba.a]}
)";

const char* kApp = R"(name: app
version: "2.0"
revision: 1
kind: program
license: MIT
source: {local: src}
depends: [liba=1.0]
arches: [wasm32, wasm64]
build: {system: make}
outputs: {programs: [usr/bin/app]}
tests:
  - {name: runs, run: [/usr/bin/app]}
)";

class KeyTest : public ::testing::Test {
protected:
  void SetUp() override {
    dir_.write("liba/src/a.c", "int a;\n");
    dir_.write("liba/fix.patch", "patch v1\n");
    dir_.write("app/src/main.c", "int main(void){return 0;}\n");
    write_recipe("liba", kLib);
    write_recipe("app", kApp);
    context_.toolchain_keys = {{"wasm32", "tc32"}, {"wasm64", "tc64"}};
    context_.instrumenter_identity = "instrumenter-1";
    context_.abi_version = 1;
  }
  void write_recipe(const std::string& name, const std::string& text) { texts_[name] = text; }
  // name@arch -> key for app and liba.
  std::map<std::string, std::string> keys(const std::string& arch = "wasm32") {
    Registry registry;
    for (const auto& [name, text] : texts_)
      registry.add(parse_recipe(text, dir_.write(name + "/package.yaml", text)));
    PackageGraph graph = PackageGraph::build(registry, {{"app", arch}});
    auto all = compute_graph_keys(graph, context_);
    std::map<std::string, std::string> result;
    for (size_t i = 0; i < graph.nodes().size(); ++i)
      result[graph.node(i).package] = all[i].key;
    return result;
  }
  testing::ScratchDir dir_;
  std::map<std::string, std::string> texts_;
  KeyContext context_;
};

TEST_F(KeyTest, SameInputsGiveTheSameKey) {
  auto first = keys();
  auto second = keys();
  EXPECT_EQ(first, second);
  EXPECT_EQ(first["app"].size(), 64u);
  EXPECT_NE(first["app"], first["liba"]);
}

TEST_F(KeyTest, PatchChangeRekeysThePackageAndItsDependents) {
  auto before = keys();
  dir_.write("liba/fix.patch", "patch v2\n");
  auto after = keys();
  EXPECT_NE(before["liba"], after["liba"]);
  EXPECT_NE(before["app"], after["app"]);
  EXPECT_EQ(before["toolchain"], after["toolchain"]);
}

TEST_F(KeyTest, AnyNewFileInTheRecipeFolderIsAnInput) {
  auto before = keys();
  dir_.write("app/src/extra.h", "#define X 1\n");
  auto after = keys();
  EXPECT_NE(before["app"], after["app"]);
  EXPECT_EQ(before["liba"], after["liba"]);
}

TEST_F(KeyTest, TheExecuteBitOfARecipeFileIsAnInputOtherModeBitsAreNot) {
  namespace fs = std::filesystem;
  const fs::path script = dir_.write("app/src/configure", "#!/bin/sh\n");
  fs::permissions(script, fs::perms::owner_read | fs::perms::owner_write);
  auto plain = keys();
  fs::permissions(script, fs::perms::owner_exec, fs::perm_options::add);
  auto executable = keys();
  EXPECT_NE(plain["app"], executable["app"]);
  EXPECT_EQ(plain["liba"], executable["liba"]);
  // Bits that only follow the umask (group and other write) leave the key alone.
  fs::permissions(script, fs::perms::group_write | fs::perms::others_read, fs::perm_options::add);
  EXPECT_EQ(keys()["app"], executable["app"]);
}

// The build follows a symlinked folder (copy_tree of the local source folder, patch -i through
// it), so the files it holds are inputs, not just the link's text.
TEST_F(KeyTest, TheFilesOfASymlinkedFolderAreInputs) {
  namespace fs = std::filesystem;
  dir_.write("shared/main.c", "int main(void){return 1;}\n");
  fs::remove_all(dir_.path() / "app/src");
  fs::create_directory_symlink("../shared", dir_.path() / "app/src");
  auto before = keys();
  dir_.write("shared/main.c", "int main(void){return 2;}\n");
  auto edited = keys();
  EXPECT_NE(before["app"], edited["app"]);
  EXPECT_EQ(before["liba"], edited["liba"]);
  dir_.write("shared/deeper/new.h", "\n");
  EXPECT_NE(edited["app"], keys()["app"]);
}

// A link back into a folder already listed (a cycle), or to a folder that holds one (an ancestor,
// up to /), adds its own line, nothing more, and ends.
TEST_F(KeyTest, ASymlinkCycleInTheRecipeFolderIsListedOnce) {
  namespace fs = std::filesystem;
  fs::create_directory_symlink("..", dir_.path() / "app/src/up");
  fs::create_directory_symlink(".", dir_.path() / "app/src/self");
  fs::create_directory_symlink("/", dir_.path() / "app/src/root");
  fs::create_directory_symlink("../../..", dir_.path() / "app/src/above");
  Registry registry;
  registry.add(parse_recipe(kApp, dir_.write("app/package.yaml", kApp)));
  registry.add(parse_recipe(kLib, dir_.write("liba/package.yaml", kLib)));
  PackageGraph graph = PackageGraph::build(registry, {{"app", "wasm32"}});
  const auto all = compute_graph_keys(graph, context_);
  std::vector<std::string> files;
  for (const auto& input : all.back().inputs)
    if (input.name.rfind("file ", 0) == 0)
      files.push_back(input.name);
  EXPECT_EQ(files, (std::vector<std::string>{"file src/above", "file src/main.c", "file src/root",
                                             "file src/self", "file src/up"}));
}

TEST_F(KeyTest, SourceDateEpochIsAnInput) {
  auto base = keys();
  context_.source_date_epoch = 1;
  auto changed = keys();
  EXPECT_NE(base["app"], changed["app"]);
  EXPECT_NE(base["liba"], changed["liba"]);
}

// File names and symlink targets may hold newlines (not NULs). With inputs written as
// name NUL value newline, these two folders gave the same bytes: a link p to "x\nfile src/q" and a
// file z, against a link p to "x" and a file named "q\nfile src/z" with z's contents. Names and
// values are length-prefixed, so they differ.
TEST_F(KeyTest, ANewlineInAFileNameCannotImitateAnotherInput) {
  namespace fs = std::filesystem;
  fs::create_symlink("x\nfile src/q", dir_.path() / "app/src/p");
  dir_.write("app/src/z", "z\n");
  auto first = keys();
  fs::remove(dir_.path() / "app/src/p");
  fs::remove(dir_.path() / "app/src/z");
  fs::create_symlink("x", dir_.path() / "app/src/p");
  dir_.write("app/src/q\nfile src/z", "z\n");
  EXPECT_NE(first["app"], keys()["app"]);
}

TEST_F(KeyTest, RecipeFieldChangesTheKeyButFormattingAndTestsDoNot) {
  auto before = keys();
  write_recipe("app", std::string("# comment\n") + kApp + "\n");
  std::string with_other_test = kApp;
  with_other_test.replace(with_other_test.find("runs"), 4, "walks");
  write_recipe("app", with_other_test);
  EXPECT_EQ(before, keys());
  std::string changed = kApp;
  changed.replace(changed.find("revision: 1"), 11, "revision: 2");
  write_recipe("app", changed);
  auto after = keys();
  EXPECT_NE(before["app"], after["app"]);
  EXPECT_EQ(before["liba"], after["liba"]);
}

TEST_F(KeyTest, ToolchainAbiAndInstrumenterAreInputs) {
  auto base = keys();
  context_.toolchain_keys["wasm32"] = "tc32-new";
  auto toolchain_changed = keys();
  EXPECT_NE(base["liba"], toolchain_changed["liba"]);
  EXPECT_NE(base["app"], toolchain_changed["app"]);
  context_.toolchain_keys["wasm32"] = "tc32";
  context_.toolchain_files = "wrappers-2"; // e.g. config.site edited
  auto wrappers_changed = keys();
  EXPECT_NE(base["liba"], wrappers_changed["liba"]);
  EXPECT_NE(base["app"], wrappers_changed["app"]);
  context_.toolchain_files = "";
  context_.abi_version = 2;
  EXPECT_NE(base["app"], keys()["app"]);
  context_.abi_version = 1;
  context_.instrumenter_identity = "instrumenter-2";
  auto instrumenter_changed = keys();
  EXPECT_NE(base["app"], instrumenter_changed["app"]);   // a program with fork: auto
  EXPECT_EQ(base["liba"], instrumenter_changed["liba"]); // a library: not instrumented
  context_.instrumenter_identity = "instrumenter-1";
  context_.wasm_optimizer_identity = "wasm-opt-2";
  auto optimizer_changed = keys();
  EXPECT_NE(base["app"], optimizer_changed["app"]);   // a program optimized with O2
  EXPECT_EQ(base["liba"], optimizer_changed["liba"]); // a library: not optimized
}

TEST_F(KeyTest, ArchIsAnInputAndOtherRecipesAreNot) {
  auto wasm32 = keys("wasm32");
  EXPECT_NE(wasm32["app"], keys("wasm64")["app"]);
  dir_.write("unrelated/package.yaml", "garbage");
  EXPECT_EQ(wasm32, keys("wasm32"));
}

TEST_F(KeyTest, ChangedInputsNamesWhatChanged) {
  Registry registry;
  for (const auto& [name, text] : texts_)
    registry.add(parse_recipe(text, dir_.write(name + "/package.yaml", text)));
  PackageGraph graph = PackageGraph::build(registry, {{"liba", "wasm32"}});
  auto before = compute_graph_keys(graph, context_);
  dir_.write("liba/fix.patch", "patch v3\n");
  auto after = compute_graph_keys(graph, context_);
  auto changes = changed_inputs(before[1].inputs, after[1].inputs);
  ASSERT_EQ(changes.size(), 1u);
  EXPECT_EQ(changes[0].rfind("file fix.patch: ", 0), 0u) << changes[0];
}

} // namespace
} // namespace wpk
