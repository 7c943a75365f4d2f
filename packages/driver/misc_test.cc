// Small parts: output patterns, the wasm section reader, JSON quoting and the cache store's
// atomic install.
#include "cache_store.h"
#include "error.h"
#include "json.h"
#include "output_match.h"
#include "test_util.h"
#include "wasm_module.h"

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

std::string leb(uint64_t value) {
  std::string out;
  do {
    uint8_t byte = value & 0x7f;
    value >>= 7;
    if (value)
      byte |= 0x80;
    out.push_back(static_cast<char>(byte));
  } while (value);
  return out;
}
std::string name(const std::string& text) {
  return leb(text.size()) + text;
}
std::string section(int id, const std::string& body) {
  return std::string(1, static_cast<char>(id)) + leb(body.size()) + body;
}

TEST(WasmModule, ReadsImportsExportsAndCustomSections) {
  std::string module("\0asm\1\0\0\0", 8);
  module += section(1, leb(1) + "\x60" + leb(0) + leb(1) + "\x7f"); // type: () -> i32
  module += section(2, leb(2) + name("wpk") + name("fork") + '\0' + leb(0) + name("wpk") +
                           name("memory") + '\2' + '\0' + leb(1));
  module += section(7, leb(1) + name("_start") + '\0' + leb(1));
  module += section(10, leb(1) + leb(4) + leb(0) + "\x41\x00\x0b"); // one body
  module += section(0, name("wpk.allocator") + "wpkmalloc 1");
  WasmModule parsed = parse_wasm_module(module, "m.wasm");
  EXPECT_TRUE(parsed.imports_function("wpk", "fork"));
  EXPECT_FALSE(parsed.imports_function("wpk", "memory"));
  EXPECT_TRUE(parsed.exports_name("_start"));
  ASSERT_NE(parsed.custom_section("wpk.allocator"), nullptr);
  EXPECT_EQ(parsed.custom_section("wpk.allocator")->payload, "wpkmalloc 1");
  EXPECT_GT(parsed.code_section_size, 0u);
  EXPECT_THROW(parse_wasm_module(module.substr(0, module.size() - 3), "cut.wasm"), Error);
  EXPECT_THROW(parse_wasm_module("not wasm at all", "x"), Error);
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
}

} // namespace
} // namespace wpk
