// registry.h — all recipes (registry/<name>/package.yaml) and package sets (sets/*.yaml).
//
// A package set is a named list of packages (and optionally the arches to build them for); one
// set is marked `default: true` and is what `wpk build` builds without arguments.
#pragma once

#include "recipe.h"

#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace wpk {

struct PackageSet {
  std::string name;
  std::string description;
  bool is_default = false;
  std::vector<std::string> packages;
  std::vector<std::string> arches; // empty: every arch each package supports
  SourceLocation location;
  std::vector<std::string> package_where; // file:line:col of each member, as packages
  std::vector<std::string> arch_where;    // file:line:col of each arch, as arches
  std::string default_where;              // file:line:col of `default`, when present
};

PackageSet parse_package_set(const std::string& text, const std::filesystem::path& file);

class Registry {
public:
  // Loads every recipe and set; the first problem is thrown as a wpk::Error. With `problems`,
  // keeps going and collects every problem instead (used by `wpk lint`).
  static Registry load(const std::filesystem::path& registry_dir,
                       const std::filesystem::path& sets_dir,
                       std::vector<std::string>* problems = nullptr);

  const Recipe* find(const std::string& name) const;
  const PackageSet& set(const std::string& name) const; // throws when unknown
  const PackageSet& default_set() const;
  const std::map<std::string, Recipe>& recipes() const { return recipes_; }
  const std::map<std::string, PackageSet>& sets() const { return sets_; }
  void add(Recipe recipe) { recipes_[recipe.name] = std::move(recipe); }

private:
  std::map<std::string, Recipe> recipes_;
  std::map<std::string, PackageSet> sets_;
  std::filesystem::path sets_dir_;
};

} // namespace wpk
