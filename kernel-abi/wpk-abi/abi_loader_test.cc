// abi_loader_test.cc — the definition loader: valid input, and errors located at file:line:col.
#include "abi_error.h"
#include "abi_loader.h"
#include "test_support.h"

#include <gtest/gtest.h>

namespace wpk::abi {
namespace {

std::string replace(std::string text, const std::string& from, const std::string& to) {
  const size_t at = text.find(from);
  EXPECT_NE(at, std::string::npos) << from;
  return text.replace(at, from.size(), to);
}

// The error message loading `text` gives (empty if it loads).
std::string load_error(const std::string& text) {
  try {
    load_definition_text(text, "abi.yaml");
  } catch (const AbiError& e) {
    return e.what();
  }
  return "";
}

TEST(AbiLoader, LoadsMinimalDefinition) {
  const Abi abi = load_definition_text(test::kMinimalDefinition, "abi.yaml");
  EXPECT_EQ(abi.import_module, "wpk");
  ASSERT_EQ(abi.imports.size(), 2u);
  EXPECT_EQ(abi.imports.at("syscall").signature.params.size(), 7u);
  ASSERT_EQ(abi.syscalls.at("clock_gettime").args.size(), 2u);
  EXPECT_EQ(abi.syscalls.at("clock_gettime").args[1].struct_name, "timespec");
  EXPECT_EQ(abi.structs.at("timespec").layouts.at(Arch::wasm32).fields.at("tv_nsec").size, 4);
  EXPECT_EQ(abi.constants.at("clock").values.at("CLOCK_MONOTONIC"), 1);
  EXPECT_EQ(abi.program.exports.at("_start").kind, "function");
}

TEST(AbiLoader, UnknownKeyNamesFileLineColumn) {
  const std::string text =
      replace(test::kMinimalDefinition, "    nr: 113\n", "    nr: 113\n    number: 113\n");
  EXPECT_EQ(load_error(text),
            "abi.yaml:20:5: unknown key 'number' in syscalls.clock_gettime (expected: nr, args, "
            "aliases)");
}

TEST(AbiLoader, WrongTypeNamesFileLineColumn) {
  std::string text = replace(test::kMinimalDefinition, "nr: 113", "nr: [113]");
  EXPECT_EQ(load_error(text), "abi.yaml:19:9: syscalls.clock_gettime.nr: expected an integer");
  text = replace(test::kMinimalDefinition, "nr: 113", "nr: \"113\"");
  EXPECT_EQ(load_error(text), "abi.yaml:19:9: syscalls.clock_gettime.nr: expected an integer");
  text = replace(test::kMinimalDefinition,
                 "size: 16\n      align: 8\n      fields:\n        tv_sec: {offset: 0, size: 8}\n  "
                 "      tv_nsec: {offset: 8, size: 4}",
                 "size: sixteen\n      align: 8\n      fields:\n        tv_sec: {offset: 0, size: "
                 "8}\n        tv_nsec: {offset: 8, size: 4}");
  EXPECT_EQ(load_error(text),
            "abi.yaml:28:13: structs.timespec.wasm32.size: expected an integer, got 'sixteen'");
}

TEST(AbiLoader, MissingFieldNamesFileLineColumn) {
  const std::string text = replace(test::kMinimalDefinition, "    nr: 113\n", "");
  EXPECT_EQ(load_error(text), "abi.yaml:19:5: missing field 'nr' in syscalls.clock_gettime");
}

TEST(AbiLoader, UnknownArgumentKindAndValueType) {
  std::string text = replace(test::kMinimalDefinition, "kind: int}", "kind: integer}");
  EXPECT_NE(load_error(text).find("abi.yaml:21:31: syscalls.clock_gettime.args[0].kind: unknown "
                                  "kind 'integer'"),
            std::string::npos)
      << load_error(text);
  text = replace(test::kMinimalDefinition, "results: [i32]", "results: [u32]");
  EXPECT_EQ(load_error(text),
            "abi.yaml:10:15: imports.fork.results: unknown value type 'u32' (expected i32, i64, "
            "f32, f64, iptr)");
}

TEST(AbiLoader, DanglingStructReference) {
  const std::string text =
      replace(test::kMinimalDefinition, "struct: timespec", "struct: timespek");
  EXPECT_EQ(load_error(text),
            "abi.yaml:22:9: syscalls.clock_gettime.args[1]: unknown struct 'timespek'");
}

TEST(AbiLoader, DuplicateKeyAndDuplicateNumber) {
  std::string text = replace(test::kMinimalDefinition, "      CLOCK_REALTIME: 0\n",
                             "      CLOCK_REALTIME: 0\n      CLOCK_REALTIME: 0\n");
  EXPECT_EQ(load_error(text), "abi.yaml:45:7: duplicate key 'CLOCK_REALTIME' in constants.clock");
  text = replace(test::kMinimalDefinition, "syscalls:\n",
                 "syscalls:\n  clock_settime:\n    nr: 113\n    args: []\n");
  EXPECT_NE(load_error(text).find("number 113 is already used by"), std::string::npos);
}

TEST(AbiLoader, FieldPastStructEnd) {
  const std::string text = replace(test::kMinimalDefinition, "tv_nsec: {offset: 8, size: 4}",
                                   "tv_nsec: {offset: 14, size: 4}");
  EXPECT_NE(load_error(text).find("past the struct size 16"), std::string::npos);
}

TEST(AbiLoader, TooManyArgumentSlotsOnWasm32) {
  const std::string text = replace(
      test::kMinimalDefinition, "      - {name: clockid, kind: int}\n",
      "      - {name: a, kind: off}\n      - {name: b, kind: off}\n      - {name: c, kind: off}\n");
  EXPECT_NE(load_error(text).find("needs 7 argument slots on wasm32"), std::string::npos)
      << load_error(text);
}

TEST(AbiLoader, SyntaxErrorIsLocated) {
  EXPECT_EQ(load_error("imports: [\n"), "abi.yaml:2:1: end of sequence flow not found");
}

const char kCommands[] = R"yaml(commands:
  clock_gettime:
    CLOCK_REALTIME: {kind: struct_out, struct: timespec}
    CLOCK_MONOTONIC: {kind: none}
)yaml";

TEST(AbiLoader, CommandsLoadAndAreValidated) {
  const std::string base = std::string(test::kMinimalDefinition) + kCommands;
  const Abi abi = load_definition_text(base, "abi.yaml");
  EXPECT_EQ(abi.commands.at("clock_gettime").at("CLOCK_REALTIME").struct_name, "timespec");
  EXPECT_EQ(abi.commands.at("clock_gettime").at("CLOCK_MONOTONIC").kind, "none");
  EXPECT_EQ(load_error(replace(base, "  clock_gettime:\n    CLOCK", "  ioctl:\n    CLOCK")),
            "abi.yaml:47:5: commands.ioctl: not a syscall of the ABI");
  EXPECT_EQ(load_error(replace(base, "CLOCK_MONOTONIC: {kind: none}", "CLOCK_BOOT: {kind: none}")),
            "abi.yaml:48:17: commands.clock_gettime.CLOCK_BOOT: 'CLOCK_BOOT' is not a constant "
            "of the ABI");
  EXPECT_EQ(load_error(replace(base, "{kind: none}", "{kind: none, struct: timespec}")),
            "abi.yaml:48:22: commands.clock_gettime.CLOCK_MONOTONIC: a struct kind needs "
            "'struct', other kinds take none");
  EXPECT_NE(load_error(replace(base, "{kind: none}", "{kind: pointer}")).find("unknown kind"),
            std::string::npos);
}

TEST(AbiLoader, EmptyOrNonMappingDocument) {
  EXPECT_EQ(load_error(""), "abi.yaml:1:1: the ABI definition: expected a mapping");
  EXPECT_EQ(load_error("- a\n"), "abi.yaml:1:1: the ABI definition: expected a mapping");
}

TEST(AbiLoader, AbiVersionFile) {
  EXPECT_EQ(parse_abi_version("3\n", "ABI_VERSION"), 3);
  EXPECT_THROW(parse_abi_version("three\n", "ABI_VERSION"), AbiError);
  EXPECT_THROW(parse_abi_version("0\n", "ABI_VERSION"), AbiError);
  EXPECT_THROW(parse_abi_version("", "ABI_VERSION"), AbiError);
}

TEST(AbiLoader, RealDefinitionLoads) {
  const Abi abi = load_definition_file(test::real_abi_dir() + "/abi.yaml");
  EXPECT_EQ(abi.syscalls.at("read").nr, 63);
  EXPECT_EQ(abi.syscalls.at("write").nr, 64);
  EXPECT_EQ(abi.syscalls.at("openat").nr, 56);
  EXPECT_EQ(abi.syscalls.at("close").nr, 57);
  EXPECT_TRUE(abi.imports.count("fork"));
  EXPECT_GE(abi.syscalls.size(), 100u);
}

} // namespace
} // namespace wpk::abi
