#include "cache_store.h"

#include "error.h"
#include "fs_util.h"

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <set>
#include <sys/file.h>
#include <unistd.h>

namespace wpk {

CacheStore::CacheStore(std::filesystem::path root) : root_(std::move(root)) {}

bool CacheStore::has(const std::string& key) const {
  return std::filesystem::is_regular_file(entry(key) / "manifest.json");
}

std::filesystem::path CacheStore::new_scratch(const std::string& label) const {
  static std::atomic<unsigned> counter{0};
  auto dir =
      root_ / "tmp" / (label + "." + std::to_string(getpid()) + "." + std::to_string(counter++));
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
  const auto path = store.root_ / "locks" / (key + ".lock");
  std::filesystem::create_directories(path.parent_path());
  fd_ = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  if (fd_ < 0)
    throw Error("cannot open lock " + path.string() + ": " + std::strerror(errno));
  while (::flock(fd_, LOCK_EX) != 0)
    if (errno != EINTR) {
      const int error = errno;
      ::close(fd_); // the destructor does not run for a constructor that throws
      throw Error("cannot lock " + path.string() + ": " + std::strerror(error));
    }
}

CacheStore::Lock::~Lock() {
  if (fd_ >= 0)
    ::close(fd_); // releases the flock
}

std::vector<std::string> CacheStore::collect_garbage(const std::vector<std::string>& keep) const {
  std::vector<std::string> removed;
  const std::set<std::string> kept(keep.begin(), keep.end());
  std::error_code error;
  if (std::filesystem::is_directory(root_ / "tmp"))
    for (const auto& item : std::filesystem::directory_iterator(root_ / "tmp", error)) {
      // <label>.<pid>.<n>: remove when the pid no longer runs.
      const std::string name = item.path().filename().string();
      const auto parts = split_list(name, '.');
      if (parts.size() < 3)
        continue;
      const std::string pid_text = parts[parts.size() - 2];
      if (pid_text.find_first_not_of("0123456789") != std::string::npos)
        continue;
      const pid_t pid = static_cast<pid_t>(std::stol(pid_text));
      if (::kill(pid, 0) == 0 || errno == EPERM)
        continue;
      remove_tree_quietly(item.path());
      removed.push_back(item.path().string());
    }
  if (std::filesystem::is_directory(root_ / "store"))
    for (const auto& item : std::filesystem::directory_iterator(root_ / "store", error)) {
      if (kept.count(item.path().filename().string()))
        continue;
      remove_tree_quietly(item.path());
      removed.push_back(item.path().string());
    }
  std::sort(removed.begin(), removed.end());
  return removed;
}

} // namespace wpk
