// Root file systems: two packages may install the same path only with the same contents, and
// never one as a file (or symlink) where the other needs a folder; /tmp and /var/tmp are there.
#include "error.h"
#include "fs_util.h"
#include "rootfs.h"
#include "sha256.h"
#include "test_util.h"

#include <algorithm>
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

// /tmp and /var/tmp are folders everyone may write to (sticky), in the members and in a
// materialized root; a package may put files below them but not a file in their place.
TEST_F(RootfsTest, TemporaryFoldersAreStickyAndWritableByAll) {
  add("alpha", {{"usr/bin/tool", "x"}, {"var/tmp/seed", "y"}});
  const auto members = rootfs_members(packages_, "wasm32", 1);
  for (const std::string path : {"tmp", "var/tmp"}) {
    const auto folder = std::find_if(members.begin(), members.end(),
                                     [&](const ArchiveMember& m) { return m.path == path; });
    ASSERT_NE(folder, members.end()) << path;
    EXPECT_EQ(folder->type, ArchiveMember::Type::folder) << path;
    EXPECT_EQ(folder->folder_mode, 01777u) << path;
  }
  materialize_members(members, dir_.path() / "root");
  for (const std::string path : {"tmp", "var/tmp"}) {
    const auto status = std::filesystem::status(dir_.path() / "root" / path);
    EXPECT_TRUE(std::filesystem::is_directory(status)) << path;
    EXPECT_EQ(status.permissions(), std::filesystem::perms(01777)) << path;
  }
  EXPECT_EQ(read_file(dir_.path() / "root/var/tmp/seed"), "y");
}

TEST_F(RootfsTest, APackageFileWhereTheRootfsHasATemporaryFolderIsAnError) {
  add("alpha", {{"tmp", "a file"}});
  EXPECT_NE(error().find("/tmp is installed by alpha as a file"), std::string::npos) << error();
}

} // namespace
} // namespace wpk
