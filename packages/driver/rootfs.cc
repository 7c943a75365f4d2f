#include "rootfs.h"

#include "error.h"
#include "fs_util.h"
#include "path_tree.h"
#include "sha256.h"

#include <map>

namespace wpk {

std::vector<ArchiveMember> rootfs_members(const std::vector<RootfsPackage>& packages,
                                          const std::string& arch, int abi_version,
                                          bool include_development_files) {
  std::map<std::string, std::pair<std::string, std::string>> owners; // path -> (package, sha)
  std::vector<ArchiveMember> members;
  for (const auto& package : packages) {
    const Json* outputs = package.manifest.find("outputs");
    if (!outputs)
      continue;
    for (const auto& output : outputs->items()) {
      const std::string type = output.get_string("type");
      if (!include_development_files && type != "program" && type != "data")
        continue;
      const std::string path = output.get_string("path");
      const std::string sha = output.get_string("sha256");
      auto it = owners.find(path);
      if (it != owners.end()) {
        if (it->second.second != sha)
          throw Error("rootfs: /" + path + " is installed by both " + it->second.first + " and " +
                      package.name + " with different contents");
        continue;
      }
      owners[path] = {package.name, sha};
      auto member = members_from_tree(package.tree, {path});
      members.insert(members.end(), member.begin(), member.end());
    }
  }
  auto add_text = [&](const std::string& path, const std::string& content) {
    if (owners.count(path))
      return;
    ArchiveMember member;
    member.path = path;
    member.from_memory = true;
    member.content = content;
    owners[path] = {"rootfs", sha256_hex(content)};
    members.push_back(member);
  };
  if (!owners.count("bin/sh")) {
    std::string shell;
    for (const char* candidate : {"usr/bin/dash", "bin/dash", "usr/bin/bash", "bin/bash"})
      if (shell.empty() && owners.count(candidate))
        shell = candidate;
    if (!shell.empty()) {
      ArchiveMember link;
      link.path = "bin/sh";
      link.type = ArchiveMember::Type::symlink;
      link.link_target = "/" + shell;
      owners["bin/sh"] = {"rootfs", "symlink:/" + shell};
      members.push_back(link);
    }
  }
  add_text("etc/passwd", "root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/:/bin/sh\n");
  add_text("etc/group", "root:x:0:\nnogroup:x:65534:\n");
  add_text("etc/hosts", "127.0.0.1 localhost\n::1 localhost\n");
  add_text("etc/hostname", "wpk\n");
  add_text("etc/profile", "export PATH=/usr/local/bin:/usr/bin:/bin\nexport HOME=/root\n");
  add_text("etc/os-release", "NAME=wpk\nID=wpk\nVERSION_ID=abi" + std::to_string(abi_version) +
                                 "\nPRETTY_NAME=\"wpk (" + arch + ", ABI v" +
                                 std::to_string(abi_version) + ")\"\n");
  // The folders every program may write temporary files to, sticky and writable by all (as
  // on Debian). Packages may install below them; a package file in their place is an error.
  for (const char* path : {"tmp", "var/tmp"}) {
    if (const auto owner = owners.find(path); owner != owners.end())
      throw Error("rootfs: /" + std::string(path) + " is installed by " + owner->second.first +
                  " as a file, but the rootfs needs it as a folder");
    ArchiveMember folder;
    folder.path = path;
    folder.type = ArchiveMember::Type::folder;
    folder.folder_mode = 01777;
    members.push_back(folder);
  }
  std::string manifest;
  for (const auto& [path, owner] : owners)
    manifest += owner.second + "  /" + path + "\n";
  add_text("etc/wpk/rootfs.manifest", manifest);
  // A file (or symlink) of one package where another needs a folder: "a" and "a/b".
  for (const auto& [path, owner] : owners) {
    if (const auto below = first_below(owners, path); below != owners.end())
      throw Error("rootfs: /" + path + " is installed by both " + owner.first + " (a file) and " +
                  below->second.first + " (a folder, for /" + below->first + ")");
  }
  return members;
}

void materialize_members(const std::vector<ArchiveMember>& members,
                         const std::filesystem::path& root) {
  for (const auto& member : members) {
    const auto target = root / member.path;
    create_parent_folders_within(root, member.path, root.string());
    std::error_code ignored;
    std::filesystem::remove(target, ignored);
    if (member.type == ArchiveMember::Type::folder) {
      std::filesystem::create_directory(target);
      std::filesystem::permissions(target, std::filesystem::perms(member.folder_mode));
    } else if (member.type == ArchiveMember::Type::symlink) {
      std::filesystem::create_symlink(member.link_target, target);
    } else if (member.from_memory) {
      write_file_atomically(target, member.content);
    } else {
      std::filesystem::copy_file(member.source, target);
      if (member.executable)
        std::filesystem::permissions(target,
                                     std::filesystem::perms::owner_exec |
                                         std::filesystem::perms::group_exec |
                                         std::filesystem::perms::others_exec,
                                     std::filesystem::perm_options::add);
    }
  }
}

} // namespace wpk
