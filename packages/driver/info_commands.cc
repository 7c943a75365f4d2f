// info_commands.cc — commands that inspect rather than build: key, graph, status, fetch, lint,
// gc and bench.
#include "cli_context.h"
#include "error.h"
#include "fs_util.h"
#include "recipe_parser.h"
#include "sha256.h"
#include "source_fetch.h"
#include "status_report.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <future>
#include <iostream>
#include <set>

namespace wpk {

int cmd_key(Context& context, const std::vector<std::string>& raw_args) {
  Arguments args(raw_args, {"--arch"}, {"--explain"});
  if (args.positionals().size() != 1 || !args.value("--arch"))
    throw Error("usage: wpk key PKG --arch A [--explain]");
  const std::string package = args.positionals()[0];
  const std::string arch = *args.value("--arch");
  Plan plan = make_plan(context, context.select({package}, std::nullopt, {arch}));
  const size_t index = plan.graph.find(package, arch);
  const CacheKey& key = plan.keys[index];
  std::cout << key.key << "\n";
  if (args.flag("--explain")) {
    std::cout << "inputs of " << package << " (" << arch << "):\n";
    for (const auto& input : key.inputs)
      std::cout << "  " << input.name << " " << input.value << "\n";
    for (const auto& [toolchain_arch, source] : plan.key_context.toolchain_sources)
      std::cout << "toolchain (" << toolchain_arch << ") key from: " << source << "\n";
    const auto print_tool = [](const char* label, const std::string& path,
                               const std::string& identity, const char* absent) {
      std::cout << label << ": " << (identity.empty() ? absent : path + " " + identity) << "\n";
    };
    print_tool("instrumenter", context.tools->instrumenter(),
               plan.key_context.instrumenter_identity, "not built");
    print_tool("wasm-optimizer", context.tools->wasm_optimizer(),
               plan.key_context.wasm_optimizer_identity, "not installed");
  }
  return 0;
}

// Prints the store entry of a built package: manifest.json, the archive, tree/ (the outputs) and
// uninstrumented/ (programs as linked, before fork instrumentation; never archived).
int cmd_where(Context& context, const std::vector<std::string>& raw_args) {
  Arguments args(raw_args, {"--arch"}, {});
  if (args.positionals().size() != 1 || !args.value("--arch"))
    throw Error("usage: wpk where PKG --arch A");
  const std::string package = args.positionals()[0];
  const std::string arch = *args.value("--arch");
  Plan plan = make_plan(context, context.select({package}, std::nullopt, {arch}));
  const CacheKey& key = plan.keys[plan.graph.find(package, arch)];
  if (!context.store->has(key.key))
    throw Error(package + " (" + arch + ") is not built (key " + key.short_key() +
                "); run: wpk build " + package + " --arch " + arch);
  std::cout << context.store->entry(key.key).string() << "\n";
  return 0;
}

int cmd_graph(Context& context, const std::vector<std::string>& raw_args) {
  Arguments args(raw_args, {"--set", "--arch"}, {"--keys"});
  Plan plan = make_plan(
      context, context.select(args.positionals(), args.value("--set"), args.values("--arch")));
  for (size_t i = 0; i < plan.graph.nodes().size(); ++i) {
    const GraphNode& node = plan.graph.node(i);
    std::cout << node.label();
    if (args.flag("--keys"))
      std::cout << " [" << plan.keys[i].short_key() << "]";
    if (!node.dependencies.empty()) {
      std::cout << " <-";
      for (size_t dep : node.dependencies)
        std::cout << " " << plan.graph.node(dep).package;
    }
    std::cout << "\n";
  }
  return 0;
}

namespace {

StatusReport build_status_report(Context& context, const Arguments& args) {
  StatusReport report;
  report.tag = args.value("--tag").value_or(env_or("WPK_STATUS_TAG", "local"));
  report.abi_version = context.tools->abi_version();
  const auto ledger = context.ledger->read();
  std::vector<NodeRequest> roots;
  const Registry& registry = context.loaded_registry();
  if (!args.positionals().empty() || args.value("--set")) {
    roots = context.select(args.positionals(), args.value("--set"), args.values("--arch"));
  } else {
    bool has_default = false;
    for (const auto& [name, set] : registry.sets())
      has_default = has_default || set.is_default;
    roots = has_default ? context.select({}, std::nullopt, args.values("--arch"))
                        : context.select_every_recipe(args.values("--arch"));
  }
  Plan plan = make_plan(context, roots);
  for (size_t i = 0; i < plan.graph.nodes().size(); ++i) {
    const GraphNode& node = plan.graph.node(i);
    if (node.is_toolchain())
      continue;
    StatusRow row;
    row.package = node.package;
    row.arch = node.arch;
    auto it = ledger.find(IndexLedger::id(node.package, node.arch));
    if (it != ledger.end() && it->second.key == plan.keys[i].key) {
      row.entry = it->second;
      row.status = it->second.status;
    } else {
      row.status = "not built";
      row.entry.key = plan.keys[i].key;
      if (it != ledger.end()) {
        row.entry.last_good_archive = it->second.last_good_archive;
        row.entry.last_good_key = it->second.last_good_key;
      }
    }
    report.rows.push_back(row);
  }
  return report;
}

} // namespace

int cmd_status(Context& context, const std::vector<std::string>& raw_args) {
  Arguments args(raw_args, {"--format", "--tag", "--set", "--arch", "-o"}, {});
  const StatusReport report = build_status_report(context, args);
  const std::string format = args.value("--format").value_or("md");
  std::string text;
  if (format == "md")
    text = format_status_markdown(report);
  else if (format == "json")
    text = format_status_json(report);
  else if (format == "html")
    text = format_status_html(report);
  else
    throw Error("--format: expected md, json or html, got '" + format + "'");
  if (auto output = args.value("-o"))
    write_file_atomically(*output, text);
  else
    std::cout << text;
  return 0;
}

int cmd_fetch(Context& context, const std::vector<std::string>& raw_args) {
  Arguments args(raw_args, {}, {});
  const Registry& registry = context.loaded_registry();
  std::vector<const Recipe*> recipes;
  if (args.positionals().empty()) {
    for (const auto& [name, recipe] : registry.recipes())
      recipes.push_back(&recipe);
  } else {
    for (const auto& name : args.positionals()) {
      const Recipe* recipe = registry.find(name);
      if (!recipe)
        throw Error("unknown package '" + name + "'");
      recipes.push_back(recipe);
    }
  }
  int failures = 0;
  for (const Recipe* recipe : recipes) {
    if (recipe->source.url.empty())
      continue;
    try {
      std::cout << recipe->name << ": "
                << fetch_source(*recipe, context.repo, context.cache).path.string() << "\n";
    } catch (const Error& e) {
      ++failures;
      std::cerr << "wpk: error: " << e.what() << "\n";
    }
  }
  return failures == 0 ? 0 : 1;
}

std::vector<std::string> test_dependencies_outside_sets(const Registry& registry) {
  std::vector<std::string> problems;
  for (const auto& [set_name, set] : registry.sets()) {
    std::vector<NodeRequest> roots;
    for (const auto& name : set.packages)
      if (const Recipe* recipe = registry.find(name))
        for (const auto& arch : recipe->arches)
          if (set.arches.empty() ||
              std::find(set.arches.begin(), set.arches.end(), arch) != set.arches.end())
            roots.push_back({name, arch});
    PackageGraph graph;
    try {
      graph = PackageGraph::build(registry, roots);
    } catch (const Error&) {
      continue; // reported for the member's recipe
    }
    for (const auto& root : roots)
      for (const auto& test_dependency : registry.find(root.package)->test_depends)
        if (graph.find(test_dependency.name, root.arch) == PackageGraph::npos)
          problems.push_back(set.location.str() + ": set '" + set_name + "': " + root.package +
                             " (" + root.arch + ") has test_depends '" + test_dependency.name +
                             "' (" + test_dependency.where.str() + "), which `wpk build --set " +
                             set_name + "` does not build for " + root.arch +
                             "; add it to the set");
  }
  return problems;
}

int cmd_lint(Context& context, const std::vector<std::string>& raw_args) {
  Arguments args(raw_args, {}, {});
  std::vector<std::string> problems;
  Registry registry = Registry::load(context.registry_dir, context.sets_dir, &problems);
  for (const auto& [name, recipe] : registry.recipes()) {
    for (const auto& arch : recipe.arches) {
      try {
        PackageGraph::build(registry, {{name, arch}});
      } catch (const Error& e) {
        problems.push_back(e.what());
      }
    }
    for (const auto& patch : recipe.source.patches) {
      // Every patch starts with a one-line reason before the diff.
      const std::string text = read_file(recipe.directory / patch);
      const std::string first = text.substr(0, text.find('\n'));
      if (first.empty() || first.rfind("---", 0) == 0 || first.rfind("diff ", 0) == 0 ||
          first.rfind("Index:", 0) == 0)
        problems.push_back((recipe.directory / patch).string() +
                           ":1:1: a patch must start with a one-line reason before the diff");
    }
    if (recipe.kind == PackageKind::program && recipe.tests.empty())
      problems.push_back(recipe.file.string() + ":1:1: program package without smoke tests");
    for (const auto& test_dependency : recipe.test_depends)
      if (const Recipe* dependency = registry.find(test_dependency.name))
        for (const auto& arch : recipe.arches)
          if (!dependency->supports(arch))
            problems.push_back(test_dependency.where.str() + ": test_depends: '" +
                               test_dependency.name + "' has no " + arch +
                               " build, so the tests of " + name + " (" + arch + ") cannot run");
  }
  for (const auto& problem : test_dependencies_outside_sets(registry))
    problems.push_back(problem);
  for (const auto& problem : problems)
    std::cout << problem << "\n";
  std::cout << "wpk lint: " << registry.recipes().size() << " recipes, " << registry.sets().size()
            << " sets, " << problems.size() << " problem" << (problems.size() == 1 ? "" : "s")
            << "\n";
  return problems.empty() ? 0 : 1;
}

// Removes scratch folders of dead processes, the store entries neither the ledger nor the
// current registry uses (except those a build or a reader holds), the source folders no recipe
// names and dead fetches' temporaries (cache_store.h); --dry-run lists what would go.
int cmd_gc(Context& context, const std::vector<std::string>& raw_args) {
  Arguments args(raw_args, {}, {"--dry-run"});
  std::set<std::string> keep;
  for (const auto& [id, entry] : context.ledger->read()) {
    keep.insert(entry.key);
    keep.insert(entry.last_good_key);
  }
  // Everything the current registry would use stays too.
  const Registry& registry = context.loaded_registry();
  std::vector<NodeRequest> roots;
  for (const auto& [name, recipe] : registry.recipes())
    for (const auto& arch : recipe.arches)
      roots.push_back({name, arch});
  try {
    Plan plan = make_plan(context, roots);
    for (const auto& key : plan.keys)
      keep.insert(key.key);
  } catch (const Error& e) {
    std::cerr << "wpk: warning: registry graph: " << e.what() << "\n";
  }
  // The sources every recipe names (not only those of buildable nodes: `wpk fetch` gets them all).
  std::vector<std::string> used_sources;
  for (const auto& [name, recipe] : registry.recipes())
    if (!recipe.source.url.empty())
      used_sources.push_back(recipe.source.sha256);
  const bool dry_run = args.flag("--dry-run");
  const GarbageReport report =
      context.store->collect_garbage({keep.begin(), keep.end()}, dry_run, used_sources);
  for (const auto& path : report.removed)
    std::cout << (dry_run ? "would remove " : "removed ") << path << "\n";
  for (const auto& path : report.in_use)
    std::cout << "in use (left) " << path << "\n";
  for (const auto& note : report.notes)
    std::cout << "wpk gc: " << note << "\n";
  std::cout << "wpk gc: " << keep.size() << " keys kept, "
            << (dry_run ? "would remove " : "removed ") << report.removed.size() << " item(s), "
            << report.in_use.size() << " entr" << (report.in_use.size() == 1 ? "y" : "ies")
            << " in use left\n";
  return 0;
}

// Times the no-op path: registry parsing, key computation and cache lookups, against two
// baselines measured in the same rounds: hashing every registry file (the I/O + SHA-256 floor of
// the package keys) and the uncached key computation (toolchain/build-sysroot --print-key per
// arch and hashing toolchain/ and the instrumenter, as every run did before the memo).
int cmd_bench(Context& context, const std::vector<std::string>& raw_args) {
  Arguments args(raw_args, {"--set", "--repeat"}, {});
  const int repeat = parse_positive_option("--repeat", args.value("--repeat").value_or("10"));
  using Clock = std::chrono::steady_clock;
  auto seconds = [](Clock::time_point a, Clock::time_point b) {
    return std::chrono::duration<double>(b - a).count();
  };
  double baseline = 0, uncached = 0, load = 0, toolchain = 0, keys = 0, lookup = 0;
  size_t nodes = 0, files = 0;
  for (int round = 0; round < repeat; ++round) {
    const auto t0 = Clock::now();
    files = 0;
    for (const auto& folder : {context.registry_dir, context.sets_dir})
      for (const auto& relative : list_files_recursively(folder)) {
        sha256_file_hex(folder / relative);
        ++files;
      }
    const auto t1 = Clock::now();
    Context fresh;
    fresh.repo = context.repo;
    fresh.registry_dir = context.registry_dir;
    fresh.sets_dir = context.sets_dir;
    fresh.cache = context.cache;
    fresh.tools = std::make_unique<ToolchainInfo>(context.repo, context.cache, context.build_dir);
    fresh.store = std::make_unique<CacheStore>(context.cache);
    std::vector<NodeRequest> roots;
    if (auto set = args.value("--set")) {
      roots = fresh.select({}, set, {});
    } else {
      for (const auto& [name, recipe] : fresh.loaded_registry().recipes())
        for (const auto& arch : recipe.arches)
          roots.push_back({name, arch});
    }
    const auto t2 = Clock::now();
    Plan plan;
    plan.graph = PackageGraph::build(fresh.loaded_registry(), roots);
    std::set<std::string> arches;
    for (const auto& node : plan.graph.nodes())
      arches.insert(node.arch);
    plan.key_context = fresh.tools->key_context({arches.begin(), arches.end()});
    const auto t2b = Clock::now();
    plan.keys = compute_graph_keys(plan.graph, plan.key_context);
    const auto t3 = Clock::now();
    size_t present = 0;
    for (size_t i = 0; i < plan.graph.nodes().size(); ++i)
      if (plan.graph.node(i).is_toolchain()
              ? toolchain_ready(fresh, plan.graph.node(i).arch, plan.keys[i].key)
              : fresh.store->has(plan.keys[i].key))
        ++present;
    const auto t4 = Clock::now();
    // The baseline: the same toolchain identities without the memo, the arches concurrently as
    // key_context() did.
    std::vector<std::future<std::string>> direct;
    for (const auto& arch : arches)
      direct.push_back(std::async(std::launch::async, [&fresh, arch] {
        std::string origin;
        return fresh.tools->compute_toolchain_key(arch, &origin);
      }));
    Sha256 toolchain_files;
    for (const auto& relative : list_files_recursively(context.repo / "toolchain"))
      toolchain_files.update(sha256_file_hex(context.repo / "toolchain" / relative));
    if (const std::string instrumenter = fresh.tools->instrumenter(); !instrumenter.empty())
      sha256_file_hex(instrumenter);
    for (auto& key : direct)
      key.get();
    const auto t5 = Clock::now();
    nodes = plan.graph.nodes().size();
    baseline += seconds(t0, t1);
    load += seconds(t1, t2);
    toolchain += seconds(t2, t2b);
    keys += seconds(t2b, t3);
    lookup += seconds(t3, t4);
    uncached += seconds(t4, t5);
    (void)present;
  }
  auto ms = [&](double total) { return 1000.0 * total / repeat; };
  auto ratio = [&](double a, double b) { return ms(b) > 0 ? ms(a) / ms(b) : 0.0; };
  const double noop = load + toolchain + keys + lookup;
  const double noop_uncached = load + uncached + keys + lookup;
  std::printf("wpk bench: %zu nodes, %zu registry files, %d rounds (mean per round)\n", nodes,
              files, repeat);
  std::printf("  baseline A, sha256 of every registry file:          %8.2f ms\n", ms(baseline));
  std::printf("  baseline B, uncached toolchain keys (build-sysroot --print-key per arch,\n"
              "             hashing toolchain/ and the instrumenter): %8.2f ms\n",
              ms(uncached));
  std::printf("  registry load + parse:                              %8.2f ms\n", ms(load));
  std::printf("  graph + toolchain keys (remembered, stat fingerprint): %6.2f ms (%.3fx baseline "
              "B)\n",
              ms(toolchain), ratio(toolchain, uncached));
  std::printf("  package key computation:                            %8.2f ms (%.2fx baseline A)\n",
              ms(keys), ratio(keys, baseline));
  std::printf("  cache lookups:                                      %8.2f ms\n", ms(lookup));
  std::printf("  no-op build decision total:                         %8.2f ms (target < 200 ms)\n",
              ms(noop));
  std::printf("  the same with uncached toolchain keys:              %8.2f ms (remembered/uncached "
              "= %.3f)\n",
              ms(noop_uncached), ratio(noop, noop_uncached));
  return 0;
}

} // namespace wpk
