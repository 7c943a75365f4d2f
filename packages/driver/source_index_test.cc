#include "error.h"
#include "source_index.h"

#include <gtest/gtest.h>

namespace wpk {
namespace {

const std::string kSha1 = std::string(64, 'a');
const std::string kSha2 = std::string(64, 'b');

std::string stanza(const std::string& package, const std::string& version,
                   const std::string& sums) {
  return "Package: " + package + "\nBinary: " + package + ", lib" + package +
         "\nVersion: " + version + "\nFiles:\n 0123456789abcdef0123456789abcdef 10 " + package +
         "_" + version + ".dsc\nChecksums-Sha256:\n" + sums + "Package-List:\n " + package +
         " deb utils optional arch=any\nDirectory: pool/main\n\n";
}

TEST(SourceIndex, KeepsPackageVersionAndSha256FilesOfEachStanza) {
  const std::string text =
      stanza("demo", "1.0-1",
             " " + kSha1 + " 10 demo_1.0-1.dsc\n " + kSha2 + " 2048 demo_1.0.orig.tar.gz\n") +
      stanza("demo", "1.1-1", " " + kSha2 + " 7 demo_1.1.orig.tar.xz\n");
  const auto entries = parse_source_index(text, "Sources");
  ASSERT_EQ(entries.size(), 2u);
  EXPECT_EQ(entries[0].package, "demo");
  EXPECT_EQ(entries[0].version, "1.0-1");
  EXPECT_EQ(entries[0].line, 1);
  ASSERT_EQ(entries[0].files.size(), 2u); // Files (md5) and Package-List are not files
  EXPECT_EQ(entries[0].files[1], (SourceIndexFile{kSha2, 2048, "demo_1.0.orig.tar.gz"}));
  EXPECT_TRUE(entries[0].has_file("demo_1.0.orig.tar.gz", kSha2));
  EXPECT_FALSE(entries[0].has_file("demo_1.0.orig.tar.gz", kSha1));
  EXPECT_EQ(entries[1].version, "1.1-1");
  EXPECT_EQ(entries[1].line, 13);
}

TEST(SourceIndex, ReadsTheSameStanzaTwiceAsOneEntry) {
  // apt-cache showsrc prints a source package once for each name that leads to it.
  const std::string one = stanza("demo", "1.0-1", " " + kSha1 + " 10 demo_1.0.orig.tar.gz\n");
  const std::string other = stanza("demo", "1.0-1", " " + kSha2 + " 10 demo_1.0.orig.tar.gz\n");
  EXPECT_EQ(parse_source_index(one + one, "x").size(), 1u);
  EXPECT_EQ(parse_source_index(one + other, "x").size(), 2u); // other bytes: another entry
}

TEST(SourceIndex, ToleratesCarriageReturnsAndNoFinalBlankLine) {
  const auto entries = parse_source_index(
      "Package: demo\r\nVersion: 2.0-1\r\nChecksums-Sha256:\r\n " + kSha1 + " 3 demo.tar\r\n", "x");
  ASSERT_EQ(entries.size(), 1u);
  EXPECT_EQ(entries[0].version, "2.0-1");
  EXPECT_EQ(entries[0].files.at(0).name, "demo.tar");
}

TEST(SourceIndex, NamesTheLineOfWhatIsNotAnIndex) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"Package: a\nVersion: 1\nno colon here\n", "x:3: expected a field (Name: value)"},
      {" continued\nPackage: a\n", "x:1: expected a field (Name: value), got a continuation"},
      {"Package: a\nVersion: 1\nChecksums-Sha256:\n abc 1 f\n", "x:4: expected '<sha256> <size>"},
      {"Package: a\nVersion: 1\nChecksums-Sha256:\n " + kSha1 + " 1x f\n",
       "x:4: expected '<sha256>"},
      {"Package: a\nVersion: 1\nChecksums-Sha256:\n " + kSha1 + " 1\n", "x:4: expected '<sha256>"},
      {"Package: a\n\nVersion: 1\n", "x:1: expected a Version field in the stanza of a"},
      {"Package: a\nVersion: 1\n\nVersion: 2\n", "x:4: expected a Package field"},
  };
  for (const auto& [text, expected] : cases) {
    try {
      parse_source_index(text, "x");
      ADD_FAILURE() << "accepted: " << text;
    } catch (const Error& e) {
      EXPECT_EQ(std::string(e.what()).rfind(expected, 0), 0u) << e.what();
    }
  }
}

} // namespace
} // namespace wpk
