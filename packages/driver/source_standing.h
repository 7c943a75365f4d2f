// source_standing.h — how each recipe's pinned Debian source stands against the archive's source
// index today (`wpk outdated`).
//
// A recipe pins one file of a Debian source package by sha256 (`source.debian`). For each recipe
// the archive's index says:
//   - whether the pin can still be fetched: some version's entry lists that file with that
//     sha256 (debian-source takes any such version). When none does, a machine without the file
//     in its cache cannot build the recipe: `not in the archive` (no entry for the package at all)
//     or `pin gone` (entries, none with the file);
//   - how the pinned version compares with the newest one there: `current`, `newer revision`
//     (the same upstream version, revised by Debian: its patches, security fixes among them, are
//     not in a build from the orig tarball), or `newer upstream` (with the newest version's orig
//     tarball and sha256, what a bump of the recipe would pin).
// Rows come in recipe-name order, so the output is the same for the same registry and index.
#pragma once

#include "json.h"
#include "recipe.h"
#include "source_index.h"

#include <string>
#include <vector>

namespace wpk {

enum class SourceStanding { current, newer_revision, newer_upstream, pin_gone, not_in_archive };

struct SourceStandingRow {
  std::string recipe;
  std::string debian_package;
  std::string pinned; // the recipe's source.debian.version
  std::string newest; // the newest version in the index; empty for not_in_archive
  SourceStanding standing = SourceStanding::current;
  std::vector<std::string> carriers; // versions whose entry lists the pinned file and sha256
  SourceIndexFile newest_orig;       // newer_upstream: the newest version's orig tarball, if found
};

// One row per recipe with a `source.debian` (others are left out), in name order. Throws
// wpk::Error naming the recipe file for a pinned version that is not a Debian version, and the
// index line for an index version that is not one.
std::vector<SourceStandingRow> source_standings(const std::vector<const Recipe*>& recipes,
                                                const std::vector<SourceIndexEntry>& index,
                                                const std::string& index_origin);

// "current", "newer revision", "newer upstream", "pin gone", "not in the archive".
std::string standing_name(SourceStanding standing);
// Whether a machine with an empty cache can still fetch the recipe's source.
bool fetchable(SourceStanding standing);

std::string format_standings_markdown(const std::vector<SourceStandingRow>& rows);
Json standings_json(const std::vector<SourceStandingRow>& rows);

} // namespace wpk
