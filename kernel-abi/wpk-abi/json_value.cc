// json_value.cc — deterministic JSON writer (see json_value.h).
#include "json_value.h"

#include <cstdio>

namespace wpk::abi {

std::string json_quote(const std::string& text) {
  std::string out = "\"";
  for (unsigned char c : text) {
    switch (c) {
    case '"':
      out += "\\\"";
      break;
    case '\\':
      out += "\\\\";
      break;
    case '\n':
      out += "\\n";
      break;
    case '\t':
      out += "\\t";
      break;
    default:
      if (c < 0x20) {
        char buf[8];
        std::snprintf(buf, sizeof buf, "\\u%04x", c);
        out += buf;
      } else {
        out += static_cast<char>(c);
      }
    }
  }
  return out + "\"";
}

namespace {

void write(const JsonValue& v, int indent, std::string& out) {
  const std::string pad(static_cast<size_t>(indent) * 2, ' ');
  const std::string inner(static_cast<size_t>(indent + 1) * 2, ' ');
  if (const auto* i = std::get_if<int64_t>(&v.value)) {
    out += std::to_string(*i);
  } else if (const auto* s = std::get_if<std::string>(&v.value)) {
    out += json_quote(*s);
  } else if (const auto* a = std::get_if<JsonArray>(&v.value)) {
    bool all_scalar = true;
    for (const auto& item : *a)
      all_scalar = all_scalar && item.is_scalar();
    if (a->empty()) {
      out += "[]";
    } else if (all_scalar) {
      out += "[";
      for (size_t k = 0; k < a->size(); ++k) {
        if (k)
          out += ", ";
        write((*a)[k], indent, out);
      }
      out += "]";
    } else {
      out += "[\n";
      for (size_t k = 0; k < a->size(); ++k) {
        out += inner;
        write((*a)[k], indent + 1, out);
        out += k + 1 < a->size() ? ",\n" : "\n";
      }
      out += pad + "]";
    }
  } else {
    const auto& o = std::get<JsonObject>(v.value);
    if (o.empty()) {
      out += "{}";
      return;
    }
    out += "{\n";
    size_t k = 0;
    for (const auto& [key, item] : o) {
      out += inner + json_quote(key) + ": ";
      write(item, indent + 1, out);
      out += ++k < o.size() ? ",\n" : "\n";
    }
    out += pad + "}";
  }
}

} // namespace

std::string write_json(const JsonValue& value, int indent) {
  std::string out;
  write(value, indent, out);
  return out;
}

} // namespace wpk::abi
