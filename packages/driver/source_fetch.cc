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

// $WPK_CACHE/sources/<sha256>/<file name>; throws wpk::Error naming the recipe when the URL's
// file name is not a plain file name.
std::filesystem::path source_cache_path(const Recipe& recipe, const std::filesystem::path& cache) {
  const std::string name = recipe.source.archive_file_name();
  if (!is_safe_relative_path(name) || name.find('/') != std::string::npos)
    throw Error(recipe.file.string() + ": source " + recipe.source.url +
                ": expected a URL ending in a file name, got '" + name + "'");
  return cache / "sources" / recipe.source.sha256 / name;
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

} // namespace

FetchedSource fetch_source(const Recipe& recipe, const std::filesystem::path& repo,
                           const std::filesystem::path& cache) {
  const Source& source = recipe.source;
  if (source.url.empty())
    throw Error(recipe.name + ": no source tarball to fetch");
  if (!is_sha256_hex(source.sha256)) // the parser checks this; the cache path is built from it
    throw Error(recipe.file.string() + ": source.sha256: expected 64 lowercase hex digits, got '" +
                source.sha256 + "'");
  const auto dest = source_cache_path(recipe, cache);
  // `wpk gc` does not collect sources/ meanwhile (the descriptor returned needs no lock).
  const CacheStore::SourcesLock no_gc(cache);
  std::string why;
  if (UniqueFd cached = open_regular_file(dest, why);
      cached.valid() && sha256_fd_hex(cached.get(), dest.string()) == source.sha256)
    return {dest, std::move(cached)};
  // Missing or not the expected bytes (then replaced below, by rename).
  std::filesystem::create_directories(dest.parent_path());
  if (source.url.rfind("file://", 0) == 0) {
    const std::string from = source.url.substr(7);
    UniqueFd in = open_regular_file(from, why);
    if (!in.valid())
      throw Error(recipe.file.string() + ": cannot copy " + from + ": " + why);
    UniqueFd fd =
        install_verified_copy(in.get(), from, dest, source.sha256,
                              recipe.file.string() + ": sha256 mismatch for " + source.url);
    return {dest, std::move(fd)};
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
    throw Error(recipe.file.string() + ": debian-source " + source.debian->package + " " +
                source.debian->version + " " + source.debian->file + " failed: " + result.errors);
  std::string path = result.output;
  while (!path.empty() && path.back() == '\n')
    path.pop_back();
  UniqueFd in = path.empty() ? UniqueFd() : open_regular_file(path, why);
  if (!in.valid())
    throw Error(recipe.file.string() + ": debian-source returned '" + path +
                "', which is not a readable file (expected " + source.debian->file + ")");
  UniqueFd fd = install_verified_copy(in.get(), path, dest, source.sha256,
                                      recipe.file.string() + ": debian-source returned " + path +
                                          ", which does not match the recipe's sha256");
  return {dest, std::move(fd)};
}

} // namespace wpk
