// json_value.h — a small JSON value and its deterministic writer.
//
// Objects are std::map, so keys are always written sorted (bytewise). Output is pretty-printed
// with two-space indentation; arrays holding only scalars are written on one line. The same
// input always gives the same bytes.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <variant>
#include <vector>

namespace wpk::abi {

struct JsonValue;
using JsonObject = std::map<std::string, JsonValue>;
using JsonArray = std::vector<JsonValue>;

struct JsonValue {
  std::variant<int64_t, std::string, JsonArray, JsonObject> value;

  JsonValue() : value(JsonObject{}) {}
  JsonValue(int64_t v) : value(v) {}
  JsonValue(int v) : value(static_cast<int64_t>(v)) {}
  JsonValue(std::string v) : value(std::move(v)) {}
  JsonValue(const char* v) : value(std::string(v)) {}
  JsonValue(JsonArray v) : value(std::move(v)) {}
  JsonValue(JsonObject v) : value(std::move(v)) {}

  bool is_scalar() const { return value.index() < 2; }
};

// Writes `value` at indentation level `indent` (no trailing newline).
std::string write_json(const JsonValue& value, int indent = 0);
// A JSON string literal with escapes.
std::string json_quote(const std::string& text);

} // namespace wpk::abi
