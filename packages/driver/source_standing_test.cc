// wpk outdated: each recipe's pinned Debian source against an index — every standing, the orig
// tarball a bump would pin, and the command end to end (its report, exit status and --strict).
#include "error.h"
#include "recipe_parser.h"
#include "source_standing.h"
#include "test_util.h"

#include <gtest/gtest.h>

namespace wpk {
namespace {

const std::string kPin = std::string(64, 'a');
const std::string kOther = std::string(64, 'b');
const std::string kNewOrig = std::string(64, 'c');

// A recipe `name` pinning `file` (sha256 kPin) of Debian source `package` at `version`.
std::string recipe_text(const std::string& name, const std::string& package,
                        const std::string& version, const std::string& file) {
  return "name: " + name +
         "\nversion: \"1\"\nrevision: 0\nkind: bundle\nlicense: MIT\narches: [wasm32]\n"
         "source:\n  url: https://deb.example/" +
         file + "\n  sha256: " + kPin + "\n  debian: {package: " + package + ", version: \"" +
         version + "\", file: " + file + "}\n";
}

std::string stanza(const std::string& package, const std::string& version,
                   const std::vector<std::pair<std::string, std::string>>& files) {
  std::string text = "Package: " + package + "\nVersion: " + version + "\nChecksums-Sha256:\n";
  for (const auto& [sha, name] : files)
    text += " " + sha + " 100 " + name + "\n";
  return text + "\n";
}

// Six recipes, one for each standing (two current: at the newest, and ahead of it).
class SourceStandingTest : public ::testing::Test {
protected:
  void SetUp() override {
    add("cur", "cur", "1.0-1", "cur_1.0.orig.tar.gz");
    add("ahead", "ahead", "2.0-1", "ahead_2.0.orig.tar.gz");
    add("rev", "rev-src", "1:3.1-2", "rev-src_3.1.orig.tar.xz");
    add("up", "up", "10.11.18-0+deb12u1", "up_10.11.18.orig.tar.gz");
    add("gone", "gone", "5.0-1", "gone_5.0.orig.tar.gz");
    add("absent", "absent", "1-1", "absent_1.orig.tar.gz");
    index_ = stanza("cur", "1.0-1", {{kPin, "cur_1.0.orig.tar.gz"}}) +
             stanza("ahead", "1.9-1", {{kOther, "ahead_1.9.orig.tar.gz"}}) +
             stanza("ahead", "2.0-1", {{kPin, "ahead_2.0.orig.tar.gz"}}) +
             // The pinned revision is gone, a later one carries the same orig tarball.
             stanza("rev-src", "1:3.1-2+deb12u1", {{kPin, "rev-src_3.1.orig.tar.xz"}}) +
             stanza("up", "10.11.18-0+deb12u1", {{kPin, "up_10.11.18.orig.tar.gz"}}) +
             stanza("up", "10.11.19-0+deb12u1",
                    {{kOther, "up_10.11.19-0+deb12u1.dsc"},
                     {kOther, "up_10.11.19.orig.tar.gz.asc"},
                     {kNewOrig, "up_10.11.19.orig.tar.gz"},
                     {kOther, "up_10.11.19-0+deb12u1.debian.tar.xz"}}) +
             // A repack: the same file name with other bytes.
             stanza("gone", "5.0-2", {{kOther, "gone_5.0.orig.tar.gz"}}) +
             stanza("unrelated", "1-1", {{kPin, "absent_1.orig.tar.gz"}});
  }
  void add(const std::string& name, const std::string& package, const std::string& version,
           const std::string& file) {
    const std::string text = recipe_text(name, package, version, file);
    dir_.write("sets/two.yaml", "name: two\npackages: [cur, up]\n");
    recipes_.push_back(parse_recipe(text, dir_.write("registry/" + name + "/package.yaml", text)));
  }
  std::vector<SourceStandingRow> rows(const ServedCheck& served = {}) {
    std::vector<const Recipe*> pointers;
    for (const auto& recipe : recipes_)
      pointers.push_back(&recipe);
    return source_standings(pointers, parse_source_index(index_, "Sources"), "Sources", served);
  }
  const SourceStandingRow& row(const std::vector<SourceStandingRow>& all, const std::string& name) {
    for (const auto& row : all)
      if (row.recipe == name)
        return row;
    throw Error("no row " + name);
  }
  testing::ScratchDir dir_;
  std::vector<Recipe> recipes_;
  std::string index_;
};

TEST_F(SourceStandingTest, GivesEachRecipeItsStandingInNameOrder) {
  const auto all = rows();
  std::vector<std::string> names;
  for (const auto& row : all)
    names.push_back(row.recipe);
  EXPECT_EQ(names, (std::vector<std::string>{"absent", "ahead", "cur", "gone", "rev", "up"}));
  EXPECT_EQ(row(all, "cur").standing, SourceStanding::current);
  EXPECT_EQ(row(all, "ahead").standing, SourceStanding::current);
  EXPECT_EQ(row(all, "ahead").newest, "2.0-1");
  EXPECT_EQ(row(all, "rev").standing, SourceStanding::newer_revision);
  EXPECT_EQ(row(all, "rev").carriers, std::vector<std::string>{"1:3.1-2+deb12u1"});
  EXPECT_EQ(row(all, "up").standing, SourceStanding::newer_upstream);
  EXPECT_EQ(row(all, "up").newest, "10.11.19-0+deb12u1");
  EXPECT_EQ(row(all, "gone").standing, SourceStanding::pin_gone);
  EXPECT_EQ(row(all, "absent").standing, SourceStanding::not_in_archive);
  EXPECT_EQ(row(all, "absent").newest, "");
  EXPECT_FALSE(fetchable(SourceStanding::pin_gone));
  EXPECT_FALSE(fetchable(SourceStanding::not_in_archive));
  EXPECT_TRUE(fetchable(SourceStanding::newer_upstream));
}

TEST_F(SourceStandingTest, NamesTheOrigTarballABumpWouldPin) {
  const auto all = rows();
  const SourceIndexFile& orig = row(all, "up").newest_orig;
  EXPECT_EQ(orig.name, "up_10.11.19.orig.tar.gz"); // not the .asc, the .dsc or debian.tar
  EXPECT_EQ(orig.sha256, kNewOrig);
  EXPECT_TRUE(row(all, "rev").newest_orig.name.empty()) << "the same orig: nothing to bump";
  const std::string text = format_standings_markdown(all);
  EXPECT_NE(text.find("| up | up | 10.11.18-0+deb12u1 | 10.11.19-0+deb12u1 | newer upstream |\n"),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("| absent | absent | 1-1 | - | not in the archive |\n"), std::string::npos);
  EXPECT_NE(text.find("- up: up 10.11.19-0+deb12u1, up_10.11.19.orig.tar.gz sha256 " + kNewOrig),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("6 recipes: 2 current, 1 newer revision, 1 newer upstream, 1 pin gone, 1 "
                      "not in the archive\n"),
            std::string::npos)
      << text;
  const std::string json = standings_json(all).dump();
  EXPECT_NE(json.find("\"standing\": \"pin gone\",\n      \"fetchable\": false"), std::string::npos)
      << json;
}

// An index can list files the archive does not serve: the pin is asked for in debian-source's
// order (the pinned version first), and the orig tarball a bump would pin is asked for too.
TEST_F(SourceStandingTest, AsksTheArchiveWhetherItServesThePin) {
  add("both", "both", "1.0-1", "both_1.0.orig.tar.gz");
  index_ += stanza("both", "1.0-1+deb12u1", {{kPin, "both_1.0.orig.tar.gz"}}) +
            stanza("both", "1.0-1", {{kPin, "both_1.0.orig.tar.gz"}});
  std::vector<std::string> asked;
  const auto all =
      rows([&](const std::string& package, const std::string& version, const std::string& file) {
        asked.push_back(package + "=" + version + " " + file);
        return version == "1.0-1+deb12u1" || package == "cur" || package == "ahead";
      });
  const auto& both = row(all, "both");
  EXPECT_EQ(both.served_by, "1.0-1+deb12u1");
  EXPECT_EQ(both.standing, SourceStanding::newer_revision);
  EXPECT_EQ(row(all, "cur").served_by, "1.0-1");
  // rev's only carrier is not served: a fresh machine cannot fetch it.
  EXPECT_EQ(row(all, "rev").standing, SourceStanding::pin_not_served);
  EXPECT_FALSE(fetchable(SourceStanding::pin_not_served));
  EXPECT_FALSE(row(all, "up").newest_orig_served);
  EXPECT_EQ(row(all, "gone").standing, SourceStanding::pin_gone) << "nothing listed: not asked";
  const std::vector<std::string> expected = {"ahead=2.0-1 ahead_2.0.orig.tar.gz",
                                             "both=1.0-1 both_1.0.orig.tar.gz",
                                             "both=1.0-1+deb12u1 both_1.0.orig.tar.gz",
                                             "cur=1.0-1 cur_1.0.orig.tar.gz",
                                             "rev-src=1:3.1-2+deb12u1 rev-src_3.1.orig.tar.xz",
                                             "up=10.11.18-0+deb12u1 up_10.11.18.orig.tar.gz",
                                             "up=10.11.19-0+deb12u1 up_10.11.19.orig.tar.gz"};
  EXPECT_EQ(asked, expected);
  const std::string text = format_standings_markdown(all);
  EXPECT_NE(text.find("| rev | rev-src | 1:3.1-2 | 1:3.1-2+deb12u1 | pin not served |"),
            std::string::npos)
      << text;
  EXPECT_NE(text.find(kNewOrig + " (listed, but the archive does not serve it yet)\n"),
            std::string::npos)
      << text;
}

// Debian's tarball of a recipe's Debian patches must be fetchable too.
TEST_F(SourceStandingTest, ChecksTheTarballOfDebianPatches) {
  const std::string text =
      recipe_text("patched", "patched", "2.0-1+deb12u1", "patched_2.0.orig.tar.gz") +
      "  debian_patches: {file: patched_2.0-1+deb12u1.debian.tar.xz, "
      "sha256: " +
      kOther + ", apply: [fix.patch]}\n";
  recipes_.push_back(parse_recipe(text, dir_.write("registry/patched/package.yaml", text)));
  const std::string orig = stanza("patched", "2.0-1+deb12u1", {{kPin, "patched_2.0.orig.tar.gz"}});
  index_ += orig;
  EXPECT_EQ(row(rows(), "patched").standing, SourceStanding::pin_gone) << "tarball not listed";
  index_ +=
      stanza("patched", "2.0-1+deb12u1",
             {{kPin, "patched_2.0.orig.tar.gz"}, {kOther, "patched_2.0-1+deb12u1.debian.tar.xz"}});
  EXPECT_EQ(row(rows(), "patched").standing, SourceStanding::current);
  const auto served = [](const std::string&, const std::string&, const std::string& file) {
    return file.find(".debian.tar.") == std::string::npos;
  };
  EXPECT_EQ(row(rows(served), "patched").standing, SourceStanding::pin_not_served);
}

TEST_F(SourceStandingTest, SaysWhichVersionIsNotADebianVersion) {
  index_ += stanza("cur", "not a version", {});
  try {
    rows();
    ADD_FAILURE() << "accepted";
  } catch (const Error& e) {
    EXPECT_EQ(std::string(e.what()).rfind("Sources:", 0), 0u) << e.what();
    EXPECT_NE(std::string(e.what()).find(": Version: expected a Debian version"), std::string::npos)
        << e.what();
  }
}

TEST_F(SourceStandingTest, CommandExitsNonZeroOnlyForAPinThatCannotBeFetched) {
  const auto index = dir_.write("Sources", index_);
  auto run = [&](std::vector<std::string> command, std::string& out) {
    ::testing::internal::CaptureStdout();
    ::testing::internal::CaptureStderr();
    int status = -1;
    try {
      status = testing::run_wpk_in(dir_.path(), dir_.path(), command);
    } catch (...) {
      ::testing::internal::GetCapturedStdout();
      ::testing::internal::GetCapturedStderr();
      throw;
    }
    out = ::testing::internal::GetCapturedStdout();
    ::testing::internal::GetCapturedStderr();
    return status;
  };
  std::string out;
  EXPECT_EQ(run({"outdated", "--index", index.string()}, out), 1) << out;
  EXPECT_NE(out.find("| gone | gone | 5.0-1 | 5.0-2 | pin gone |"), std::string::npos) << out;
  EXPECT_EQ(run({"outdated", "--index", index.string(), "cur", "rev", "up"}, out), 0) << out;
  EXPECT_EQ(out.find("| gone |"), std::string::npos) << out;
  EXPECT_EQ(run({"outdated", "--index", index.string(), "--set", "two"}, out), 0) << out;
  EXPECT_NE(out.find("\n2 recipes: 1 current, 1 newer upstream\n"), std::string::npos) << out;
  EXPECT_EQ(run({"outdated", "--index", index.string(), "--strict", "cur", "rev"}, out), 1);
  EXPECT_EQ(run({"outdated", "--index", index.string(), "--strict", "cur", "ahead"}, out), 0);
  EXPECT_NE(out.find("\n2 recipes: 2 current\n"), std::string::npos) << out;
  EXPECT_EQ(run({"outdated", "--index", index.string(), "cur"}, out), 0);
  EXPECT_NE(out.find("\n1 recipe: 1 current\n"), std::string::npos) << out;
  const auto report = dir_.path() / "out.json";
  EXPECT_EQ(
      run({"outdated", "--index", index.string(), "--format", "json", "-o", report.string(), "up"},
          out),
      0);
  EXPECT_EQ(out, "");
  EXPECT_NE(read_file(report).find("\"file\": \"up_10.11.19.orig.tar.gz\""), std::string::npos);
  EXPECT_THROW(run({"outdated", "--index", index.string(), "--format", "yaml"}, out), Error);
  EXPECT_THROW(run({"outdated", "--index", index.string(), "--refresh"}, out), Error);
  EXPECT_THROW(run({"outdated", "--index", index.string(), "nosuch"}, out), Error);
}

} // namespace
} // namespace wpk
