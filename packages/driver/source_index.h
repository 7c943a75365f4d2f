// source_index.h — the entries of a Debian source index (a Sources file, or what
// `apt-cache showsrc` prints): which versions of a source package the archive has, and the files
// of each with their sha256.
//
// The text is deb822: stanzas separated by blank lines, each "Field: value" lines where a line
// starting with a space or tab continues the field before it. Of each stanza the reader keeps
// Package, Version and Checksums-Sha256 (" <sha256> <size> <name>" per line). The same stanza
// given twice (apt prints a source package once for each name that leads to it) is kept once.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace wpk {

struct SourceIndexFile {
  std::string sha256;
  uint64_t size = 0;
  std::string name;
  bool operator==(const SourceIndexFile&) const = default;
};

struct SourceIndexEntry {
  std::string package;
  std::string version;
  std::vector<SourceIndexFile> files; // in the index's order
  int line = 0;                       // where the stanza starts in its text
  bool has_file(const std::string& name, const std::string& sha256) const;
};

// Parses `text` (named `origin` in errors). Throws wpk::Error("<origin>:<line>: expected ...")
// for a line that is neither a field nor a continuation, a stanza without Package or Version, or
// a Checksums-Sha256 line that is not "<64 hex digits> <size> <name>".
std::vector<SourceIndexEntry> parse_source_index(std::string_view text, const std::string& origin);

} // namespace wpk
