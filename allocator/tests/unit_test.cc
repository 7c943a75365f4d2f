// Unit tests of wpkmalloc's malloc family (prefixed build: wpk_malloc, ...), next to the
// system allocator that GoogleTest itself uses.
#include "heap_check.h"
#include "wpkmalloc.h"

#include <cerrno>
#include <cstdint>
#include <cstring>
#include <gtest/gtest.h>
#include <set>
#include <sys/mman.h>
#include <sys/resource.h>
#include <utility>
#include <vector>

namespace {

bool aligned(const void* p, size_t a) {
  return (reinterpret_cast<uintptr_t>(p) & (a - 1)) == 0;
}

TEST(WpkMalloc, VersionNamesTheAllocator) {
  EXPECT_STREQ(wpkmalloc_version(), "wpkmalloc " WPKMALLOC_VERSION);
}

TEST(WpkMalloc, EverySmallSizeIsAlignedUsableAndDistinct) {
  std::vector<void*> blocks;
  std::set<uintptr_t> seen;
  for (size_t n = 0; n <= 20000; n += (n < 1100 ? 1 : 97)) {
    auto* p = static_cast<unsigned char*>(wpk_malloc(n));
    ASSERT_NE(p, nullptr) << n;
    EXPECT_TRUE(aligned(p, 16)) << n;
    size_t usable = wpk_malloc_usable_size(p);
    EXPECT_GE(usable, n);
    if (wpk_small_class_usable(n) == 0) { // a small block may be borrowed from a larger class
      EXPECT_LE(usable, n + n / 8 + 32) << "large block too coarse for " << n;
    }
    std::memset(p, 0xA5, usable);
    EXPECT_TRUE(seen.insert(reinterpret_cast<uintptr_t>(p)).second);
    blocks.push_back(p);
  }
  for (void* p : blocks)
    wpk_free(p);
}

TEST(WpkMalloc, SmallClassesAreAtMostAnEighthCoarse) {
  size_t small_max = 0;
  for (size_t n = 0; wpk_small_class_usable(n) != 0; n++) {
    size_t usable = wpk_small_class_usable(n);
    EXPECT_GE(usable, n);
    EXPECT_LE(usable, n + n / 8 + 32) << "size class too coarse for " << n;
    small_max = n;
  }
  EXPECT_GE(small_max, 1024u) << "the small classes should reach at least 1 KiB";
}

TEST(WpkMalloc, FreedSmallBlockIsReusedFirst) {
  void* a = wpk_malloc(40);
  wpk_free(a);
  void* b = wpk_malloc(40);
  EXPECT_EQ(a, b);
  wpk_free(b);
}

TEST(WpkMalloc, FreeNullIsANoOp) {
  wpk_free(nullptr);
  EXPECT_EQ(wpk_malloc_usable_size(nullptr), 0u);
}

TEST(WpkMalloc, CallocZeroesAndChecksOverflow) {
  // Dirty a block, free it, and make sure calloc of the same class returns zeroes.
  auto* d = static_cast<unsigned char*>(wpk_malloc(300));
  std::memset(d, 0xFF, 300);
  wpk_free(d);
  auto* z = static_cast<unsigned char*>(wpk_calloc(30, 10));
  ASSERT_NE(z, nullptr);
  for (int i = 0; i < 300; i++)
    ASSERT_EQ(z[i], 0) << i;
  wpk_free(z);
  errno = 0;
  EXPECT_EQ(wpk_calloc(SIZE_MAX / 2, 3), nullptr);
  EXPECT_EQ(errno, ENOMEM);
  auto* big = static_cast<unsigned char*>(wpk_calloc(1, 3 << 20));
  ASSERT_NE(big, nullptr);
  EXPECT_EQ(big[0], 0);
  EXPECT_EQ(big[(3 << 20) - 1], 0);
  wpk_free(big);
}

TEST(WpkMalloc, HugeRequestsFailWithENOMEM) {
  errno = 0;
  EXPECT_EQ(wpk_malloc(SIZE_MAX - 8), nullptr);
  EXPECT_EQ(errno, ENOMEM);
  errno = 0;
  EXPECT_EQ(wpk_malloc(SIZE_MAX / 2 + 1), nullptr);
  EXPECT_EQ(errno, ENOMEM);
  errno = 0;
  EXPECT_EQ(wpk_aligned_alloc(4096, SIZE_MAX - 100), nullptr);
  EXPECT_EQ(errno, ENOMEM);
  void* p = wpk_malloc(16);
  EXPECT_EQ(wpk_realloc(p, SIZE_MAX - 4), nullptr);
  wpk_free(p); // the original block is still valid after a failed realloc
}

TEST(WpkMalloc, ReallocKeepsContentsAcrossClassesAndLargeBlocks) {
  auto* p = static_cast<unsigned char*>(wpk_malloc(1));
  p[0] = 7;
  size_t n = 1;
  for (size_t next : {2u, 17u, 100u, 1000u, 5000u, 16383u, 16384u, 70000u, 300000u, 2000000u,
                      100000u, 3000u, 10u}) {
    auto* q = static_cast<unsigned char*>(wpk_realloc(p, next));
    ASSERT_NE(q, nullptr);
    for (size_t i = 0; i < std::min(n, next); i++)
      ASSERT_EQ(q[i], static_cast<unsigned char>(i * 7 + 7)) << "size " << next << " byte " << i;
    for (size_t i = std::min(n, next); i < next; i++)
      q[i] = static_cast<unsigned char>(i * 7 + 7);
    p = q;
    n = next;
  }
  wpk_free(p);
}

TEST(WpkMalloc, PowerOfTwoRequestsWasteAtMostSixteenBytes) {
  // Strides are 16 + (8..15) << k: a request of 2^k bytes plus its tag fits 2^k + 16.
  for (size_t n : {256u, 512u, 1024u, 2048u, 4096u, 8192u}) {
    void* p = wpk_malloc(n);
    ASSERT_NE(p, nullptr);
    EXPECT_GE(wpk_malloc_usable_size(p), n);
    EXPECT_LE(wpk_malloc_usable_size(p), n + 15) << n;
    wpk_free(p);
  }
}

TEST(WpkMalloc, GrowingSmallBlockGetsRoomToGrowInPlace) {
  auto* p = static_cast<unsigned char*>(wpk_malloc(100));
  std::memset(p, 5, 100);
  auto* q = static_cast<unsigned char*>(wpk_realloc(p, 200));
  ASSERT_NE(q, nullptr);
  EXPECT_GE(wpk_malloc_usable_size(q), 300u); // half as much again
  for (int i = 0; i < 100; i++)
    ASSERT_EQ(q[i], 5) << i;
  EXPECT_EQ(wpk_realloc(q, 290), q); // the next growth stays in place
  // Near the small limit (7951) the room is capped: the block stays in the largest class.
  void* r = wpk_realloc(q, 7900);
  ASSERT_NE(r, nullptr);
  EXPECT_GE(wpk_malloc_usable_size(r), 7900u);
  EXPECT_LT(wpk_malloc_usable_size(r), 7952u);
  wpk_free(r);
}

// Two large blocks of n bytes, the second in the chunk right after the first. Free chunks that
// earlier tests in this process left behind may place them apart (the whole binary, unlike ctest,
// runs every test in one process): take pairs until one is adjacent, keeping the others in spare.
static std::pair<unsigned char*, unsigned char*> adjacent_pair(size_t n,
                                                               std::vector<void*>& spare) {
  for (;;) {
    auto* a = static_cast<unsigned char*>(wpk_malloc(n));
    auto* b = static_cast<unsigned char*>(wpk_malloc(n));
    if (b == a + wpk_malloc_usable_size(a) + 16) // one 16-byte chunk header between them
      return {a, b};
    spare.push_back(a);
    spare.push_back(b);
    if (spare.size() > 200)
      return {nullptr, nullptr};
  }
}

TEST(WpkMalloc, LargeReallocGrowsInPlaceWhenTheNextChunkIsFree) {
  std::vector<void*> spare;
  auto [a, b] = adjacent_pair(40000, spare);
  ASSERT_NE(a, nullptr) << "no two adjacent chunks";
  void* guard = wpk_malloc(40000);
  wpk_free(b);
  void* a2 = wpk_realloc(a, 70000);
  EXPECT_EQ(a2, a);
  EXPECT_GE(wpk_malloc_usable_size(a2), 70000u);
  wpk_free(a2);
  wpk_free(guard);
  for (void* p : spare)
    wpk_free(p);
}

TEST(WpkMalloc, LargeReallocMovesDownIntoAFreePredecessor) {
  std::vector<void*> spare;
  auto [a, b] = adjacent_pair(100000, spare);
  ASSERT_NE(a, nullptr) << "no two adjacent chunks";
  void* guard = wpk_malloc(100000);
  for (size_t i = 0; i < 100000; i++)
    b[i] = static_cast<unsigned char>(i * 13);
  wpk_free(a);
  auto* r = static_cast<unsigned char*>(wpk_realloc(b, 180000));
  EXPECT_EQ(r, a); // grew into the hole before it instead of taking new memory
  for (size_t i = 0; i < 100000; i++)
    ASSERT_EQ(r[i], static_cast<unsigned char>(i * 13)) << i;
  std::memset(r, 1, 180000);
  wpk_free(r);
  wpk_free(guard);
  for (void* p : spare)
    wpk_free(p);
}

TEST(WpkMalloc, ReallocZeroReturnsAMinimalBlock) {
  void* p = wpk_malloc(100);
  void* q = wpk_realloc(p, 0);
  ASSERT_NE(q, nullptr);
  wpk_free(q);
}

TEST(WpkMalloc, AlignedFamily) {
  for (size_t align = 1; align <= (size_t(1) << 20); align <<= 1) {
    for (size_t n : {0u, 1u, 100u, 5000u, 300000u}) {
      void* p = wpk_aligned_alloc(align, n);
      ASSERT_NE(p, nullptr) << align << " " << n;
      EXPECT_TRUE(aligned(p, align < 16 ? 16 : align)) << align << " " << n;
      EXPECT_GE(wpk_malloc_usable_size(p), n);
      std::memset(p, 1, n);
      void* q = wpk_memalign(align, n);
      ASSERT_NE(q, nullptr);
      EXPECT_TRUE(aligned(q, align));
      void* r = nullptr;
      if (align >= sizeof(void*)) {
        ASSERT_EQ(wpk_posix_memalign(&r, align, n), 0);
        EXPECT_TRUE(aligned(r, align));
      }
      wpk_free(p);
      wpk_free(q);
      wpk_free(r);
    }
  }
  void* r = reinterpret_cast<void*>(1);
  EXPECT_EQ(wpk_posix_memalign(&r, 24, 10), EINVAL);
  EXPECT_EQ(wpk_posix_memalign(&r, 2, 10), EINVAL); // not a multiple of sizeof(void*)
  EXPECT_EQ(r, reinterpret_cast<void*>(1));
  errno = 0;
  EXPECT_EQ(wpk_aligned_alloc(48, 10), nullptr);
  EXPECT_EQ(errno, EINVAL);
}

// Natively memalign behaves as glibc's (programs are preloaded into glibc processes): an
// alignment that is not a power of two is rounded up to one, 0 means malloc; posix_memalign and
// aligned_alloc keep refusing such alignments.
TEST(WpkMalloc, MemalignRoundsAnAlignmentUpToAPowerOfTwoLikeGlibc) {
  for (size_t align : {size_t(24), size_t(48), size_t(100), size_t(3000), size_t(70000)}) {
    size_t rounded = 1;
    while (rounded < align)
      rounded *= 2;
    void* p = wpk_memalign(align, 100);
    ASSERT_NE(p, nullptr) << align;
    EXPECT_EQ(reinterpret_cast<uintptr_t>(p) % rounded, 0u) << align;
    memset(p, 7, 100);
    wpk_free(p);
  }
  void* p = wpk_memalign(0, 10);
  ASSERT_NE(p, nullptr);
  wpk_free(p);
  errno = 0;
  EXPECT_EQ(wpk_memalign(SIZE_MAX / 2 + 2, 10), nullptr);
  EXPECT_EQ(errno, EINVAL);
  errno = 0;
  EXPECT_EQ(wpk_aligned_alloc(24, 10), nullptr);
  EXPECT_EQ(errno, EINVAL);
}

// Alignments above 1 GiB fail with ENOMEM (they used to wrap the mapping size, or cut the
// payload offset to 32 bits and unmap the wrong range); posix_memalign reports it without
// touching errno.
TEST(WpkMalloc, HugeAlignmentsFailCleanly) {
  for (int shift : {31, 33, 40, 63}) {
    for (size_t n : {size_t(16), size_t(1) << 20}) {
      errno = 0;
      EXPECT_EQ(wpk_aligned_alloc(size_t(1) << shift, n), nullptr) << shift << " " << n;
      EXPECT_EQ(errno, ENOMEM);
      EXPECT_EQ(wpk_memalign(size_t(1) << shift, n), nullptr);
      void* r = reinterpret_cast<void*>(1);
      errno = 42;
      EXPECT_EQ(wpk_posix_memalign(&r, size_t(1) << shift, n), ENOMEM);
      EXPECT_EQ(errno, 42);
      EXPECT_EQ(r, reinterpret_cast<void*>(1));
    }
  }
  void* p = wpk_aligned_alloc(size_t(1) << 24, size_t(1) << 20);
  ASSERT_NE(p, nullptr);
  EXPECT_TRUE(aligned(p, size_t(1) << 24));
  EXPECT_GE(wpk_malloc_usable_size(p), size_t(1) << 20);
  EXPECT_LE(wpk_malloc_usable_size(p),
            (size_t(1) << 20) + 2 * (size_t(1) << 24)); // the mapping's rest
  wpk_free(p);
}

TEST(WpkMalloc, FreedLargeChunksCoalesceAndAreReused) {
  struct wpkmalloc_stats before, after;
  std::vector<void*> blocks;
  for (int i = 0; i < 64; i++)
    blocks.push_back(wpk_malloc(20000));
  wpkmalloc_get_stats(&before);
  for (void* p : blocks)
    wpk_free(p);
  // 64 x 20000 bytes freed side by side: one request of a million bytes fits in them.
  void* big = wpk_malloc(200000);
  wpkmalloc_get_stats(&after);
  EXPECT_EQ(after.system_bytes, before.system_bytes);
  wpk_free(big);
}

TEST(WpkMalloc, SmallSlabsStartSmall) {
  struct wpkmalloc_stats before, after;
  wpkmalloc_get_stats(&before);
  // One block of each of a few rarely used classes costs slabs, not megabytes.
  std::vector<void*> blocks;
  for (size_t n : {4000u, 4500u, 5000u, 5500u, 6000u, 7000u, 9000u, 11000u})
    blocks.push_back(wpk_malloc(n));
  wpkmalloc_get_stats(&after);
  EXPECT_LE(after.system_bytes - before.system_bytes, size_t(1) << 20);
  for (void* p : blocks)
    wpk_free(p);
}

using WpkMallocDeathTest = ::testing::Test;

TEST(WpkMallocDeathTest, DoubleFreeOfASmallBlockAborts) {
  EXPECT_DEATH(
      {
        void* p = wpk_malloc(24);
        wpk_free(p);
        wpk_free(p);
      },
      "double free");
}

TEST(WpkMallocDeathTest, DoubleFreeOfALargeBlockAborts) {
  EXPECT_DEATH(
      {
        void* guard1 = wpk_malloc(50000);
        void* p = wpk_malloc(50000);
        void* guard2 = wpk_malloc(50000);
        wpk_free(p);
        wpk_free(p);
        wpk_free(guard1);
        wpk_free(guard2);
      },
      "double free");
}

// The freed block merges into the free block before it; its own header must still read as freed.
TEST(WpkMallocDeathTest, DoubleFreeAfterMergingWithTheFreePredecessorAborts) {
  EXPECT_DEATH(
      {
        void* a = wpk_malloc(10000);
        void* b = wpk_malloc(10000);
        void* guard = wpk_malloc(10000);
        wpk_free(a);
        wpk_free(b); // merges into a's free chunk
        wpk_free(b);
        wpk_free(guard);
      },
      "double free");
}

// A direct mapping is unmapped by the first free; the second must be reported, not fault on the
// header it used to have.
TEST(WpkMallocDeathTest, DoubleFreeOfADirectMappingAborts) {
  EXPECT_DEATH(
      {
        void* other = wpk_malloc(size_t(1) << 20); // another mapping stays live
        void* p = wpk_malloc(size_t(1) << 20);
        wpk_free(p);
        wpk_free(p);
        wpk_free(other);
      },
      "invalid pointer");
  EXPECT_DEATH(
      {
        void* p = wpk_realloc(wpk_malloc(size_t(1) << 20), size_t(3) << 20); // mremap'd
        wpk_free(p);
        wpk_free(p);
      },
      "invalid pointer");
}

// realloc of a direct mapping moves its entry in the table of live mappings; with the table half
// full that must not need a bigger table (whose mapping could fail and lose the entry, so that the
// block's free aborted). Run where no new mapping can succeed: RLIMIT_AS of 0.
TEST(WpkMallocDeathTest, ReallocOfADirectMappingKeepsItListedWhenNoMemoryIsLeft) {
  EXPECT_EXIT(
      {
        struct wpkmalloc_stats stats;
        std::vector<void*> blocks;
        do { // 128 live mappings: the first table (256 slots) is half full
          blocks.push_back(wpk_malloc(300000));
          wpkmalloc_get_stats(&stats);
        } while (stats.huge_maps < 128);
        struct rlimit none = {}; // no address space at all
        setrlimit(RLIMIT_AS, &none);
        void* p = wpk_realloc(blocks[0], 280000); // shrinks in place: mremap needs no new space
        if (!p)
          _exit(2);
        wpk_free(p);
        _exit(0);
      },
      ::testing::ExitedWithCode(0), "");
}

// mincore reports a PROT_NONE page as mapped; only our own table may vouch for a page-aligned
// pointer while a direct mapping is live.
TEST(WpkMallocDeathTest, FreeOfAPointerAfterAGuardPageAborts) {
  EXPECT_DEATH(
      {
        void* huge = wpk_malloc(size_t(1) << 20); // a direct mapping is live
        auto* pages = static_cast<char*>(
            mmap(nullptr, 8192, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0));
        mprotect(pages, 4096, PROT_NONE);
        wpk_free(pages + 4096);
        wpk_free(huge);
      },
      "invalid pointer");
}

// An interior pointer whose previous byte happens to read as a tag must not be taken for a block:
// the direct-mapping tag only counts on a pointer our table knows, the large-chunk tag only with
// a header its neighbours agree with.
TEST(WpkMallocDeathTest, FreeOfAnInteriorPointerAfterATagByteAborts) {
  for (unsigned char tag : {0xE5, 0xE9}) { // TAG_HUGE, TAG_LARGE
    EXPECT_DEATH(
        {
          auto* p = static_cast<unsigned char*>(wpk_malloc(20000));
          std::memset(p, tag, 20000);
          wpk_free(p + 4000);
        },
        "invalid pointer")
        << int(tag);
  }
}

TEST(WpkMallocDeathTest, FreeOfAnInteriorPointerAborts) {
  EXPECT_DEATH(
      {
        auto* p = static_cast<unsigned char*>(wpk_malloc(64));
        std::memset(p, 0, 64);
        wpk_free(p + 16);
      },
      "invalid pointer");
}

TEST(WpkMallocDeathTest, FreeOfAForeignPageAlignedPointerAborts) {
  EXPECT_DEATH(
      {
        void* foreign = wpk_aligned_alloc(4096, 8192); // ours but page-aligned: fine
        wpk_free(foreign);
        static char page[8192] __attribute__((aligned(4096)));
        wpk_free(page + 4096);
      },
      "invalid pointer");
}

} // namespace
