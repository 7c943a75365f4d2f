// ci_matrix.cc — `wpk ci matrix` and `wpk ci record` (see ci_matrix.h).
#include "ci_matrix.h"

#include "error.h"
#include "fs_util.h"
#include "remote_cache.h"
#include "subprocess.h"

#include <algorithm>
#include <cstdlib>
#include <iostream>
#include <optional>
#include <tuple>

namespace wpk {

namespace {

// What the instrumenter binary is built from, relative to the repository root: when these differ
// between REF and the work tree, the binary at REF would differ too.
const std::vector<std::string> kInstrumenterSources = {
    "instrument/src", "instrument/CMakeLists.txt", "instrument/fetch-binaryen-headers"};

std::string trimmed(std::string text) {
  while (!text.empty() && (text.back() == '\n' || text.back() == ' '))
    text.pop_back();
  return text;
}

ProcessResult git(const std::filesystem::path& dir, const std::vector<std::string>& args) {
  std::vector<std::string> argv = {"git", "-C", dir.string()};
  argv.insert(argv.end(), args.begin(), args.end());
  return run_captured(argv, current_environment(), dir);
}

// `path` relative to `root` when it lies inside it.
std::optional<std::filesystem::path> inside(const std::filesystem::path& path,
                                            const std::filesystem::path& root) {
  return lexically_inside(std::filesystem::weakly_canonical(path),
                          std::filesystem::weakly_canonical(root));
}

// A scratch folder removed when the scope ends.
class ScratchFolder {
public:
  explicit ScratchFolder(std::filesystem::path path) : path_(std::move(path)) {}
  ~ScratchFolder() { remove_tree_quietly(path_); }
  ScratchFolder(const ScratchFolder&) = delete;
  ScratchFolder& operator=(const ScratchFolder&) = delete;
  const std::filesystem::path& path() const { return path_; }

private:
  std::filesystem::path path_;
};

bool job_order(const MatrixJob& a, const MatrixJob& b) {
  return std::tie(a.package, a.arch) < std::tie(b.package, b.arch);
}

} // namespace

size_t CiMatrix::job_count() const {
  size_t count = 0;
  for (const auto& level : levels)
    count += level.size();
  return count;
}

std::vector<int> dependency_levels(const PackageGraph& graph, const std::vector<bool>& selected) {
  // Nodes are in topological order, so every dependency's level is known before its dependents.
  std::vector<int> levels(graph.nodes().size(), -1);
  for (size_t i = 0; i < graph.nodes().size(); ++i) {
    if (!selected[i])
      continue;
    int level = 0;
    for (size_t dep : graph.dependency_closure(i))
      if (selected[dep])
        level = std::max(level, levels[dep] + 1);
    levels[i] = level;
  }
  return levels;
}

CiMatrix select_matrix(const PackageGraph& graph, const std::vector<CacheKey>& keys,
                       const KeyContext& key_context, const RefKeys* previous,
                       const CacheLookup& lookup) {
  CiMatrix matrix;
  matrix.abi_version = key_context.abi_version;
  matrix.toolchain_keys = key_context.toolchain_keys;
  const std::string short_ref = previous ? previous->commit.substr(0, 12) : "";
  if (previous) {
    matrix.changed_from = previous->commit;
    for (const auto& [arch, key] : key_context.toolchain_keys) {
      auto it = previous->toolchains.find(arch);
      matrix.toolchain_changed[arch] =
          !previous->comparable || it == previous->toolchains.end() || it->second != key;
    }
  }
  const size_t count = graph.nodes().size();
  std::vector<bool> selected(count, false);
  std::vector<std::string> reasons(count);
  for (size_t i = 0; i < count; ++i) {
    const GraphNode& node = graph.node(i);
    if (node.is_toolchain())
      continue;
    std::string reason = "not built";
    if (previous) {
      if (!previous->comparable) {
        reason = "no plan at " + short_ref + " to compare with";
      } else {
        auto it = previous->nodes.find(IndexLedger::id(node.package, node.arch));
        if (it == previous->nodes.end()) {
          reason = "new since " + short_ref;
        } else if (it->second == keys[i].key) {
          matrix.omitted.push_back(
              {node.package, node.arch, keys[i].key, "unchanged since " + short_ref});
          continue;
        } else {
          reason = "key changed since " + short_ref;
        }
      }
    }
    const std::string where = lookup ? lookup(keys[i].key) : "";
    if (!where.empty()) {
      matrix.omitted.push_back({node.package, node.arch, keys[i].key, where});
      continue;
    }
    selected[i] = true;
    reasons[i] = reason;
  }
  const std::vector<int> levels = dependency_levels(graph, selected);
  for (size_t i = 0; i < count; ++i) {
    if (levels[i] < 0)
      continue;
    const size_t level = static_cast<size_t>(levels[i]);
    if (matrix.levels.size() <= level)
      matrix.levels.resize(level + 1);
    const GraphNode& node = graph.node(i);
    matrix.levels[level].push_back({node.package, node.arch, keys[i].key, reasons[i]});
  }
  for (auto& level : matrix.levels)
    std::sort(level.begin(), level.end(), job_order);
  std::sort(matrix.omitted.begin(), matrix.omitted.end(), job_order);
  return matrix;
}

Json matrix_to_json(const CiMatrix& matrix) {
  auto job_json = [](const MatrixJob& job) {
    Json item = Json::object();
    item.set("package", job.package);
    item.set("arch", job.arch);
    item.set("key", job.key);
    item.set("reason", job.reason);
    return item;
  };
  Json out = Json::object();
  out.set("abi_version", matrix.abi_version);
  out.set("changed_from", matrix.changed_from);
  Json toolchain = Json::object();
  for (const auto& [arch, key] : matrix.toolchain_keys) {
    Json item = Json::object();
    item.set("key", key);
    auto it = matrix.toolchain_changed.find(arch);
    if (it != matrix.toolchain_changed.end())
      item.set("changed", it->second);
    toolchain.set(arch, item);
  }
  out.set("toolchain", toolchain);
  out.set("jobs", static_cast<uint64_t>(matrix.job_count()));
  out.set("depth", static_cast<uint64_t>(matrix.levels.size()));
  Json levels = Json::array();
  for (const auto& level : matrix.levels) {
    Json include = Json::array();
    for (const auto& job : level)
      include.push(job_json(job));
    Json item = Json::object();
    item.set("include", include);
    levels.push(item);
  }
  out.set("levels", levels);
  Json omitted = Json::array();
  for (const auto& job : matrix.omitted)
    omitted.push(job_json(job));
  out.set("omitted", omitted);
  return out;
}

std::string github_outputs(const Json& matrix, size_t level_slots) {
  std::string text;
  const auto& levels = matrix.find("levels")->items();
  for (size_t level = 0; level < levels.size(); ++level) {
    const size_t jobs = levels[level].find("include")->items().size();
    if (jobs > kGithubMatrixLimit)
      throw Error("level " + std::to_string(level) + " has " + std::to_string(jobs) +
                  " jobs but a GitHub Actions matrix takes at most " +
                  std::to_string(kGithubMatrixLimit) + ": split the level in the workflow");
  }
  for (size_t level = 0; level < std::max(level_slots, levels.size()); ++level)
    text += "level" + std::to_string(level) + "=" +
            (level < levels.size() ? levels[level].dump(0) : std::string()) + "\n";
  text += "jobs=" + std::to_string(matrix.get_number("jobs")) + "\n";
  text += "depth=" + std::to_string(matrix.get_number("depth")) + "\n";
  for (const auto& [arch, toolchain] : matrix.find("toolchain")->members())
    text += "toolchain-" + arch + "=" + toolchain.get_string("key") + "\n";
  return text;
}

RefKeys keys_at_ref(Context& context, const std::string& ref, const std::vector<NodeRequest>& roots,
                    const std::vector<std::string>& arches) {
  ProcessResult top_result = git(context.registry_dir, {"rev-parse", "--show-toplevel"});
  if (top_result.exit_status != 0)
    throw Error("--changed-from: " + context.registry_dir.string() +
                " is not inside a git repository: " + trimmed(top_result.errors));
  const std::filesystem::path top = trimmed(top_result.output);
  ProcessResult commit_result = git(top, {"rev-parse", "--verify", "--quiet", ref + "^{commit}"});
  if (commit_result.exit_status != 0 || trimmed(commit_result.output).empty())
    throw Error("--changed-from: '" + ref + "' is not a commit of " + top.string());
  RefKeys result;
  result.commit = trimmed(commit_result.output);

  // REF's tree, extracted from git (no worktree registration in the shared repository).
  std::filesystem::create_directories(context.cache / "tmp");
  std::string pattern = (context.cache / "tmp" / "ci-ref.XXXXXX").string();
  if (!::mkdtemp(pattern.data()))
    throw Error("cannot create a scratch folder under " + (context.cache / "tmp").string());
  ScratchFolder scratch{std::filesystem::path(pattern)};
  const auto tarball = scratch.path() / "ref.tar";
  const auto tree = scratch.path() / "tree";
  std::filesystem::create_directories(tree);
  ProcessResult archive =
      git(top, {"archive", "--format=tar", "-o", tarball.string(), result.commit});
  if (archive.exit_status != 0)
    throw Error("git archive " + result.commit + " failed: " + trimmed(archive.errors));
  ProcessResult untar = run_captured({"tar", "-xf", tarball.string(), "-C", tree.string()},
                                     current_environment(), scratch.path());
  if (untar.exit_status != 0)
    throw Error("extracting " + result.commit + " failed: " + trimmed(untar.errors));

  // The same locations inside REF's tree; a repository outside the git repository of the
  // registry (a registry kept elsewhere) stays as it is.
  auto at_ref = [&](const std::filesystem::path& path) {
    auto relative = inside(path, top);
    return relative ? tree / *relative : path;
  };
  const auto repo_relative = inside(context.repo, top);
  const std::filesystem::path ref_repo = at_ref(context.repo);
  try {
    const Registry registry =
        Registry::load(at_ref(context.registry_dir), at_ref(context.sets_dir));
    std::vector<NodeRequest> ref_roots;
    for (const auto& root : roots) {
      const Recipe* recipe = registry.find(root.package);
      if (recipe && std::find(recipe->arches.begin(), recipe->arches.end(), root.arch) !=
                        recipe->arches.end())
        ref_roots.push_back(root);
    }
    const PackageGraph graph = PackageGraph::build(registry, ref_roots);
    ToolchainInfo tools(ref_repo, context.cache, context.build_dir);
    KeyContext key_context = tools.key_context(arches);
    if (repo_relative && !key_context.instrumenter_identity.empty()) {
      std::vector<std::string> diff = {"diff", "--quiet", result.commit, "--"};
      for (const auto& source : kInstrumenterSources)
        diff.push_back((*repo_relative / source).string());
      ProcessResult differs = git(top, diff);
      if (differs.exit_status == 1)
        key_context.instrumenter_identity = "sources of " + result.commit;
      else if (differs.exit_status != 0)
        throw Error("git diff against " + result.commit + " failed: " + trimmed(differs.errors));
    }
    const std::vector<CacheKey> keys = compute_graph_keys(graph, key_context);
    for (size_t i = 0; i < graph.nodes().size(); ++i)
      if (!graph.node(i).is_toolchain())
        result.nodes[IndexLedger::id(graph.node(i).package, graph.node(i).arch)] = keys[i].key;
    result.toolchains = key_context.toolchain_keys;
  } catch (const Error& error) {
    result.comparable = false;
    result.note = error.what();
    result.nodes.clear();
    result.toolchains.clear();
  }
  return result;
}

namespace {

int cmd_ci_matrix(Context& context, const std::vector<std::string>& raw_args) {
  Arguments args(
      raw_args,
      {"--set", "--arch", "--changed-from", "--cache-url", "--max-levels", "--github-output"}, {});
  const auto roots = context.select(args.positionals(), args.value("--set"), args.values("--arch"));
  Plan plan = make_plan(context, roots);
  std::vector<std::string> arches;
  for (const auto& [arch, key] : plan.key_context.toolchain_keys)
    arches.push_back(arch);
  RefKeys previous;
  if (auto ref = args.value("--changed-from")) {
    previous = keys_at_ref(context, *ref, roots, arches);
    if (!previous.comparable)
      std::cerr << "wpk ci matrix: warning: no plan at " << previous.commit
                << ", every node is a candidate: " << previous.note << "\n";
  }
  std::unique_ptr<RemoteCache> remote;
  if (auto url = args.value("--cache-url"))
    remote = std::make_unique<RemoteCache>(*url);
  CacheLookup lookup = [&](const std::string& key) -> std::string {
    if (context.store->has(key))
      return "in the local store";
    if (remote && remote->has(key))
      return "in the shared cache";
    return "";
  };
  const CiMatrix matrix = select_matrix(plan.graph, plan.keys, plan.key_context,
                                        args.value("--changed-from") ? &previous : nullptr, lookup);
  std::cerr << "wpk ci matrix: " << matrix.job_count() << " jobs in " << matrix.levels.size()
            << " levels, " << matrix.omitted.size() << " nodes need no job\n";
  size_t level_slots = matrix.levels.size();
  if (auto max = args.value("--max-levels")) {
    level_slots = static_cast<size_t>(parse_positive_option("--max-levels", *max));
    if (matrix.levels.size() > level_slots)
      throw Error("the selected jobs form " + std::to_string(matrix.levels.size()) +
                  " dependency levels but the workflow has only " + std::to_string(level_slots) +
                  " level jobs: add level jobs to .github/workflows/pr.yml and raise "
                  "WPK_MAX_LEVELS there");
  }
  const Json json = matrix_to_json(matrix);
  if (auto file = args.value("--github-output")) {
    std::string text = github_outputs(json, level_slots);
    std::string existing;
    read_file_if_exists(*file, existing);
    write_file_atomically(*file, existing + text);
  }
  std::cout << json.dump();
  return 0;
}

int status_rank(const std::string& status) {
  if (status == "built")
    return 0;
  if (status == "failed")
    return 1;
  if (status == "blocked")
    return 2;
  return 3;
}

int cmd_ci_record(Context& context, const std::vector<std::string>& raw_args) {
  Arguments args(raw_args, {"--set", "--arch", "--cache-url", "--merge"}, {});
  const auto roots = context.select(args.positionals(), args.value("--set"), args.values("--arch"));
  Plan plan = make_plan(context, roots);
  std::map<std::string, std::string> current_keys; // id -> key of this plan
  for (size_t i = 0; i < plan.graph.nodes().size(); ++i)
    if (!plan.graph.node(i).is_toolchain())
      current_keys[IndexLedger::id(plan.graph.node(i).package, plan.graph.node(i).arch)] =
          plan.keys[i].key;

  // 1. The ledgers of the level jobs: per node, an entry for the current key first, then
  // built > failed > blocked > anything else.
  std::map<std::string, LedgerEntry> merged;
  auto better = [&](const std::string& id, const LedgerEntry& a, const LedgerEntry& b) {
    auto it = current_keys.find(id);
    const bool a_current = it != current_keys.end() && a.key == it->second;
    const bool b_current = it != current_keys.end() && b.key == it->second;
    if (a_current != b_current)
      return a_current;
    return status_rank(a.status) < status_rank(b.status);
  };
  for (const auto& file : args.repeated("--merge")) { // one file each, commas and all
    if (!std::filesystem::is_regular_file(file))
      throw Error("--merge: " + file + " is not a ledger file");
    for (const auto& [id, entry] : IndexLedger(file).read()) {
      auto it = merged.find(id);
      if (it == merged.end() || better(id, entry, it->second))
        merged[id] = entry;
    }
  }

  // 2. Every node of the selection that is built somewhere is recorded as built.
  std::unique_ptr<RemoteCache> remote;
  if (auto url = args.value("--cache-url"))
    remote = std::make_unique<RemoteCache>(*url);
  int built = 0, fetched = 0;
  for (size_t i = 0; i < plan.graph.nodes().size(); ++i) {
    const GraphNode& node = plan.graph.node(i);
    if (node.is_toolchain())
      continue;
    const std::string id = IndexLedger::id(node.package, node.arch);
    auto it = merged.find(id);
    if (it != merged.end() && it->second.key == plan.keys[i].key && it->second.status == "built")
      continue;
    const bool local = context.store->use(plan.keys[i].key); // read below; gc leaves it
    if (!local && !(remote && remote->fetch(plan.keys[i].key, *context.store)))
      continue;
    fetched += local ? 0 : 1;
    merged[id] = ledger_entry_from_cache(context, node, plan.keys[i]);
  }

  const auto existing = context.ledger->read();
  std::vector<LedgerEntry> updates;
  for (const auto& [id, entry] : merged) {
    built += entry.status == "built" && current_keys.count(id) && current_keys.at(id) == entry.key
                 ? 1
                 : 0;
    auto it = existing.find(id);
    if (it == existing.end() || it->second.to_json().dump() != entry.to_json().dump())
      updates.push_back(entry);
  }
  if (!updates.empty())
    context.ledger->update(updates);
  std::cout << "wpk ci record: " << updates.size() << " ledger entries written, " << built << " of "
            << current_keys.size() << " nodes built (" << fetched << " fetched)\n";
  return 0;
}

} // namespace

int cmd_ci(Context& context, const std::vector<std::string>& args) {
  const std::string usage =
      "usage: wpk ci matrix [PKG...] [--set NAME] [--arch A,B] [--changed-from REF] "
      "[--cache-url URL] [--max-levels N] [--github-output FILE]\n"
      "       wpk ci record [PKG...] [--set NAME] [--arch A,B] [--cache-url URL] [--merge FILE]...";
  if (args.empty())
    throw Error(usage);
  const std::vector<std::string> rest(args.begin() + 1, args.end());
  if (args[0] == "matrix")
    return cmd_ci_matrix(context, rest);
  if (args[0] == "record")
    return cmd_ci_record(context, rest);
  throw Error("unknown ci command '" + args[0] + "'\n" + usage);
}

} // namespace wpk
