// dependency_merge.h — merges the output trees of a build's dependencies into its deps/ folder.
//
// Each tree is copied as copy_tree does (never writing through a symlink). Two dependencies may
// both install a path only with the same contents (the same bytes, or the same symlink target);
// different contents, or a file (or symlink) of one where another has a folder, is an error
// naming both packages and the path: the build would otherwise see whichever was copied last.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace wpk {

struct DependencyTree {
  std::string package;
  std::filesystem::path tree;
};

void merge_dependency_trees(const std::vector<DependencyTree>& trees,
                            const std::filesystem::path& into);

} // namespace wpk
