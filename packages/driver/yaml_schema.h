// yaml_schema.h — helpers for reading YAML documents with a closed schema.
//
// Each helper checks one node (its kind, the set of keys a map may have) and throws a wpk::Error
// "file:line:col: message" that points at the offending node. Shared by recipes and sets.
#pragma once

#include "error.h"

#include <initializer_list>
#include <map>
#include <string>
#include <string_view>
#include <vector>
#include <yaml-cpp/yaml.h>

namespace wpk {

class YamlSchema {
public:
  explicit YamlSchema(std::string file) : file_(std::move(file)) {}

  const std::string& file() const { return file_; }
  std::string where(const YAML::Node& node) const;
  [[noreturn]] void fail(const YAML::Node& node, const std::string& message) const;

  void expect_map(const YAML::Node& node, std::string_view what) const;
  // Rejects keys outside `allowed` (naming the allowed ones) and reports missing `required` keys.
  void check_keys(const YAML::Node& map, std::string_view what,
                  std::initializer_list<std::string_view> allowed,
                  std::initializer_list<std::string_view> required) const;
  std::string scalar(const YAML::Node& node, std::string_view what) const;
  int integer(const YAML::Node& node, std::string_view what, int min, int max) const;
  std::vector<std::string> string_list(const YAML::Node& node, std::string_view what) const;
  std::map<std::string, std::string> string_map(const YAML::Node& node,
                                                std::string_view what) const;

private:
  std::string file_;
};

// Parses a whole document, turning yaml-cpp syntax errors into file:line:col errors.
YAML::Node load_yaml_document(const std::string& text, const std::string& file);

} // namespace wpk
