// recipe.h — the in-memory model of one package recipe (packages/registry/<name>/package.yaml).
//
// A Recipe is what recipe_parser.cc produces after checking the closed schema; everything else in
// the driver works on this model, never on YAML. canonical_text() is the normalized form that the
// cache key hashes: field order is fixed, maps are sorted, and formatting or comments in the YAML
// file do not change it.
#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace wpk {

// data: files only (outputs.data), e.g. the time zone database; built like the others.
enum class PackageKind { program, library, data, toolchain, bundle };
enum class BuildSystem { autotools, cmake, make, script, none };
enum class ForkPolicy { automatic, disabled };
// wpkmalloc: the module must carry the `wpk.allocator` section naming wpkmalloc.
// any: whatever the toolchain linked (recorded, not enforced).
enum class AllocatorPolicy { wpkmalloc, any };

const char* to_string(PackageKind kind);
const char* to_string(BuildSystem system);
const char* to_string(ForkPolicy policy);
const char* to_string(AllocatorPolicy policy);

struct SourceLocation {
  std::string file;
  int line = 0;
  int column = 0;
  std::string str() const {
    return file + ":" + std::to_string(line) + ":" + std::to_string(column);
  }
};

struct DebianSource {
  std::string package;
  std::string version;
  std::string file;
};

// Patches from Debian's own tarball of the source package (`<package>_<version>.debian.tar.*`,
// sha256-pinned, fetched through `debian` like the orig tarball): the files named in `apply`,
// from its debian/patches/, applied in that order before the recipe's own patches. Debian's
// security fixes reach a port this way; the recipe lists each one it takes.
struct DebianPatches {
  std::string file;
  std::string sha256;
  std::vector<std::string> apply;
};

struct Source {
  // Either a tarball (url + sha256, fetched offline through `debian`) or `local`: a folder inside
  // the recipe's directory holding the sources (hashed as part of the recipe's files).
  std::string url;
  std::string sha256;
  std::optional<DebianSource> debian;
  std::optional<DebianPatches> debian_patches; // only with `debian`
  std::string local;
  int strip_components = 1;
  std::vector<std::string> patches; // relative to the recipe folder, applied with patch -p1
  bool empty() const { return url.empty() && local.empty(); }
  std::string archive_file_name() const; // the name the tarball is cached under
};

struct Dependency {
  std::string name;
  std::string version;
  SourceLocation where;
};

// A package whose programs the smoke tests need at run time (e.g. /bin/sh from dash, `wc` from
// coreutils). Not a graph edge and not a cache-key input: `wpk test` adds the closure of each test
// dependency (same arch as the package under test) to the test root. Cycles are allowed.
struct TestDependency {
  std::string name;
  SourceLocation where;
};

// Binaryen optimization levels a program output may ask for (wasm-opt -O<level>); "none" skips
// the step.
inline constexpr const char* kOptimizeLevels[] = {"none", "O1", "O2", "O3", "O4", "Os", "Oz"};

struct ProgramOutput {
  std::string path; // relative to the package's install root; may contain * and **
  ForkPolicy fork = ForkPolicy::automatic;
  AllocatorPolicy allocator = AllocatorPolicy::wpkmalloc;
  std::string optimize = "O2"; // one of kOptimizeLevels
};

struct Outputs {
  std::vector<ProgramOutput> programs;
  std::vector<std::string> libraries;
  std::vector<std::string> headers;
  std::vector<std::string> pkgconfig;
  std::vector<std::string> data;
  bool empty() const {
    return programs.empty() && libraries.empty() && headers.empty() && pkgconfig.empty() &&
           data.empty();
  }
};

struct BuildSpec {
  BuildSystem system = BuildSystem::none;
  std::vector<std::string> arguments;
  std::map<std::string, std::string> environment;
  std::map<std::string, std::string> configure_cache;
  std::string script;    // for system: script, relative to the recipe folder
  std::string directory; // subfolder of the source tree the build runs in
};

struct RecipeTest {
  std::string name;
  std::vector<std::string> run; // argv, argv[0] an absolute path inside the root (e.g. /usr/bin/x)
  std::string shell;            // or a command line for /bin/sh -c
  std::string stdin_text;
  std::optional<std::string> expected_stdout;
  int expected_status = 0;
};

struct Recipe {
  std::string name;
  std::string version;
  int revision = 0;
  PackageKind kind = PackageKind::program;
  std::string license;
  std::string description;
  Source source;
  std::vector<Dependency> depends;
  std::vector<std::string> arches;
  BuildSpec build;
  Outputs outputs;
  std::vector<RecipeTest> tests;
  std::vector<TestDependency> test_depends;

  std::filesystem::path directory; // the recipe's folder
  std::filesystem::path file;      // its package.yaml
  SourceLocation location;         // of the document

  bool supports(const std::string& arch) const;
  bool uses_fork_instrumentation() const;
  bool uses_wasm_optimizer() const;
  std::string canonical_text() const;
};

extern const std::vector<std::string> kKnownArches;

} // namespace wpk
