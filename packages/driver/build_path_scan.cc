#include "build_path_scan.h"

#include "error.h"

#include <fstream>
#include <iterator>
#include <sstream>

namespace wpk {

std::vector<std::string> build_path_needles(const std::vector<std::filesystem::path>& folders) {
  std::vector<std::string> needles;
  auto add = [&](std::string path) {
    while (path.size() > 1 && path.back() == '/')
      path.pop_back();
    if (path.empty() || path == "/")
      return;
    path += '/';
    for (const auto& existing : needles)
      if (existing == path)
        return;
    needles.push_back(path);
  };
  for (const auto& folder : folders) {
    if (folder.empty())
      continue;
    add(folder.lexically_normal().string());
    std::error_code error;
    const auto canonical = std::filesystem::weakly_canonical(folder, error);
    if (!error)
      add(canonical.string());
  }
  return needles;
}

std::optional<BuildPathHit> find_build_path(const std::filesystem::path& file,
                                            const std::vector<std::string>& needles) {
  std::ifstream in(file, std::ios::binary);
  if (!in)
    throw Error(file.string() + ": cannot be read to check it for build paths");
  std::ostringstream bytes;
  bytes << in.rdbuf();
  if (in.bad())
    throw Error(file.string() + ": read error while checking it for build paths");
  const std::string content = std::move(bytes).str();
  for (const auto& needle : needles) {
    const auto at = content.find(needle);
    if (at != std::string::npos)
      return BuildPathHit{needle, at};
  }
  return std::nullopt;
}

} // namespace wpk
