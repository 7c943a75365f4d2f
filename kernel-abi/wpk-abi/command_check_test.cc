// command_check_test.cc — `wpk-abi check` end to end on a scratch git repository: staleness,
// and changes against the base snapshot with and without an ABI_VERSION bump.
#include "abi_repo.h"
#include "commands.h"
#include "process.h"
#include "test_support.h"

#include <gtest/gtest.h>
#include <sstream>

namespace wpk::abi {
namespace {

class CheckTest : public ::testing::Test {
protected:
  void SetUp() override {
    git({"init", "-q", "-b", "main"});
    abi_dir_ = repo_.file("kernel-abi");
    test::write_text(abi_dir_ + "/abi.yaml", test::kMinimalDefinition);
    test::write_text(abi_dir_ + "/ABI_VERSION", "1\n");
    update();
    commit("ABI v1");
    git({"checkout", "-q", "-b", "feature"});
  }

  void git(const std::vector<std::string>& args) {
    std::vector<std::string> argv = {"git",
                                     "-C",
                                     repo_.path(),
                                     "-c",
                                     "user.name=t",
                                     "-c",
                                     "user.email=t@example.invalid",
                                     "-c",
                                     "commit.gpgsign=false"};
    argv.insert(argv.end(), args.begin(), args.end());
    ProcessResult r = run_process(argv);
    ASSERT_EQ(r.exit_code, 0) << r.output;
  }
  void commit(const std::string& message) {
    git({"add", "-A"});
    git({"commit", "-q", "-m", message});
  }
  void update() {
    CommandOptions options;
    options.abi_dir = abi_dir_;
    std::ostringstream out, err;
    ASSERT_EQ(run_update(options, out, err), 0) << err.str();
  }
  // Edits abi.yaml: replaces the first `from` with `to`.
  void edit(const std::string& from, const std::string& to) {
    std::string text = *read(abi_dir_ + "/abi.yaml");
    const size_t at = text.find(from);
    ASSERT_NE(at, std::string::npos) << from;
    test::write_text(abi_dir_ + "/abi.yaml", text.replace(at, from.size(), to));
  }
  static std::optional<std::string> read(const std::string& path) {
    std::ifstream in(path);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
  }
  int check(std::string* out_text, std::string* err_text, const std::string& base = "") {
    CommandOptions options;
    options.abi_dir = abi_dir_;
    options.skip_layout = true;
    options.base_ref = base;
    std::ostringstream out, err;
    const int code = run_check(options, out, err);
    *out_text = out.str();
    *err_text = err.str();
    return code;
  }

  test::TempDir repo_;
  std::string abi_dir_;
};

TEST_F(CheckTest, UnchangedPasses) {
  std::string out, err;
  EXPECT_EQ(check(&out, &err), 0) << err;
  EXPECT_NE(out.find("0 change(s)"), std::string::npos) << out;
}

TEST_F(CheckTest, ChangedFieldOffsetWithoutBumpFailsNamingStructAndField) {
  edit("tv_nsec: {offset: 8, size: 4}", "tv_nsec: {offset: 12, size: 4}");
  update();
  std::string out, err;
  EXPECT_EQ(check(&out, &err), 1);
  EXPECT_NE(err.find("breaking change without an ABI_VERSION bump: struct timespec field tv_nsec "
                     "(wasm32): offset 8 -> 12"),
            std::string::npos)
      << err;
}

TEST_F(CheckTest, ChangedFieldOffsetWithBumpPasses) {
  edit("tv_nsec: {offset: 8, size: 4}", "tv_nsec: {offset: 12, size: 4}");
  test::write_text(abi_dir_ + "/ABI_VERSION", "2\n");
  update();
  std::string out, err;
  EXPECT_EQ(check(&out, &err), 0) << err;
  EXPECT_NE(out.find("breaking (ABI_VERSION bumped): struct timespec field tv_nsec"),
            std::string::npos)
      << out;
}

TEST_F(CheckTest, NewSyscallPassesAsAdditive) {
  edit("syscalls:\n", "syscalls:\n  getpid:\n    nr: 172\n    args: []\n");
  update();
  std::string out, err;
  EXPECT_EQ(check(&out, &err), 0) << err;
  EXPECT_NE(out.find("additive: new syscall getpid (nr 172)"), std::string::npos) << out;
}

TEST_F(CheckTest, RenumberedSyscallFails) {
  edit("nr: 113", "nr: 403");
  update();
  std::string out, err;
  EXPECT_EQ(check(&out, &err), 1);
  EXPECT_NE(err.find("renumbered syscall clock_gettime: 113 -> 403"), std::string::npos) << err;
}

TEST_F(CheckTest, StaleGeneratedHeaderFailsNamingTheFile) {
  test::write_text(abi_dir_ + "/generated/wpk_abi.h", "/* hand edited */\n");
  std::string out, err;
  EXPECT_EQ(check(&out, &err), 1);
  EXPECT_NE(err.find("stale: " + abi_dir_ + "/generated/wpk_abi.h"), std::string::npos) << err;
}

TEST_F(CheckTest, DefinitionEditedWithoutUpdateIsStale) {
  edit("syscalls:\n", "syscalls:\n  getpid:\n    nr: 172\n    args: []\n");
  std::string out, err;
  EXPECT_EQ(check(&out, &err), 1);
  for (const char* file : {"abi-snapshot.json", "generated/wpk_abi.h", "generated/syscall.h.in",
                           "generated/wpk_abi.mjs"})
    EXPECT_NE(err.find(std::string("/") + file + " does not match"), std::string::npos) << file;
}

TEST_F(CheckTest, CommittedBreakingChangeIsFoundAgainstMergeBase) {
  edit("CLOCK_MONOTONIC: 1", "CLOCK_MONOTONIC: 4");
  update();
  commit("change a constant");
  std::string out, err;
  EXPECT_EQ(check(&out, &err), 1);
  EXPECT_NE(err.find("constant clock.CLOCK_MONOTONIC changed value: 1 -> 4"), std::string::npos)
      << err;
  // Against the feature branch itself there is nothing to report.
  EXPECT_EQ(check(&out, &err, "HEAD"), 0) << err;
}

TEST_F(CheckTest, GitWarningsDoNotCorruptTheBaseSnapshot) {
  // "v1" names both a tag and a branch: git warns on stderr that the refname is ambiguous. The
  // warning is not part of the snapshot git prints on stdout.
  git({"tag", "v1"});
  git({"branch", "v1"});
  std::string out, err;
  EXPECT_EQ(check(&out, &err, "v1"), 0) << out << err;
  EXPECT_NE(out.find("ok: 0 change(s) since v1"), std::string::npos) << out << err;
}

TEST_F(CheckTest, BadBaseRefFails) {
  std::string out, err;
  EXPECT_EQ(check(&out, &err, "no-such-branch"), 1);
  EXPECT_NE(err.find("no-such-branch: not a git revision"), std::string::npos) << err;
}

TEST_F(CheckTest, VersionGoingBackwardsFails) {
  test::write_text(abi_dir_ + "/ABI_VERSION", "2\n");
  update();
  commit("v2");
  git({"checkout", "-q", "main"});
  git({"merge", "-q", "feature"});
  git({"checkout", "-q", "feature"});
  test::write_text(abi_dir_ + "/ABI_VERSION", "1\n");
  update();
  std::string out, err;
  EXPECT_EQ(check(&out, &err), 1);
  EXPECT_NE(err.find("ABI_VERSION went backwards"), std::string::npos) << err;
}

} // namespace
} // namespace wpk::abi
