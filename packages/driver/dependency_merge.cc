#include "dependency_merge.h"

#include "error.h"
#include "fs_util.h"
#include "path_tree.h"

#include <map>
#include <set>

namespace wpk {

namespace {

// Whether two tree entries (regular files or symlinks) have the same contents.
bool same_contents(const std::filesystem::path& a, const std::filesystem::path& b) {
  const bool a_link = std::filesystem::is_symlink(std::filesystem::symlink_status(a));
  const bool b_link = std::filesystem::is_symlink(std::filesystem::symlink_status(b));
  if (a_link || b_link)
    return a_link && b_link && std::filesystem::read_symlink(a) == std::filesystem::read_symlink(b);
  return std::filesystem::file_size(a) == std::filesystem::file_size(b) &&
         read_file(a) == read_file(b);
}

} // namespace

void merge_dependency_trees(const std::vector<DependencyTree>& trees,
                            const std::filesystem::path& into) {
  std::filesystem::create_directories(into);
  std::map<std::string, std::string, std::less<>> owners; // path -> the first package with it
  // The folders on the way to the paths in `owners` and to those of the tree being checked: none
  // is a path in `owners` (a clash would have been thrown), and each one's parents are in it too.
  std::set<std::string, std::less<>> folders;
  for (const auto& dependency : trees) {
    const std::vector<std::string> files = list_files_recursively(dependency.tree);
    // "/a is installed by both X (...) and Y (...)"
    auto clash = [&](const std::string& path, const std::string& first, const std::string& how) {
      return Error("dependencies: /" + path + " is installed by both " + first + " and " +
                   dependency.package + how);
    };
    for (const std::string& path : files) {
      if (auto it = owners.find(path); it != owners.end()) {
        if (!same_contents(into / path, dependency.tree / path))
          throw clash(path, it->second, " with different contents");
        continue;
      }
      // "a" from one package and "a/b" from another: a file where a folder is needed. The
      // folders not yet in `folders` are checked, from the longest up: usually the file's own
      // folder is known already, and that one lookup is all.
      for (std::string_view folder = parent_folder(path);
           !folder.empty() && !folders.contains(folder); folder = parent_folder(folder)) {
        if (auto it = owners.find(folder); it != owners.end())
          throw clash(it->first, it->second + " (a file)", " (a folder, for /" + path + ")");
        folders.emplace(folder);
      }
      // "a/b" from one package and "a" from another: a folder where a file is needed. (The
      // folders of this tree are in `folders` too, but no tree holds both "a" and "a/b".)
      if (folders.contains(path))
        if (const auto below = first_below(owners, path); below != owners.end())
          throw clash(path, below->second + " (a folder, for /" + below->first + ")", " (a file)");
    }
    for (const std::string& path : files)
      owners.emplace(path, dependency.package);
    copy_tree(dependency.tree, into);
  }
}

} // namespace wpk
