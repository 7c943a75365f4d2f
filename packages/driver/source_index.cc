#include "source_index.h"

#include "error.h"
#include "sha256.h"

#include <charconv>

namespace wpk {

namespace {

bool is_space(char c) {
  return c == ' ' || c == '\t';
}

std::string_view trim(std::string_view text) {
  while (!text.empty() && (is_space(text.front()) || text.front() == '\r'))
    text.remove_prefix(1);
  while (!text.empty() && (is_space(text.back()) || text.back() == '\r'))
    text.remove_suffix(1);
  return text;
}

// The whitespace-separated words of a line.
std::vector<std::string_view> words(std::string_view line) {
  std::vector<std::string_view> result;
  size_t i = 0;
  while (i < line.size()) {
    while (i < line.size() && is_space(line[i]))
      ++i;
    const size_t start = i;
    while (i < line.size() && !is_space(line[i]))
      ++i;
    if (i > start)
      result.push_back(line.substr(start, i - start));
  }
  return result;
}

// One stanza as it is read.
struct Stanza {
  SourceIndexEntry entry;
  bool in_checksums = false;
  bool open = false;
};

} // namespace

bool SourceIndexEntry::has_file(const std::string& name, const std::string& sha256) const {
  for (const auto& file : files)
    if (file.name == name && file.sha256 == sha256)
      return true;
  return false;
}

std::vector<SourceIndexEntry> parse_source_index(std::string_view text, const std::string& origin) {
  std::vector<SourceIndexEntry> entries;
  Stanza stanza;
  int line_number = 0;
  auto where = [&] { return origin + ":" + std::to_string(line_number); };
  auto finish = [&] {
    if (!stanza.open)
      return;
    const SourceIndexEntry& entry = stanza.entry;
    const std::string start = origin + ":" + std::to_string(entry.line);
    if (entry.package.empty())
      throw Error(start + ": expected a Package field in the stanza that starts here");
    if (entry.version.empty())
      throw Error(start + ": expected a Version field in the stanza of " + entry.package);
    bool seen = false;
    for (const auto& other : entries)
      seen = seen || (other.package == entry.package && other.version == entry.version &&
                      other.files == entry.files);
    if (!seen)
      entries.push_back(entry);
    stanza = Stanza();
  };
  size_t position = 0;
  while (position < text.size()) {
    size_t end = text.find('\n', position);
    if (end == std::string_view::npos)
      end = text.size();
    const std::string_view line = text.substr(position, end - position);
    position = end + 1;
    ++line_number;
    if (trim(line).empty()) {
      finish();
      continue;
    }
    if (!stanza.open) {
      stanza.open = true;
      stanza.entry.line = line_number;
    }
    if (is_space(line.front())) { // continues the field before it
      if (stanza.entry.line == line_number)
        throw Error(where() + ": expected a field (Name: value), got a continuation line");
      if (!stanza.in_checksums)
        continue;
      const auto parts = words(trim(line));
      uint64_t size = 0;
      bool size_ok = parts.size() == 3;
      if (size_ok) {
        const char* last = parts[1].data() + parts[1].size();
        const auto [stop, problem] = std::from_chars(parts[1].data(), last, size);
        size_ok = problem == std::errc() && stop == last;
      }
      if (!size_ok || !is_sha256_hex(parts[0]))
        throw Error(where() +
                    ": expected '<sha256> <size> <file name>' in Checksums-Sha256, got '" +
                    std::string(trim(line)) + "'");
      stanza.entry.files.push_back({std::string(parts[0]), size, std::string(parts[2])});
      continue;
    }
    const size_t colon = line.find(':');
    if (colon == std::string_view::npos || colon == 0)
      throw Error(where() + ": expected a field (Name: value), got '" + std::string(line) + "'");
    const std::string_view name = line.substr(0, colon);
    const std::string_view value = trim(line.substr(colon + 1));
    stanza.in_checksums = name == "Checksums-Sha256";
    if (name == "Package")
      stanza.entry.package = std::string(value);
    else if (name == "Version")
      stanza.entry.version = std::string(value);
  }
  finish();
  return entries;
}

} // namespace wpk
