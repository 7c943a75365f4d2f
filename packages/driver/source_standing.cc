#include "source_standing.h"

#include "debian_version.h"
#include "error.h"

#include <algorithm>
#include <map>

namespace wpk {

namespace {

// The orig tarball of `entry`: "<package>_<upstream>.orig.tar.<compression>".
SourceIndexFile orig_tarball(const SourceIndexEntry& entry, const DebianVersion& version) {
  const std::string prefix = entry.package + "_" + version.upstream + ".orig.tar.";
  for (const auto& file : entry.files)
    if (file.name.rfind(prefix, 0) == 0 && file.name.find('.', prefix.size()) == std::string::npos)
      return file;
  return {};
}

SourceStandingRow standing_of(const Recipe& recipe,
                              const std::vector<const SourceIndexEntry*>& entries,
                              const std::string& index_origin, const ServedCheck& served) {
  const DebianSource& debian = *recipe.source.debian;
  SourceStandingRow row;
  row.recipe = recipe.name;
  row.debian_package = debian.package;
  row.pinned = debian.version;
  const DebianVersion pinned =
      parse_debian_version(debian.version, recipe.file.string() + ": source.debian.version");
  if (entries.empty()) {
    row.standing = SourceStanding::not_in_archive;
    return row;
  }
  const SourceIndexEntry* newest = nullptr;
  DebianVersion newest_version;
  for (const SourceIndexEntry* entry : entries) {
    const DebianVersion version = parse_debian_version(
        entry->version, index_origin + ":" + std::to_string(entry->line) + ": Version");
    if (!newest || compare_debian_versions(version, newest_version) > 0) {
      newest = entry;
      newest_version = version;
    }
    if (entry->has_file(debian.file, recipe.source.sha256) &&
        std::find(row.carriers.begin(), row.carriers.end(), entry->version) == row.carriers.end())
      row.carriers.push_back(entry->version);
  }
  row.newest = newest->version;
  if (served) {
    // debian-source's order: the pinned version, then the others as the index lists them.
    std::vector<std::string> order = row.carriers;
    std::stable_partition(order.begin(), order.end(),
                          [&](const std::string& version) { return version == debian.version; });
    for (const auto& version : order)
      if (served(debian.package, version, debian.file)) {
        row.served_by = version;
        break;
      }
  }
  if (row.carriers.empty())
    row.standing = SourceStanding::pin_gone;
  else if (served && row.served_by.empty())
    row.standing = SourceStanding::pin_not_served;
  else if (compare_debian_versions(pinned, newest_version) >= 0)
    row.standing = SourceStanding::current;
  else if (pinned.epoch == newest_version.epoch && pinned.upstream == newest_version.upstream)
    row.standing = SourceStanding::newer_revision;
  else
    row.standing = SourceStanding::newer_upstream;
  // Debian's tarball of the recipe's Debian patches is a pin too, of that one version.
  if (recipe.source.debian_patches && fetchable(row.standing)) {
    const DebianPatches& patches = *recipe.source.debian_patches;
    bool listed = false, serving = !served;
    for (const SourceIndexEntry* entry : entries)
      if (entry->has_file(patches.file, patches.sha256)) {
        listed = true;
        serving = serving || served(debian.package, entry->version, patches.file);
      }
    if (!listed)
      row.standing = SourceStanding::pin_gone;
    else if (!serving)
      row.standing = SourceStanding::pin_not_served;
  }
  if (compare_debian_versions(pinned, newest_version) < 0 &&
      (pinned.epoch != newest_version.epoch || pinned.upstream != newest_version.upstream)) {
    row.newest_orig = orig_tarball(*newest, newest_version);
    if (served && !row.newest_orig.name.empty())
      row.newest_orig_served = served(debian.package, newest->version, row.newest_orig.name);
  }
  return row;
}

std::string cell(const std::string& text) {
  return text.empty() ? "-" : text;
}

} // namespace

std::vector<SourceStandingRow> source_standings(const std::vector<const Recipe*>& recipes,
                                                const std::vector<SourceIndexEntry>& index,
                                                const std::string& index_origin,
                                                const ServedCheck& served) {
  std::map<std::string, std::vector<const SourceIndexEntry*>> by_package;
  for (const auto& entry : index)
    by_package[entry.package].push_back(&entry);
  std::vector<const Recipe*> sorted = recipes;
  std::sort(sorted.begin(), sorted.end(),
            [](const Recipe* a, const Recipe* b) { return a->name < b->name; });
  std::vector<SourceStandingRow> rows;
  for (const Recipe* recipe : sorted) {
    if (!recipe->source.debian)
      continue;
    const auto found = by_package.find(recipe->source.debian->package);
    rows.push_back(standing_of(
        *recipe, found == by_package.end() ? std::vector<const SourceIndexEntry*>{} : found->second,
        index_origin, served));
  }
  return rows;
}

std::string standing_name(SourceStanding standing) {
  switch (standing) {
  case SourceStanding::current:
    return "current";
  case SourceStanding::newer_revision:
    return "newer revision";
  case SourceStanding::newer_upstream:
    return "newer upstream";
  case SourceStanding::pin_gone:
    return "pin gone";
  case SourceStanding::pin_not_served:
    return "pin not served";
  case SourceStanding::not_in_archive:
    return "not in the archive";
  }
  return "?";
}

bool fetchable(SourceStanding standing) {
  return standing != SourceStanding::pin_gone && standing != SourceStanding::pin_not_served &&
         standing != SourceStanding::not_in_archive;
}

std::string format_standings_markdown(const std::vector<SourceStandingRow>& rows) {
  std::string text = "| Package | Debian source | Pinned | Archive's newest | Standing |\n"
                     "|---|---|---|---|---|\n";
  std::map<SourceStanding, int> counts;
  for (const auto& row : rows) {
    ++counts[row.standing];
    text += "| " + row.recipe + " | " + row.debian_package + " | " + row.pinned + " | " +
            cell(row.newest) + " | " + standing_name(row.standing) + " |\n";
  }
  bool heading = false;
  for (const auto& row : rows) {
    if (row.newest_orig.name.empty())
      continue;
    if (!heading)
      text += "\nThe newest orig tarballs (what a bump would pin):\n\n";
    heading = true;
    text += "- " + row.recipe + ": " + row.debian_package + " " + row.newest + ", " +
            row.newest_orig.name + " sha256 " + row.newest_orig.sha256 +
            (row.newest_orig_served ? "" : " (listed, but the archive does not serve it yet)") +
            "\n";
  }
  text += "\n" + std::to_string(rows.size()) + (rows.size() == 1 ? " recipe:" : " recipes:");
  const char* separator = " ";
  for (const auto& [standing, count] : counts) {
    text += separator + std::to_string(count) + " " + standing_name(standing);
    separator = ", ";
  }
  return text + "\n";
}

Json standings_json(const std::vector<SourceStandingRow>& rows) {
  Json list = Json::array();
  for (const auto& row : rows) {
    Json item = Json::object();
    item.set("package", row.recipe);
    item.set("debian_package", row.debian_package);
    item.set("pinned", row.pinned);
    item.set("newest", row.newest.empty() ? Json() : Json(row.newest));
    item.set("standing", standing_name(row.standing));
    item.set("fetchable", fetchable(row.standing));
    Json carriers = Json::array();
    for (const auto& version : row.carriers)
      carriers.push(version);
    item.set("carriers", std::move(carriers));
    item.set("served_by", row.served_by.empty() ? Json() : Json(row.served_by));
    if (!row.newest_orig.name.empty()) {
      Json orig = Json::object();
      orig.set("file", row.newest_orig.name);
      orig.set("sha256", row.newest_orig.sha256);
      orig.set("size", row.newest_orig.size);
      orig.set("served", row.newest_orig_served);
      item.set("newest_orig", std::move(orig));
    }
    list.push(std::move(item));
  }
  Json document = Json::object();
  document.set("sources", std::move(list));
  return document;
}

} // namespace wpk
