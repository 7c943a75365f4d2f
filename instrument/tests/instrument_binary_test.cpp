// instrument_binary_test.cpp — binary in/out behaviour: determinism, unchanged modules, bad
// input, section parsing, statistics, command-line parsing.
#include "binary_sections.h"
#include "command_line.h"
#include "instrument_error.h"
#include "instrument_module.h"
#include "stats_report.h"
#include "wasm-binary.h"
#include "wasm-s-parser.h"

#include <gtest/gtest.h>
#include <sstream>

namespace wpk::instrument {
namespace {

using namespace wasm;

std::vector<char> assemble(const std::string& wat) {
  Module module;
  module.features = FeatureSet::All & ~FeatureSet::GC & ~FeatureSet::TypedFunctionReferences;
  std::string copy = wat;
  SExpressionParser parser(copy.data());
  SExpressionWasmBuilder builder(module, *(*parser.root)[0], IRProfile::Normal);
  BufferWithRandomAccess buffer;
  WasmBinaryWriter writer(&module, buffer);
  writer.setNamesSection(true);
  writer.write();
  return std::vector<char>(buffer.begin(), buffer.end());
}

const char* kForking = R"((module
  (import "wpk" "fork" (func $fork (result i32)))
  (memory 1)
  (global $sp (mut i32) (i32.const 1024))
  (func $helper (param $x i32) (result i32)
    (i32.add (local.get $x) (call $fork)))
  (func $start (export "_start") (result i32)
    (local $y i32)
    (local.set $y (i32.const 4))
    (i32.mul (call $helper (local.get $y)) (local.get $y)))
  (func $unrelated (result i32) (i32.const 3))))";

TEST(InstrumentBinary, OutputIsByteIdenticalAcrossRuns) {
  auto input = assemble(kForking);
  auto first = instrumentBinary(input, {});
  auto second = instrumentBinary(input, {});
  ASSERT_FALSE(first.output.empty());
  EXPECT_EQ(first.output, second.output);
  EXPECT_NE(first.output, input);
}

TEST(InstrumentBinary, ModuleWithoutForkImportIsCopiedUnchanged) {
  auto input = assemble("(module (memory 1) (func $f (export \"f\") (result i32) (i32.const 1)))");
  auto result = instrumentBinary(input, {});
  EXPECT_EQ(result.output, input);
  EXPECT_FALSE(result.stats.changed);
}

TEST(InstrumentBinary, GarbageIsAClearError) {
  std::vector<char> garbage = {'n', 'o', 't', ' ', 'w', 'a', 's', 'm'};
  EXPECT_THROW(instrumentBinary(garbage, {}), InstrumentError);
  auto truncated = assemble(kForking);
  truncated.resize(truncated.size() / 2);
  EXPECT_THROW(instrumentBinary(truncated, {}), InstrumentError);
}

TEST(InstrumentBinary, StatsCountSelectionAndBytes) {
  auto result = instrumentBinary(assemble(kForking), {});
  const auto& stats = result.stats;
  EXPECT_EQ(stats.functionsTotal, 3u);
  ASSERT_EQ(stats.functions.size(), 2u);
  EXPECT_EQ(stats.functions[0].name, "helper");
  EXPECT_EQ(stats.functions[1].name, "start");
  for (auto& f : stats.functions) {
    EXPECT_GT(f.bytesAfter, f.bytesBefore);
  }
  uint64_t codeBefore = 0, codeAfter = 0;
  for (auto& s : stats.sectionsBefore) {
    codeBefore += s.name == "code" ? s.bytes : 0;
  }
  for (auto& s : stats.sectionsAfter) {
    codeAfter += s.name == "code" ? s.bytes : 0;
  }
  EXPECT_GT(codeAfter, codeBefore);
  std::ostringstream json;
  writeStats(json, stats, StatsFormat::Json);
  EXPECT_NE(json.str().find("\"functions_instrumented\": 2"), std::string::npos) << json.str();
  EXPECT_NE(json.str().find("\"seeds\": [\"wpk.fork\"]"), std::string::npos);
  std::ostringstream table;
  writeStats(table, stats, StatsFormat::Table);
  EXPECT_NE(table.str().find("functions: 3 total, 2 instrumented (direct 2, indirect 0)"),
            std::string::npos)
      << table.str();
}

TEST(InstrumentBinary, DiscoverOnlyWritesNothing) {
  InstrumentOptions options;
  options.discoverOnly = true;
  auto result = instrumentBinary(assemble(kForking), options);
  EXPECT_TRUE(result.output.empty());
  EXPECT_EQ(result.stats.functions.size(), 2u);
}

TEST(BinarySections, ParsesSectionsAndBodies) {
  auto layout = parseBinaryLayout(assemble(kForking));
  EXPECT_EQ(layout.functionBodyBytes.size(), 3u);
  EXPECT_TRUE(layout.hasNameSection);
  bool hasCode = false;
  for (auto& s : layout.sections) {
    hasCode |= s.name == "code";
  }
  EXPECT_TRUE(hasCode);
}

TEST(CommandLine, ParsesAllOptions) {
  auto cl = parseCommandLine({"in.wasm", "-o", "out.wasm", "--entry", "env.vfork", "--stats=s.json",
                              "--stats-format", "json", "--force-all"});
  EXPECT_EQ(cl.input, "in.wasm");
  EXPECT_EQ(cl.output, "out.wasm");
  ASSERT_EQ(cl.options.entries.size(), 1u);
  EXPECT_EQ(cl.options.entries[0].module, "env");
  EXPECT_EQ(cl.options.entries[0].base, "vfork");
  EXPECT_TRUE(cl.stats);
  EXPECT_EQ(cl.statsFile, "s.json");
  EXPECT_EQ(cl.statsFormat, StatsFormat::Json);
  EXPECT_TRUE(cl.options.forceAll);
}

TEST(CommandLine, UsageErrors) {
  EXPECT_THROW(parseCommandLine({}), UsageError);
  EXPECT_THROW(parseCommandLine({"in.wasm"}), UsageError);
  EXPECT_THROW(parseCommandLine({"in.wasm", "-o"}), UsageError);
  EXPECT_THROW(parseCommandLine({"in.wasm", "-o", "x", "--entry", "nodot"}), UsageError);
  EXPECT_THROW(parseCommandLine({"in.wasm", "-o", "x", "--stats-format", "xml"}), UsageError);
  EXPECT_THROW(parseCommandLine({"in.wasm", "-o", "x", "--bogus"}), UsageError);
  EXPECT_THROW(parseCommandLine({"a.wasm", "b.wasm", "-o", "x"}), UsageError);
  EXPECT_NO_THROW(parseCommandLine({"in.wasm", "--discover-only"}));
}

} // namespace
} // namespace wpk::instrument
