// Source fetching: a file:// tarball is copied into the cache only when its sha256 matches; a
// mismatch is an error and leaves nothing in the cache; a cached file is verified again.
#include "error.h"
#include "recipe_parser.h"
#include "sha256.h"
#include "source_fetch.h"
#include "test_util.h"

#include <gtest/gtest.h>

namespace wpk {
namespace {

Recipe recipe_for(const testing::ScratchDir& dir, const std::string& url, const std::string& sha) {
  const std::string text = "name: demo\nversion: \"1\"\nrevision: 0\nkind: bundle\nlicense: MIT\n"
                           "arches: [wasm32]\nsource:\n  url: " +
                           url + "\n  sha256: " + sha + "\n";
  return parse_recipe(text, dir.write("registry/demo/package.yaml", text));
}

TEST(SourceFetch, CopiesAVerifiedFileUrlIntoTheCache) {
  testing::ScratchDir dir;
  const auto tarball = dir.write("upstream/demo-1.tar.gz", "pretend tarball");
  const Recipe recipe =
      recipe_for(dir, "file://" + tarball.string(), sha256_hex("pretend tarball"));
  const auto fetched = fetch_source(recipe, dir.path(), dir.path() / "cache");
  EXPECT_EQ(fetched, dir.path() / "cache/sources/demo-1.tar.gz");
  EXPECT_EQ(read_file(fetched), "pretend tarball");
  // A cached file that was tampered with is not trusted: it is fetched again.
  write_file_atomically(fetched, "tampered");
  EXPECT_EQ(read_file(fetch_source(recipe, dir.path(), dir.path() / "cache")), "pretend tarball");
}

TEST(SourceFetch, RejectsAChecksumMismatch) {
  testing::ScratchDir dir;
  const auto tarball = dir.write("upstream/demo-1.tar.gz", "evil tarball");
  const Recipe recipe =
      recipe_for(dir, "file://" + tarball.string(), sha256_hex("pretend tarball"));
  try {
    fetch_source(recipe, dir.path(), dir.path() / "cache");
    ADD_FAILURE() << "accepted a tarball with the wrong sha256";
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find("sha256 mismatch"), std::string::npos) << e.what();
  }
  EXPECT_TRUE(list_files_recursively(dir.path() / "cache/sources").empty());
}

TEST(SourceFetch, OfflineUrlWithoutDebianSourceIsAClearError) {
  testing::ScratchDir dir;
  const std::string text = "name: demo\nversion: \"1\"\nrevision: 0\nkind: bundle\nlicense: MIT\n"
                           "arches: [wasm32]\n";
  Recipe recipe = parse_recipe(text, dir.write("registry/demo/package.yaml", text));
  recipe.source.url = "https://example.org/demo-1.tar.gz";
  recipe.source.sha256 = sha256_hex("x");
  try {
    fetch_source(recipe, dir.path(), dir.path() / "cache");
    ADD_FAILURE() << "no error";
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find("offline"), std::string::npos) << e.what();
  }
}

} // namespace
} // namespace wpk
