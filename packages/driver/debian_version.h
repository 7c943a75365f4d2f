// debian_version.h — Debian package versions ([epoch:]upstream[-revision]) and their order.
//
// The order is Debian Policy's (section 5.6.12): epochs compare as numbers; then the upstream
// versions, then the revisions, each by alternating runs: a run of non-digits compares character
// by character, where '~' sorts before everything (even the end of the run), letters before the
// other characters; a run of digits compares as a number. A missing revision equals "0".
#pragma once

#include <string>
#include <string_view>

namespace wpk {

struct DebianVersion {
  unsigned long epoch = 0;
  std::string upstream; // never empty, starts with a digit
  std::string revision; // empty when the version has no '-'

  // As written in Debian's files: the epoch only when it is not 0.
  std::string str() const;
};

// Parses `text`; throws wpk::Error("<where>: expected a Debian version ..., got '<text>'") when it
// is not one (empty, no digit first, a character Policy does not allow, an empty part).
DebianVersion parse_debian_version(std::string_view text, const std::string& where);

// < 0, 0 or > 0 as `a` sorts before, equal to or after `b`.
int compare_debian_versions(const DebianVersion& a, const DebianVersion& b);

} // namespace wpk
