// cache_store.h — the local cache of built packages, keyed by cache key.
//
// Layout under $WPK_CACHE:
//   store/<key>/          a complete entry: manifest.json, <archive>.tar.zst, tree/ (the outputs)
//   tmp/<label>.<pid>.<n> scratch folders of builds in progress
//   locks/<key>.lock      flock(2) files: one process builds a key at a time
// An entry is assembled in a scratch folder and installed with a single rename(2), so a reader
// sees either no entry or a complete one; a build killed at any point leaves only a scratch
// folder (removed by `wpk gc`) and never a partial entry. When two processes race, the second
// rename fails and its copy is discarded: the first complete entry wins.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace wpk {

class CacheStore {
public:
  explicit CacheStore(std::filesystem::path root);

  const std::filesystem::path& root() const { return root_; }
  std::filesystem::path entry(const std::string& key) const { return root_ / "store" / key; }
  bool has(const std::string& key) const;
  std::filesystem::path new_scratch(const std::string& label) const;
  // Installs `assembled` (a folder) as the entry of `key`. Returns false (and removes
  // `assembled`) when a complete entry already exists, unless `replace` (wpk build --rebuild):
  // then the two are swapped in one renameat2(RENAME_EXCHANGE), so readers see the old or the
  // new entry and never none, and the old one is removed.
  bool install(const std::filesystem::path& assembled, const std::string& key,
               bool replace = false) const;

  // Holds an exclusive flock on locks/<key>.lock for its lifetime (released on crash too).
  class Lock {
  public:
    Lock(const CacheStore& store, const std::string& key);
    ~Lock();
    Lock(const Lock&) = delete;
    Lock& operator=(const Lock&) = delete;

  private:
    int fd_ = -1;
  };

  // Removes scratch folders of dead processes and entries whose key is not in `keep`. Returns
  // the removed paths.
  std::vector<std::string> collect_garbage(const std::vector<std::string>& keep) const;

private:
  std::filesystem::path root_;
};

} // namespace wpk
