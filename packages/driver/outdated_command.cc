// outdated_command.cc — `wpk outdated`: which recipes' Debian sources the archive has moved past,
// and which can no longer be fetched on a machine without them in its cache.
//
// The index comes from scripts/lib/debian-source-index (the archive's source index through the
// private apt configuration of debian-source), or from a file with --index (a Sources file or
// saved `apt-cache showsrc` output: offline, and what the tests use). Reading the archive, it also
// asks whether the archive serves the files the index lists (the URI apt names, HEAD without the
// remote cache's token). Exit status 1 when a pin cannot be fetched any more; with --strict also
// when any recipe is behind the archive.
#include "cli_context.h"
#include "error.h"
#include "fs_util.h"
#include "http_client.h"
#include "source_standing.h"
#include "subprocess.h"

#include <iostream>
#include <set>

namespace wpk {

namespace {

// The recipes named, those of --set, or every recipe.
std::vector<const Recipe*> selected_recipes(const Registry& registry, const Arguments& args) {
  std::vector<const Recipe*> recipes;
  const auto set_name = args.value("--set");
  if (set_name && !args.positionals().empty())
    throw Error("wpk outdated: give package names or --set, not both");
  std::vector<std::string> names = args.positionals();
  if (set_name)
    names = registry.set(*set_name).packages;
  if (names.empty())
    for (const auto& [name, recipe] : registry.recipes())
      names.push_back(name);
  for (const auto& name : names) {
    const Recipe* recipe = registry.find(name);
    if (!recipe)
      throw Error("unknown package '" + name + "'");
    recipes.push_back(recipe);
  }
  return recipes;
}

// scripts/lib/debian-source-index with `arguments`, on the driver's cache.
ProcessResult run_index_script(const Context& context, const std::vector<std::string>& arguments) {
  std::vector<std::string> argv = {(context.repo / "scripts/lib/debian-source-index").string()};
  argv.insert(argv.end(), arguments.begin(), arguments.end());
  Environment env = current_environment();
  env["WPK_CACHE"] = context.cache.string();
  return run_captured(argv, env, context.repo);
}

// The index text for `recipes`' Debian packages and the name errors give it.
std::pair<std::string, std::string> read_index(const Context& context, const Arguments& args,
                                               const std::vector<const Recipe*>& recipes) {
  if (const auto file = args.value("--index"))
    return {read_file(*file), *file};
  std::set<std::string> packages;
  for (const Recipe* recipe : recipes)
    if (recipe->source.debian)
      packages.insert(recipe->source.debian->package);
  if (packages.empty())
    return {"", "(no Debian sources)"};
  std::vector<std::string> arguments;
  if (args.flag("--refresh"))
    arguments.push_back("--refresh");
  arguments.insert(arguments.end(), packages.begin(), packages.end());
  const ProcessResult result = run_index_script(context, arguments);
  if (result.exit_status != 0)
    throw Error("debian-source-index failed (exit " + std::to_string(result.exit_status) +
                "): " + result.errors);
  return {result.output, "the archive's source index"};
}

// Asks the archive whether it serves `file` of `package` at `version`: the URI apt would fetch it
// from (debian-source-index --uri), then a HEAD request. A URI that is not http(s) is taken as
// served (nothing to ask).
ServedCheck archive_serves(const Context& context) {
  return [&context](const std::string& package, const std::string& version,
                    const std::string& file) {
    const ProcessResult result =
        run_index_script(context, {"--uri", package + "=" + version, file});
    if (result.exit_status == 1)
      return false; // that version does not list the file
    if (result.exit_status != 0)
      throw Error("debian-source-index --uri " + package + "=" + version + " " + file +
                  " failed (exit " + std::to_string(result.exit_status) + "): " + result.errors);
    std::string uri = result.output.substr(0, result.output.find('\n'));
    if (!uri.starts_with("http://") && !uri.starts_with("https://"))
      return true;
    return http_head_without_token(uri) == 200;
  };
}

} // namespace

int cmd_outdated(Context& context, const std::vector<std::string>& raw_args) {
  Arguments args(raw_args, {"--set", "--format", "--index", "-o"}, {"--refresh", "--strict"});
  const std::string format = args.value("--format").value_or("md");
  if (format != "md" && format != "json")
    throw Error("--format: expected md or json, got '" + format + "'");
  if (args.value("--index") && args.flag("--refresh"))
    throw Error("wpk outdated: --refresh asks the archive, --index reads a file: not both");
  const std::vector<const Recipe*> recipes = selected_recipes(context.loaded_registry(), args);
  const auto [text, origin] = read_index(context, args, recipes);
  const ServedCheck served = args.value("--index") ? ServedCheck() : archive_serves(context);
  const auto rows = source_standings(recipes, parse_source_index(text, origin), origin, served);
  const std::string report =
      format == "md" ? format_standings_markdown(rows) : standings_json(rows).dump();
  if (auto output = args.value("-o"))
    write_file_atomically(*output, report);
  else
    std::cout << report;
  int gone = 0, behind = 0;
  for (const auto& row : rows) {
    if (!fetchable(row.standing)) {
      ++gone;
      std::string why = "the archive has no source package " + row.debian_package;
      if (row.standing == SourceStanding::pin_gone)
        why = "no version of " + row.debian_package + " in the archive lists the pinned file";
      else if (row.standing == SourceStanding::pin_not_served)
        why = "the index lists the pinned file (" + row.debian_package + " " + row.carriers[0] +
              (row.carriers.size() > 1 ? ", ..." : "") + ") but the archive does not serve it";
      std::cerr << "wpk outdated: " << row.recipe << ": " << why
                << ": a machine without it in its cache cannot build the recipe\n";
    } else if (row.standing != SourceStanding::current) {
      ++behind;
    }
  }
  return gone > 0 || (args.flag("--strict") && behind > 0) ? 1 : 0;
}

} // namespace wpk
