// path_tree.h — "a file here, a folder there": the folders on the way to a '/'-separated relative
// path, and the first entry below a folder in a sorted collection of paths.
//
// Archives, root file systems, merged dependency trees and manifests all refuse a path that is a
// file (or symlink) in one place and the folder of another path elsewhere ("a" and "a/b").
#pragma once

#include <algorithm>
#include <functional>
#include <ranges>
#include <string>
#include <string_view>
#include <vector>

namespace wpk {

// The folder holding `path`: "usr/lib/libz.a" -> "usr/lib", "usr" -> "" (a view into `path`).
std::string_view parent_folder(std::string_view path);

// The folders on the way to `path`, shortest first: "usr/lib/libz.a" -> {"usr", "usr/lib"}
// (views into `path`).
std::vector<std::string_view> parent_folders(std::string_view path);

// Whether `path` lies below `folder`: "a/b" and "a/b/c" do, "a" and "a-b" do not.
bool is_below(std::string_view path, std::string_view folder);

// first_below: the first entry below `folder` in a sorted collection of paths, or its end when
// there is none. The entries below "a" follow one another from "a/" on, though not at once after
// "a" itself ("a-b" sorts between "a" and "a/b").

// For a std::map keyed by path or a std::set of paths (searched with their own lower_bound).
template <typename SortedPaths>
auto first_below(const SortedPaths& sorted, std::string_view folder) {
  const auto it = sorted.lower_bound(std::string(folder) + '/');
  if (it == sorted.end())
    return it;
  std::string_view path;
  if constexpr (requires { it->first; })
    path = it->first;
  else
    path = *it;
  return is_below(path, folder) ? it : sorted.end();
}

// For a random-access range sorted by path, whose entries `path_of` projects to their paths.
template <std::ranges::random_access_range Range, typename Projection>
auto first_below(Range&& sorted, std::string_view folder, Projection path_of) {
  const auto it =
      std::ranges::lower_bound(sorted, std::string(folder) + '/', std::less<>(), path_of);
  if (it != std::ranges::end(sorted) && is_below(std::invoke(path_of, *it), folder))
    return it;
  return std::ranges::end(sorted);
}

} // namespace wpk
