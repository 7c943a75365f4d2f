#include "json.h"

#include "error.h"

#include <yaml-cpp/yaml.h>

namespace wpk {

Json& Json::push(Json value) {
  items_.push_back(std::move(value));
  return items_.back();
}

Json& Json::set(const std::string& key, Json value) {
  for (auto& member : members_)
    if (member.first == key) {
      member.second = std::move(value);
      return member.second;
    }
  members_.emplace_back(key, std::move(value));
  return members_.back().second;
}

const Json* Json::find(std::string_view key) const {
  for (const auto& member : members_)
    if (member.first == key)
      return &member.second;
  return nullptr;
}

std::string Json::get_string(std::string_view key, const std::string& fallback) const {
  const Json* value = find(key);
  return value && value->type_ == Type::string ? value->string_ : fallback;
}

int64_t Json::get_number(std::string_view key, int64_t fallback) const {
  const Json* value = find(key);
  return value && value->type_ == Type::number ? value->number_ : fallback;
}

static size_t utf8_sequence_length(std::string_view text, size_t i) {
  unsigned char c = static_cast<unsigned char>(text[i]);
  size_t length = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
  if (length == 0 || i + length > text.size())
    return 0;
  for (size_t k = 1; k < length; ++k)
    if ((static_cast<unsigned char>(text[i + k]) >> 6) != 2)
      return 0;
  return length;
}

std::string json_quote(std::string_view text) {
  std::string out = "\"";
  for (size_t i = 0; i < text.size();) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c == '"' || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
      ++i;
    } else if (c == '\n') {
      out += "\\n";
      ++i;
    } else if (c == '\t') {
      out += "\\t";
      ++i;
    } else if (c < 0x20 || c == 0x7f) {
      static const char* hex = "0123456789abcdef";
      out += "\\u00";
      out += hex[c >> 4];
      out += hex[c & 15];
      ++i;
    } else {
      size_t length = utf8_sequence_length(text, i);
      if (length == 0) {
        out += "\xef\xbf\xbd";
        ++i;
      } else {
        out.append(text.substr(i, length));
        i += length;
      }
    }
  }
  out += '"';
  return out;
}

void Json::dump_to(std::string& out, int indent, int depth) const {
  auto newline = [&](int level) {
    if (indent > 0) {
      out += '\n';
      out.append(static_cast<size_t>(indent * level), ' ');
    }
  };
  switch (type_) {
  case Type::null:
    out += "null";
    break;
  case Type::boolean:
    out += boolean_ ? "true" : "false";
    break;
  case Type::number:
    out += std::to_string(number_);
    break;
  case Type::string:
    out += json_quote(string_);
    break;
  case Type::array:
    if (items_.empty()) {
      out += "[]";
      break;
    }
    out += '[';
    for (size_t i = 0; i < items_.size(); ++i) {
      if (i)
        out += ',';
      newline(depth + 1);
      items_[i].dump_to(out, indent, depth + 1);
    }
    newline(depth);
    out += ']';
    break;
  case Type::object:
    if (members_.empty()) {
      out += "{}";
      break;
    }
    out += '{';
    for (size_t i = 0; i < members_.size(); ++i) {
      if (i)
        out += ',';
      newline(depth + 1);
      out += json_quote(members_[i].first);
      out += indent > 0 ? ": " : ":";
      members_[i].second.dump_to(out, indent, depth + 1);
    }
    newline(depth);
    out += '}';
    break;
  }
}

std::string Json::dump(int indent) const {
  std::string out;
  dump_to(out, indent, 0);
  if (indent > 0)
    out += '\n';
  return out;
}

Json Json::from_yaml(const YAML::Node& node) {
  switch (node.Type()) {
  case YAML::NodeType::Map: {
    Json object = Json::object();
    for (const auto& member : node)
      object.set(member.first.as<std::string>(), from_yaml(member.second));
    return object;
  }
  case YAML::NodeType::Sequence: {
    Json array = Json::array();
    for (const auto& item : node)
      array.push(from_yaml(item));
    return array;
  }
  case YAML::NodeType::Scalar: {
    const std::string& text = node.Scalar();
    if (node.Tag() == "!") // quoted scalar: always a string
      return Json(text);
    if (text == "true" || text == "false")
      return Json(text == "true");
    if (text == "null")
      return Json();
    if (!text.empty() && text.find_first_not_of("-0123456789") == std::string::npos &&
        text.size() < 19)
      return Json(static_cast<int64_t>(std::stoll(text)));
    return Json(text);
  }
  default:
    return Json();
  }
}

Json Json::parse(std::string_view text, const std::string& origin) {
  try {
    return from_yaml(YAML::Load(std::string(text)));
  } catch (const YAML::Exception& e) {
    throw Error(origin + ":" + std::to_string(e.mark.line + 1) + ":" +
                std::to_string(e.mark.column + 1) + ": malformed JSON: " + e.msg);
  }
}

} // namespace wpk
