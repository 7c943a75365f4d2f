#include "path_tree.h"

namespace wpk {

std::string_view parent_folder(std::string_view path) {
  const size_t slash = path.rfind('/');
  return slash == std::string_view::npos ? std::string_view() : path.substr(0, slash);
}

std::vector<std::string_view> parent_folders(std::string_view path) {
  std::vector<std::string_view> folders;
  for (size_t slash = path.find('/'); slash != std::string_view::npos;
       slash = path.find('/', slash + 1))
    folders.push_back(path.substr(0, slash));
  return folders;
}

bool is_below(std::string_view path, std::string_view folder) {
  return path.size() > folder.size() && path[folder.size()] == '/' && path.starts_with(folder);
}

} // namespace wpk
