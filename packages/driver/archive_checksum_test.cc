// archive.sha256: the normal line is "<sha256>  <archive>\n"; a remote one is accepted in
// sha256sum's forms for this archive only, and anything else is an error naming the file.
#include "archive_checksum.h"
#include "error.h"
#include "sha256.h"

#include <gtest/gtest.h>

namespace wpk {
namespace {

const std::string kArchive = "hello-1-rev0-abi1-wasm32-0123abcd.tar.zst";
const std::string kSha = sha256_hex("archive");

std::string rejection(const std::string& text) {
  try {
    parse_archive_checksum(text, kArchive, "http://cache/k/archive.sha256");
  } catch (const Error& e) {
    return e.what();
  }
  return "";
}

TEST(ArchiveChecksum, WritesTheSha256sumLine) {
  EXPECT_EQ(archive_checksum_line(kSha, kArchive), kSha + "  " + kArchive + "\n");
}

TEST(ArchiveChecksum, AcceptsSha256sumForms) {
  for (const std::string& text : {kSha, kSha + "\n", kSha + "  " + kArchive,
                                  kSha + "  " + kArchive + "\n", kSha + " *" + kArchive + "\n"})
    EXPECT_EQ(parse_archive_checksum(text, kArchive, "origin"), kSha) << text;
}

TEST(ArchiveChecksum, RejectsAnythingElseNamingTheFile) {
  for (const std::string& text :
       {std::string(), kSha.substr(0, 63), kSha + "\n\n", kSha + " ", kSha + "\r\n",
        kSha + "  other.tar.zst\n", kSha + "  " + kArchive + "\nmore\n", "x" + kSha,
        std::string(kSha.size(), 'A'), kSha + "  " + kArchive + " \n"}) {
    const std::string error = rejection(text);
    EXPECT_NE(error.find("http://cache/k/archive.sha256: expected '<64 lowercase hex digits>  " +
                         kArchive + "'"),
              std::string::npos)
        << "'" << text << "' gave '" << error << "'";
  }
  EXPECT_NE(rejection(kSha + "\n\n").find("\\n\\n"), std::string::npos); // shown, escaped
}

} // namespace
} // namespace wpk
