// An unpacked tree matches its manifest only exactly: the same paths, a regular file (never a
// symlink, never followed) with the listed sha256 and size for each file, a symlink with the
// listed target for each symlink, real folders on the way, and nothing else.
#include "error.h"
#include "manifest_check.h"
#include "sha256.h"
#include "test_util.h"

#include <gtest/gtest.h>
#include <sys/stat.h>

namespace wpk {
namespace {

Json output(const std::string& path, const std::string& sha256, uint64_t size) {
  Json item = Json::object();
  item.set("path", path);
  item.set("type", "library");
  item.set("sha256", sha256);
  item.set("size", size);
  return item;
}

// The manifest of the tree `good_tree` makes: usr/lib/libalpha.a, usr/include/alpha.h and the
// symlink usr/lib/libalpha.so -> libalpha.a.
Json alpha_manifest() {
  Json outputs = Json::array();
  outputs.push(output("usr/include/alpha.h", sha256_hex("int alpha;\n"), 11));
  outputs.push(output("usr/lib/libalpha.a", sha256_hex("alpha archive"), 13));
  outputs.push(output("usr/lib/libalpha.so", "symlink:libalpha.a", 0));
  Json manifest = Json::object();
  manifest.set("outputs", outputs);
  return manifest;
}

std::filesystem::path good_tree(const testing::ScratchDir& dir) {
  dir.write("tree/usr/include/alpha.h", "int alpha;\n");
  dir.write("tree/usr/lib/libalpha.a", "alpha archive");
  std::filesystem::create_symlink("libalpha.a", dir.path() / "tree/usr/lib/libalpha.so");
  return dir.path() / "tree";
}

std::string mismatch(const std::filesystem::path& tree, const Json& manifest = alpha_manifest()) {
  try {
    check_tree_matches_manifest(tree, manifest, "http://cache/k/alpha.tar.zst");
  } catch (const Error& e) {
    return e.what();
  }
  return "";
}

TEST(ManifestCheck, AcceptsTheExactTree) {
  testing::ScratchDir dir;
  EXPECT_EQ(mismatch(good_tree(dir)), "");
}

// usr/lib replaced by a symlink to a folder outside that holds files with the listed bytes: read
// through the symlink every listed digest would match, so the symlink itself must be refused.
TEST(ManifestCheck, RejectsAFolderReplacedByASymlinkToOutside) {
  testing::ScratchDir dir;
  const auto tree = good_tree(dir);
  dir.write("outside/lib/libalpha.a", "alpha archive");
  std::filesystem::create_symlink("libalpha.a", dir.path() / "outside/lib/libalpha.so");
  std::filesystem::remove_all(tree / "usr/lib");
  std::filesystem::create_symlink(dir.path() / "outside/lib", tree / "usr/lib");
  EXPECT_EQ(mismatch(tree),
            "http://cache/k/alpha.tar.zst: usr/lib: expected a folder (the manifest lists files "
            "in it), got a symlink");
}

TEST(ManifestCheck, RejectsAnUnlistedFile) {
  testing::ScratchDir dir;
  const auto tree = good_tree(dir);
  dir.write("tree/usr/bin/evil", "evil");
  EXPECT_NE(mismatch(tree).find("usr/bin/"), std::string::npos) << mismatch(tree);
  std::filesystem::remove_all(tree / "usr/bin");
  dir.write("tree/usr/lib/evil.a", "evil");
  EXPECT_EQ(mismatch(tree), "http://cache/k/alpha.tar.zst: usr/lib/evil.a: not listed in the "
                            "manifest");
}

TEST(ManifestCheck, RejectsAnUnlistedFolderOrSymlink) {
  testing::ScratchDir dir;
  const auto tree = good_tree(dir);
  std::filesystem::create_directories(tree / "usr/share/empty");
  EXPECT_EQ(mismatch(tree),
            "http://cache/k/alpha.tar.zst: usr/share/: a folder the manifest does not list");
  std::filesystem::remove_all(tree / "usr/share");
  std::filesystem::create_symlink("/etc", tree / "usr/etc");
  EXPECT_EQ(mismatch(tree), "http://cache/k/alpha.tar.zst: usr/etc: not listed in the manifest");
}

TEST(ManifestCheck, RejectsASymlinkWhereTheManifestListsAFile) {
  testing::ScratchDir dir;
  const auto tree = good_tree(dir);
  const auto outside = dir.write("outside/libalpha.a", "alpha archive"); // the listed bytes
  std::filesystem::remove(tree / "usr/lib/libalpha.a");
  std::filesystem::create_symlink(outside, tree / "usr/lib/libalpha.a");
  EXPECT_EQ(mismatch(tree), "http://cache/k/alpha.tar.zst: usr/lib/libalpha.a: expected a "
                            "regular file as the manifest lists, got a symlink");
}

TEST(ManifestCheck, RejectsAFileWhereTheManifestListsASymlinkOrAnotherTarget) {
  testing::ScratchDir dir;
  const auto tree = good_tree(dir);
  std::filesystem::remove(tree / "usr/lib/libalpha.so");
  std::filesystem::create_symlink("../../etc/passwd", tree / "usr/lib/libalpha.so");
  EXPECT_EQ(mismatch(tree), "http://cache/k/alpha.tar.zst: usr/lib/libalpha.so: expected a "
                            "symlink to 'libalpha.a' as the manifest lists, got one to "
                            "'../../etc/passwd'");
  std::filesystem::remove(tree / "usr/lib/libalpha.so");
  dir.write("tree/usr/lib/libalpha.so", "alpha archive");
  EXPECT_EQ(mismatch(tree), "http://cache/k/alpha.tar.zst: usr/lib/libalpha.so: expected a "
                            "symlink to 'libalpha.a' as the manifest lists");
}

TEST(ManifestCheck, RejectsOtherBytesOrSizeAndMissingFiles) {
  testing::ScratchDir dir;
  const auto tree = good_tree(dir);
  dir.write("tree/usr/include/alpha.h", "int alphb;\n");
  EXPECT_NE(
      mismatch(tree).find("usr/include/alpha.h: expected sha256 " + sha256_hex("int alpha;\n")),
      std::string::npos)
      << mismatch(tree);
  dir.write("tree/usr/include/alpha.h", "int alpha;\n\n");
  EXPECT_NE(mismatch(tree).find("usr/include/alpha.h: expected 11 bytes"), std::string::npos)
      << mismatch(tree);
  std::filesystem::remove(tree / "usr/include/alpha.h");
  EXPECT_EQ(mismatch(tree), "http://cache/k/alpha.tar.zst: usr/include/alpha.h: listed in the "
                            "manifest but not in the archive");
}

TEST(ManifestCheck, RejectsABadManifest) {
  testing::ScratchDir dir;
  const auto tree = good_tree(dir);
  Json manifest = alpha_manifest();
  Json outputs = *manifest.find("outputs");
  outputs.push(output("usr/../../x", sha256_hex(""), 0));
  manifest.set("outputs", outputs);
  EXPECT_NE(mismatch(tree, manifest).find("'usr/../../x' is not a safe relative path"),
            std::string::npos);
  Json twice = alpha_manifest();
  Json twice_outputs = *twice.find("outputs");
  twice_outputs.push(output("usr/lib/libalpha.a", sha256_hex("alpha archive"), 13));
  twice.set("outputs", twice_outputs);
  EXPECT_NE(mismatch(tree, twice).find("listed twice"), std::string::npos);
  EXPECT_NE(mismatch(tree, Json::object()).find("expected an 'outputs' list"), std::string::npos);
}

} // namespace
} // namespace wpk
