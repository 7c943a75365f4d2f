// output_match.h — matches the output patterns of a recipe against the files a build installed.
//
// A pattern is a relative path whose components may contain '*' (any characters except '/');
// a component "**" matches any number of components (including none). Results are sorted.
#pragma once

#include <string>
#include <vector>

namespace wpk {

bool output_pattern_matches(const std::string& pattern, const std::string& path);

// The files of `installed` matched by `pattern` (sorted, as given).
std::vector<std::string> match_outputs(const std::string& pattern,
                                       const std::vector<std::string>& installed);

} // namespace wpk
