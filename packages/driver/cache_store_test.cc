// `wpk gc` and the cache's locks: an entry whose key a builder holds, or that a reader holds in
// use, is left alone (and reported); one gc runs at a time; unused source folders and the
// temporaries of dead fetches go, the Debian files scripts/lib/debian-source keeps stay.
#include "cache_store.h"
#include "cli_context.h"
#include "error.h"
#include "fs_util.h"
#include "test_util.h"

#include <algorithm>
#include <atomic>
#include <fcntl.h>
#include <gtest/gtest.h>
#include <optional>
#include <sys/file.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

namespace wpk {
namespace {

const std::filesystem::path kRepo =
    std::filesystem::path(WPK_PACKAGES_TEST_DIR).parent_path().parent_path();

// A complete entry under `key`.
void add_entry(const CacheStore& store, const std::string& key) {
  auto assembled = store.new_scratch("test") / "entry";
  std::filesystem::create_directories(assembled / "tree");
  write_file_atomically(assembled / "manifest.json", "{}");
  write_file_atomically(assembled / "tree/file", "x");
  ASSERT_TRUE(store.install(assembled, key));
}

// flock(2) on `path` (created) through a descriptor of its own, as another process would hold it.
class RawLock {
public:
  RawLock(const std::filesystem::path& path, int operation) {
    std::filesystem::create_directories(path.parent_path());
    fd_ = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (fd_ < 0 || ::flock(fd_, operation | LOCK_NB) != 0)
      std::abort();
  }
  ~RawLock() { ::close(fd_); }
  RawLock(const RawLock&) = delete;
  RawLock& operator=(const RawLock&) = delete;

private:
  int fd_ = -1;
};

// A pid that no longer runs.
pid_t dead_pid() {
  const pid_t child = ::fork();
  if (child == 0)
    ::_exit(0);
  int status = 0;
  ::waitpid(child, &status, 0);
  return child;
}

bool contains(const std::vector<std::string>& list, const std::string& text) {
  return std::find(list.begin(), list.end(), text) != list.end();
}

TEST(CacheStoreGc, RemovesUnkeptEntriesAndDeadScratchFolders) {
  testing::ScratchDir dir;
  const CacheStore store(dir.path());
  const std::string kept(64, 'a'), unkept(64, 'b');
  add_entry(store, kept);
  add_entry(store, unkept);
  const auto dead = dir.path() / "tmp" / ("hello-wasm32-1234." + std::to_string(dead_pid()) + ".0");
  std::filesystem::create_directories(dead / "src");
  const auto report = store.collect_garbage({kept});
  EXPECT_TRUE(store.has(kept));
  EXPECT_FALSE(std::filesystem::exists(store.entry(unkept)));
  EXPECT_FALSE(std::filesystem::exists(dead));
  EXPECT_TRUE(contains(report.removed, store.entry(unkept).string()));
  EXPECT_TRUE(contains(report.removed, dead.string()));
}

// A builder holds locks/<key>.lock from before it looks for the entry until it has installed it:
// gc must not remove an entry under a build of that key (another checkout's registry may not
// list it as kept).
TEST(CacheStoreGc, LeavesAnEntryWhoseBuildLockIsHeld) {
  testing::ScratchDir dir;
  const CacheStore store(dir.path());
  const std::string key(64, 'c');
  add_entry(store, key);
  CacheStore::Lock building(store, key);
  const auto report = store.collect_garbage({});
  EXPECT_TRUE(store.has(key));
  EXPECT_TRUE(contains(report.in_use, store.entry(key).string()));
  EXPECT_TRUE(std::filesystem::exists(store.entry(key) / "tree/file"));
}

// A reader (a dependency merge, rootfs, test, publish) holds a shared flock on locks/<key>.use
// while it uses the entry: gc leaves it alone.
TEST(CacheStoreGc, LeavesAnEntryInUse) {
  testing::ScratchDir dir;
  const CacheStore store(dir.path());
  const std::string key(64, 'd');
  add_entry(store, key);
  RawLock reading(dir.path() / "locks" / (key + ".use"), LOCK_SH);
  const auto report = store.collect_garbage({});
  EXPECT_TRUE(store.has(key));
  EXPECT_TRUE(std::filesystem::exists(store.entry(key) / "tree/file"));
  EXPECT_TRUE(contains(report.in_use, store.entry(key).string()));
}

// CacheStore::use() is that reader's lock: held until the CacheStore goes, taken before the
// entry exists it covers the entry installed later too; a dry run removes nothing.
TEST(CacheStoreGc, UseHoldsTheEntryUntilTheStoreGoes) {
  testing::ScratchDir dir;
  const CacheStore gc(dir.path());
  const std::string used(64, '6'), installed_later(64, '7'), unused(64, '8');
  add_entry(gc, used);
  add_entry(gc, unused);
  {
    const CacheStore reader(dir.path());
    EXPECT_TRUE(reader.use(used));
    EXPECT_FALSE(reader.use(installed_later));
    add_entry(reader, installed_later);
    const auto dry = gc.collect_garbage({}, /*dry_run=*/true);
    EXPECT_EQ(dry.removed, (std::vector<std::string>{gc.entry(unused).string()}));
    EXPECT_TRUE(gc.has(unused));
    const auto report = gc.collect_garbage({});
    EXPECT_EQ(report.removed, (std::vector<std::string>{gc.entry(unused).string()}));
    EXPECT_EQ(report.in_use, (std::vector<std::string>{gc.entry(used).string(),
                                                       gc.entry(installed_later).string()}));
    EXPECT_TRUE(reader.use(used)); // still there, and locked once
    EXPECT_FALSE(gc.has(unused));
  }
  const auto report = gc.collect_garbage({});
  EXPECT_EQ(report.removed, (std::vector<std::string>{gc.entry(used).string(),
                                                      gc.entry(installed_later).string()}));
  EXPECT_TRUE(report.in_use.empty());
  // Moved aside into tmp/ and deleted there: nothing of them is left.
  EXPECT_TRUE(std::filesystem::is_empty(dir.path() / "store"));
  for (const auto& item : std::filesystem::directory_iterator(dir.path() / "tmp"))
    EXPECT_EQ(item.path().filename().string().rfind("gc-", 0), std::string::npos) << item.path();
}

// Two gc's do not race: the second one stops with an error naming the lock.
TEST(CacheStoreGc, OneGcAtATime) {
  testing::ScratchDir dir;
  const CacheStore store(dir.path());
  const std::string key(64, 'e');
  add_entry(store, key);
  RawLock other_gc(dir.path() / "locks/gc.lock", LOCK_EX);
  try {
    store.collect_garbage({});
    ADD_FAILURE() << "no error";
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find("another wpk gc"), std::string::npos) << e.what();
  }
  EXPECT_TRUE(store.has(key));
}

// gc removes the lock files of keys without an entry (its own removals, failed builds) unless
// someone holds them; the files of kept entries stay.
TEST(CacheStoreGc, RemovesLockFilesOfKeysWithoutAnEntry) {
  testing::ScratchDir dir;
  const CacheStore store(dir.path());
  const std::string kept(64, '1'), removed(64, '2'), failed(64, '3'), building(64, '4');
  const auto locks = dir.path() / "locks";
  add_entry(store, kept);
  add_entry(store, removed);
  {
    const CacheStore reader(dir.path());
    reader.use(kept);
    reader.use(removed);
    reader.use(failed); // a build that failed: locks, never an entry
    CacheStore::Lock failing(reader, failed);
  }
  const CacheStore::Lock held(store, building); // a build of that key is running
  const auto report = store.collect_garbage({kept});
  EXPECT_TRUE(std::filesystem::exists(locks / (kept + ".use")));
  EXPECT_FALSE(std::filesystem::exists(locks / (removed + ".use")));
  EXPECT_FALSE(std::filesystem::exists(locks / (removed + ".lock")));
  EXPECT_FALSE(std::filesystem::exists(locks / (failed + ".use")));
  EXPECT_FALSE(std::filesystem::exists(locks / (failed + ".lock")));
  EXPECT_TRUE(std::filesystem::exists(locks / (building + ".lock")));
  EXPECT_TRUE(std::filesystem::exists(locks / "gc.lock"));
  bool noted = false;
  for (const auto& note : report.notes)
    noted = noted || note.find("removed 4 lock files") != std::string::npos;
  EXPECT_TRUE(noted);
}

// How many descriptors of this process name `path` (/proc/self/fd links).
int descriptors_of(const std::filesystem::path& path) {
  int count = 0;
  std::error_code error;
  for (const auto& item : std::filesystem::directory_iterator("/proc/self/fd", error))
    if (std::filesystem::read_symlink(item.path(), error) == path)
      ++count;
  return count;
}

// A builder that opened locks/<key>.lock before gc unlinked it, and locks it after, must not go
// on holding the unlinked file (a second builder would create and lock a new one, and both would
// build): it opens the file of that name again and locks that.
TEST(CacheStoreLocks, ALockFileRemovedBeforeItIsLockedIsOpenedAgain) {
  testing::ScratchDir dir;
  const CacheStore store(dir.path());
  const std::string key(64, '5');
  const auto path = dir.path() / "locks" / (key + ".lock");
  std::optional<RawLock> gc_holds(std::in_place, path, LOCK_EX);
  std::atomic<bool> locked{false};
  std::thread builder([&] {
    const CacheStore::Lock lock(store, key);
    locked = true;
    while (locked) // held until the test has looked
      std::this_thread::yield();
  });
  for (int i = 0; i < 100000 && descriptors_of(path) < 2; ++i)
    std::this_thread::yield(); // the builder has opened the file (and waits for its lock)
  const bool opened = descriptors_of(path) == 2;
  std::filesystem::remove(path); // what gc does while it holds the lock
  gc_holds.reset();
  while (!locked)
    std::this_thread::yield();
  const int fd = ::open(path.c_str(), O_RDWR | O_CLOEXEC);
  // The builder holds the file of that name: nobody else gets it.
  const bool taken = fd >= 0 && ::flock(fd, LOCK_EX | LOCK_NB) != 0;
  if (fd >= 0)
    ::close(fd);
  locked = false;
  builder.join();
  EXPECT_TRUE(opened);
  EXPECT_TRUE(taken);
}

// `wpk gc` on a registry with one source: the folder of that source's sha256 stays, an unused
// sha256 folder and a dead fetch's temporary go, and the plain files and lock of
// scripts/lib/debian-source stay. Its work folders (.fetch.XXXXXX) go only when no debian-source
// holds sources/.fetch.lock. --dry-run lists the same and removes nothing.
class GcSourcesTest : public ::testing::Test {
protected:
  void SetUp() override {
    dir_.write("registry/src/package.yaml",
               "name: src\nversion: \"1\"\nrevision: 0\nkind: bundle\nlicense: MIT\n"
               "source:\n  url: file:///nonexistent/src-1.tar.gz\n  sha256: " +
                   used_ + "\narches: [wasm32]\n");
    dir_.write("sets/some.yaml", "name: some\npackages: [src]\n");
    sources_ = dir_.path() / "cache/sources";
    dir_.write("cache/sources/" + used_ + "/src-1.tar.gz", "used");
    dir_.write("cache/sources/" + unused_ + "/old-0.tar.gz", "unused");
    const std::string pid = std::to_string(dead_pid());
    used_temp_ = dir_.write("cache/sources/" + used_ + "/.src-1.tar.gz.fetch." + pid + ".3", "x");
    live_temp_ = dir_.write("cache/sources/" + used_ + "/.src-1.tar.gz.fetch." +
                                std::to_string(::getpid()) + ".4",
                            "x");
    plain_ = dir_.write("cache/sources/musl_1.2.3.orig.tar.gz", "debian-source's");
    fetch_lock_ = dir_.write("cache/sources/.fetch.lock", "");
    work_ = dir_.write("cache/sources/.fetch.AbC123/partial.dsc", "x").parent_path();
  }
  std::string gc(const std::vector<std::string>& extra) {
    std::vector<std::string> command = {"gc"};
    command.insert(command.end(), extra.begin(), extra.end());
    ::testing::internal::CaptureStdout();
    const int status = wpk::testing::run_wpk_in(kRepo, dir_.path(), command);
    const std::string out = ::testing::internal::GetCapturedStdout();
    EXPECT_EQ(status, 0) << out;
    return out;
  }
  bool mentions(const std::string& out, const std::filesystem::path& path) {
    return out.find(path.string() + "\n") != std::string::npos;
  }
  testing::ScratchDir dir_;
  const std::string used_ = std::string(64, '1');
  const std::string unused_ = std::string(64, '2');
  std::filesystem::path sources_, used_temp_, live_temp_, plain_, fetch_lock_, work_;
};

TEST_F(GcSourcesTest, RemovesUnusedSourcesAndDeadTemporaries) {
  const std::string out = gc({});
  EXPECT_TRUE(std::filesystem::exists(sources_ / used_ / "src-1.tar.gz"));
  EXPECT_FALSE(std::filesystem::exists(sources_ / unused_)) << out;
  EXPECT_TRUE(mentions(out, sources_ / unused_)) << out;
  EXPECT_FALSE(std::filesystem::exists(used_temp_)) << out;
  EXPECT_TRUE(mentions(out, used_temp_)) << out;
  EXPECT_TRUE(std::filesystem::exists(live_temp_)) << "a running fetch's temporary";
  EXPECT_FALSE(std::filesystem::exists(work_)) << out;
  EXPECT_TRUE(std::filesystem::exists(plain_)) << "scripts/lib/debian-source's file";
  EXPECT_TRUE(std::filesystem::exists(fetch_lock_));
}

TEST_F(GcSourcesTest, LeavesDebianSourceWorkWhileItRuns) {
  RawLock running(fetch_lock_, LOCK_EX);
  gc({});
  EXPECT_TRUE(std::filesystem::exists(work_ / "partial.dsc"));
  EXPECT_FALSE(std::filesystem::exists(sources_ / unused_));
}

// A fetch in progress (fetch_source holds the sources lock shared) keeps gc out of sources/; so
// does a sources/ that is a symlink to another cache's (the end-to-end tests share the real one).
TEST_F(GcSourcesTest, LeavesSourcesAFetchUsesOrAnotherCacheShares) {
  {
    const CacheStore::SourcesLock fetching(dir_.path() / "cache");
    const std::string out = gc({});
    EXPECT_NE(out.find("a source fetch is running"), std::string::npos) << out;
    EXPECT_TRUE(std::filesystem::exists(sources_ / unused_));
    EXPECT_TRUE(std::filesystem::exists(used_temp_));
  }
  std::filesystem::rename(sources_, dir_.path() / "shared");
  std::filesystem::create_directory_symlink(dir_.path() / "shared", sources_);
  const std::string out = gc({});
  EXPECT_NE(out.find("is a symlink"), std::string::npos) << out;
  EXPECT_TRUE(std::filesystem::exists(dir_.path() / "shared" / unused_));
  EXPECT_TRUE(std::filesystem::exists(dir_.path() / "shared/.fetch.AbC123"));
}

TEST_F(GcSourcesTest, DryRunListsWhatWouldGoAndRemovesNothing) {
  const std::string out = gc({"--dry-run"});
  EXPECT_TRUE(mentions(out, sources_ / unused_)) << out;
  EXPECT_TRUE(mentions(out, used_temp_)) << out;
  EXPECT_TRUE(mentions(out, work_)) << out;
  EXPECT_FALSE(mentions(out, plain_)) << out;
  EXPECT_TRUE(std::filesystem::exists(sources_ / unused_));
  EXPECT_TRUE(std::filesystem::exists(used_temp_));
  EXPECT_TRUE(std::filesystem::exists(work_));
}

} // namespace
} // namespace wpk
