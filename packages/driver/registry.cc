#include "registry.h"

#include "error.h"
#include "fs_util.h"
#include "recipe_parser.h"
#include "yaml_schema.h"

#include <algorithm>

namespace wpk {

PackageSet parse_package_set(const std::string& text, const std::filesystem::path& file) {
  YamlSchema schema(file.string());
  const YAML::Node root = load_yaml_document(text, file.string());
  if (!root.IsDefined() || root.IsNull())
    throw Error(file.string() + ":1:1: empty set (expected name and packages)");
  schema.check_keys(root, "set", {"name", "description", "default", "packages", "arches"},
                    {"name", "packages"});
  PackageSet set;
  set.location = {file.string(), 1, 1};
  set.name = schema.scalar(root["name"], "name");
  if (set.name != file.stem().string())
    schema.fail(root["name"], "name: '" + set.name + "' differs from the file name '" +
                                  file.stem().string() + "'");
  if (root["description"])
    set.description = schema.scalar(root["description"], "description");
  if (root["default"]) {
    const std::string value = schema.scalar(root["default"], "default");
    if (value != "true" && value != "false")
      schema.fail(root["default"], "default: expected true or false");
    set.is_default = value == "true";
    set.default_where = schema.where(root["default"]);
  }
  set.packages = schema.string_list(root["packages"], "packages");
  if (set.packages.empty())
    schema.fail(root["packages"], "packages: expected at least one package");
  for (size_t i = 0; i < set.packages.size(); ++i) {
    set.package_where.push_back(schema.where(root["packages"][i]));
    if (std::count(set.packages.begin(), set.packages.begin() + i, set.packages[i]) > 0)
      schema.fail(root["packages"][i], "packages: '" + set.packages[i] + "' listed twice");
  }
  if (root["arches"]) {
    set.arches = schema.string_list(root["arches"], "arches");
    if (set.arches.empty())
      schema.fail(root["arches"], "arches: expected at least one arch (or leave the key out)");
    for (size_t i = 0; i < set.arches.size(); ++i) {
      set.arch_where.push_back(schema.where(root["arches"][i]));
      if (std::find(kKnownArches.begin(), kKnownArches.end(), set.arches[i]) == kKnownArches.end())
        schema.fail(root["arches"][i], "arches: unknown arch '" + set.arches[i] + "'");
      if (std::count(set.arches.begin(), set.arches.begin() + i, set.arches[i]) > 0)
        schema.fail(root["arches"][i], "arches: '" + set.arches[i] + "' listed twice");
    }
  }
  return set;
}

Registry Registry::load(const std::filesystem::path& registry_dir,
                        const std::filesystem::path& sets_dir, std::vector<std::string>* problems) {
  Registry registry;
  registry.sets_dir_ = sets_dir;
  auto attempt = [&](auto&& action) {
    try {
      action();
    } catch (const Error& e) {
      if (!problems)
        throw;
      problems->push_back(e.what());
    }
  };
  if (!std::filesystem::is_directory(registry_dir))
    throw Error(registry_dir.string() + ": no such registry folder (expected <name>/package.yaml "
                                        "folders; see --registry)");
  std::vector<std::filesystem::path> folders;
  for (const auto& entry : std::filesystem::directory_iterator(registry_dir))
    if (entry.is_directory())
      folders.push_back(entry.path());
  std::sort(folders.begin(), folders.end());
  for (const auto& folder : folders) {
    const auto file = folder / "package.yaml";
    attempt([&] {
      if (!std::filesystem::exists(file))
        throw Error(folder.string() + ": a registry folder without package.yaml");
      Recipe recipe = load_recipe(file);
      if (recipe.name == "toolchain")
        throw Error(file.string() + ":1:1: 'toolchain' is reserved for the sysroot node");
      registry.recipes_[recipe.name] = std::move(recipe);
    });
  }
  // test_depends name packages of this registry (checked once every recipe is loaded).
  for (const auto& [name, recipe] : registry.recipes_)
    for (const auto& test_dependency : recipe.test_depends)
      attempt([&] {
        if (!registry.recipes_.count(test_dependency.name))
          throw Error(test_dependency.where.str() + ": test_depends: unknown package '" +
                      test_dependency.name + "' (no " +
                      (registry_dir / test_dependency.name).string() + "/package.yaml)");
      });
  std::vector<std::filesystem::path> set_files, misnamed;
  if (std::filesystem::is_directory(sets_dir)) {
    for (const auto& entry : std::filesystem::directory_iterator(sets_dir)) {
      if (entry.is_regular_file() && entry.path().extension() == ".yaml")
        set_files.push_back(entry.path());
      else if (entry.is_regular_file() && entry.path().extension() == ".yml")
        misnamed.push_back(entry.path());
    }
  }
  std::sort(set_files.begin(), set_files.end());
  std::sort(misnamed.begin(), misnamed.end());
  // A set in a .yml file would be silently missing (an unknown set, or no default set).
  for (const auto& file : misnamed)
    attempt([&] {
      throw Error(file.string() + ": a set file must end in .yaml (rename it to " +
                  file.stem().string() + ".yaml)");
    });
  const PackageSet* first_default = nullptr;
  for (const auto& file : set_files)
    attempt([&] {
      PackageSet set = parse_package_set(read_file(file), file);
      for (size_t i = 0; i < set.packages.size(); ++i)
        if (!registry.recipes_.count(set.packages[i]))
          throw Error(set.package_where[i] + ": set '" + set.name + "' names package '" +
                      set.packages[i] + "', which has no recipe in " + registry_dir.string());
      for (size_t i = 0; i < set.arches.size(); ++i)
        if (std::none_of(set.packages.begin(), set.packages.end(), [&](const std::string& name) {
              return registry.recipes_.at(name).supports(set.arches[i]);
            }))
          throw Error(set.arch_where[i] + ": set '" + set.name + "' has no package with a " +
                      set.arches[i] + " build");
      if (set.is_default && first_default)
        throw Error(set.default_where + ": set '" + set.name + "' and set '" + first_default->name +
                    "' (" + first_default->default_where + ") are both marked default: true");
      const std::string name = set.name;
      registry.sets_[name] = std::move(set);
      if (registry.sets_[name].is_default)
        first_default = &registry.sets_[name];
    });
  return registry;
}

const Recipe* Registry::find(const std::string& name) const {
  auto it = recipes_.find(name);
  return it == recipes_.end() ? nullptr : &it->second;
}

const PackageSet& Registry::set(const std::string& name) const {
  auto it = sets_.find(name);
  if (it == sets_.end()) {
    std::string known;
    for (const auto& [set_name, set] : sets_)
      known += (known.empty() ? "" : ", ") + set_name;
    throw Error("unknown package set '" + name + "' (sets in " + sets_dir_.string() + ": " +
                (known.empty() ? "none" : known) + ")");
  }
  return it->second;
}

const PackageSet& Registry::default_set() const {
  for (const auto& [name, set] : sets_)
    if (set.is_default)
      return set;
  throw Error("no package set is marked 'default: true' in " + sets_dir_.string() +
              " (name packages or use --set)");
}

} // namespace wpk
