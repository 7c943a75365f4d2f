// Small parts: output patterns, JSON quoting, the cache store's atomic install and the HTTP
// client's URL checks.
#include "cache_store.h"
#include "error.h"
#include "fs_util.h"
#include "http_client.h"
#include "json.h"
#include "output_match.h"
#include "test_util.h"

#include <gtest/gtest.h>

namespace wpk {
namespace {

TEST(OutputMatch, StarsAndDoubleStars) {
  EXPECT_TRUE(output_pattern_matches("usr/bin/*", "usr/bin/ls"));
  EXPECT_FALSE(output_pattern_matches("usr/bin/*", "usr/bin/sub/ls"));
  EXPECT_TRUE(output_pattern_matches("usr/share/**", "usr/share/a/b/c"));
  EXPECT_TRUE(output_pattern_matches("usr/**/x.h", "usr/x.h"));
  EXPECT_TRUE(output_pattern_matches("usr/lib/lib*.a", "usr/lib/libz.a"));
  EXPECT_FALSE(output_pattern_matches("usr/lib/lib*.a", "usr/lib/libz.so"));
  EXPECT_EQ(match_outputs("usr/bin/*", {"usr/bin/a", "usr/bin/b", "usr/lib/c"}),
            (std::vector<std::string>{"usr/bin/a", "usr/bin/b"}));
}

TEST(Json, QuotesControlCharactersAndInvalidUtf8) {
  EXPECT_EQ(json_quote("a\"b\\c\n\x01"), "\"a\\\"b\\\\c\\n\\u0001\"");
  EXPECT_EQ(json_quote("\xff"), "\"\xef\xbf\xbd\"");
  EXPECT_EQ(json_quote("h\xc3\xa9"), "\"h\xc3\xa9\"");
  Json object = Json::object();
  object.set("b", 1);
  object.set("a", "x");
  EXPECT_EQ(object.dump(0), "{\"b\":1,\"a\":\"x\"}");
  const Json parsed = Json::parse(object.dump(), "t");
  EXPECT_EQ(parsed.get_number("b"), 1);
  EXPECT_EQ(parsed.get_string("a"), "x");
}

// Merging dependency trees: a symlinked folder from one tree (usr -> somewhere outside) must not
// let the next tree's files land outside the destination.
TEST(CopyTree, NeverWritesThroughASymlinkInTheDestination) {
  testing::ScratchDir dir;
  std::filesystem::create_directories(dir.path() / "outside");
  std::filesystem::create_directories(dir.path() / "deps");
  std::filesystem::create_directory_symlink(dir.path() / "outside", dir.path() / "deps/usr");
  dir.write("tree/usr/bin/tool", "x");
  try {
    copy_tree(dir.path() / "tree", dir.path() / "deps");
    ADD_FAILURE() << "copied through a symlink";
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find("refusing 'usr/bin/tool': it goes through the symlink"),
              std::string::npos)
        << e.what();
  }
  EXPECT_FALSE(std::filesystem::exists(dir.path() / "outside/bin/tool"));
  dir.write("plain/usr/lib/libz.a", "z"); // an ordinary merge still works
  copy_tree(dir.path() / "plain", dir.path() / "deps2");
  EXPECT_EQ(read_file(dir.path() / "deps2/usr/lib/libz.a"), "z");
}

// One tree installs a symlink, the next a regular file at the same path: the file replaces the
// link; it is not written to where the link points.
TEST(CopyTree, AFileReplacesASymlinkAtItsPathInsteadOfWritingThroughIt) {
  testing::ScratchDir dir;
  dir.write("outside/victim", "keep");
  std::filesystem::create_directories(dir.path() / "first/usr/lib");
  std::filesystem::create_symlink(dir.path() / "outside/victim",
                                  dir.path() / "first/usr/lib/libx.so");
  dir.write("second/usr/lib/libx.so", "library");
  copy_tree(dir.path() / "first", dir.path() / "deps");
  copy_tree(dir.path() / "second", dir.path() / "deps");
  EXPECT_EQ(read_file(dir.path() / "outside/victim"), "keep");
  EXPECT_FALSE(std::filesystem::is_symlink(dir.path() / "deps/usr/lib/libx.so"));
  EXPECT_EQ(read_file(dir.path() / "deps/usr/lib/libx.so"), "library");
}

TEST(ParseInteger, AcceptsOnlyWholeDecimalNumbers) {
  EXPECT_EQ(parse_integer("0"), 0);
  EXPECT_EQ(parse_integer("-12"), -12);
  EXPECT_EQ(parse_integer("999999999999999999"), 999999999999999999LL);
  for (const char* bad : {"", "-", "5-3", "+1", " 1", "1 ", "0x10", "1e3", "9999999999999999999"})
    EXPECT_FALSE(parse_integer(bad).has_value()) << bad;
  EXPECT_EQ(parse_positive_option("-j", "4"), 4);
  EXPECT_THROW(parse_positive_option("-j", "0"), Error);
  EXPECT_THROW(parse_positive_option("-j", "99999999999"), Error);
  EXPECT_THROW(parse_positive_option("--repeat", "x"), Error);
}

TEST(HttpClient, LoopbackHostsAreRecognized) {
  EXPECT_TRUE(url_host_is_loopback("http://127.0.0.1:8080/cache"));
  EXPECT_TRUE(url_host_is_loopback("http://127.3.4.5/"));
  EXPECT_TRUE(url_host_is_loopback("http://localhost"));
  EXPECT_TRUE(url_host_is_loopback("http://[::1]:80/x"));
  EXPECT_TRUE(url_host_is_loopback("http://user:secret@localhost:81/x"));
  EXPECT_FALSE(url_host_is_loopback("http://cache.example.org/x"));
  EXPECT_FALSE(url_host_is_loopback("http://127.0.0.1.example.org/x"));
  EXPECT_FALSE(url_host_is_loopback("http://10.0.0.1:8080"));
  EXPECT_FALSE(url_host_is_loopback("http://[::2]/"));
  EXPECT_FALSE(url_host_is_loopback("http://localhost@evil.example/x"));
}

TEST(HttpClient, RejectsOtherSchemesAndLineBreaks) {
  EXPECT_THROW(http_request("GET", "ftp://127.0.0.1/x"), Error);
  EXPECT_THROW(http_request("GET", "file:///etc/passwd"), Error);
  EXPECT_THROW(http_request("GET", "127.0.0.1/x"), Error);
  EXPECT_THROW(http_request("GET", "http://127.0.0.1/x\r\nHost: other"), Error);
  EXPECT_THROW(http_request("DELETE", "http://127.0.0.1:1/x"), Error);
}

TEST(CacheStore, InstallIsAtomicAndFirstWins) {
  testing::ScratchDir dir;
  CacheStore store(dir.path());
  const std::string key(64, 'c');
  EXPECT_FALSE(store.has(key));
  auto first = store.new_scratch("one") / "entry";
  testing::ScratchDir unused;
  std::filesystem::create_directories(first);
  write_file_atomically(first / "manifest.json", "first");
  EXPECT_TRUE(store.install(first, key));
  EXPECT_TRUE(store.has(key));
  auto second = store.new_scratch("two") / "entry";
  std::filesystem::create_directories(second);
  write_file_atomically(second / "manifest.json", "second");
  EXPECT_FALSE(store.install(second, key));
  EXPECT_EQ(read_file(store.entry(key) / "manifest.json"), "first");
  EXPECT_FALSE(std::filesystem::exists(second));

  // --rebuild: the new entry takes the old one's place in one step.
  auto third = store.new_scratch("three") / "entry";
  std::filesystem::create_directories(third);
  write_file_atomically(third / "manifest.json", "third");
  EXPECT_TRUE(store.install(third, key, /*replace=*/true));
  EXPECT_EQ(read_file(store.entry(key) / "manifest.json"), "third");
  EXPECT_FALSE(std::filesystem::exists(third)) << "the old entry is removed";
}

} // namespace
} // namespace wpk
