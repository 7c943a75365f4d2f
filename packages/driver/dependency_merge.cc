#include "dependency_merge.h"

#include "error.h"
#include "fs_util.h"

#include <map>

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
  std::map<std::string, std::string> owners; // path -> the first package that installs it
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
      // "a" from one package and "a/b" from another: a file where a folder is needed.
      for (size_t slash = path.find('/'); slash != std::string::npos;
           slash = path.find('/', slash + 1))
        if (auto it = owners.find(path.substr(0, slash)); it != owners.end())
          throw clash(it->first, it->second + " (a file)", " (a folder, for /" + path + ")");
      if (auto below = owners.lower_bound(path + "/");
          below != owners.end() && below->first.rfind(path + "/", 0) == 0)
        throw clash(path, below->second + " (a folder, for /" + below->first + ")", " (a file)");
    }
    for (const std::string& path : files)
      owners.emplace(path, dependency.package);
    copy_tree(dependency.tree, into);
  }
}

} // namespace wpk
