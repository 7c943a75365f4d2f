// rootfs.h — a root file system made of the programs and data files of a set of packages.
//
// FHS layout as the packages install it (prefix /usr), plus: /bin/sh (a symlink to dash, or bash
// when there is no dash), a basic /etc (passwd, group, hosts, hostname, profile, os-release),
// /etc/wpk/rootfs.manifest listing "sha256  /path" for every file, and the folders /tmp and
// /var/tmp (mode 01777). Headers, static libraries and pkg-config files are left out. Two
// packages installing the same path with different contents is an error, and so is a path that
// one package installs as a file or symlink while another installs files below it. The same
// members give the same bytes (archive_writer.h).
#pragma once

#include "archive_writer.h"
#include "json.h"

#include <filesystem>
#include <string>
#include <vector>

namespace wpk {

struct RootfsPackage {
  std::string name;
  std::filesystem::path tree; // the package's outputs (cache entry tree/)
  Json manifest;
};

std::vector<ArchiveMember> rootfs_members(const std::vector<RootfsPackage>& packages,
                                          const std::string& arch, int abi_version,
                                          bool include_development_files = false);

// Writes members into a folder (used by `wpk test` to give the runtime a root).
void materialize_members(const std::vector<ArchiveMember>& members,
                         const std::filesystem::path& root);

} // namespace wpk
