#include "recipe_parser.h"

#include "fs_util.h"
#include "sha256.h"
#include "yaml_schema.h"

#include <algorithm>

namespace wpk {

namespace {

// Plain character loops over ASCII (std::regex recursed once per character: a long value
// overflowed the stack).
bool is_digit(char c) {
  return c >= '0' && c <= '9';
}
bool is_lower(char c) {
  return c >= 'a' && c <= 'z';
}
bool is_letter(char c) {
  return is_lower(c) || (c >= 'A' && c <= 'Z');
}
bool is_one_of(char c, std::string_view set) {
  return set.find(c) != std::string_view::npos;
}

// [a-z0-9][a-z0-9+._-]*
bool is_package_name(const std::string& name) {
  auto allowed = [](char c) { return is_lower(c) || is_digit(c) || is_one_of(c, "+._-"); };
  return !name.empty() && (is_lower(name[0]) || is_digit(name[0])) &&
         std::all_of(name.begin(), name.end(), allowed);
}

// [A-Za-z0-9][A-Za-z0-9.+~_-]*
bool is_version(const std::string& version) {
  auto allowed = [](char c) { return is_letter(c) || is_digit(c) || is_one_of(c, ".+~_-"); };
  return !version.empty() && (is_letter(version[0]) || is_digit(version[0])) &&
         std::all_of(version.begin(), version.end(), allowed);
}

// [A-Za-z_][A-Za-z0-9_]*
bool is_variable_name(const std::string& name) {
  auto allowed = [](char c) { return is_letter(c) || is_digit(c) || c == '_'; };
  return !name.empty() && !is_digit(name[0]) && std::all_of(name.begin(), name.end(), allowed);
}

// Names, versions and variable names are short; a longer one is a mistake, reported by its
// length (not repeated in the message).
constexpr size_t kMaxIdentifierLength = 128;

void check_length(const YamlSchema& schema, const YAML::Node& node, const std::string& value,
                  const std::string& what, size_t max = kMaxIdentifierLength) {
  if (value.size() > max)
    schema.fail(node, what + " " + std::to_string(value.size()) + " characters (at most " +
                          std::to_string(max) + ")");
}

// An output pattern: a safe relative path whose components may contain '*' ("**" = any depth).
void check_output_path(const YamlSchema& schema, const YAML::Node& node, const std::string& path,
                       std::string_view what) {
  if (!is_safe_relative_path(path))
    schema.fail(node, std::string(what) + ": '" + path +
                          "' must be a relative path inside the install root (no '..', no leading "
                          "'/')");
}

class RecipeReader {
public:
  RecipeReader(const std::filesystem::path& file) : file_(file), schema_(file.string()) {}

  Recipe read(const YAML::Node& root) {
    Recipe recipe;
    recipe.file = file_;
    recipe.directory = file_.parent_path();
    recipe.location = {file_.string(), 1, 1};
    if (!root.IsDefined() || root.IsNull())
      throw Error(file_.string() +
                  ":1:1: empty recipe (expected a mapping with name, version, ...)");
    schema_.check_keys(root, "recipe",
                       {"name", "version", "revision", "kind", "license", "description", "source",
                        "depends", "arches", "build", "outputs", "tests", "test_depends"},
                       {"name", "version", "revision", "kind", "license", "arches"});

    recipe.name = schema_.scalar(root["name"], "name");
    check_length(schema_, root["name"], recipe.name, "name:");
    if (!is_package_name(recipe.name))
      schema_.fail(root["name"],
                   "name: '" + recipe.name +
                       "' is not a package name (lowercase letters, digits, + . _ -)");
    const std::string folder = recipe.directory.filename().string();
    if (!folder.empty() && folder != recipe.name)
      schema_.fail(root["name"],
                   "name: '" + recipe.name + "' differs from its folder '" + folder + "'");
    recipe.version = schema_.scalar(root["version"], "version");
    check_length(schema_, root["version"], recipe.version, "version:");
    if (!is_version(recipe.version))
      schema_.fail(root["version"], "version: '" + recipe.version + "' is not a version");
    recipe.revision = schema_.integer(root["revision"], "revision", 0, 1000000);
    recipe.kind = read_kind(root["kind"]);
    recipe.license = schema_.scalar(root["license"], "license");
    if (recipe.license.empty())
      schema_.fail(root["license"], "license: must not be empty");
    if (root["description"])
      recipe.description = schema_.scalar(root["description"], "description");

    if (root["source"])
      recipe.source = read_source(root["source"]);
    else if (recipe.kind != PackageKind::bundle)
      schema_.fail(root, "recipe: missing required key 'source' (only a bundle has no source)");

    if (root["depends"])
      recipe.depends = read_depends(root["depends"]);

    recipe.arches = schema_.string_list(root["arches"], "arches");
    if (recipe.arches.empty())
      schema_.fail(root["arches"], "arches: expected at least one of wasm32, wasm64");
    for (size_t i = 0; i < recipe.arches.size(); ++i) {
      const auto& arch = recipe.arches[i];
      if (std::find(kKnownArches.begin(), kKnownArches.end(), arch) == kKnownArches.end())
        schema_.fail(root["arches"][i],
                     "arches: unknown arch '" + arch + "' (expected wasm32 or wasm64)");
      if (std::count(recipe.arches.begin(), recipe.arches.end(), arch) > 1)
        schema_.fail(root["arches"][i], "arches: '" + arch + "' listed twice");
    }

    if (root["build"])
      recipe.build = read_build(root["build"]);
    else if (recipe.kind != PackageKind::bundle)
      schema_.fail(root, "recipe: missing required key 'build' (only a bundle has no build)");

    if (root["outputs"])
      recipe.outputs = read_outputs(root["outputs"]);
    if (recipe.kind == PackageKind::program && recipe.outputs.programs.empty())
      schema_.fail(root["outputs"] ? root["outputs"] : root,
                   "outputs: a program package must declare at least one program");
    if (recipe.kind == PackageKind::library && recipe.outputs.libraries.empty())
      schema_.fail(root["outputs"] ? root["outputs"] : root,
                   "outputs: a library package must declare at least one library");
    if (recipe.kind == PackageKind::data && recipe.outputs.data.empty())
      schema_.fail(root["outputs"] ? root["outputs"] : root,
                   "outputs: a data package must declare at least one data pattern");

    if (root["tests"])
      recipe.tests = read_tests(root["tests"]);
    if (root["test_depends"])
      recipe.test_depends = read_test_depends(root["test_depends"], recipe.name);
    return recipe;
  }

private:
  PackageKind read_kind(const YAML::Node& node) {
    const std::string kind = schema_.scalar(node, "kind");
    if (kind == "program")
      return PackageKind::program;
    if (kind == "library")
      return PackageKind::library;
    if (kind == "data")
      return PackageKind::data;
    if (kind == "toolchain")
      return PackageKind::toolchain;
    if (kind == "bundle")
      return PackageKind::bundle;
    schema_.fail(node,
                 "kind: '" + kind + "' (expected program, library, data, toolchain or bundle)");
  }

  void check_recipe_file(const YAML::Node& node, const std::string& relative, std::string_view what,
                         bool directory) {
    if (!is_safe_relative_path(relative))
      schema_.fail(node, std::string(what) + ": '" + relative +
                             "' must be a relative path inside the recipe folder");
    const auto path = file_.parent_path() / relative;
    if (directory ? !std::filesystem::is_directory(path) : !std::filesystem::is_regular_file(path))
      schema_.fail(node, std::string(what) + ": " + (directory ? "folder" : "file") + " '" +
                             relative + "' does not exist in " + file_.parent_path().string());
  }

  Source read_source(const YAML::Node& node) {
    schema_.check_keys(
        node, "source",
        {"url", "sha256", "debian", "debian_patches", "local", "strip_components", "patches"}, {});
    Source source;
    if (node["url"] && node["local"])
      schema_.fail(node["local"], "source: give either 'url' (with sha256) or 'local', not both");
    if (!node["url"] && !node["local"])
      schema_.fail(node, "source: expected 'url' (with sha256 and debian) or 'local'");
    if (node["url"]) {
      source.url = schema_.scalar(node["url"], "source.url");
      if (!node["sha256"])
        schema_.fail(node, "source: missing required key 'sha256' (every download is verified)");
      source.sha256 = schema_.scalar(node["sha256"], "source.sha256");
      if (!is_sha256_hex(source.sha256))
        schema_.fail(node["sha256"], "source.sha256: expected 64 lowercase hex digits");
      const bool local_url = source.url.rfind("file://", 0) == 0;
      if (!local_url && source.url.rfind("https://", 0) != 0 && source.url.rfind("http://", 0) != 0)
        schema_.fail(node["url"], "source.url: expected an http(s):// or file:// URL");
      if (local_url && source.url.rfind("file:///", 0) != 0)
        schema_.fail(node["url"], "source.url: a file:// URL needs an absolute path (file:///...)");
      if (node["debian"]) {
        const YAML::Node debian = node["debian"];
        schema_.check_keys(debian, "source.debian", {"package", "version", "file"},
                           {"package", "version", "file"});
        source.debian = DebianSource{schema_.scalar(debian["package"], "source.debian.package"),
                                     schema_.scalar(debian["version"], "source.debian.version"),
                                     schema_.scalar(debian["file"], "source.debian.file")};
        if (!is_safe_relative_path(source.debian->file) ||
            source.debian->file.find('/') != std::string::npos)
          schema_.fail(debian["file"], "source.debian.file: expected a plain file name");
      } else if (!local_url) {
        schema_.fail(node, "source: missing required key 'debian' (the Debian source package "
                           "carrying the same tarball: package, version, file)");
      }
      if (node["debian_patches"]) {
        if (!node["debian"])
          schema_.fail(node["debian_patches"],
                       "source.debian_patches: needs 'debian' (the source package they come from)");
        source.debian_patches = read_debian_patches(node["debian_patches"]);
      }
    } else {
      if (node["sha256"] || node["debian"] || node["debian_patches"])
        schema_.fail(node["sha256"]   ? node["sha256"]
                     : node["debian"] ? node["debian"]
                                      : node["debian_patches"],
                     "source: 'sha256', 'debian' and 'debian_patches' belong to a 'url' source, "
                     "not 'local'");
      source.local = schema_.scalar(node["local"], "source.local");
      check_recipe_file(node["local"], source.local, "source.local", true);
    }
    if (node["strip_components"])
      source.strip_components =
          schema_.integer(node["strip_components"], "source.strip_components", 0, 8);
    if (node["patches"]) {
      source.patches = schema_.string_list(node["patches"], "source.patches");
      for (size_t i = 0; i < source.patches.size(); ++i)
        check_recipe_file(node["patches"][i], source.patches[i], "source.patches", false);
    }
    return source;
  }

  DebianPatches read_debian_patches(const YAML::Node& node) {
    schema_.check_keys(node, "source.debian_patches", {"file", "sha256", "apply"},
                       {"file", "sha256", "apply"});
    DebianPatches patches;
    patches.file = schema_.scalar(node["file"], "source.debian_patches.file");
    if (!is_safe_relative_path(patches.file) || patches.file.find('/') != std::string::npos ||
        patches.file.find(".debian.tar.") == std::string::npos)
      schema_.fail(node["file"], "source.debian_patches.file: expected the plain file name of a "
                                 "Debian tarball (<package>_<version>.debian.tar.<xz|gz|bz2>)");
    patches.sha256 = schema_.scalar(node["sha256"], "source.debian_patches.sha256");
    if (!is_sha256_hex(patches.sha256))
      schema_.fail(node["sha256"],
                   "source.debian_patches.sha256: expected 64 lowercase hex digits");
    patches.apply = schema_.string_list(node["apply"], "source.debian_patches.apply");
    if (patches.apply.empty())
      schema_.fail(node["apply"], "source.debian_patches.apply: expected at least one patch name");
    for (size_t i = 0; i < patches.apply.size(); ++i) {
      const std::string& name = patches.apply[i];
      if (!is_safe_relative_path(name) || name.find('/') != std::string::npos)
        schema_.fail(node["apply"][i], "source.debian_patches.apply: expected a file name of "
                                       "debian/patches/, got '" +
                                           name + "'");
      for (size_t j = 0; j < i; ++j)
        if (patches.apply[j] == name)
          schema_.fail(node["apply"][i],
                       "source.debian_patches.apply: '" + name + "' is listed twice");
    }
    return patches;
  }

  std::vector<Dependency> read_depends(const YAML::Node& node) {
    if (!node.IsSequence())
      schema_.fail(node, "depends: expected a list of 'name=version'");
    std::vector<Dependency> depends;
    for (const auto& item : node) {
      const std::string text = schema_.scalar(item, "depends");
      // name=version, with spaces around '=' allowed
      check_length(schema_, item, text, "depends: an entry of", 2 * kMaxIdentifierLength + 16);
      size_t equals = text.find('=');
      if (equals == std::string::npos || text.find('=', equals + 1) != std::string::npos)
        schema_.fail(item, "depends: '" + text + "' (expected 'name=version', an exact version)");
      auto trimmed = [](std::string part) { // spaces around '=' are fine, inside a name not
        part.erase(0, part.find_first_not_of(' '));
        part.erase(part.find_last_not_of(' ') + 1);
        return part;
      };
      Dependency dep;
      dep.name = trimmed(text.substr(0, equals));
      dep.version = trimmed(text.substr(equals + 1));
      check_length(schema_, item, dep.name, "depends: a name of");
      check_length(schema_, item, dep.version, "depends: a version of");
      if (!is_package_name(dep.name) || !is_version(dep.version))
        schema_.fail(item, "depends: '" + text + "' (expected 'name=version', an exact version)");
      for (const auto& other : depends)
        if (other.name == dep.name)
          schema_.fail(item, "depends: '" + dep.name + "' listed twice");
      const YAML::Mark mark = item.Mark();
      dep.where = {file_.string(), mark.line + 1, mark.column + 1};
      depends.push_back(dep);
    }
    return depends;
  }

  // test_depends: [PKG, ...] — plain package names (no version: whatever the registry holds is
  // what the test root gets). Whether each name has a recipe is checked by the registry.
  std::vector<TestDependency> read_test_depends(const YAML::Node& node, const std::string& self) {
    if (!node.IsSequence())
      schema_.fail(node, "test_depends: expected a list of package names");
    std::vector<TestDependency> test_depends;
    for (const auto& item : node) {
      const std::string name = schema_.scalar(item, "test_depends");
      check_length(schema_, item, name, "test_depends: a name of");
      if (!is_package_name(name))
        schema_.fail(item, "test_depends: '" + name +
                               "' is not a package name (a name only, no version)");
      if (name == self)
        schema_.fail(item, "test_depends: '" + name + "' is the package itself");
      for (const auto& other : test_depends)
        if (other.name == name)
          schema_.fail(item, "test_depends: '" + name + "' listed twice");
      const YAML::Mark mark = item.Mark();
      test_depends.push_back({name, {file_.string(), mark.line + 1, mark.column + 1}});
    }
    return test_depends;
  }

  BuildSpec read_build(const YAML::Node& node) {
    schema_.check_keys(
        node, "build",
        {"system", "arguments", "environment", "configure_cache", "script", "directory"},
        {"system"});
    BuildSpec build;
    const std::string system = schema_.scalar(node["system"], "build.system");
    if (system == "autotools")
      build.system = BuildSystem::autotools;
    else if (system == "cmake")
      build.system = BuildSystem::cmake;
    else if (system == "make")
      build.system = BuildSystem::make;
    else if (system == "script")
      build.system = BuildSystem::script;
    else
      schema_.fail(node["system"],
                   "build.system: '" + system + "' (expected autotools, cmake, make or script)");
    if (node["arguments"])
      build.arguments = schema_.string_list(node["arguments"], "build.arguments");
    if (node["environment"]) {
      build.environment = schema_.string_map(node["environment"], "build.environment");
      for (const auto& [key, value] : build.environment) {
        check_length(schema_, node["environment"], key, "build.environment: a variable name of");
        if (!is_variable_name(key))
          schema_.fail(node["environment"],
                       "build.environment: '" + key + "' is not an environment variable name");
      }
    }
    if (node["configure_cache"]) {
      if (build.system != BuildSystem::autotools)
        schema_.fail(node["configure_cache"],
                     "build.configure_cache: only meaningful with system: autotools");
      build.configure_cache = schema_.string_map(node["configure_cache"], "build.configure_cache");
      for (const auto& [key, value] : build.configure_cache)
        if (key.find("_cv_") == std::string::npos)
          schema_.fail(node["configure_cache"],
                       "build.configure_cache: '" + key + "' is not a cache variable (*_cv_*)");
    }
    if (node["directory"]) {
      build.directory = schema_.scalar(node["directory"], "build.directory");
      if (!is_safe_relative_path(build.directory))
        schema_.fail(node["directory"], "build.directory: expected a relative path");
    }
    if (build.system == BuildSystem::script) {
      if (!node["script"])
        schema_.fail(node, "build: missing required key 'script' for system: script");
      build.script = schema_.scalar(node["script"], "build.script");
      check_recipe_file(node["script"], build.script, "build.script", false);
    } else if (node["script"]) {
      schema_.fail(node["script"], "build.script: only meaningful with system: script");
    }
    return build;
  }

  std::vector<std::string> read_paths(const YAML::Node& node, std::string_view what) {
    std::vector<std::string> paths = schema_.string_list(node, what);
    for (size_t i = 0; i < paths.size(); ++i)
      check_output_path(schema_, node[i], paths[i], what);
    return paths;
  }

  Outputs read_outputs(const YAML::Node& node) {
    schema_.check_keys(node, "outputs", {"programs", "libraries", "headers", "pkgconfig", "data"},
                       {});
    Outputs outputs;
    if (node["programs"]) {
      const YAML::Node programs = node["programs"];
      if (!programs.IsSequence())
        schema_.fail(programs, "outputs.programs: expected a list");
      for (const auto& item : programs) {
        ProgramOutput program;
        if (item.IsScalar()) {
          program.path = item.Scalar();
        } else {
          schema_.check_keys(item, "outputs.programs[]", {"path", "fork", "allocator", "optimize"},
                             {"path"});
          program.path = schema_.scalar(item["path"], "outputs.programs[].path");
          if (item["fork"]) {
            const std::string fork = schema_.scalar(item["fork"], "fork");
            if (fork == "auto")
              program.fork = ForkPolicy::automatic;
            else if (fork == "disabled")
              program.fork = ForkPolicy::disabled;
            else
              schema_.fail(item["fork"], "fork: '" + fork + "' (expected auto or disabled)");
          }
          if (item["allocator"]) {
            const std::string allocator = schema_.scalar(item["allocator"], "allocator");
            if (allocator == "wpkmalloc")
              program.allocator = AllocatorPolicy::wpkmalloc;
            else if (allocator == "any")
              program.allocator = AllocatorPolicy::any;
            else
              schema_.fail(item["allocator"],
                           "allocator: '" + allocator + "' (expected wpkmalloc or any)");
          }
          if (item["optimize"]) {
            program.optimize = schema_.scalar(item["optimize"], "optimize");
            if (std::find(std::begin(kOptimizeLevels), std::end(kOptimizeLevels),
                          program.optimize) == std::end(kOptimizeLevels))
              schema_.fail(item["optimize"], "optimize: '" + program.optimize +
                                                 "' (expected none, O1, O2, O3, O4, Os or Oz)");
          }
        }
        check_output_path(schema_, item.IsScalar() ? item : item["path"], program.path,
                          "outputs.programs");
        outputs.programs.push_back(program);
      }
    }
    if (node["libraries"])
      outputs.libraries = read_paths(node["libraries"], "outputs.libraries");
    if (node["headers"])
      outputs.headers = read_paths(node["headers"], "outputs.headers");
    if (node["pkgconfig"])
      outputs.pkgconfig = read_paths(node["pkgconfig"], "outputs.pkgconfig");
    if (node["data"])
      outputs.data = read_paths(node["data"], "outputs.data");
    return outputs;
  }

  std::vector<RecipeTest> read_tests(const YAML::Node& node) {
    if (!node.IsSequence())
      schema_.fail(node, "tests: expected a list");
    std::vector<RecipeTest> tests;
    for (const auto& item : node) {
      schema_.check_keys(item, "tests[]", {"name", "run", "shell", "stdin", "stdout", "status"},
                         {"name"});
      RecipeTest test;
      test.name = schema_.scalar(item["name"], "tests[].name");
      if (test.name.empty())
        schema_.fail(item["name"], "tests[].name: expected a non-empty name");
      for (const auto& earlier : tests)
        if (earlier.name == test.name)
          schema_.fail(item["name"], "tests[].name: '" + test.name + "' is used twice");
      if (item["run"] && item["shell"])
        schema_.fail(item, "tests[]: give either 'run' (argv) or 'shell', not both");
      if (item["run"]) {
        test.run = schema_.string_list(item["run"], "tests[].run");
        if (test.run.empty() || test.run[0].empty() || test.run[0][0] != '/')
          schema_.fail(item["run"], "tests[].run: argv[0] must be an absolute path in the root");
      } else if (item["shell"]) {
        test.shell = schema_.scalar(item["shell"], "tests[].shell");
      } else {
        schema_.fail(item, "tests[]: expected 'run' (argv) or 'shell' (a command line)");
      }
      if (item["stdin"])
        test.stdin_text = schema_.scalar(item["stdin"], "tests[].stdin");
      if (item["stdout"])
        test.expected_stdout = schema_.scalar(item["stdout"], "tests[].stdout");
      if (item["status"])
        test.expected_status = schema_.integer(item["status"], "status", 0, 255);
      tests.push_back(test);
    }
    return tests;
  }

  std::filesystem::path file_;
  YamlSchema schema_;
};

} // namespace

Recipe parse_recipe(const std::string& text, const std::filesystem::path& file) {
  const YAML::Node root = load_yaml_document(text, file.string());
  return RecipeReader(file).read(root);
}

Recipe load_recipe(const std::filesystem::path& file) {
  return parse_recipe(read_file(file), file);
}

} // namespace wpk
