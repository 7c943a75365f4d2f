#include "debian_version.h"
#include "error.h"

#include <gtest/gtest.h>

namespace wpk {
namespace {

int compare(const std::string& a, const std::string& b) {
  const int order =
      compare_debian_versions(parse_debian_version(a, "a"), parse_debian_version(b, "b"));
  return order < 0 ? -1 : order > 0 ? 1 : 0;
}

TEST(DebianVersion, SplitsEpochUpstreamAndRevisionAtTheLastHyphen) {
  const DebianVersion version = parse_debian_version("1:10.11.18-0+deb12u1", "here");
  EXPECT_EQ(version.epoch, 1u);
  EXPECT_EQ(version.upstream, "10.11.18");
  EXPECT_EQ(version.revision, "0+deb12u1");
  const DebianVersion hyphens = parse_debian_version("1.2-rc-3", "here");
  EXPECT_EQ(hyphens.upstream, "1.2-rc");
  EXPECT_EQ(hyphens.revision, "3");
  const DebianVersion native = parse_debian_version("2026f", "here");
  EXPECT_EQ(native.epoch, 0u);
  EXPECT_EQ(native.revision, "");
  EXPECT_EQ(version.str(), "1:10.11.18-0+deb12u1");
  EXPECT_EQ(parse_debian_version("0:1.0-1", "here").str(), "1.0-1");
}

TEST(DebianVersion, OrdersAsPolicySays) {
  // Each version sorts strictly before the next one.
  const std::vector<std::string> ascending = {"0.9",
                                              "1.0~~",
                                              "1.0~~a",
                                              "1.0~",
                                              "1.0~rc1",
                                              "1.0",
                                              "1.0-1~bpo12+1",
                                              "1.0-1",
                                              "1.0-1+b1",
                                              "1.0-1+deb12u1",
                                              "1.0-1+deb12u2",
                                              "1.0-1+deb12u10",
                                              "1.0-2",
                                              "1.0a",
                                              "1.0+dfsg",
                                              "1.0.1",
                                              "1.2",
                                              "1.10",
                                              "9.1.0+ds1-2",
                                              "10.11.18-0+deb12u1",
                                              "10.11.19-0+deb12u1",
                                              "2026b-0+deb12u1",
                                              "2026f-0+deb12u1",
                                              "1:0.1",
                                              "2:4.0.2-3"};
  for (size_t i = 0; i < ascending.size(); ++i)
    for (size_t j = 0; j < ascending.size(); ++j)
      EXPECT_EQ(compare(ascending[i], ascending[j]), i < j   ? -1
                                                     : i > j ? 1
                                                             : 0)
          << ascending[i] << " vs " << ascending[j];
}

TEST(DebianVersion, EqualValuesCompareEqual) {
  EXPECT_EQ(compare("1.01", "1.1"), 0);  // digit runs are numbers
  EXPECT_EQ(compare("1.0", "1.0-0"), 0); // no revision is revision 0
  EXPECT_EQ(compare("0:1.0", "1.0"), 0);
  // Digit runs longer than any integer type.
  EXPECT_EQ(compare("123456789012345678901234567890", "123456789012345678901234567891"), -1);
  EXPECT_EQ(compare("99999999999999999999", "100000000000000000000"), -1);
}

TEST(DebianVersion, RejectsWhatIsNotAVersionSayingWhere) {
  for (const char* bad : {"", "a1.0", "1:", ":1.0", "x:1.0", "1.0-", "1.0_1", "1.0-a_b", "-1",
                          "1234567890:1.0", "1.0 "}) {
    try {
      parse_debian_version(bad, "pkg.yaml: source.debian.version");
      ADD_FAILURE() << "accepted '" << bad << "'";
    } catch (const Error& e) {
      const std::string message = e.what();
      EXPECT_EQ(message.rfind("pkg.yaml: source.debian.version: expected a Debian version", 0), 0)
          << message;
      EXPECT_NE(message.find("got '" + std::string(bad) + "'"), std::string::npos) << message;
    }
  }
}

} // namespace
} // namespace wpk
