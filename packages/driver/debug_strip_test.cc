#include "debug_strip.h"
#include "error.h"
#include "wasm_reader.h"
#include "wasm_test_builder.h"

#include <gtest/gtest.h>

namespace wpk {
namespace {

using wasm::test::Bytes;
using wasm::test::ModuleBuilder;

std::string as_string(const Bytes& bytes) {
  return std::string(bytes.begin(), bytes.end());
}

std::vector<std::string> custom_names(const std::string& module) {
  const auto parsed = wasm::read_module(Bytes(module.begin(), module.end()));
  std::vector<std::string> names;
  for (const auto& section : parsed.custom_sections)
    names.push_back(section.name);
  return names;
}

Bytes program(bool with_debug) {
  ModuleBuilder builder;
  const uint32_t type = builder.type({}, {});
  builder.import_function("wpk", "syscall", type);
  builder.function(type);
  builder.memory(false);
  builder.export_("_start", 0, 1);
  if (with_debug)
    builder.custom(".debug_info", Bytes(300, 0xab));
  builder.custom("name", {1, 2, 3});
  builder.abi_version(1);
  if (with_debug) {
    builder.custom(".debug_line", Bytes(200, 0xcd));
    builder.custom(".debug_str", {'m', 'a', 'i', 'n', 0});
  }
  builder.custom("wpk.allocator", {'w', 'p', 'k'});
  builder.custom("producers", {0});
  return builder.build();
}

TEST(DebugStrip, RemovesOnlyDebugSectionsAndKeepsTheRestInOrder) {
  const std::string module = as_string(program(true));
  const DebugStripResult result = strip_debug_sections(module, "bin/prog");
  EXPECT_EQ(result.removed_sections, 3);
  EXPECT_EQ(result.removed_bytes, module.size() - result.module.size());
  EXPECT_EQ(custom_names(result.module),
            (std::vector<std::string>{"name", "wpk.abi_version", "wpk.allocator", "producers"}));
  // The same module built without debug sections, byte for byte.
  EXPECT_EQ(result.module, as_string(program(false)));
  const auto parsed = wasm::read_module(Bytes(result.module.begin(), result.module.end()));
  EXPECT_TRUE(parsed.exports_name("_start"));
  EXPECT_TRUE(parsed.imports_function("wpk", "syscall"));
}

TEST(DebugStrip, ModuleWithoutDebugSectionsIsUnchanged) {
  const std::string module = as_string(program(false));
  const DebugStripResult result = strip_debug_sections(module, "bin/prog");
  EXPECT_EQ(result.module, module);
  EXPECT_EQ(result.removed_sections, 0);
  EXPECT_EQ(result.removed_bytes, 0u);
}

TEST(DebugStrip, MalformedModulesAreErrorsNamingTheFile) {
  const std::string module = as_string(program(true));
  try {
    strip_debug_sections(module.substr(0, module.size() - 10), "bin/prog");
    FAIL() << "a truncated module was accepted";
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find("bin/prog"), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find("runs past the end"), std::string::npos) << e.what();
  }
  EXPECT_THROW(strip_debug_sections("\x7f"
                                    "ELF\x02\x01\x01\x00",
                                    "bin/prog"),
               Error);
  // A custom section whose name is longer than the section.
  std::string bad(module.substr(0, 8));
  bad += std::string("\x00\x03\x10.de", 5);
  EXPECT_THROW(strip_debug_sections(bad, "bin/prog"), Error);
}

} // namespace
} // namespace wpk
