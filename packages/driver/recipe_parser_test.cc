// Recipe parsing: a complete valid recipe, the normalized form, and the corpus of invalid recipes
// in tests/invalid-recipes/ (each file's first line says which error, with line:col, it must give).
#include "error.h"
#include "recipe_parser.h"
#include "registry.h"
#include "test_util.h"

#include <gtest/gtest.h>

namespace wpk {
namespace {

const char* kValidRecipe = R"(# a comment
name: demo
version: "1.2"
revision: 3
kind: program
license: GPL-3.0-or-later
description: A demo.
source:
  url: https://example.org/demo-1.2.tar.gz
  sha256: 62adfca89b0a1c0164c2cdca59ca210c1d44c3ffc46daf9931cf4942664cb02a
  debian: {package: demo, version: 1.2-1, file: demo_1.2.orig.tar.gz}
  patches: [patches/0001-fix.patch]
depends: ["zlib=1.2.13", "ncurses = 6.4"]
arches: [wasm32, wasm64]
build:
  system: autotools
  arguments: [--disable-nls]
  environment: {CFLAGS: -O2}
  configure_cache: {ac_cv_func_fork: "yes"}
outputs:
  programs:
    - usr/bin/demo
    - {path: usr/bin/demo-nofork, fork: disabled, allocator: any, optimize: none}
    - {path: usr/bin/demo-small, optimize: Oz}
  data: [usr/share/demo/**]
tests:
  - name: version
    run: [/usr/bin/demo, --version]
    stdout: "demo 1.2\n"
  - name: pipe
    shell: echo hi | /usr/bin/demo
    status: 1
)";

TEST(RecipeParser, ParsesAValidRecipe) {
  testing::ScratchDir dir;
  dir.write("demo/patches/0001-fix.patch", "--- a\n+++ b\n");
  const Recipe recipe = parse_recipe(kValidRecipe, dir.path() / "demo/package.yaml");
  EXPECT_EQ(recipe.name, "demo");
  EXPECT_EQ(recipe.version, "1.2");
  EXPECT_EQ(recipe.revision, 3);
  EXPECT_EQ(recipe.kind, PackageKind::program);
  ASSERT_TRUE(recipe.source.debian.has_value());
  EXPECT_EQ(recipe.source.debian->file, "demo_1.2.orig.tar.gz");
  EXPECT_EQ(recipe.source.archive_file_name(), "demo_1.2.orig.tar.gz");
  ASSERT_EQ(recipe.depends.size(), 2u);
  EXPECT_EQ(recipe.depends[1].name, "ncurses");
  EXPECT_EQ(recipe.depends[1].version, "6.4");
  EXPECT_EQ(recipe.depends[1].where.line, 13);
  EXPECT_EQ(recipe.build.system, BuildSystem::autotools);
  EXPECT_EQ(recipe.build.configure_cache.at("ac_cv_func_fork"), "yes");
  ASSERT_EQ(recipe.outputs.programs.size(), 3u);
  EXPECT_EQ(recipe.outputs.programs[0].fork, ForkPolicy::automatic);
  EXPECT_EQ(recipe.outputs.programs[0].allocator, AllocatorPolicy::wpkmalloc);
  EXPECT_EQ(recipe.outputs.programs[1].fork, ForkPolicy::disabled);
  EXPECT_EQ(recipe.outputs.programs[1].allocator, AllocatorPolicy::any);
  EXPECT_EQ(recipe.outputs.programs[0].optimize, "O2"); // the default
  EXPECT_EQ(recipe.outputs.programs[1].optimize, "none");
  EXPECT_EQ(recipe.outputs.programs[2].optimize, "Oz");
  EXPECT_TRUE(recipe.uses_wasm_optimizer());
  ASSERT_EQ(recipe.tests.size(), 2u);
  EXPECT_EQ(recipe.tests[0].expected_stdout.value(), "demo 1.2\n");
  EXPECT_EQ(recipe.tests[1].expected_status, 1);
  EXPECT_TRUE(recipe.supports("wasm64"));
  EXPECT_TRUE(recipe.uses_fork_instrumentation());
}

TEST(RecipeParser, CanonicalTextIgnoresFormattingAndDependencyOrder) {
  testing::ScratchDir dir;
  dir.write("demo/patches/0001-fix.patch", "x");
  const Recipe a = parse_recipe(kValidRecipe, dir.path() / "demo/package.yaml");
  std::string reformatted = kValidRecipe;
  reformatted.replace(reformatted.find("# a comment"), 11, "# another comment\n\n");
  reformatted.replace(reformatted.find(R"(["zlib=1.2.13", "ncurses = 6.4"])"), 32,
                      "\n  - ncurses=6.4\n  - zlib = 1.2.13");
  const Recipe b = parse_recipe(reformatted, dir.path() / "demo/package.yaml");
  EXPECT_EQ(a.canonical_text(), b.canonical_text());
  std::string changed = kValidRecipe;
  changed.replace(changed.find("--disable-nls"), 13, "--enable-nls");
  const Recipe c = parse_recipe(changed, dir.path() / "demo/package.yaml");
  EXPECT_NE(a.canonical_text(), c.canonical_text());
}

// Debian's patches: read into the model, in the canonical text only when present (so the text,
// and the cache keys of recipes without them, are what they were), and part of it when present.
TEST(RecipeParser, ReadsDebianPatchesAndKeysOnThem) {
  testing::ScratchDir dir;
  dir.write("demo/patches/0001-fix.patch", "x");
  const Recipe plain = parse_recipe(kValidRecipe, dir.path() / "demo/package.yaml");
  EXPECT_FALSE(plain.source.debian_patches.has_value());
  EXPECT_EQ(plain.canonical_text().find("debian_patches"), std::string::npos);
  std::string text = kValidRecipe;
  const std::string anchor = "  patches: [patches/0001-fix.patch]\n";
  text.replace(text.find(anchor), anchor.size(),
               "  debian_patches:\n    file: demo_1.2-1.debian.tar.xz\n    sha256: " +
                   std::string(64, 'd') + "\n    apply: [b.patch, a.patch]\n" + anchor);
  const Recipe patched = parse_recipe(text, dir.path() / "demo/package.yaml");
  ASSERT_TRUE(patched.source.debian_patches.has_value());
  EXPECT_EQ(patched.source.debian_patches->file, "demo_1.2-1.debian.tar.xz");
  EXPECT_EQ(patched.source.debian_patches->apply, (std::vector<std::string>{"b.patch", "a.patch"}));
  EXPECT_NE(patched.canonical_text(), plain.canonical_text());
  std::string reordered = text;
  reordered.replace(reordered.find("[b.patch, a.patch]"), 18, "[a.patch, b.patch]");
  EXPECT_NE(parse_recipe(reordered, dir.path() / "demo/package.yaml").canonical_text(),
            patched.canonical_text())
      << "the order patches apply in is part of the recipe";
}

// Each file of the corpus starts with "# expect: <text>"; the parse must fail with an error
// containing that text (which includes file:line:col for schema errors).
TEST(RecipeParser, RejectsEveryRecipeOfTheInvalidCorpus) {
  const std::filesystem::path corpus =
      std::filesystem::path(WPK_PACKAGES_TEST_DIR) / "invalid-recipes";
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(corpus))
    files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  ASSERT_GE(files.size(), 20u);
  for (const auto& file : files) {
    SCOPED_TRACE(file.filename().string());
    const std::string text = read_file(file);
    const std::string prefix = "# expect: ";
    ASSERT_EQ(text.rfind(prefix, 0), 0u) << "corpus file without '# expect:' line";
    const std::string expected = text.substr(prefix.size(), text.find('\n') - prefix.size());
    testing::ScratchDir dir;
    dir.write("demo/patches/present.patch", "x");
    dir.write("demo/src/main.c", "int main(void){return 0;}\n");
    const auto recipe_file = dir.write("demo/package.yaml", text);
    try {
      parse_recipe(text, recipe_file);
      ADD_FAILURE() << "accepted an invalid recipe";
    } catch (const Error& e) {
      const std::string message = e.what();
      EXPECT_NE(message.find(recipe_file.string() + ":"), std::string::npos) << message;
      EXPECT_NE(message.find(expected), std::string::npos)
          << "expected '" << expected << "' in: " << message;
    }
  }
}

// The error of a small recipe with the given name, version and environment variable name, or
// "accepted". The folder is named like the package (or "folder" when the name cannot be a folder).
// The variable is an explicit key ("? KEY"): YAML limits implicit keys to 1024 characters.
std::string identifier_error(const std::string& name, const std::string& version,
                             const std::string& variable) {
  testing::ScratchDir dir;
  const std::string text = "name: \"" + name + "\"\nversion: \"" + version +
                           "\"\nrevision: 0\nkind: library\nlicense: MIT\nsource: {local: src}\n"
                           "arches: [wasm32]\nbuild:\n  system: make\n  environment:\n    ? \"" +
                           variable + "\"\n    : \"1\"\noutputs: {libraries: [usr/lib/liba.a]}\n";
  const bool usable = !name.empty() && name.size() < 100 && name.find('/') == std::string::npos;
  const std::string folder = usable ? name : "folder";
  dir.write(folder + "/src/a.c", "int a;\n");
  try {
    parse_recipe(text, dir.write(folder + "/package.yaml", text));
  } catch (const Error& e) {
    return e.what();
  }
  return "accepted";
}

// The languages the parser accepts (once std::regex, now plain character loops):
// names [a-z0-9][a-z0-9+._-]*, versions [A-Za-z0-9][A-Za-z0-9.+~_-]*, environment variable
// names [A-Za-z_][A-Za-z0-9_]*.
TEST(RecipeParser, AcceptsExactlyTheDocumentedIdentifiers) {
  for (const std::string name : {"a", "0", "zlib", "gtk+3", "lib.x_y-z", "9p", "a--", "a+.", "c++"})
    EXPECT_EQ(identifier_error(name, "1", "CFLAGS"), "accepted") << name;
  for (const std::string name : {"", "A", "Zlib", "-a", ".a", "_a", "+a", "a b", "a:b", "a/b",
                                 "a~1", "a\\u00e9", "\\u00e9", "a\\tb"})
    EXPECT_NE(identifier_error(name, "1", "CFLAGS").find("is not a package name"),
              std::string::npos)
        << name;
  for (const std::string version :
       {"1", "1.2.13", "2.1a", "A", "z", "1.0~rc1", "1+dfsg", "1_2-3", "0", "9...", "1-", "a~"})
    EXPECT_EQ(identifier_error("demo", version, "CFLAGS"), "accepted") << version;
  for (const std::string version :
       {"", ".1", "-1", "~1", "_1", "+1", "1 2", "1:2", "1/2", "1,2", "v\\u00e9", "1\\n", "(1)"})
    EXPECT_NE(identifier_error("demo", version, "CFLAGS").find("is not a version"),
              std::string::npos)
        << version;
  for (const std::string variable : {"A", "_", "_A1", "cflags", "LD_LIBRARY_PATH", "x9"})
    EXPECT_EQ(identifier_error("demo", "1", variable), "accepted") << variable;
  for (const std::string variable : {"", "1A", "A-B", "A B", "A.B", "A=B", "\\u00c9", "A$"})
    EXPECT_NE(identifier_error("demo", "1", variable).find("is not an environment variable name"),
              std::string::npos)
        << variable;
}

// Very long identifiers are rejected by length with file:line:col (std::regex recursed once per
// character and overflowed the stack: a 50,000-character version crashed the driver).
TEST(RecipeParser, AVeryLongVersionIsAnErrorNotACrash) {
  const std::string message = identifier_error("demo", std::string(50000, '1'), "CFLAGS");
  EXPECT_NE(message.find("package.yaml:2:10: version: 50000 characters"), std::string::npos)
      << message.substr(0, 300);
  EXPECT_LT(message.size(), 500u); // does not repeat the value
}

TEST(RecipeParser, AVeryLongNameIsAnErrorNotACrash) {
  const std::string message = identifier_error(std::string(50000, 'a'), "1", "CFLAGS");
  EXPECT_NE(message.find("package.yaml:1:7: name: 50000 characters"), std::string::npos)
      << message.substr(0, 300);
}

TEST(RecipeParser, AVeryLongVariableNameIsAnErrorNotACrash) {
  const std::string message = identifier_error("demo", "1", std::string(50000, 'A'));
  EXPECT_NE(message.find("build.environment: a variable name of 50000 characters"),
            std::string::npos)
      << message.substr(0, 300);
}

TEST(RecipeParser, AVeryLongDependencyIsAnErrorNotACrash) {
  testing::ScratchDir dir;
  const std::string text = "name: demo\nversion: \"1\"\nrevision: 0\nkind: bundle\nlicense: MIT\n"
                           "arches: [wasm32]\ndepends: [\"zlib=" +
                           std::string(50000, '1') + "\"]\n";
  try {
    parse_recipe(text, dir.write("demo/package.yaml", text));
    ADD_FAILURE() << "accepted";
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find("package.yaml:7:11: depends: "), std::string::npos)
        << std::string(e.what()).substr(0, 300);
  }
}

TEST(PackageSetParser, ReadsASetAndRejectsUnknownKeys) {
  testing::ScratchDir dir;
  auto file = dir.write("core.yaml", "name: core\ndefault: true\npackages: [a, b]\n");
  PackageSet set = parse_package_set(read_file(file), file);
  EXPECT_TRUE(set.is_default);
  EXPECT_EQ(set.packages, (std::vector<std::string>{"a", "b"}));
  auto bad = dir.write("ci.yaml", "name: ci\npackages: [a]\npackage: [b]\n");
  try {
    parse_package_set(read_file(bad), bad);
    ADD_FAILURE() << "accepted an unknown key";
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find("ci.yaml:3:1: set: unknown key 'package'"),
              std::string::npos)
        << e.what();
  }
}

// Set errors name the line: an empty list, a repeated arch, an arch no member builds for, a member
// without a recipe, and a second default set (Registry::load checks the last three).
TEST(PackageSetParser, SetErrorsNameTheLine) {
  auto error_of = [](const std::string& sets) {
    testing::ScratchDir dir;
    dir.write("registry/a/package.yaml", "name: a\nversion: \"1\"\nrevision: 0\nkind: bundle\n"
                                         "license: MIT\narches: [wasm32]\n");
    size_t start = 0;
    while (start < sets.size()) { // "file.yaml=text|file.yaml=text"
      size_t end = sets.find('|', start);
      end = end == std::string::npos ? sets.size() : end;
      const std::string item = sets.substr(start, end - start);
      dir.write("sets/" + item.substr(0, item.find('=')), item.substr(item.find('=') + 1));
      start = end + 1;
    }
    try {
      Registry::load(dir.path() / "registry", dir.path() / "sets");
    } catch (const Error& e) {
      return std::string(e.what());
    }
    return std::string("no error");
  };
  EXPECT_NE(error_of("s.yaml=name: s\npackages: []\n")
                .find("s.yaml:2:11: packages: expected at least one package"),
            std::string::npos);
  EXPECT_NE(error_of("s.yaml=name: s\npackages: [a]\narches: [wasm32, wasm32]\n")
                .find("s.yaml:3:18: arches: 'wasm32' listed twice"),
            std::string::npos);
  EXPECT_NE(error_of("s.yaml=name: s\npackages: [a]\narches: [wasm64]\n")
                .find("s.yaml:3:10: set 's' has no package with a wasm64 build"),
            std::string::npos);
  EXPECT_NE(error_of("s.yaml=name: s\npackages:\n  - a\n  - nope\n")
                .find("s.yaml:4:5: set 's' names package 'nope'"),
            std::string::npos);
  EXPECT_NE(error_of("s.yaml=name: s\ndefault: true\npackages: [a]|t.yaml=name: t\n"
                     "packages: [a]\ndefault: true\n")
                .find("t.yaml:3:10: set 't' and set 's'"),
            std::string::npos);
  EXPECT_EQ(error_of("s.yaml=name: s\npackages: [a]\narches: [wasm32]\n"), "no error");
  // A set file with another extension would be ignored without a word: the registry uses .yaml.
  EXPECT_NE(error_of("s.yaml=name: s\npackages: [a]|t.yml=name: t\npackages: [a]\n")
                .find("t.yml: a set file must end in .yaml (rename it to t.yaml)"),
            std::string::npos);
}

TEST(Registry, MissingRegistryFolderIsAnError) {
  testing::ScratchDir dir;
  try {
    Registry::load(dir.path() / "nothere", dir.path() / "sets");
    ADD_FAILURE() << "a missing registry folder was accepted";
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find("no such registry folder"), std::string::npos) << e.what();
  }
}

} // namespace
} // namespace wpk
