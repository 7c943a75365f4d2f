#include "remote_cache.h"

#include "error.h"
#include "fs_util.h"
#include "http_client.h"
#include "json.h"
#include "safe_extract.h"
#include "sha256.h"

#include <iostream>

namespace wpk {

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
    HttpResponse archive_response = http_request("GET", base + archive);
    if (sha_response.status != 200 || archive_response.status != 200)
      return false;
    const std::string expected = sha_response.body.substr(0, 64);
    if (!is_sha256_hex(expected) || sha256_hex(archive_response.body) != expected)
      throw Error(base + archive + " does not match its archive.sha256");
    scratch = store.new_scratch("fetch-" + key.substr(0, 8));
    const auto entry = scratch / "entry";
    write_file_atomically(entry / archive, archive_response.body);
    write_file_atomically(entry / "archive.sha256", sha_response.body);
    write_file_atomically(entry / "manifest.json", manifest_response.body);
    safe_extract(entry / archive, entry / "tree");
    std::filesystem::remove(entry / "tree/manifest.json");
    if (const Json* outputs = manifest.find("outputs"))
      for (const auto& output : outputs->items()) {
        const std::string path = output.get_string("path");
        const std::string sha = output.get_string("sha256");
        if (sha.rfind("symlink:", 0) == 0)
          continue;
        if (!is_safe_relative_path(path) || sha256_file_hex(entry / "tree" / path) != sha)
          throw Error(base + archive + ": output " + path + " does not match the manifest");
      }
    store.install(entry, key);
    remove_tree_quietly(scratch);
    return true;
  } catch (const std::exception& e) { // wpk::Error, or a filesystem error installing the entry
    std::cerr << "wpk: warning: remote cache: " << e.what() << "\n";
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
