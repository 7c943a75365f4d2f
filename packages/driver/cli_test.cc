// Command-line arguments: "--" ends the options, an option that takes one value may be given
// once and not empty, a list option may not be empty, a file option (--merge) takes its value
// whole (commas included); `wpk status --arch` filters (and checks) arches also when no set is
// marked default.
#include "cli_context.h"
#include "error.h"
#include "index_ledger.h"
#include "json.h"
#include "test_util.h"

#include <algorithm>
#include <functional>
#include <gtest/gtest.h>

namespace wpk {
namespace {

const std::filesystem::path kRepo =
    std::filesystem::path(WPK_PACKAGES_TEST_DIR).parent_path().parent_path();

std::string error_of(const std::function<void()>& action) {
  try {
    action();
  } catch (const Error& e) {
    return e.what();
  }
  return "no error";
}

TEST(Arguments, DoubleDashEndsTheOptions) {
  Arguments args({"--arch", "wasm32", "--", "hello", "--set", "-j2"}, {"--arch", "--set", "-j"},
                 {"--dry-run"});
  EXPECT_EQ(args.positionals(), (std::vector<std::string>{"hello", "--set", "-j2"}));
  EXPECT_EQ(args.values("--arch"), (std::vector<std::string>{"wasm32"}));
  EXPECT_FALSE(args.value("--set"));
  EXPECT_FALSE(args.value("-j"));
  Arguments nothing_after({"--dry-run", "--"}, {}, {"--dry-run"});
  EXPECT_TRUE(nothing_after.positionals().empty());
  EXPECT_TRUE(nothing_after.flag("--dry-run"));
}

TEST(Arguments, ASingleValueOptionGivenTwiceIsAnError) {
  Arguments args({"--set", "core", "--set=world", "-o", "a", "-ob", "--format", "md", "--tag", "t"},
                 {"--set", "-o", "--format", "--tag"}, {});
  EXPECT_NE(error_of([&] { args.value("--set"); }).find("--set given twice ('core' and 'world')"),
            std::string::npos);
  EXPECT_NE(error_of([&] { args.value("-o"); }).find("-o given twice ('a' and 'b')"),
            std::string::npos);
  EXPECT_EQ(args.value("--format"), "md");
  EXPECT_EQ(args.value("--tag"), "t");
  Arguments formats({"--format", "md", "--format", "json"}, {"--format"}, {});
  EXPECT_THROW(formats.value("--format"), Error);
}

// `-o ""` must not write to a file named "" (nor `--set ""` look up a set named ""): every option
// that takes one value refuses an empty one, by name, however it was written.
TEST(Arguments, AnEmptySingleValueIsAnError) {
  for (const std::vector<std::string>& argv : std::vector<std::vector<std::string>>{
           {"-o", ""}, {"--set", ""}, {"--set="}, {"--format", ""}, {"--format="}}) {
    const std::string name = argv[0].substr(0, argv[0].find('='));
    Arguments args(argv, {"-o", "--set", "--format"}, {});
    EXPECT_NE(error_of([&] { args.value(name); }).find("option " + name + ": empty value"),
              std::string::npos)
        << argv[0];
  }
}

TEST(Arguments, AnEmptyListIsAnError) {
  for (const std::string value : {"", ",", ",,"}) {
    Arguments args({"--arch", value}, {"--arch"}, {});
    EXPECT_NE(error_of([&] { args.values("--arch"); }).find("--arch: empty list"),
              std::string::npos)
        << "'" << value << "'";
    Arguments inline_value({"--arch=" + value}, {"--arch"}, {});
    EXPECT_THROW(inline_value.values("--arch"), Error) << "'" << value << "'";
  }
  Arguments repeated({"--arch", "wasm32", "--arch", "wasm64,wasm32"}, {"--arch"}, {});
  EXPECT_EQ(repeated.values("--arch"), (std::vector<std::string>{"wasm32", "wasm64", "wasm32"}));
  Arguments none({}, {"--arch"}, {});
  EXPECT_TRUE(none.values("--arch").empty()); // not given: all arches
}

// The global options that take a folder refuse an empty one too (an empty --cache would fall back
// to $WPK_CACHE without a word).
TEST(RunCli, AnEmptyGlobalOptionIsAnError) {
  for (const std::string option : {"--repo", "--registry", "--sets", "--cache", "--build-dir"}) {
    std::vector<std::string> args = {"wpk", option, "", "lint"};
    std::vector<char*> argv;
    for (auto& arg : args)
      argv.push_back(arg.data());
    EXPECT_NE(error_of([&] {
                run_cli(static_cast<int>(argv.size()), argv.data());
              }).find("option " + option + ": empty value"),
              std::string::npos)
        << option;
  }
}

// `wpk status` with no package, no --set and no default set lists every recipe: --arch must still
// filter the rows, and an unknown arch is an error as everywhere else.
class StatusArchTest : public ::testing::Test {
protected:
  void SetUp() override {
    dir_.write("registry/both/package.yaml",
               "name: both\nversion: \"1\"\nrevision: 0\n"
               "kind: bundle\nlicense: MIT\narches: [wasm32, wasm64]\n");
    dir_.write("registry/narrow/package.yaml", "name: narrow\nversion: \"1\"\nrevision: 0\n"
                                               "kind: bundle\nlicense: MIT\narches: [wasm32]\n");
    dir_.write("sets/some.yaml", "name: some\npackages: [both]\n"); // no default set
  }
  // The rows of `wpk status --format json` with `extra` arguments, as "package/arch".
  std::vector<std::string> rows(const std::vector<std::string>& extra) {
    const auto out = dir_.path() / "status.json";
    std::vector<std::string> command = {"status", "--format", "json", "-o", out.string()};
    command.insert(command.end(), extra.begin(), extra.end());
    EXPECT_EQ(wpk::testing::run_wpk_in(kRepo, dir_.path(), command), 0);
    std::vector<std::string> result;
    const Json report = Json::parse(read_file(out), out.string());
    for (const auto& row : report.find("rows")->items())
      result.push_back(row.get_string("package") + "/" + row.get_string("arch"));
    std::sort(result.begin(), result.end());
    return result;
  }
  testing::ScratchDir dir_;
};

TEST_F(StatusArchTest, ArchFiltersEveryRecipeWithoutADefaultSet) {
  EXPECT_EQ(rows({}), (std::vector<std::string>{"both/wasm32", "both/wasm64", "narrow/wasm32"}));
  EXPECT_EQ(rows({"--arch", "wasm64"}), (std::vector<std::string>{"both/wasm64"}));
  EXPECT_EQ(rows({"--arch", "wasm32"}), (std::vector<std::string>{"both/wasm32", "narrow/wasm32"}));
}

TEST_F(StatusArchTest, AnUnknownArchIsAnError) {
  EXPECT_NE(error_of([&] {
              rows({"--arch", "wasm99"});
            }).find("unknown arch 'wasm99'"),
            std::string::npos);
  EXPECT_THROW(rows({"--arch", ""}), Error);
}

// `wpk ci record --merge FILE`: a file name is one value even with a comma in it (the option may
// be repeated, one file each time); an empty one is an error.
TEST_F(StatusArchTest, MergeTakesAFileNameWhole) {
  LedgerEntry entry;
  entry.name = "both";
  entry.version = "1";
  entry.arch = "wasm32";
  entry.status = "failed";
  entry.key = "k";
  const auto ledger = dir_.path() / "level,1.json";
  IndexLedger(ledger).update({entry});
  auto record = [&](const std::vector<std::string>& extra) {
    std::vector<std::string> command = {"ci", "record", "both", "--arch", "wasm32"};
    command.insert(command.end(), extra.begin(), extra.end());
    return wpk::testing::run_wpk_in(kRepo, dir_.path(), command);
  };
  EXPECT_EQ(record({"--merge", ledger.string()}), 0);
  const auto merged = IndexLedger(dir_.path() / "cache/index.json").read();
  ASSERT_EQ(merged.count("both/wasm32"), 1u);
  EXPECT_EQ(merged.at("both/wasm32").status, "failed");
  EXPECT_NE(error_of([&] { record({"--merge", ""}); }).find("--merge"), std::string::npos);
}

} // namespace
} // namespace wpk
