#include "build_path_scan.h"
#include "error.h"

#include <fstream>
#include <gtest/gtest.h>
#include <unistd.h>

namespace wpk {
namespace {

class BuildPathScan : public ::testing::Test {
protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("wpk-build-path-scan-" + std::to_string(::getpid()));
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_ / "real-cache/tmp");
    std::filesystem::create_directory_symlink(dir_ / "real-cache", dir_ / "cache-link");
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }
  std::filesystem::path write(const std::string& name, const std::string& content) {
    const auto path = dir_ / name;
    std::ofstream(path, std::ios::binary) << content;
    return path;
  }
  std::filesystem::path dir_;
};

TEST_F(BuildPathScan, NeedlesAreGivenAndCanonicalPathsWithASlash) {
  const auto needles = build_path_needles({dir_ / "cache-link" / "tmp", "", "/"});
  ASSERT_EQ(needles.size(), 2u);
  EXPECT_EQ(needles[0], (dir_ / "cache-link/tmp/").string());
  EXPECT_EQ(needles[1], (dir_ / "real-cache/tmp/").string());
}

TEST_F(BuildPathScan, DuplicatesAndTrailingSlashesCollapse) {
  const auto needles = build_path_needles({dir_ / "real-cache/", dir_ / "real-cache"});
  ASSERT_EQ(needles.size(), 1u);
  EXPECT_EQ(needles[0], (dir_ / "real-cache/").string());
}

TEST_F(BuildPathScan, FindsAPathInBinaryContentWithItsOffset) {
  const auto needles = build_path_needles({"/root/.cache/wpk/tmp/openssl-wasm32-1234"});
  std::string content("\0asm\x01\0\0\0", 8);
  content += "compiler: cc -I/root/.cache/wpk/tmp/openssl-wasm32-1234/deps/usr/include";
  const auto hit = find_build_path(write("module.wasm", content), needles);
  ASSERT_TRUE(hit.has_value());
  EXPECT_EQ(hit->needle, "/root/.cache/wpk/tmp/openssl-wasm32-1234/");
  EXPECT_EQ(hit->offset, 8u + std::string("compiler: cc -I").size());
}

TEST_F(BuildPathScan, ThePathWithoutItsSlashOrAnotherFolderIsNoHit) {
  const auto needles = build_path_needles({"/work/main"});
  EXPECT_FALSE(
      find_build_path(write("a", "mapped to /wpk/build, /work/main-old/x, /work/main"), needles));
  EXPECT_TRUE(find_build_path(write("b", "wrapper /work/main/toolchain/bin/cc"), needles));
}

TEST_F(BuildPathScan, TheFirstNeedleInListOrderIsReported) {
  const auto needles = build_path_needles({"/first", "/second"});
  const auto hit = find_build_path(write("c", "/second/x then /first/y"), needles);
  ASSERT_TRUE(hit.has_value());
  EXPECT_EQ(hit->needle, "/first/");
  EXPECT_EQ(hit->offset, 15u);
}

TEST_F(BuildPathScan, AnUnreadableFileIsAnError) {
  EXPECT_THROW(find_build_path(dir_ / "missing", {"/x/"}), Error);
}

} // namespace
} // namespace wpk
