// cli.cc — `wpk` argument parsing, global options and command dispatch.
#include "ci_matrix.h"
#include "cli_context.h"
#include "error.h"
#include "fs_util.h"

#include <algorithm>
#include <functional>
#include <iostream>
#include <unistd.h>

#ifndef WPK_DEFAULT_REPO
#define WPK_DEFAULT_REPO ""
#endif

namespace wpk {

namespace {

// -o "", --set=, --cache "": an option given with an empty value (which is not leaving it out).
Error empty_value(const std::string& option, const char* expected) {
  return Error("option " + option + ": empty value (expected " + option + " " + expected + ")");
}

} // namespace

Arguments::Arguments(const std::vector<std::string>& args,
                     const std::vector<std::string>& with_value,
                     const std::vector<std::string>& flags) {
  for (size_t i = 0; i < args.size(); ++i) {
    std::string arg = args[i];
    if (arg == "--") { // the end of the options: what follows are package names
      positionals_.insert(positionals_.end(), args.begin() + static_cast<long>(i) + 1, args.end());
      break;
    }
    const bool short_option = arg.size() >= 2 && arg[0] == '-' && arg[1] != '-';
    if (arg.rfind("--", 0) != 0 && !short_option) {
      positionals_.push_back(arg);
      continue;
    }
    std::string value;
    bool has_inline = false;
    size_t equals = arg.find('=');
    if (short_option && arg.size() > 2) { // -j2, -ofile
      value = arg.substr(2);
      arg = arg.substr(0, 2);
      has_inline = true;
    } else if (equals != std::string::npos) {
      value = arg.substr(equals + 1);
      arg = arg.substr(0, equals);
      has_inline = true;
    }
    if (std::find(with_value.begin(), with_value.end(), arg) != with_value.end()) {
      if (!has_inline) {
        if (i + 1 >= args.size())
          throw Error("option " + arg + " needs a value");
        value = args[++i];
      }
      values_[arg].push_back(value);
    } else if (std::find(flags.begin(), flags.end(), arg) != flags.end() && !has_inline) {
      flags_[arg] = true;
    } else {
      throw Error("unknown option " + args[i]);
    }
  }
}

std::optional<std::string> Arguments::value(const std::string& name) const {
  auto it = values_.find(name);
  if (it == values_.end() || it->second.empty())
    return std::nullopt;
  if (it->second.size() > 1)
    throw Error("option " + name + " given twice ('" + it->second[0] + "' and '" + it->second[1] +
                "'): it takes one value");
  if (it->second.front().empty())
    throw empty_value(name, "VALUE");
  return it->second.front();
}

std::vector<std::string> Arguments::values(const std::string& name) const {
  std::vector<std::string> result;
  auto it = values_.find(name);
  if (it != values_.end())
    for (const auto& value : it->second) {
      const auto parts = split_list(value, ',');
      if (parts.empty()) // "" or ",": not "all", which is leaving the option out
        throw Error("option " + name + ": empty list '" + value +
                    "' (expected a value or a comma-separated list)");
      result.insert(result.end(), parts.begin(), parts.end());
    }
  return result;
}

std::vector<std::string> Arguments::repeated(const std::string& name) const {
  auto it = values_.find(name);
  if (it == values_.end())
    return {};
  for (const auto& value : it->second)
    if (value.empty())
      throw empty_value(name, "VALUE");
  return it->second;
}

const Registry& Context::loaded_registry() {
  if (!registry_loaded) {
    registry = Registry::load(registry_dir, sets_dir);
    registry_loaded = true;
  }
  return registry;
}

namespace {

// Checks an --arch filter and returns whether it lets `arch` through (an empty filter: all).
std::function<bool(const std::string&)> arch_filter_of(const std::vector<std::string>& filter) {
  for (const auto& arch : filter)
    if (std::find(kKnownArches.begin(), kKnownArches.end(), arch) == kKnownArches.end())
      throw Error("unknown arch '" + arch + "' (expected wasm32 or wasm64)");
  return [filter](const std::string& arch) {
    return filter.empty() || std::find(filter.begin(), filter.end(), arch) != filter.end();
  };
}

} // namespace

std::vector<NodeRequest> Context::select_every_recipe(const std::vector<std::string>& arch_filter) {
  const auto allowed = arch_filter_of(arch_filter);
  std::vector<NodeRequest> roots;
  for (const auto& [name, recipe] : loaded_registry().recipes())
    for (const auto& arch : recipe.arches)
      if (allowed(arch))
        roots.push_back({name, arch});
  return roots;
}

std::vector<NodeRequest> Context::select(const std::vector<std::string>& packages,
                                         const std::optional<std::string>& set_name,
                                         const std::vector<std::string>& arch_filter) {
  const Registry& reg = loaded_registry();
  const auto allowed = arch_filter_of(arch_filter);
  std::vector<NodeRequest> roots;
  if (!packages.empty()) {
    if (set_name)
      throw Error("give package names or --set, not both");
    for (const auto& name : packages) {
      const Recipe* recipe = reg.find(name);
      if (!recipe)
        throw Error("unknown package '" + name + "' (no " + (registry_dir / name).string() +
                    "/package.yaml)");
      size_t before = roots.size();
      for (const auto& arch : recipe->arches)
        if (allowed(arch))
          roots.push_back({name, arch});
      if (roots.size() == before)
        throw Error("package '" + name + "' has no build for the requested arch");
    }
    return roots;
  }
  const PackageSet& set = set_name ? reg.set(*set_name) : reg.default_set();
  for (const auto& name : set.packages) {
    const Recipe* recipe = reg.find(name);
    for (const auto& arch : recipe->arches)
      if (allowed(arch) && (set.arches.empty() || std::find(set.arches.begin(), set.arches.end(),
                                                            arch) != set.arches.end()))
        roots.push_back({name, arch});
  }
  return roots;
}

namespace {

void print_usage() {
  std::cout <<
      R"(usage: wpk [--repo DIR] [--registry DIR] [--sets DIR] [--cache DIR] [--build-dir DIR] COMMAND ...

commands:
  build [PKG...] [--set NAME] [--arch A,B] [-j N] [--keep-going] [--dry-run] [--explain]
        [--rebuild PKG] [--json] [--cache-url URL]
  status [PKG...] [--set NAME] [--format md|json|html] [--tag TAG] [-o FILE]
  graph [PKG...] [--set NAME] [--arch A]
  key PKG --arch A [--explain]
  where PKG --arch A            the store entry of a built package (tree/, uninstrumented/, ...)
  fetch [PKG...]
  outdated [PKG...] [--set NAME] [--format md|json] [--refresh] [--strict] [--index FILE]
           [-o FILE]            pinned Debian sources the archive has moved past or dropped
  test [PKG...] [--set NAME] [--arch A] [-j N] [--timeout SECONDS]
  rootfs --set NAME --arch A -o FILE
  publish --out DIR [--set NAME] [--tag TAG]
  lint
  gc [--dry-run]                remove what nothing uses (--dry-run: list it)
  bench [--set NAME] [--repeat N]
  ci matrix [PKG...] [--set NAME] [--arch A,B] [--changed-from REF] [--cache-url URL]
            [--max-levels N] [--github-output FILE]
  ci record [PKG...] [--set NAME] [--arch A,B] [--cache-url URL] [--merge FILE]...

An option with one value (--set, -o, --format, ...) may be given once, and not empty; --arch
and --rebuild may be repeated and take comma lists (where, explain and rootfs take one --arch);
--merge may be repeated, one FILE each time (a comma is part of the name). "--" ends the options
(package names follow).
)";
}

std::filesystem::path default_build_dir() {
  // The driver lives at <build>/packages/wpk.
  std::error_code error;
  auto self = std::filesystem::read_symlink("/proc/self/exe", error);
  if (error)
    return {};
  return self.parent_path().parent_path();
}

} // namespace

int run_cli(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  Context context;
  context.repo = env_or("WPK_REPO", WPK_DEFAULT_REPO);
  std::string registry_dir, sets_dir, cache_dir, build_dir;
  size_t i = 0;
  for (; i < args.size(); ++i) {
    const std::string& arg = args[i];
    auto take = [&](std::string& into) {
      if (i + 1 >= args.size())
        throw Error("option " + arg + " needs a value");
      into = args[++i];
      if (into.empty()) // an empty --cache would mean $WPK_CACHE, --repo "" the default
        throw empty_value(arg, "DIR");
    };
    std::string repo_text;
    if (arg == "--repo") {
      take(repo_text);
      context.repo = repo_text;
    } else if (arg == "--registry") {
      take(registry_dir);
    } else if (arg == "--sets") {
      take(sets_dir);
    } else if (arg == "--cache") {
      take(cache_dir);
    } else if (arg == "--build-dir") {
      take(build_dir);
    } else if (arg == "-h" || arg == "--help") {
      print_usage();
      return 0;
    } else {
      break;
    }
  }
  if (i >= args.size()) {
    print_usage();
    return 2;
  }
  const std::string command = args[i];
  std::vector<std::string> rest(args.begin() + static_cast<long>(i) + 1, args.end());
  if (context.repo.empty())
    throw Error("cannot tell where the wpk repository is: pass --repo DIR");
  context.repo = std::filesystem::absolute(context.repo);
  context.registry_dir = registry_dir.empty() ? context.repo / "packages/registry"
                                              : std::filesystem::absolute(registry_dir);
  context.sets_dir =
      sets_dir.empty() ? context.repo / "packages/sets" : std::filesystem::absolute(sets_dir);
  const std::string home = env_or("HOME", "/root");
  // Without symlinks, "." or "..": the compilers see build folders by their real path (getcwd),
  // and the wrappers' -ffile-prefix-map must match it (see toolchain/lib/wasmposix-tool).
  context.cache = std::filesystem::weakly_canonical(std::filesystem::absolute(
      cache_dir.empty() ? env_or("WPK_CACHE", home + "/.cache/wpk") : cache_dir));
  context.build_dir = build_dir.empty() ? default_build_dir() : std::filesystem::path(build_dir);
  context.tools = std::make_unique<ToolchainInfo>(context.repo, context.cache, context.build_dir);
  context.store = std::make_unique<CacheStore>(context.cache);
  context.ledger = std::make_unique<IndexLedger>(context.cache / "index.json");

  if (command == "build")
    return cmd_build(context, rest);
  if (command == "key")
    return cmd_key(context, rest);
  if (command == "where")
    return cmd_where(context, rest);
  if (command == "graph")
    return cmd_graph(context, rest);
  if (command == "status")
    return cmd_status(context, rest);
  if (command == "fetch")
    return cmd_fetch(context, rest);
  if (command == "test")
    return cmd_test(context, rest);
  if (command == "rootfs")
    return cmd_rootfs(context, rest);
  if (command == "publish")
    return cmd_publish(context, rest);
  if (command == "lint")
    return cmd_lint(context, rest);
  if (command == "gc")
    return cmd_gc(context, rest);
  if (command == "bench")
    return cmd_bench(context, rest);
  if (command == "outdated")
    return cmd_outdated(context, rest);
  if (command == "ci")
    return cmd_ci(context, rest);
  print_usage();
  throw Error("unknown command '" + command + "'");
}

} // namespace wpk
