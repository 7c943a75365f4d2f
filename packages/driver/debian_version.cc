#include "debian_version.h"

#include "error.h"

namespace wpk {

namespace {

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}
bool is_alpha(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// The weight of a character in a non-digit run; the end of the run (and a digit) weigh 0.
int weight(char c) {
  if (c == '~')
    return -1;
  if (is_alpha(c))
    return c;
  return c + 256;
}

// Compares two runs of digits as numbers of any length.
int compare_numbers(std::string_view a, std::string_view b) {
  while (!a.empty() && a.front() == '0')
    a.remove_prefix(1);
  while (!b.empty() && b.front() == '0')
    b.remove_prefix(1);
  if (a.size() != b.size())
    return a.size() < b.size() ? -1 : 1;
  const int order = a.compare(b);
  return order < 0 ? -1 : order > 0 ? 1 : 0;
}

// Policy's comparison of one part (upstream or revision).
int compare_part(std::string_view a, std::string_view b) {
  size_t i = 0, j = 0;
  while (i < a.size() || j < b.size()) {
    // The non-digit runs, character by character; a shorter run is padded with weight 0.
    while ((i < a.size() && !is_digit(a[i])) || (j < b.size() && !is_digit(b[j]))) {
      const int left = i < a.size() && !is_digit(a[i]) ? weight(a[i]) : 0;
      const int right = j < b.size() && !is_digit(b[j]) ? weight(b[j]) : 0;
      if (left != right)
        return left < right ? -1 : 1;
      if (i < a.size() && !is_digit(a[i]))
        ++i;
      if (j < b.size() && !is_digit(b[j]))
        ++j;
    }
    const size_t a_start = i, b_start = j;
    while (i < a.size() && is_digit(a[i]))
      ++i;
    while (j < b.size() && is_digit(b[j]))
      ++j;
    if (const int order =
            compare_numbers(a.substr(a_start, i - a_start), b.substr(b_start, j - b_start)))
      return order;
  }
  return 0;
}

bool allowed_in_upstream(char c) {
  return is_digit(c) || is_alpha(c) || c == '.' || c == '+' || c == '-' || c == '~';
}
bool allowed_in_revision(char c) {
  return is_digit(c) || is_alpha(c) || c == '.' || c == '+' || c == '~';
}

} // namespace

std::string DebianVersion::str() const {
  std::string text = epoch == 0 ? "" : std::to_string(epoch) + ":";
  text += upstream;
  if (!revision.empty())
    text += "-" + revision;
  return text;
}

DebianVersion parse_debian_version(std::string_view text, const std::string& where) {
  auto fail = [&](const std::string& why) -> DebianVersion {
    throw Error(where + ": expected a Debian version ([epoch:]upstream[-revision]) " + why +
                ", got '" + std::string(text) + "'");
  };
  DebianVersion version;
  std::string_view rest = text;
  if (const size_t colon = rest.find(':'); colon != std::string_view::npos) {
    const std::string_view epoch = rest.substr(0, colon);
    if (epoch.empty() || epoch.size() > 9)
      return fail("with an epoch of 1 to 9 digits");
    for (char c : epoch)
      if (!is_digit(c))
        return fail("with a numeric epoch");
    version.epoch = std::stoul(std::string(epoch));
    rest.remove_prefix(colon + 1);
  }
  if (const size_t hyphen = rest.rfind('-'); hyphen != std::string_view::npos) {
    version.revision = std::string(rest.substr(hyphen + 1));
    rest = rest.substr(0, hyphen);
    if (version.revision.empty())
      return fail("with a revision after the last '-'");
    for (char c : version.revision)
      if (!allowed_in_revision(c))
        return fail("whose revision has only letters, digits and . + ~");
  }
  version.upstream = std::string(rest);
  if (version.upstream.empty() || !is_digit(version.upstream.front()))
    return fail("whose upstream version starts with a digit");
  for (char c : version.upstream)
    if (!allowed_in_upstream(c))
      return fail("whose upstream version has only letters, digits and . + - ~");
  return version;
}

int compare_debian_versions(const DebianVersion& a, const DebianVersion& b) {
  if (a.epoch != b.epoch)
    return a.epoch < b.epoch ? -1 : 1;
  if (const int order = compare_part(a.upstream, b.upstream))
    return order;
  return compare_part(a.revision, b.revision);
}

} // namespace wpk
