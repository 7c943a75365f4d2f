#include "yaml_schema.h"

#include "fs_util.h"

#include <algorithm>

namespace wpk {

std::string YamlSchema::where(const YAML::Node& node) const {
  const YAML::Mark mark = node.Mark();
  if (mark.is_null())
    return file_;
  return file_ + ":" + std::to_string(mark.line + 1) + ":" + std::to_string(mark.column + 1);
}

void YamlSchema::fail(const YAML::Node& node, const std::string& message) const {
  throw Error(where(node) + ": " + message);
}

void YamlSchema::expect_map(const YAML::Node& node, std::string_view what) const {
  if (!node.IsMap())
    fail(node, std::string(what) + ": expected a mapping");
}

void YamlSchema::check_keys(const YAML::Node& map, std::string_view what,
                            std::initializer_list<std::string_view> allowed,
                            std::initializer_list<std::string_view> required) const {
  expect_map(map, what);
  std::vector<std::string> seen;
  for (const auto& member : map) {
    if (!member.first.IsScalar())
      fail(member.first, std::string(what) + ": keys must be plain names");
    const std::string key = member.first.Scalar();
    if (std::find(seen.begin(), seen.end(), key) != seen.end())
      fail(member.first, std::string(what) + ": duplicate key '" + key + "'");
    seen.push_back(key);
    if (std::find(allowed.begin(), allowed.end(), key) == allowed.end()) {
      std::string names;
      for (auto name : allowed)
        names += (names.empty() ? "" : ", ") + std::string(name);
      fail(member.first,
           std::string(what) + ": unknown key '" + key + "' (expected one of: " + names + ")");
    }
  }
  for (auto name : required)
    if (std::find(seen.begin(), seen.end(), std::string(name)) == seen.end())
      fail(map, std::string(what) + ": missing required key '" + std::string(name) + "'");
}

std::string YamlSchema::scalar(const YAML::Node& node, std::string_view what) const {
  if (!node.IsScalar())
    fail(node, std::string(what) + ": expected a single value");
  return node.Scalar();
}

int YamlSchema::integer(const YAML::Node& node, std::string_view what, int min, int max) const {
  const std::string text = scalar(node, what);
  const auto parsed = parse_integer(text);
  if (!parsed)
    fail(node, std::string(what) + ": expected an integer, got '" + text + "'");
  const long long value = *parsed;
  if (value < min || value > max)
    fail(node, std::string(what) + ": expected an integer in [" + std::to_string(min) + ", " +
                   std::to_string(max) + "], got " + text);
  return value;
}

std::vector<std::string> YamlSchema::string_list(const YAML::Node& node,
                                                 std::string_view what) const {
  if (!node.IsSequence())
    fail(node, std::string(what) + ": expected a list");
  std::vector<std::string> values;
  for (const auto& item : node)
    values.push_back(scalar(item, what));
  return values;
}

std::map<std::string, std::string> YamlSchema::string_map(const YAML::Node& node,
                                                          std::string_view what) const {
  expect_map(node, what);
  std::map<std::string, std::string> values;
  for (const auto& member : node) {
    const std::string key = scalar(member.first, what);
    if (values.count(key))
      fail(member.first, std::string(what) + ": duplicate key '" + key + "'");
    values[key] = scalar(member.second, std::string(what) + "." + key);
  }
  return values;
}

YAML::Node load_yaml_document(const std::string& text, const std::string& file) {
  try {
    // All documents are parsed, so a syntax error after a "---" is found too; a recipe or set
    // is one document.
    std::vector<YAML::Node> documents = YAML::LoadAll(text);
    if (documents.size() > 1) {
      const YAML::Mark mark = documents[1].Mark();
      throw Error(file + (mark.is_null() ? "" : ":" + std::to_string(mark.line + 1)) +
                  ": expected one YAML document, found " + std::to_string(documents.size()));
    }
    return documents.empty() ? YAML::Node() : documents[0];
  } catch (const YAML::Exception& e) {
    throw Error(file + ":" + std::to_string(e.mark.line + 1) + ":" +
                std::to_string(e.mark.column + 1) + ": YAML syntax error: " + e.msg);
  }
}

} // namespace wpk
