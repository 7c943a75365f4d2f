// Command-line arguments: "--" ends the options, an option that takes one value may be given
// once, a list option may not be empty.
#include "cli_context.h"
#include "error.h"
#include "test_util.h"

#include <functional>
#include <gtest/gtest.h>

namespace wpk {
namespace {

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

} // namespace
} // namespace wpk
