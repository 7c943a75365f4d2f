// Root file systems: two packages may install the same path only with the same contents, and
// never one as a file (or symlink) where the other needs a folder.
#include "error.h"
#include "rootfs.h"
#include "sha256.h"
#include "test_util.h"

#include <gtest/gtest.h>

namespace wpk {
namespace {

class RootfsTest : public ::testing::Test {
protected:
  // A package whose tree holds `files` (path -> content), all of type data.
  void add(const std::string& name, const std::map<std::string, std::string>& files) {
    std::string outputs;
    for (const auto& [path, content] : files) {
      dir_.write(name + "/tree/" + path, content);
      outputs += std::string(outputs.empty() ? "" : ",") + "{\"path\":\"" + path +
                 "\",\"type\":\"data\",\"sha256\":\"" + sha256_hex(content) + "\"}";
    }
    packages_.push_back({name, dir_.path() / name / "tree",
                         Json::parse("{\"outputs\":[" + outputs + "]}", name + "/manifest.json")});
  }
  std::string error() {
    try {
      rootfs_members(packages_, "wasm32", 1);
    } catch (const Error& e) {
      return e.what();
    }
    return "no error";
  }
  testing::ScratchDir dir_;
  std::vector<RootfsPackage> packages_;
};

TEST_F(RootfsTest, SamePathSameContentsIsFine) {
  add("alpha", {{"usr/share/common/a", "x"}});
  add("beta", {{"usr/share/common/a", "x"}, {"usr/share/common/b", "y"}});
  EXPECT_EQ(error(), "no error");
}

TEST_F(RootfsTest, SamePathDifferentContentsIsAnError) {
  add("alpha", {{"usr/share/common/a", "x"}});
  add("beta", {{"usr/share/common/a", "y"}});
  EXPECT_NE(error().find("/usr/share/common/a is installed by both alpha and beta"),
            std::string::npos)
      << error();
}

TEST_F(RootfsTest, AFileWhereAnotherPackageHasAFolderIsAnError) {
  add("alpha", {{"usr/share/thing", "a file"}});
  add("beta", {{"usr/share/thing/inside", "in a folder"}});
  const std::string message = error();
  EXPECT_NE(message.find("/usr/share/thing is installed by both alpha"), std::string::npos)
      << message;
  EXPECT_NE(message.find("beta"), std::string::npos) << message;
  EXPECT_NE(message.find("/usr/share/thing/inside"), std::string::npos) << message;
}

TEST_F(RootfsTest, AFolderWhereALaterPackageHasAFileIsAnError) {
  add("alpha", {{"usr/share/thing/inside", "in a folder"}, {"usr/share/thing-else", "z"}});
  add("beta", {{"usr/share/thing", "a file"}});
  const std::string message = error();
  EXPECT_NE(message.find("/usr/share/thing is installed by both"), std::string::npos) << message;
  EXPECT_NE(message.find("alpha"), std::string::npos) << message;
  EXPECT_NE(message.find("beta"), std::string::npos) << message;
}

// The files the rootfs adds itself (/etc/passwd, ...) count too.
TEST_F(RootfsTest, APackageFolderWhereTheRootfsHasAFileIsAnError) {
  add("alpha", {{"etc/passwd/x", "x"}});
  EXPECT_NE(error().find("/etc/passwd is installed by both"), std::string::npos) << error();
}

} // namespace
} // namespace wpk
