#include "output_match.h"

#include "fs_util.h"

namespace wpk {

namespace {

bool component_matches(const std::string& pattern, size_t p, const std::string& text, size_t t) {
  while (p < pattern.size()) {
    if (pattern[p] == '*') {
      for (size_t k = t; k <= text.size(); ++k)
        if (component_matches(pattern, p + 1, text, k))
          return true;
      return false;
    }
    if (t >= text.size() || pattern[p] != text[t])
      return false;
    ++p;
    ++t;
  }
  return t == text.size();
}

bool parts_match(const std::vector<std::string>& pattern, size_t p,
                 const std::vector<std::string>& path, size_t t) {
  if (p == pattern.size())
    return t == path.size();
  if (pattern[p] == "**") {
    for (size_t k = t; k <= path.size(); ++k)
      if (parts_match(pattern, p + 1, path, k))
        return true;
    return false;
  }
  if (t == path.size() || !component_matches(pattern[p], 0, path[t], 0))
    return false;
  return parts_match(pattern, p + 1, path, t + 1);
}

} // namespace

bool output_pattern_matches(const std::string& pattern, const std::string& path) {
  return parts_match(split_list(pattern, '/'), 0, split_list(path, '/'), 0);
}

std::vector<std::string> match_outputs(const std::string& pattern,
                                       const std::vector<std::string>& installed) {
  std::vector<std::string> matched;
  for (const auto& path : installed)
    if (output_pattern_matches(pattern, path))
      matched.push_back(path);
  return matched;
}

} // namespace wpk
