// build_command.cc — `wpk build`: plan, decide what is stale, run the scheduler, record results.
//
// A node is up to date when the cache holds an entry under its key (or, for a toolchain node,
// the sysroot of its key exists); a no-op run therefore only computes keys and stats a few
// files. --explain compares each stale node's inputs with those of its last build in the index
// ledger and names what changed; --dry-run stops after printing the plan.
#include "archive_checksum.h"
#include "build_runner.h"
#include "cli_context.h"
#include "error.h"
#include "fs_util.h"
#include "json.h"
#include "remote_cache.h"
#include "scheduler.h"

#include <algorithm>
#include <iostream>
#include <mutex>
#include <set>
#include <unistd.h>

namespace wpk {

Plan make_plan(Context& context, const std::vector<NodeRequest>& roots) {
  Plan plan;
  plan.graph = PackageGraph::build(context.loaded_registry(), roots);
  std::set<std::string> arches;
  for (const auto& node : plan.graph.nodes())
    arches.insert(node.arch);
  plan.key_context = context.tools->key_context({arches.begin(), arches.end()});
  plan.keys = compute_graph_keys(plan.graph, plan.key_context);
  return plan;
}

bool toolchain_ready(const Context& context, const std::string& arch, const std::string& key) {
  std::string source;
  const std::string sysroot_key = context.tools->toolchain_key(arch, &source);
  if (source.rfind("toolchain/build-sysroot", 0) == 0)
    return std::filesystem::is_directory(context.cache / "toolchain" / (arch + "-" + sysroot_key));
  // Fallback key: the sysroot counts as built for this key once build-sysroot succeeded with it
  // (a stamp written by build_toolchain); a changed key runs build-sysroot, a no-op if current.
  return std::filesystem::exists(context.cache / "toolchain" / arch) &&
         std::filesystem::exists(toolchain_stamp(context.cache, arch, key));
}

LedgerEntry ledger_entry_from_cache(const Context& context, const GraphNode& node,
                                    const CacheKey& key) {
  LedgerEntry entry;
  entry.name = node.package;
  entry.version = node.recipe->version;
  entry.arch = node.arch;
  entry.status = "built";
  entry.key = key.key;
  entry.inputs = key.inputs;
  const auto dir = context.store->entry(key.key);
  const Json manifest =
      Json::parse(read_file(dir / "manifest.json"), (dir / "manifest.json").string());
  entry.archive = manifest.get_string("archive");
  const auto checksum = dir / "archive.sha256";
  entry.archive_sha256 =
      parse_archive_checksum(read_file(checksum), entry.archive, checksum.string());
  if (const Json* programs = manifest.find("programs"))
    for (const auto& program : programs->items()) {
      ++entry.programs;
      entry.wasm_size += static_cast<uint64_t>(program.get_number("size"));
      if (const Json* instrumented = program.find("instrumented");
          instrumented && instrumented->as_bool()) {
        ++entry.instrumented;
        entry.code_before += static_cast<uint64_t>(program.get_number("code_before"));
        entry.code_after += static_cast<uint64_t>(program.get_number("code"));
      }
    }
  entry.last_good_archive = entry.archive;
  entry.last_good_sha256 = entry.archive_sha256;
  entry.last_good_key = entry.key;
  return entry;
}

int cmd_build(Context& context, const std::vector<std::string>& raw_args) {
  Arguments args(raw_args, {"--set", "--arch", "-j", "--rebuild", "--cache-url"},
                 {"--keep-going", "--dry-run", "--explain", "--json"});
  const auto roots = context.select(args.positionals(), args.value("--set"), args.values("--arch"));
  Plan plan = make_plan(context, roots);
  const auto& graph = plan.graph;
  int jobs = 1;
  if (auto value = args.value("-j")) {
    jobs = parse_positive_option("-j", *value);
  }
  std::set<std::string> rebuild;
  for (const auto& name : args.values("--rebuild")) {
    if (!context.loaded_registry().find(name))
      throw Error("--rebuild: unknown package '" + name + "'");
    rebuild.insert(name);
  }
  std::unique_ptr<RemoteCache> remote;
  if (auto url = args.value("--cache-url"))
    remote = std::make_unique<RemoteCache>(*url);

  // With --json, stdout carries only the JSON report; progress goes to stderr.
  std::ostream& info = args.flag("--json") ? std::cerr : std::cout;
  // The full ledger is read only when something may need recording or explaining; a no-op run
  // checks the one-line-per-entry summary instead.
  std::map<std::string, LedgerEntry> previous;
  bool previous_loaded = false;
  auto load_previous = [&] {
    if (!previous_loaded)
      previous = context.ledger->read();
    previous_loaded = true;
  };
  const size_t count = graph.nodes().size();
  std::vector<bool> stale(count, false);
  std::vector<std::string> reasons(count);
  for (size_t i = 0; i < count; ++i) {
    const GraphNode& node = graph.node(i);
    const CacheKey& key = plan.keys[i];
    if (node.is_toolchain()) {
      stale[i] = !toolchain_ready(context, node.arch, key.key);
      reasons[i] = "sysroot not built";
      continue;
    }
    if (rebuild.count(node.package)) {
      stale[i] = true;
      reasons[i] = "--rebuild";
      continue;
    }
    // Held in use from here to the end of the run (a dependency's tree is merged later, the
    // ledger reads the manifest): a concurrent `wpk gc` leaves it alone. A fetched entry is
    // installed under that lock too.
    if (args.flag("--dry-run") ? context.store->has(key.key) : context.store->use(key.key))
      continue;
    if (remote && args.flag("--dry-run") && remote->has(key.key)) {
      reasons[i] = "in the remote cache";
      continue; // a real run would fetch it
    }
    if (remote && !args.flag("--dry-run") && remote->fetch(key.key, *context.store)) {
      info << "fetched " << node.label() << " from " << remote->url() << "\n";
      continue;
    }
    stale[i] = true;
    load_previous();
    auto it = previous.find(IndexLedger::id(node.package, node.arch));
    if (it == previous.end() || it->second.inputs.empty()) {
      reasons[i] = "never built";
    } else {
      const auto changes = changed_inputs(it->second.inputs, key.inputs);
      std::string text;
      for (const auto& change : changes)
        text += (text.empty() ? "" : "; ") + change;
      reasons[i] = text.empty() ? "cache entry missing" : "changed: " + text;
    }
  }
  // A dependency being rebuilt keeps its key, so a --rebuild does not cascade.

  size_t stale_count = static_cast<size_t>(std::count(stale.begin(), stale.end(), true));
  if (args.flag("--explain") || args.flag("--dry-run")) {
    for (size_t i = 0; i < count; ++i)
      if (stale[i])
        info << (args.flag("--dry-run") ? "would build " : "building ") << graph.node(i).label()
             << " [" << plan.keys[i].short_key() << "]: " << reasons[i] << "\n";
  }
  if (args.flag("--dry-run")) {
    if (args.flag("--json")) {
      // The plan as data (for CI matrices): every node, its key, whether it must be built and
      // why, and its direct dependencies.
      Json out = Json::array();
      for (size_t i = 0; i < count; ++i) {
        Json item = Json::object();
        item.set("package", graph.node(i).package);
        item.set("arch", graph.node(i).arch);
        item.set("key", plan.keys[i].key);
        item.set("stale", static_cast<bool>(stale[i]));
        item.set("reason", reasons[i]);
        Json deps = Json::array();
        for (size_t dep : graph.node(i).dependencies)
          deps.push(graph.node(dep).package);
        item.set("depends", deps);
        out.push(item);
      }
      std::cout << out.dump();
    } else {
      std::cout << stale_count << " of " << count << " nodes to build\n";
    }
    return 0;
  }

  std::mutex output_mutex;
  // One budget of -j jobs for every build running at once (make joins it through MAKEFLAGS).
  JobServer job_server(jobs);
  ScheduleOptions options;
  options.jobs = jobs;
  options.job_server = &job_server;
  options.keep_going = args.flag("--keep-going");
  options.progress = [&](const std::string& line) {
    std::lock_guard<std::mutex> lock(output_mutex);
    info << line << std::endl;
  };
  auto action = [&](size_t index) -> BuildOutcome {
    const GraphNode& node = graph.node(index);
    const CacheKey& key = plan.keys[index];
    if (node.is_toolchain())
      return build_toolchain(node.arch, key.key, *context.tools, *context.store);
    CacheStore::Lock lock(*context.store, key.key);
    // --rebuild: the old entry stays in place until the new one replaces it atomically. use():
    // the entry found or installed here stays in use for the rest of the run (dependents read it).
    const bool replace = rebuild.count(node.package) > 0;
    if (context.store->use(key.key) && !replace) {
      BuildOutcome outcome;
      outcome.ok = true; // another process built it while we waited for the lock
      return outcome;
    }
    std::vector<BuiltDependency> deps;
    std::set<size_t> direct(node.dependencies.begin(), node.dependencies.end());
    for (size_t dep : graph.dependency_closure(index)) {
      const GraphNode& dep_node = graph.node(dep);
      deps.push_back({dep_node.package, dep_node.recipe->version, plan.keys[dep].key,
                      context.store->entry(plan.keys[dep].key) / "tree", direct.count(dep) > 0});
    }
    BuildOutcome outcome =
        build_node(node, key, deps, jobs, *context.tools, *context.store, &job_server, replace);
    if (outcome.ok && remote)
      remote->push(key.key, *context.store);
    return outcome;
  };
  const auto results = run_schedule(graph, stale, options, action);

  // Ledger: every package node of the plan.
  {
    const auto summary = context.ledger->read_summary();
    for (size_t i = 0; i < count && !previous_loaded; ++i) {
      const GraphNode& node = graph.node(i);
      if (node.is_toolchain())
        continue;
      auto it = summary.find(IndexLedger::id(node.package, node.arch));
      if (results[i].status != NodeStatus::cached || it == summary.end() ||
          it->second != "built " + plan.keys[i].key)
        load_previous();
    }
  }
  std::vector<LedgerEntry> updates;
  for (size_t i = 0; i < count; ++i) {
    const GraphNode& node = graph.node(i);
    if (node.is_toolchain())
      continue;
    const NodeResult& result = results[i];
    LedgerEntry entry;
    auto it = previous.find(IndexLedger::id(node.package, node.arch));
    if (!previous_loaded || (result.status == NodeStatus::cached && it != previous.end() &&
                             it->second.status == "built" && it->second.key == plan.keys[i].key)) {
      continue; // already recorded: a no-op run reads no manifest and writes no ledger
    } else if (result.status == NodeStatus::built || result.status == NodeStatus::cached) {
      entry = ledger_entry_from_cache(context, node, plan.keys[i]);
    } else {
      entry.name = node.package;
      entry.version = node.recipe->version;
      entry.arch = node.arch;
      entry.status = result.status == NodeStatus::failed ? "failed" : "blocked";
      if (result.status == NodeStatus::not_started)
        entry.status = "not built";
      entry.key = plan.keys[i].key;
      entry.inputs = plan.keys[i].inputs;
      entry.error_tail = result.outcome.error;
      if (!result.outcome.log_tail.empty())
        entry.error_tail += "\n" + result.outcome.log_tail;
      if (it != previous.end()) {
        entry.last_good_archive = it->second.last_good_archive;
        entry.last_good_sha256 = it->second.last_good_sha256;
        entry.last_good_key = it->second.last_good_key;
      }
    }
    if (it == previous.end() || it->second.to_json().dump() != entry.to_json().dump())
      updates.push_back(entry);
  }
  if (!updates.empty())
    context.ledger->update(updates);

  int built = 0, failed = 0, blocked = 0;
  for (size_t i = 0; i < count; ++i) {
    const NodeResult& result = results[i];
    if (result.status == NodeStatus::built && stale[i])
      ++built;
    if (result.status == NodeStatus::failed) {
      ++failed;
      std::cerr << "FAILED: " << graph.node(i).label() << ": " << result.outcome.error << "\n";
      if (!result.outcome.log_tail.empty())
        std::cerr << "---- last lines of " << result.outcome.log.string() << " ----\n"
                  << result.outcome.log_tail << "\n----\n";
    }
    if (result.status == NodeStatus::blocked || result.status == NodeStatus::not_started)
      ++blocked;
  }
  if (args.flag("--json")) {
    Json out = Json::array();
    for (size_t i = 0; i < count; ++i) {
      Json item = Json::object();
      item.set("package", graph.node(i).package);
      item.set("arch", graph.node(i).arch);
      item.set("key", plan.keys[i].key);
      item.set("status", to_string(results[i].status));
      item.set("rebuilt", static_cast<bool>(stale[i]));
      item.set("reason", stale[i] ? reasons[i] : "");
      item.set("error", results[i].outcome.error);
      out.push(item);
    }
    std::cout << out.dump();
  } else if (stale_count == 0) {
    std::cout << "wpk: no work to do (" << count << " nodes up to date)\n";
  } else {
    std::cout << "wpk: " << built << " built, " << failed << " failed, " << blocked << " blocked, "
              << (count - stale_count) << " up to date\n";
  }
  return failed + blocked == 0 ? 0 : 1;
}

} // namespace wpk
