#include "remote_cache.h"

#include "archive_checksum.h"
#include "error.h"
#include "fs_util.h"
#include "http_client.h"
#include "json.h"
#include "manifest_check.h"
#include "safe_extract.h"
#include "sha256.h"
#include "unique_fd.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <iostream>
#include <unistd.h>

namespace wpk {

namespace {

// GETs `url` into a temporary file next to `dest`, hashing the bytes as they are written (the
// archive is never held in memory), and renames it to `dest` only when their sha256 is
// `expected`; a mismatch is a wpk::Error. False (and no file) when the server answers other than
// 200.
bool download_verified(const std::string& url, const std::filesystem::path& dest,
                       const std::string& expected) {
  const auto temp = unique_temp_path(dest, "download");
  UniqueFd out(::open(temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644));
  if (!out.valid())
    throw Error("cannot create " + temp.string() + ": " + std::strerror(errno));
  try {
    Sha256 hash;
    const int status =
        http_get_to_file(url, out.get(), [&](std::string_view data) { hash.update(data); });
    if (status != 200) {
      ::unlink(temp.c_str());
      return false;
    }
    if (hash.hex_digest() != expected)
      throw Error(url + " does not match its archive.sha256");
    if (::fsync(out.get()) != 0)
      throw Error("cannot write " + temp.string() + ": " + std::strerror(errno));
    out.reset();
    if (::rename(temp.c_str(), dest.c_str()) != 0)
      throw Error("cannot rename " + temp.string() + " to " + dest.string() + ": " +
                  std::strerror(errno));
  } catch (...) {
    ::unlink(temp.c_str());
    throw;
  }
  return true;
}

} // namespace

RemoteCache::RemoteCache(std::string url) : url_(std::move(url)) {
  while (!url_.empty() && url_.back() == '/')
    url_.pop_back();
}

bool RemoteCache::fetch(const std::string& key, const CacheStore& store) const {
  const std::string base = url_ + "/" + key + "/";
  std::filesystem::path scratch;
  try {
    HttpResponse manifest_response = http_request("GET", base + "manifest.json");
    if (manifest_response.status != 200)
      return false;
    const Json manifest = Json::parse(manifest_response.body, base + "manifest.json");
    if (manifest.get_string("key") != key)
      throw Error(base + "manifest.json describes key " + manifest.get_string("key"));
    const std::string archive = manifest.get_string("archive");
    if (archive.empty() || archive.find('/') != std::string::npos)
      throw Error(base + "manifest.json has no valid archive name");
    HttpResponse sha_response = http_request("GET", base + "archive.sha256");
    if (sha_response.status != 200)
      return false;
    const std::string expected =
        parse_archive_checksum(sha_response.body, archive, base + "archive.sha256");
    scratch = store.new_scratch("fetch-" + key.substr(0, 8));
    const auto entry = scratch / "entry";
    std::filesystem::create_directories(entry);
    if (!download_verified(base + archive, entry / archive, expected)) {
      remove_tree_quietly(scratch);
      return false;
    }
    write_file_atomically(entry / "archive.sha256", archive_checksum_line(expected, archive));
    write_file_atomically(entry / "manifest.json", manifest_response.body);
    safe_extract(entry / archive, entry / "tree");
    // The archive carries its own copy of the manifest (build_runner): it must be this one.
    std::string archived_manifest;
    if (!std::filesystem::is_regular_file(
            std::filesystem::symlink_status(entry / "tree/manifest.json")) ||
        !read_file_if_exists(entry / "tree/manifest.json", archived_manifest) ||
        archived_manifest != manifest_response.body)
      throw Error(base + archive + ": manifest.json: expected the same text as " + base +
                  "manifest.json");
    std::filesystem::remove(entry / "tree/manifest.json");
    check_tree_matches_manifest(entry / "tree", manifest, base + archive);
    store.install(entry, key);
    remove_tree_quietly(scratch);
    return true;
  } catch (const std::exception& e) { // wpk::Error, or a filesystem error installing the entry
    std::cerr << "wpk: warning: remote cache: not using entry " << key << ": " << e.what() << "\n";
    if (!scratch.empty())
      remove_tree_quietly(scratch);
    return false;
  }
}

bool RemoteCache::has(const std::string& key) const {
  try {
    return http_request("HEAD", url_ + "/" + key + "/manifest.json").status == 200;
  } catch (const Error& e) {
    std::cerr << "wpk: warning: remote cache: " << e.what() << "\n";
    return false;
  }
}

bool RemoteCache::push(const std::string& key, const CacheStore& store) const {
  const std::string base = url_ + "/" + key + "/";
  try {
    if (http_request("HEAD", base + "manifest.json").status == 200)
      return false;
    const auto entry = store.entry(key);
    const std::string manifest_text = read_file(entry / "manifest.json");
    const Json manifest = Json::parse(manifest_text, (entry / "manifest.json").string());
    const std::string archive = manifest.get_string("archive");
    for (const auto& [name, content] : std::vector<std::pair<std::string, std::string>>{
             {archive, read_file(entry / archive)},
             {"archive.sha256", read_file(entry / "archive.sha256")},
             {"manifest.json", manifest_text}}) {
      HttpResponse response = http_request("PUT", base + name, content);
      if (response.status != 200 && response.status != 201 && response.status != 204)
        throw Error("PUT " + base + name + " answered " + std::to_string(response.status));
    }
    return true;
  } catch (const Error& e) {
    std::cerr << "wpk: warning: remote cache: cannot push " << key << ": " << e.what() << "\n";
    return false;
  }
}

} // namespace wpk
