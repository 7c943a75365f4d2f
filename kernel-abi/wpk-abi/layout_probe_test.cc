// layout_probe_test.cc — the clang-16 layout probe against a small hand-written sysroot.
#include "abi_loader.h"
#include "layout_probe.h"
#include "test_support.h"

#include <gtest/gtest.h>

namespace wpk::abi {
namespace {

// time.h of a fake sysroot: the layouts kMinimalDefinition expects on both arches.
const char kTimeHeader[] = R"(#define CLOCK_REALTIME 0
#define CLOCK_MONOTONIC 1
struct timespec { long long tv_sec; long tv_nsec; };
)";

class LayoutProbeTest : public ::testing::Test {
protected:
  void SetUp() override {
    test::write_text(sysroot_.file("include/time.h"), kTimeHeader);
    test::write_text(sysroot_.file("include/sys/syscall.h"), "#define SYS_clock_gettime 113\n");
  }
  test::TempDir sysroot_;
};

TEST_F(LayoutProbeTest, MatchingSysrootPassesOnBothArches) {
  const Abi abi = load_definition_text(test::kMinimalDefinition, "abi.yaml");
  for (Arch arch : kArches) {
    ProbeResult r = run_layout_probe(abi, arch, sysroot_.path(), "clang-16");
    EXPECT_TRUE(r.compiled);
    EXPECT_TRUE(r.mismatches.empty()) << arch_name(arch) << ": " << r.mismatches[0].what;
    EXPECT_TRUE(r.other_errors.empty()) << r.other_errors[0];
  }
}

TEST_F(LayoutProbeTest, MismatchNamesStructFieldAndActualValue) {
  Abi abi = load_definition_text(test::kMinimalDefinition, "abi.yaml");
  abi.structs["timespec"].layouts[Arch::wasm64].fields["tv_nsec"].size = 4;
  abi.structs["timespec"].layouts[Arch::wasm64].size = 24;
  abi.constants["clock"].values["CLOCK_MONOTONIC"] = 4;
  ProbeResult r = run_layout_probe(abi, Arch::wasm64, sysroot_.path(), "clang-16");
  ASSERT_EQ(r.mismatches.size(), 3u);
  std::map<std::string, std::pair<std::string, std::string>> got;
  for (const auto& m : r.mismatches)
    got[m.what] = {m.expected, m.actual};
  using P = std::pair<std::string, std::string>;
  EXPECT_EQ(got["struct timespec field tv_nsec size (wasm64)"], (P{"4", "8"}));
  EXPECT_EQ(got["struct timespec size (wasm64)"], (P{"24", "16"}));
  EXPECT_EQ(got["constant clock.CLOCK_MONOTONIC (wasm64)"], (P{"4", "1"}));
  // The wasm32 layout is still right.
  EXPECT_TRUE(run_layout_probe(abi, Arch::wasm32, sysroot_.path(), "clang-16").mismatches.size() ==
              1u); // only the constant
}

TEST_F(LayoutProbeTest, SyscallNumberMismatchIsReported) {
  test::write_text(sysroot_.file("include/sys/syscall.h"), "#define SYS_clock_gettime 403\n");
  const Abi abi = load_definition_text(test::kMinimalDefinition, "abi.yaml");
  ProbeResult r = run_layout_probe(abi, Arch::wasm32, sysroot_.path(), "clang-16");
  ASSERT_EQ(r.mismatches.size(), 1u);
  EXPECT_EQ(r.mismatches[0].what, "syscall clock_gettime number (wasm32)");
  EXPECT_EQ(r.mismatches[0].expected, "113");
  EXPECT_EQ(r.mismatches[0].actual, "403");
}

TEST_F(LayoutProbeTest, MissingFieldIsReported) {
  Abi abi = load_definition_text(test::kMinimalDefinition, "abi.yaml");
  abi.structs["timespec"].layouts[Arch::wasm32].fields["tv_usec"] = FieldLayout{8, 4};
  ProbeResult r = run_layout_probe(abi, Arch::wasm32, sysroot_.path(), "clang-16");
  ASSERT_FALSE(r.other_errors.empty());
  EXPECT_NE(r.other_errors[0].find("no member named 'tv_usec'"), std::string::npos)
      << r.other_errors[0];
}

TEST_F(LayoutProbeTest, ProbeSourceAssertsEveryFact) {
  const Abi abi = load_definition_text(test::kMinimalDefinition, "abi.yaml");
  const std::string source = layout_probe_source(abi, Arch::wasm32);
  EXPECT_NE(source.find("#include <time.h>"), std::string::npos);
  EXPECT_NE(source.find("_Static_assert(__builtin_offsetof(struct timespec, tv_nsec) == 8LL"),
            std::string::npos)
      << source;
  EXPECT_NE(source.find("_Static_assert(_Alignof(struct timespec) == 8LL"), std::string::npos);
  EXPECT_NE(source.find("_Static_assert((long long)(CLOCK_MONOTONIC) == 1LL"), std::string::npos);
}

TEST_F(LayoutProbeTest, MissingCompilerIsReported) {
  const Abi abi = load_definition_text(test::kMinimalDefinition, "abi.yaml");
  ProbeResult r = run_layout_probe(abi, Arch::wasm32, sysroot_.path(), "no-such-clang-16");
  EXPECT_FALSE(r.compiled);
  ASSERT_EQ(r.other_errors.size(), 1u);
  EXPECT_EQ(r.other_errors[0], "cannot run no-such-clang-16");
}

} // namespace
} // namespace wpk::abi
