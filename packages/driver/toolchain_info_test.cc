#include "test_util.h"
#include "toolchain_info.h"

#include <gtest/gtest.h>

namespace wpk {
namespace {

// The digest of toolchain/ that every package key includes covers what a build uses (wrappers,
// CMake toolchain files, config.site), not the toolchain's own tests, benchmarks or documents:
// editing those must not rebuild every package.
TEST(ToolchainInfo, FilesDigestCoversBuildInputsOnly) {
  testing::ScratchDir dir;
  dir.write("repo/toolchain/lib/wasmposix-tool", "#!/bin/sh\n");
  dir.write("repo/toolchain/config.site", "ac_cv_x=yes\n");
  dir.write("repo/toolchain/tests/run-x.sh", "true\n");
  dir.write("repo/toolchain/bench/run-y", "true\n");
  dir.write("repo/toolchain/README.md", "# toolchain\n");
  const auto digest = [&] {
    return ToolchainInfo(dir.path() / "repo", dir.path() / "cache", dir.path() / "build")
        .toolchain_files_digest();
  };
  const std::string base = digest();
  ASSERT_EQ(base.size(), 64u);
  dir.write("repo/toolchain/tests/run-x.sh", "true # a longer test\n");
  dir.write("repo/toolchain/bench/run-y", "true # a longer benchmark\n");
  dir.write("repo/toolchain/README.md", "# toolchain, documented at length\n");
  EXPECT_EQ(digest(), base);
  dir.write("repo/toolchain/config.site", "ac_cv_x=no, and longer\n");
  const std::string site_changed = digest();
  EXPECT_NE(site_changed, base);
  dir.write("repo/toolchain/lib/clang-programs/wasm-opt", "#!/bin/sh\nexit 0\n");
  EXPECT_NE(digest(), site_changed);
}

} // namespace
} // namespace wpk
