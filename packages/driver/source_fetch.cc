#include "source_fetch.h"

#include "error.h"
#include "fs_util.h"
#include "sha256.h"
#include "subprocess.h"

namespace wpk {

std::filesystem::path fetch_source(const Recipe& recipe, const std::filesystem::path& repo,
                                   const std::filesystem::path& cache) {
  const Source& source = recipe.source;
  if (source.url.empty())
    throw Error(recipe.name + ": no source tarball to fetch");
  const auto dest = cache / "sources" / source.archive_file_name();
  if (std::filesystem::is_regular_file(dest) && sha256_file_hex(dest) == source.sha256)
    return dest;
  std::filesystem::create_directories(dest.parent_path());
  if (source.url.rfind("file://", 0) == 0) {
    const std::filesystem::path from = source.url.substr(7);
    const auto temp = unique_temp_path(dest, "fetch");
    std::error_code error;
    std::filesystem::copy_file(from, temp, std::filesystem::copy_options::overwrite_existing,
                               error);
    if (error)
      throw Error(recipe.file.string() + ": cannot copy " + from.string() + ": " + error.message());
    const std::string actual = sha256_file_hex(temp);
    if (actual != source.sha256) {
      remove_tree_quietly(temp);
      throw Error(recipe.file.string() + ": sha256 mismatch for " + source.url + ": expected " +
                  source.sha256 + ", got " + actual);
    }
    std::filesystem::rename(temp, dest);
    return dest;
  }
  if (!source.debian)
    throw Error(recipe.file.string() + ": " + source.url +
                " cannot be downloaded here (offline) and the recipe names no Debian source");
  Environment env = current_environment();
  env["WPK_CACHE"] = cache.string();
  const auto script = repo / "scripts/lib/debian-source";
  ProcessResult result = run_captured({script.string(), source.debian->package,
                                       source.debian->version, source.debian->file, source.sha256},
                                      env, repo);
  if (result.exit_status != 0)
    throw Error(recipe.name + ": debian-source " + source.debian->package + " " +
                source.debian->version + " " + source.debian->file + " failed: " + result.errors);
  std::string path = result.output;
  while (!path.empty() && path.back() == '\n')
    path.pop_back();
  if (path.empty() || sha256_file_hex(path) != source.sha256)
    throw Error(recipe.name + ": debian-source returned a file that does not match sha256 " +
                source.sha256);
  if (std::filesystem::path(path) != dest) {
    const auto temp = unique_temp_path(dest, "fetch");
    std::filesystem::copy_file(path, temp, std::filesystem::copy_options::overwrite_existing);
    std::filesystem::rename(temp, dest);
  }
  return dest;
}

} // namespace wpk
