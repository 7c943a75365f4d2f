// cache_store.h — the local cache of built packages, keyed by cache key.
//
// Layout under $WPK_CACHE:
//   store/<key>/          a complete entry: manifest.json, <archive>.tar.zst, tree/ (the outputs)
//   tmp/<label>.<pid>.<n> scratch folders of builds in progress
//   locks/<key>.lock      flock(2): builders; one process builds a key at a time
//   locks/<key>.use       flock(2): readers hold the entry in use; `wpk gc` leaves it alone
//   locks/gc.lock         flock(2): one `wpk gc` at a time
//   locks/sources.lock    flock(2): fetch_source (shared) against gc collecting sources/
//   sources/<sha256>/<file>  source tarballs (source_fetch.h), with .<file>.fetch.<pid>.<n>
//                         temporaries of fetches in progress
//   sources/<file>        scripts/lib/debian-source's files (bootstrap's musl, Binaryen, ...),
//                         its lock .fetch.lock and its work folders .fetch.XXXXXX
// An entry is assembled in a scratch folder and installed with a single rename(2), so a reader
// sees either no entry or a complete one; a build killed at any point leaves only a scratch
// folder (removed by `wpk gc`) and never a partial entry. When two processes race, the second
// rename fails and its copy is discarded: the first complete entry wins.
//
// Locking against `wpk gc` (which may run from another checkout, with another registry, so the
// entries one build uses need not be in the keys that gc keeps):
// - A builder holds locks/<key>.lock exclusively (Lock, blocking) from before it looks for the
//   entry until it has installed it; builders of one key wait for each other, not for readers.
// - Whoever reads an entry (a build decides a dependency is cached and merges its tree/, rootfs,
//   test, publish, ci record, a remote fetch or a build that installs it) first calls use(key):
//   a shared flock on locks/<key>.use, held until the CacheStore goes (the end of the command),
//   and only then checks that the entry is there. Shared locks never wait for each other or for
//   builders; one waits only while a gc is removing that very entry, and then finds it gone.
//   The two files are separate so that a process holding entries in use never keeps a builder
//   of the same key (in another process) waiting.
// - `wpk gc` (collect_garbage) holds locks/gc.lock exclusively (a second gc stops with an error)
//   and removes an entry only when it gets both locks/<key>.lock and locks/<key>.use exclusively
//   without waiting; otherwise the entry is reported in use and left. It moves the entry into
//   tmp/ by rename(2) while it holds them (so nobody sees a half-removed entry; a gc killed
//   there leaves a scratch folder the next gc removes) and deletes it there.
// - Sources: fetch_source holds locks/sources.lock shared while it reads or writes sources/; gc
//   collects sources/ only when it gets that lock exclusively without waiting (else it says so).
//   It removes the sha256 folders no recipe of the current registry names, and the temporaries
//   of dead fetches (.<file>.fetch.<pid>.<n>, the pid not running); debian-source's work folders
//   only when nobody holds sources/.fetch.lock (debian-source holds it while it has one). Plain
//   files directly in sources/ are left alone: debian-source keeps its files there (bootstrap
//   relies on them) and they cannot be told from copies an older wpk left. A sources/ that is a
//   symlink (a cache sharing another one's sources, as the end-to-end tests do) is not collected:
//   the other cache's registry is unknown here.
// - Lock files: gc removes locks/<key>.lock and .use of keys that have no entry (after removing
//   entries, or left by failed builds) when it gets them exclusively without waiting, and unlinks
//   each while it holds it. A process that opened one just before and locks it afterwards would
//   hold a file nobody else opens again, so every locker of a key's files checks after locking
//   that its descriptor is still the file of that name, and opens it again when not.
#pragma once

#include "unique_fd.h"

#include <filesystem>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace wpk {

// What collect_garbage removed (or, for a dry run, would remove), the store entries it left
// because a builder or a reader holds them, and why a part was not collected (notes).
struct GarbageReport {
  std::vector<std::string> removed;
  std::vector<std::string> in_use;
  std::vector<std::string> notes;
};

class CacheStore {
public:
  explicit CacheStore(std::filesystem::path root);
  ~CacheStore(); // releases what use() holds
  CacheStore(const CacheStore&) = delete;
  CacheStore& operator=(const CacheStore&) = delete;

  const std::filesystem::path& root() const { return root_; }
  std::filesystem::path entry(const std::string& key) const { return root_ / "store" / key; }
  // Whether a complete entry is there now; before reading it, use(key) instead.
  bool has(const std::string& key) const;
  // Holds the entry of `key` in use (a shared flock on locks/<key>.use) until this CacheStore is
  // destroyed, so that `wpk gc` does not remove it, and returns has(key) checked with the lock
  // held. Taken before an entry is installed, it covers the new entry too. Thread-safe; a key is
  // locked once however often it is used.
  bool use(const std::string& key) const;
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

  // Removes scratch folders of dead processes and the entries whose key is not in `keep` and
  // that nobody builds or holds in use (see the locking above); with `used_sources` (the sha256
  // of every source the registry names), also the source folders not in it and dead fetches'
  // temporaries. With `dry_run`, only lists what would go. Throws wpk::Error when another gc
  // runs on this cache.
  GarbageReport
  collect_garbage(const std::vector<std::string>& keep, bool dry_run = false,
                  const std::optional<std::vector<std::string>>& used_sources = std::nullopt) const;

  // Held (shared) by fetch_source while it uses sources/ under `cache`.
  class SourcesLock {
  public:
    explicit SourcesLock(const std::filesystem::path& cache);

  private:
    UniqueFd fd_;
  };

private:
  std::filesystem::path scratch_path(const std::string& label) const;
  void collect_lock_files(GarbageReport& report) const;
  void collect_sources(const std::vector<std::string>& used, bool dry_run,
                       GarbageReport& report) const;

  std::filesystem::path root_;
  mutable std::mutex in_use_mutex_;
  mutable std::map<std::string, UniqueFd> in_use_; // key -> its locks/<key>.use, held shared
};

} // namespace wpk
