#include "source_fetch.h"

#include "cache_store.h"
#include "error.h"
#include "fs_util.h"
#include "sha256.h"
#include "subprocess.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>

namespace wpk {

namespace {

// `path` opened read-only without following a final symlink, when it is a regular file; otherwise
// an invalid descriptor, and `why` says what it is instead. O_NONBLOCK keeps the open of a FIFO
// from waiting for a writer; it is cleared again (reads of a regular file never wait anyway).
UniqueFd open_regular_file(const std::filesystem::path& path, std::string& why) {
  UniqueFd fd(::open(path.c_str(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC));
  if (!fd.valid()) {
    why = errno == ELOOP ? "a symlink (not followed)" : std::strerror(errno);
    return fd;
  }
  struct stat info;
  if (::fstat(fd.get(), &info) != 0 || ::fcntl(fd.get(), F_SETFL, 0) != 0) {
    why = std::strerror(errno);
    fd.reset();
  } else if (!S_ISREG(info.st_mode)) {
    why = "not a regular file";
    fd.reset();
  }
  return fd;
}

// One pinned file of a recipe: the source tarball, or the Debian tarball its Debian patches come
// from. `url` is empty for the latter (it only comes through `debian`).
struct PinnedFile {
  std::string url;
  std::string name; // the cache's file name
  std::string sha256;
  std::optional<DebianSource> debian;
};

// $WPK_CACHE/sources/<sha256>/<file name>; throws wpk::Error naming the recipe when the file name
// is not a plain file name.
std::filesystem::path source_cache_path(const Recipe& recipe, const PinnedFile& pinned,
                                        const std::filesystem::path& cache) {
  if (!is_safe_relative_path(pinned.name) || pinned.name.find('/') != std::string::npos)
    throw Error(recipe.file.string() + ": source " +
                (pinned.url.empty() ? pinned.name : pinned.url) +
                ": expected a URL ending in a file name, got '" + pinned.name + "'");
  return cache / "sources" / pinned.sha256 / pinned.name;
}

// Copies everything readable from `from` into a new private file next to `dest`, hashing the
// bytes as they are written. When the digest is `sha256` the file is renamed to `dest` and a
// read-only descriptor of it returned; otherwise it is removed and the error is `mismatch` + both
// digests.
UniqueFd install_verified_copy(int from, const std::string& from_name,
                               const std::filesystem::path& dest, const std::string& sha256,
                               const std::string& mismatch) {
  const auto temp = unique_temp_path(dest, "fetch");
  UniqueFd out(::open(temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644));
  if (!out.valid())
    throw Error("cannot create " + temp.string() + ": " + std::strerror(errno));
  auto fail = [&](const std::string& message) {
    ::unlink(temp.c_str());
    throw Error(message);
  };
  // The descriptor returned: the new file opened a second time, read-only, before anything is
  // written (the same inode as `out`, checked, so it reads exactly the bytes hashed below).
  UniqueFd kept(::open(temp.c_str(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC));
  struct stat written_info, kept_info;
  if (!kept.valid() || ::fstat(out.get(), &written_info) != 0 ||
      ::fstat(kept.get(), &kept_info) != 0)
    fail("cannot reopen " + temp.string() + ": " + std::strerror(errno));
  if (written_info.st_dev != kept_info.st_dev || written_info.st_ino != kept_info.st_ino)
    fail("cannot reopen " + temp.string() + ": it was replaced");
  Sha256 hash;
  char buffer[1 << 16];
  for (;;) {
    const ssize_t n = ::read(from, buffer, sizeof buffer);
    if (n < 0 && errno == EINTR)
      continue;
    if (n < 0)
      fail("cannot read " + from_name + ": " + std::strerror(errno));
    if (n == 0)
      break;
    if (!write_all(out.get(), std::string_view(buffer, static_cast<size_t>(n))))
      fail("cannot write " + temp.string() + ": " + std::strerror(errno));
    hash.update(std::string_view(buffer, static_cast<size_t>(n)));
  }
  const std::string actual = hash.hex_digest();
  if (actual != sha256)
    fail(mismatch + ": expected " + sha256 + ", got " + actual);
  if (::fsync(out.get()) != 0)
    fail("cannot write " + temp.string() + ": " + std::strerror(errno));
  if (::rename(temp.c_str(), dest.c_str()) != 0)
    fail("cannot rename " + temp.string() + " to " + dest.string() + ": " + std::strerror(errno));
  return kept;
}

FetchedSource fetch_pinned(const Recipe& recipe, const PinnedFile& pinned,
                           const std::filesystem::path& repo, const std::filesystem::path& cache) {
  if (!is_sha256_hex(pinned.sha256)) // the parser checks this; the cache path is built from it
    throw Error(recipe.file.string() + ": " + pinned.name +
                ": expected a sha256 of 64 lowercase hex digits, got '" + pinned.sha256 + "'");
  const auto dest = source_cache_path(recipe, pinned, cache);
  // `wpk gc` does not collect sources/ meanwhile (the descriptor returned needs no lock).
  const CacheStore::SourcesLock no_gc(cache);
  std::string why;
  if (UniqueFd cached = open_regular_file(dest, why);
      cached.valid() && sha256_fd_hex(cached.get(), dest.string()) == pinned.sha256)
    return {dest, std::move(cached)};
  // Missing or not the expected bytes (then replaced below, by rename).
  std::filesystem::create_directories(dest.parent_path());
  if (pinned.url.rfind("file://", 0) == 0) {
    const std::string from = pinned.url.substr(7);
    UniqueFd in = open_regular_file(from, why);
    if (!in.valid())
      throw Error(recipe.file.string() + ": cannot copy " + from + ": " + why);
    UniqueFd fd =
        install_verified_copy(in.get(), from, dest, pinned.sha256,
                              recipe.file.string() + ": sha256 mismatch for " + pinned.url);
    return {dest, std::move(fd)};
  }
  if (!pinned.debian)
    throw Error(recipe.file.string() + ": " + pinned.url +
                " cannot be downloaded here (offline) and the recipe names no Debian source");
  const DebianSource& debian = *pinned.debian;
  Environment env = current_environment();
  env["WPK_CACHE"] = cache.string();
  const auto script = repo / "scripts/lib/debian-source";
  ProcessResult result = run_captured(
      {script.string(), debian.package, debian.version, debian.file, pinned.sha256}, env, repo);
  if (result.exit_status != 0)
    throw Error(recipe.file.string() + ": debian-source " + debian.package + " " + debian.version +
                " " + debian.file + " failed: " + result.errors);
  std::string path = result.output;
  while (!path.empty() && path.back() == '\n')
    path.pop_back();
  UniqueFd in = path.empty() ? UniqueFd() : open_regular_file(path, why);
  if (!in.valid())
    throw Error(recipe.file.string() + ": debian-source returned '" + path +
                "', which is not a readable file (expected " + debian.file + ")");
  UniqueFd fd = install_verified_copy(in.get(), path, dest, pinned.sha256,
                                      recipe.file.string() + ": debian-source returned " + path +
                                          ", which does not match the recipe's sha256");
  return {dest, std::move(fd)};
}

} // namespace

FetchedSource fetch_source(const Recipe& recipe, const std::filesystem::path& repo,
                           const std::filesystem::path& cache) {
  const Source& source = recipe.source;
  if (source.url.empty())
    throw Error(recipe.name + ": no source tarball to fetch");
  return fetch_pinned(
      recipe, {source.url, source.archive_file_name(), source.sha256, source.debian}, repo, cache);
}

FetchedSource fetch_debian_patches(const Recipe& recipe, const std::filesystem::path& repo,
                                   const std::filesystem::path& cache) {
  const Source& source = recipe.source;
  if (!source.debian_patches || !source.debian)
    throw Error(recipe.name + ": no Debian patches to fetch");
  const DebianPatches& patches = *source.debian_patches;
  DebianSource debian = *source.debian;
  debian.file = patches.file;
  return fetch_pinned(recipe, {"", patches.file, patches.sha256, debian}, repo, cache);
}

} // namespace wpk
