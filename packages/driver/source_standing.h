// source_standing.h — how each recipe's pinned Debian source stands against the archive's source
// index today (`wpk outdated`).
//
// A recipe pins one file of a Debian source package by sha256 (`source.debian`). For each recipe
// the archive's index says:
//   - whether the pin can still be fetched: some version's entry lists that file with that
//     sha256 (debian-source takes any such version) and, when a ServedCheck is given, the
//     archive serves it for one of them (an index can list files its pool does not have). When
//     not, a machine without the file in its cache cannot build the recipe: `not in the archive`
//     (no entry for the package at all), `pin gone` (entries, none with the file) or `pin not
//     served` (listed, never served);
//     Debian's tarball of `source.debian_patches` is checked the same way;
//   - how the pinned version compares with the newest one there: `current`, `newer revision`
//     (the same upstream version, revised by Debian: its patches, security fixes among them, are
//     not in a build from the orig tarball), or `newer upstream` (with the newest version's orig
//     tarball and sha256, what a bump of the recipe would pin, and whether it is served).
// Rows come in recipe-name order, so the output is the same for the same registry and index.
#pragma once

#include "json.h"
#include "recipe.h"
#include "source_index.h"

#include <functional>
#include <string>
#include <vector>

namespace wpk {

enum class SourceStanding {
  current,
  newer_revision,
  newer_upstream,
  pin_gone,
  pin_not_served,
  not_in_archive
};

// Whether the archive serves `file` of source package `package` at `version`.
using ServedCheck = std::function<bool(const std::string& package, const std::string& version,
                                       const std::string& file)>;

struct SourceStandingRow {
  std::string recipe;
  std::string debian_package;
  std::string pinned; // the recipe's source.debian.version
  std::string newest; // the newest version in the index; empty for not_in_archive
  SourceStanding standing = SourceStanding::current;
  std::vector<std::string> carriers; // versions whose entry lists the pinned file and sha256
  std::string served_by;             // the carrier the archive serves it for (ServedCheck given)
  SourceIndexFile newest_orig;       // newer_upstream: the newest version's orig tarball, if found
  bool newest_orig_served = true;    // false when the ServedCheck said it is not served
};

// One row per recipe with a `source.debian` (others are left out), in name order. Carriers are
// asked of `served` (when given) in debian-source's order: the pinned version first. Throws
// wpk::Error naming the recipe file for a pinned version that is not a Debian version, and the
// index line for an index version that is not one.
std::vector<SourceStandingRow> source_standings(const std::vector<const Recipe*>& recipes,
                                                const std::vector<SourceIndexEntry>& index,
                                                const std::string& index_origin,
                                                const ServedCheck& served = {});

// "current", "newer revision", "newer upstream", "pin gone", "pin not served", "not in the
// archive".
std::string standing_name(SourceStanding standing);
// Whether a machine with an empty cache can still fetch the recipe's source.
bool fetchable(SourceStanding standing);

std::string format_standings_markdown(const std::vector<SourceStandingRow>& rows);
Json standings_json(const std::vector<SourceStandingRow>& rows);

} // namespace wpk
