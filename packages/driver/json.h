// json.h — a small ordered JSON value used for manifests, the index ledger and status data.
//
// Objects keep their members in insertion order (callers insert in a fixed order, or sorted), so
// dumping the same value always gives the same bytes. Parsing goes through yaml-cpp (JSON is a
// subset of YAML's flow style), which gives file:line:col on malformed input.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace YAML {
class Node;
}

namespace wpk {

class Json {
public:
  enum class Type { null, boolean, number, string, array, object };

  Json() = default;
  Json(std::nullptr_t) {}
  Json(bool value) : type_(Type::boolean), boolean_(value) {}
  Json(int value) : type_(Type::number), number_(value) {}
  Json(int64_t value) : type_(Type::number), number_(value) {}
  Json(uint64_t value) : type_(Type::number), number_(static_cast<int64_t>(value)) {}
  Json(const char* value) : type_(Type::string), string_(value) {}
  Json(std::string value) : type_(Type::string), string_(std::move(value)) {}

  static Json array() { return Json(Type::array); }
  static Json object() { return Json(Type::object); }

  Type type() const { return type_; }
  bool is_null() const { return type_ == Type::null; }

  // Arrays.
  Json& push(Json value);
  const std::vector<Json>& items() const { return items_; }

  // Objects: set() replaces an existing member in place or appends a new one.
  Json& set(const std::string& key, Json value);
  const Json* find(std::string_view key) const;
  const std::vector<std::pair<std::string, Json>>& members() const { return members_; }

  // Typed reads with defaults (for parsed documents).
  std::string get_string(std::string_view key, const std::string& fallback = "") const;
  int64_t get_number(std::string_view key, int64_t fallback = 0) const;
  const std::string& as_string() const { return string_; }
  int64_t as_number() const { return number_; }
  bool as_bool() const { return boolean_; }

  std::string dump(int indent = 2) const; // ends with a newline at top level when indent > 0

  static Json parse(std::string_view text, const std::string& origin);
  static Json from_yaml(const YAML::Node& node);

private:
  explicit Json(Type type) : type_(type) {}
  void dump_to(std::string& out, int indent, int depth) const;

  Type type_ = Type::null;
  bool boolean_ = false;
  int64_t number_ = 0;
  std::string string_;
  std::vector<Json> items_;
  std::vector<std::pair<std::string, Json>> members_;
};

// A JSON string literal (with quotes) for `text`; invalid UTF-8 bytes become U+FFFD.
std::string json_quote(std::string_view text);

} // namespace wpk
