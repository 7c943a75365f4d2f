// generators_test.cc — generated files: pinned formats, determinism, snapshot round trip.
#include "abi_loader.h"
#include "abi_repo.h"
#include "generators.h"
#include "test_support.h"

#include <gtest/gtest.h>

namespace wpk::abi {
namespace {

Abi minimal() {
  return load_definition_text(test::kMinimalDefinition, "abi.yaml");
}

bool contains(const std::string& text, const std::string& fragment) {
  return text.find(fragment) != std::string::npos;
}

TEST(Generators, CHeaderHasPinnedDeclarations) {
  const std::string h = generate_c_header(minimal(), 4);
  EXPECT_TRUE(contains(h, "#ifndef WPK_ABI_H\n#define WPK_ABI_H\n"));
  EXPECT_TRUE(contains(h, "\n#define WPK_ABI_VERSION 4\n"));
  EXPECT_TRUE(contains(h, "\nlong __wpk_syscall(int, long, long, long, long, long, long) "
                          "__attribute__((import_module(\"wpk\"), import_name(\"syscall\")));\n"));
  EXPECT_TRUE(contains(h, "\nint __wpk_fork(void) __attribute__((import_module(\"wpk\"), "
                          "import_name(\"fork\")));\n"));
  EXPECT_TRUE(contains(h, "\n#define WPK_SYS_clock_gettime 113\n"));
}

TEST(Generators, SyscallTableIsMuslFormat) {
  Abi abi = minimal();
  abi.syscalls["read"] = Syscall{63, {}, {}};
  abi.syscalls["clock_gettime"].aliases = {"clock_gettime64"};
  const std::string table = generate_syscall_table(abi);
  // Sorted by number, aliases after their syscall; the header comment has no __NR_ in it.
  const std::string lines = "#define __NR_read 63\n#define __NR_clock_gettime 113\n"
                            "#define __NR_clock_gettime64 113\n";
  EXPECT_TRUE(contains(table, lines)) << table;
  EXPECT_EQ(table.find("__NR_"), table.find("#define __NR_read") + 8);
}

TEST(Generators, JsModuleExportsEverything) {
  const std::string js = generate_js_module(minimal(), 2);
  EXPECT_TRUE(contains(js, "export const ABI_VERSION = 2;\n"));
  for (const char* name : {"IMPORTS", "SYSCALLS", "SYSCALL_NAMES", "CONSTANTS", "STRUCTS"})
    EXPECT_TRUE(contains(js, std::string("export const ") + name + " = {")) << name;
  // iptr resolved per arch.
  EXPECT_TRUE(contains(js, "\"wasm64\": {\n      \"params\": [\"i32\", \"i64\", \"i64\", \"i64\", "
                           "\"i64\", \"i64\", \"i64\"],\n      \"results\": [\"i64\"]"))
      << js;
  EXPECT_TRUE(contains(js, "\"113\": \"clock_gettime\""));
  EXPECT_TRUE(
      contains(js, "{\"kind\": \"struct_out\", \"name\": \"tp\", \"struct\": \"timespec\"}") ||
      contains(js, "\"struct\": \"timespec\""));
}

TEST(Generators, CommandsCarryTheirValueInTheJsModule) {
  Abi abi = minimal();
  abi.commands["clock_gettime"]["CLOCK_MONOTONIC"] = CommandArg{"int_out", ""};
  const std::string js = generate_js_module(abi, 1);
  EXPECT_TRUE(contains(js, "export const COMMANDS = {\n  \"clock_gettime\": {\n    "
                           "\"CLOCK_MONOTONIC\": {\n      \"kind\": \"int_out\",\n      "
                           "\"value\": 1\n    }\n  }\n};\n"))
      << js;
  const std::string snapshot = generate_snapshot(abi, 1);
  const Snapshot loaded = load_snapshot_text(snapshot, "abi-snapshot.json");
  EXPECT_EQ(loaded.abi.commands, abi.commands);
  EXPECT_EQ(generate_snapshot(loaded.abi, 1), snapshot);
}

TEST(Generators, SnapshotIsDeterministicAndRoundTrips) {
  const Abi abi = minimal();
  const std::string first = generate_snapshot(abi, 5);
  EXPECT_EQ(first, generate_snapshot(minimal(), 5));
  // Keys sorted: "abi_version" < "constants" < "import_module" < ... < "syscalls".
  EXPECT_LT(first.find("\"abi_version\""), first.find("\"constants\""));
  EXPECT_LT(first.find("\"structs\""), first.find("\"syscalls\""));
  const Snapshot loaded = load_snapshot_text(first, "abi-snapshot.json");
  EXPECT_EQ(loaded.abi_version, 5);
  EXPECT_EQ(generate_snapshot(loaded.abi, loaded.abi_version), first);
}

TEST(Generators, RealRepositoryIsUpToDateAndRoundTrips) {
  const AbiRepo repo = load_abi_repo(test::real_abi_dir());
  EXPECT_TRUE(stale_generated_files(repo).empty());
  const std::string snapshot = generate_snapshot(repo.abi, repo.abi_version);
  const Snapshot loaded = load_snapshot_text(snapshot, "abi-snapshot.json");
  EXPECT_EQ(generate_snapshot(loaded.abi, loaded.abi_version), snapshot);
  // Every generator is a pure function of its input.
  const auto a = generate_all(repo.abi, repo.abi_version);
  const auto b = generate_all(load_abi_repo(test::real_abi_dir()).abi, repo.abi_version);
  ASSERT_EQ(a.size(), b.size());
  for (size_t i = 0; i < a.size(); ++i)
    EXPECT_EQ(a[i].contents, b[i].contents) << a[i].path;
}

TEST(Generators, UpdateWritesOnlyChangedFiles) {
  test::TempDir dir;
  test::write_text(dir.file("abi.yaml"), test::kMinimalDefinition);
  test::write_text(dir.file("ABI_VERSION"), "1\n");
  AbiRepo repo = load_abi_repo(dir.path());
  EXPECT_EQ(update_generated_files(repo).size(), 4u);
  EXPECT_TRUE(stale_generated_files(repo).empty());
  EXPECT_TRUE(update_generated_files(repo).empty());
  test::write_text(dir.file("generated/wpk_abi.h"), "/* edited by hand */\n");
  EXPECT_EQ(stale_generated_files(repo), std::vector<std::string>{"generated/wpk_abi.h"});
}

} // namespace
} // namespace wpk::abi
