#include "cache_store.h"

#include "error.h"
#include "fs_util.h"
#include "sha256.h"
#include "unique_fd.h"

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <limits>
#include <set>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace wpk {

namespace {

// locks/<name> opened (created when missing) for flock(2); throws wpk::Error naming it.
UniqueFd open_lock_file(const std::filesystem::path& path) {
  std::filesystem::create_directories(path.parent_path());
  UniqueFd fd(::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644));
  if (!fd.valid())
    throw Error("cannot open lock " + path.string() + ": " + std::strerror(errno));
  return fd;
}

// flock(2) that waits (through signals); throws wpk::Error naming the lock.
void lock_waiting(int fd, int operation, const std::filesystem::path& path) {
  while (::flock(fd, operation) != 0)
    if (errno != EINTR)
      throw Error("cannot lock " + path.string() + ": " + std::strerror(errno));
}

// flock(2) without waiting: false when another descriptor holds a conflicting lock.
bool try_lock(int fd, int operation, const std::filesystem::path& path) {
  for (;;) {
    if (::flock(fd, operation | LOCK_NB) == 0)
      return true;
    if (errno == EWOULDBLOCK)
      return false;
    if (errno != EINTR)
      throw Error("cannot lock " + path.string() + ": " + std::strerror(errno));
  }
}

// Whether `fd` is still the file at `path`: `wpk gc` unlinks a key's lock files (while it holds
// them) once the key has no entry, so a lock taken on a descriptor opened before that holds a
// file nobody else will open again.
bool still_named(int fd, const std::filesystem::path& path) {
  struct stat held {};
  struct stat named {};
  if (::fstat(fd, &held) != 0)
    throw Error("cannot stat lock " + path.string() + ": " + std::strerror(errno));
  if (::stat(path.c_str(), &named) != 0)
    return false;
  return held.st_dev == named.st_dev && held.st_ino == named.st_ino;
}

// locks/<key>.lock or .use, locked with `operation` (waiting): opened again when gc removed the
// file between the open and the lock.
UniqueFd lock_key_file(const std::filesystem::path& path, int operation) {
  for (;;) {
    UniqueFd fd = open_lock_file(path);
    lock_waiting(fd.get(), operation, path);
    if (still_named(fd.get(), path))
      return fd;
  }
}

// "<64 hex>.lock" or "<64 hex>.use": the key, else "".
std::string key_of_lock_file(const std::string& name) {
  for (const char* suffix : {".lock", ".use"}) {
    if (name.ends_with(suffix)) {
      const std::string key = name.substr(0, name.size() - std::strlen(suffix));
      return is_sha256_hex(key) ? key : "";
    }
  }
  return "";
}

// True when `name` is <label>.<pid>.<n> and that pid no longer runs.
bool names_a_dead_process(const std::string& name) {
  const auto parts = split_list(name, '.');
  if (parts.size() < 3)
    return false;
  const std::string& pid_text = parts[parts.size() - 2];
  const auto pid = parse_integer(pid_text);
  if (!pid || *pid <= 0 || *pid > std::numeric_limits<pid_t>::max() ||
      pid_text.find_first_not_of("0123456789") != std::string::npos)
    return false;
  return ::kill(static_cast<pid_t>(*pid), 0) != 0 && errno != EPERM;
}

} // namespace

CacheStore::CacheStore(std::filesystem::path root) : root_(std::move(root)) {}

CacheStore::~CacheStore() = default; // closing the descriptors in in_use_ releases their flocks

bool CacheStore::has(const std::string& key) const {
  return std::filesystem::is_regular_file(entry(key) / "manifest.json");
}

bool CacheStore::use(const std::string& key) const {
  std::lock_guard<std::mutex> guard(in_use_mutex_);
  if (!in_use_.count(key)) {
    // Waits only while a gc removes this entry (or the key's lock files).
    in_use_.emplace(key, lock_key_file(root_ / "locks" / (key + ".use"), LOCK_SH));
  }
  return has(key);
}

std::filesystem::path CacheStore::scratch_path(const std::string& label) const {
  static std::atomic<unsigned> counter{0};
  return root_ / "tmp" / (label + "." + std::to_string(getpid()) + "." + std::to_string(counter++));
}

std::filesystem::path CacheStore::new_scratch(const std::string& label) const {
  const auto dir = scratch_path(label);
  remove_tree_quietly(dir);
  std::filesystem::create_directories(dir);
  return dir;
}

bool CacheStore::install(const std::filesystem::path& assembled, const std::string& key,
                         bool replace) const {
  const auto target = entry(key);
  std::filesystem::create_directories(target.parent_path());
  if (::rename(assembled.c_str(), target.c_str()) == 0)
    return true;
  int error = errno;
  if (replace && (error == EEXIST || error == ENOTEMPTY)) {
    if (::renameat2(AT_FDCWD, assembled.c_str(), AT_FDCWD, target.c_str(), RENAME_EXCHANGE) == 0) {
      remove_tree_quietly(assembled); // now the old entry
      return true;
    }
    error = errno;
  }
  if (error == EEXIST || error == ENOTEMPTY) {
    remove_tree_quietly(assembled);
    return false;
  }
  throw Error("cannot install cache entry " + target.string() + ": " + std::strerror(error));
}

CacheStore::Lock::Lock(const CacheStore& store, const std::string& key) {
  fd_ = lock_key_file(store.root_ / "locks" / (key + ".lock"), LOCK_EX).release();
}

CacheStore::Lock::~Lock() {
  if (fd_ >= 0)
    ::close(fd_); // releases the flock
}

CacheStore::SourcesLock::SourcesLock(const std::filesystem::path& cache) {
  const auto path = cache / "locks/sources.lock";
  fd_ = open_lock_file(path);
  lock_waiting(fd_.get(), LOCK_SH, path); // waits only while a gc collects sources/
}

void CacheStore::collect_lock_files(GarbageReport& report) const {
  // locks/<key>.lock and .use of keys without an entry (removed above, or never installed: a
  // failed build), that nobody holds: unlinked while gc holds them, so a process that opened one
  // just before finds on locking that it is no longer the file of that name and opens it again
  // (lock_key_file). Not listed one by one; the note says how many went.
  const auto locks = root_ / "locks";
  std::error_code error;
  std::vector<std::filesystem::path> candidates;
  for (const auto& item : std::filesystem::directory_iterator(locks, error)) {
    const std::string key = key_of_lock_file(item.path().filename().string());
    if (!key.empty() && !std::filesystem::exists(entry(key)))
      candidates.push_back(item.path());
  }
  std::sort(candidates.begin(), candidates.end());
  size_t removed = 0;
  for (const auto& path : candidates) {
    UniqueFd fd(::open(path.c_str(), O_RDWR | O_CLOEXEC));
    if (!fd.valid() || !try_lock(fd.get(), LOCK_EX, path))
      continue; // gone, or held: a build or a reader of that key
    // Checked again under the lock: a build that installed the entry meanwhile keeps its files.
    if (std::filesystem::exists(entry(key_of_lock_file(path.filename().string()))))
      continue;
    if (::unlink(path.c_str()) == 0)
      ++removed;
  }
  if (removed)
    report.notes.push_back(locks.string() + ": removed " + std::to_string(removed) +
                           " lock files of keys without an entry");
}

void CacheStore::collect_sources(const std::vector<std::string>& used, bool dry_run,
                                 GarbageReport& report) const {
  const auto sources = root_ / "sources";
  std::error_code error;
  const auto status = std::filesystem::symlink_status(sources, error);
  if (std::filesystem::is_symlink(status)) {
    report.notes.push_back(sources.string() +
                           " is a symlink (shared with another cache): not collected");
    return;
  }
  if (!std::filesystem::is_directory(status))
    return;
  UniqueFd fetch_lock; // no fetch_source while sources/ is collected
  if (!dry_run) {
    const auto path = root_ / "locks/sources.lock";
    fetch_lock = open_lock_file(path);
    if (!try_lock(fetch_lock.get(), LOCK_EX, path)) {
      report.notes.push_back(sources.string() + ": a source fetch is running: not collected");
      return;
    }
  }
  const std::set<std::string> kept(used.begin(), used.end());
  auto remove = [&](const std::filesystem::path& path) {
    if (!dry_run)
      remove_tree_quietly(path);
    report.removed.push_back(path.string());
  };
  std::vector<std::filesystem::path> work_folders; // debian-source's .fetch.XXXXXX
  for (const auto& item : std::filesystem::directory_iterator(sources, error)) {
    const std::string name = item.path().filename().string();
    const bool folder = item.is_directory(error) && !item.is_symlink(error);
    if (folder && is_sha256_hex(name)) {
      if (!kept.count(name)) {
        remove(item.path());
        continue;
      }
      // .<file>.fetch.<pid>.<n> (and write_file_atomically's .<file>.tmp.<pid>.<n>)
      for (const auto& file : std::filesystem::directory_iterator(item.path(), error)) {
        const std::string file_name = file.path().filename().string();
        if (file_name.starts_with(".") && names_a_dead_process(file_name))
          remove(file.path());
      }
    } else if (folder && name.starts_with(".fetch.")) {
      work_folders.push_back(item.path());
    }
    // Anything else (debian-source's files and .fetch.lock, an older wpk's plain copies) stays.
  }
  if (work_folders.empty())
    return;
  // debian-source holds sources/.fetch.lock for as long as it has a work folder.
  const auto debian_lock_path = sources / ".fetch.lock";
  UniqueFd debian_lock(::open(debian_lock_path.c_str(), O_RDONLY | O_CLOEXEC));
  if (debian_lock.valid() && !try_lock(debian_lock.get(), LOCK_EX, debian_lock_path)) {
    report.notes.push_back(sources.string() +
                           "/.fetch.*: scripts/lib/debian-source is running: left");
    return;
  }
  for (const auto& folder : work_folders)
    remove(folder);
}

GarbageReport
CacheStore::collect_garbage(const std::vector<std::string>& keep, bool dry_run,
                            const std::optional<std::vector<std::string>>& used_sources) const {
  GarbageReport report;
  const std::set<std::string> kept(keep.begin(), keep.end());
  // One gc at a time: two would race over the same scratch folders and entries.
  UniqueFd gc_lock;
  if (!dry_run) {
    const auto path = root_ / "locks/gc.lock";
    gc_lock = open_lock_file(path);
    if (!try_lock(gc_lock.get(), LOCK_EX, path))
      throw Error("another wpk gc is running on " + root_.string() + " (it holds " + path.string() +
                  ")");
  }
  std::error_code error;
  if (std::filesystem::is_directory(root_ / "tmp"))
    for (const auto& item : std::filesystem::directory_iterator(root_ / "tmp", error)) {
      // <label>.<pid>.<n>: remove when the pid no longer runs.
      if (!names_a_dead_process(item.path().filename().string()))
        continue;
      if (!dry_run)
        remove_tree_quietly(item.path());
      report.removed.push_back(item.path().string());
    }
  if (std::filesystem::is_directory(root_ / "store"))
    for (const auto& item : std::filesystem::directory_iterator(root_ / "store", error)) {
      const std::string key = item.path().filename().string();
      if (kept.count(key))
        continue;
      // Neither a builder (.lock) nor a reader (.use) may hold it; nothing here waits.
      const auto build_path = root_ / "locks" / (key + ".lock");
      const auto use_path = root_ / "locks" / (key + ".use");
      UniqueFd build_lock = open_lock_file(build_path);
      UniqueFd use_lock = open_lock_file(use_path);
      if (!try_lock(build_lock.get(), LOCK_EX, build_path) ||
          !try_lock(use_lock.get(), LOCK_EX, use_path)) {
        report.in_use.push_back(item.path().string());
        continue;
      }
      if (!dry_run) {
        // Out of store/ in one step, then deleted where a killed gc leaves only scratch.
        const auto aside = scratch_path("gc-" + key.substr(0, 8));
        std::filesystem::create_directories(aside.parent_path());
        if (::rename(item.path().c_str(), aside.c_str()) != 0) {
          if (errno == ENOENT)
            continue; // gone meanwhile
          throw Error("cannot remove cache entry " + item.path().string() + ": " +
                      std::strerror(errno));
        }
        remove_tree_quietly(aside);
      }
      report.removed.push_back(item.path().string());
    }
  if (!dry_run)
    collect_lock_files(report);
  if (used_sources)
    collect_sources(*used_sources, dry_run, report);
  std::sort(report.removed.begin(), report.removed.end());
  std::sort(report.in_use.begin(), report.in_use.end());
  return report;
}

} // namespace wpk
