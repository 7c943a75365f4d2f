// abi_diff_test.cc — classification of ABI changes into additive and breaking.
#include "abi_diff.h"
#include "abi_loader.h"
#include "test_support.h"

#include <gtest/gtest.h>

namespace wpk::abi {
namespace {

Abi minimal() {
  return load_definition_text(test::kMinimalDefinition, "abi.yaml");
}

TEST(AbiDiff, IdenticalHasNoChanges) {
  EXPECT_TRUE(diff_abi(minimal(), minimal()).empty());
}

TEST(AbiDiff, NewSyscallIsAdditive) {
  Abi current = minimal();
  current.syscalls["getpid"] = Syscall{172, {}, {}};
  const auto changes = diff_abi(minimal(), current);
  ASSERT_EQ(changes.size(), 1u);
  EXPECT_FALSE(changes[0].breaking);
  EXPECT_EQ(changes[0].description, "new syscall getpid (nr 172)");
}

TEST(AbiDiff, RenumberedSyscallIsBreaking) {
  Abi current = minimal();
  current.syscalls["clock_gettime"].nr = 403;
  const auto changes = diff_abi(minimal(), current);
  ASSERT_EQ(changes.size(), 1u);
  EXPECT_TRUE(changes[0].breaking);
  EXPECT_EQ(changes[0].description, "renumbered syscall clock_gettime: 113 -> 403");
}

TEST(AbiDiff, ChangedFieldOffsetIsBreakingAndNamed) {
  Abi current = minimal();
  current.structs["timespec"].layouts[Arch::wasm32].fields["tv_nsec"].offset = 12;
  const auto changes = diff_abi(minimal(), current);
  ASSERT_EQ(changes.size(), 1u);
  EXPECT_TRUE(changes[0].breaking);
  EXPECT_EQ(changes[0].description, "struct timespec field tv_nsec (wasm32): offset 8 -> 12");
}

TEST(AbiDiff, RemovalsAndSignatureChangesAreBreaking) {
  Abi current = minimal();
  current.imports.erase("fork");
  current.imports["syscall"].signature.results = {"i32"};
  current.constants["clock"].values.erase("CLOCK_MONOTONIC");
  current.constants["clock"].values["CLOCK_REALTIME"] = 9;
  current.syscalls["clock_gettime"].args.pop_back();
  const auto changes = diff_abi(minimal(), current);
  std::vector<std::string> breaking;
  for (const auto& c : changes) {
    EXPECT_TRUE(c.breaking) << c.description;
    breaking.push_back(c.description);
  }
  EXPECT_EQ(breaking.size(), 5u);
  EXPECT_NE(std::find(breaking.begin(), breaking.end(), "removed import fork"), breaking.end());
  EXPECT_NE(std::find(breaking.begin(), breaking.end(),
                      "constant clock.CLOCK_REALTIME changed value: 0 -> 9"),
            breaking.end());
}

TEST(AbiDiff, NewStructConstantAndAliasAreAdditive) {
  Abi current = minimal();
  current.structs["timeval"] = current.structs["timespec"];
  current.constants["clock"].values["CLOCK_BOOTTIME"] = 7;
  current.constants["seek"].values["SEEK_SET"] = 0;
  current.syscalls["clock_gettime"].aliases.push_back("clock_gettime64");
  current.imports["args_get"] = current.imports["fork"];
  const auto changes = diff_abi(minimal(), current);
  EXPECT_EQ(changes.size(), 5u);
  for (const auto& c : changes)
    EXPECT_FALSE(c.breaking) << c.description;
}

TEST(AbiDiff, CommandsNewIsAdditiveChangedIsBreaking) {
  Abi base = minimal();
  base.commands["clock_gettime"]["CLOCK_REALTIME"] = CommandArg{"int", ""};
  Abi current = base;
  current.commands["clock_gettime"]["CLOCK_MONOTONIC"] = CommandArg{"none", ""};
  auto changes = diff_abi(base, current);
  ASSERT_EQ(changes.size(), 1u);
  EXPECT_FALSE(changes[0].breaking);
  EXPECT_EQ(changes[0].description, "new clock_gettime command CLOCK_MONOTONIC");
  current.commands["clock_gettime"]["CLOCK_REALTIME"] = CommandArg{"struct_out", "timespec"};
  changes = diff_abi(base, current);
  ASSERT_EQ(changes.size(), 2u);
  EXPECT_TRUE(changes[0].breaking);
  EXPECT_EQ(changes[0].description,
            "clock_gettime command CLOCK_REALTIME changed argument: int -> struct_out timespec");
}

TEST(AbiDiff, ProgramContractChangesAreBreaking) {
  Abi current = minimal();
  current.program.exports["wpk_abi_version"] = ProgramExport{"function", {{}, {"i32"}}};
  const auto changes = diff_abi(minimal(), current);
  ASSERT_EQ(changes.size(), 1u);
  EXPECT_TRUE(changes[0].breaking);
}

} // namespace
} // namespace wpk::abi
