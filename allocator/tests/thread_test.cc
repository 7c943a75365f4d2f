// Thread-safety of wpkmalloc (native build): threads allocate, free each other's blocks and
// exit, and every block keeps its contents.
#include "wpkmalloc.h"

#include <atomic>
#include <cstdint>
#include <cstring>
#include <gtest/gtest.h>
#include <mutex>
#include <pthread.h>
#include <thread>
#include <vector>

namespace {

struct Block {
  unsigned char* p;
  size_t n;
  unsigned char fill;
};

// A thread that only frees (a consumer) fills its cache without ever refilling it; its blocks
// must still go back when it exits, or memory grows with every such thread.
TEST(WpkMallocThreads, AThreadThatOnlyFreesGivesItsCacheBack) {
  struct wpkmalloc_stats before;
  wpkmalloc_get_stats(&before);
  for (int round = 0; round < 3000; round++) {
    std::vector<void*> blocks;
    for (int i = 0; i < 60; i++)
      blocks.push_back(wpk_malloc(1000));
    std::thread consumer([&] {
      for (void* p : blocks)
        wpk_free(p);
    });
    consumer.join();
  }
  struct wpkmalloc_stats after;
  wpkmalloc_get_stats(&after);
  // Each round's 60 KB come back; leaking them would add 3000 * 60 KB = 180 MB.
  EXPECT_LT(after.system_bytes, before.system_bytes + (size_t(16) << 20))
      << before.system_bytes << " -> " << after.system_bytes;
}

// Blocks freed after the allocator's thread-exit hook ran (by a later destructor round, as libc's
// own thread cleanup does after every round) must not stay in the dead thread's cache. The key's
// destructor re-arms itself until the last round glibc runs (PTHREAD_DESTRUCTOR_ITERATIONS, 4),
// then allocates and frees; the allocator's hook has run by then in every order of the keys.
pthread_key_t late_free_key;
void free_in_the_last_destructor_round(void* value) {
  auto round = reinterpret_cast<uintptr_t>(value);
  if (round < PTHREAD_DESTRUCTOR_ITERATIONS) {
    pthread_setspecific(late_free_key, reinterpret_cast<void*>(round + 1));
    return;
  }
  void* blocks[64];
  for (void*& p : blocks)
    p = wpk_malloc(48);
  for (void* p : blocks)
    wpk_free(p);
}

TEST(WpkMallocThreads, FreesAfterTheThreadExitHookAreNotLost) {
  ASSERT_EQ(pthread_key_create(&late_free_key, free_in_the_last_destructor_round), 0);
  struct wpkmalloc_stats before;
  wpkmalloc_get_stats(&before);
  for (int i = 0; i < 3000; i++) {
    std::thread worker([] {
      wpk_free(wpk_malloc(48)); // registers this thread's cache
      pthread_setspecific(late_free_key, reinterpret_cast<void*>(1));
    });
    worker.join();
  }
  struct wpkmalloc_stats after;
  wpkmalloc_get_stats(&after);
  pthread_key_delete(late_free_key);
  // Losing each thread's 64 blocks would take 3000 * 64 * 48 bytes = 9 MB of new slabs.
  EXPECT_LT(after.system_bytes, before.system_bytes + (size_t(2) << 20))
      << before.system_bytes << " -> " << after.system_bytes;
}

TEST(WpkMallocThreads, BlocksMoveBetweenThreadsIntact) {
  constexpr int kThreads = 4;
  constexpr int kRounds = 20000;
  std::mutex mu;
  std::vector<Block> shared; // blocks handed from one thread to another
  std::atomic<int> corrupt{0};
  auto worker = [&](int id) {
    uint32_t x = 12345u + static_cast<uint32_t>(id);
    for (int i = 0; i < kRounds; i++) {
      x = x * 1664525u + 1013904223u;
      size_t n = (x >> 8) % (x % 16 == 0 ? 40000 : 600);
      auto fill = static_cast<unsigned char>(x >> 24);
      auto* p = static_cast<unsigned char*>(wpk_malloc(n));
      if (!p) {
        corrupt++;
        return;
      }
      std::memset(p, fill, n);
      Block other{nullptr, 0, 0};
      {
        std::lock_guard<std::mutex> lock(mu);
        shared.push_back({p, n, fill});
        if (shared.size() > 256) {
          size_t k = x % shared.size();
          other = shared[k];
          shared[k] = shared.back();
          shared.pop_back();
        }
      }
      if (other.p) {
        for (size_t j = 0; j < other.n; j++)
          if (other.p[j] != other.fill) {
            corrupt++;
            break;
          }
        wpk_free(other.p);
      }
    }
  };
  for (int wave = 0; wave < 3; wave++) { // threads exit and new ones reuse their blocks
    std::vector<std::thread> threads;
    for (int t = 0; t < kThreads; t++)
      threads.emplace_back(worker, t + wave * kThreads);
    for (auto& t : threads)
      t.join();
  }
  for (const Block& b : shared) {
    for (size_t j = 0; j < b.n; j++)
      if (b.p[j] != b.fill) {
        corrupt++;
        break;
      }
    wpk_free(b.p);
  }
  EXPECT_EQ(corrupt.load(), 0);
}

} // namespace
