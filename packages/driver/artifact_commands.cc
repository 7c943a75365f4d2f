// artifact_commands.cc — commands that use built packages: test (smoke tests in the reference
// runtime), rootfs (a root file system archive of a set) and publish (archives, index, status).
#include "archive_writer.h"
#include "cli_context.h"
#include "error.h"
#include "fs_util.h"
#include "ordered_pool.h"
#include "rootfs.h"
#include "status_report.h"
#include "subprocess.h"

#include <algorithm>
#include <chrono>
#include <iostream>
#include <set>

namespace wpk {

namespace {

// `wpk test`'s time limit per test unless --timeout says otherwise: far above the slowest test
// (the MariaDB server's, about 10 s alone, a minute or two on a loaded machine).
constexpr int kDefaultTestTimeoutSeconds = 600;

// The file /bin/sh stands for in a test root: the root's bin/sh itself, or what its symlink points
// to (absolute targets taken inside the root, relative ones from bin/).
std::filesystem::path shell_in_root(const std::filesystem::path& root) {
  const auto link = root / "bin/sh";
  if (!std::filesystem::is_symlink(std::filesystem::symlink_status(link)))
    return link;
  const std::string target = std::filesystem::read_symlink(link).string();
  if (target.empty())
    throw Error(link.string() + ": a symlink without target");
  return target.front() == '/' ? root / target.substr(1) : root / "bin" / target;
}

// The cache entries of `node` and everything it depends on, held in use until the command ends
// (CacheStore::use: `wpk gc` leaves them alone); throws when one is not built.
// `needed_by` (a node label) says for whose tests the closure is needed, if not for its own.
std::vector<RootfsPackage> built_closure(Context& context, const Plan& plan, size_t index,
                                         const std::string& needed_by = {}) {
  std::vector<size_t> nodes = plan.graph.dependency_closure(index);
  nodes.push_back(index);
  std::vector<RootfsPackage> packages;
  for (size_t i : nodes) {
    const GraphNode& node = plan.graph.node(i);
    const auto entry = context.store->entry(plan.keys[i].key);
    if (!context.store->use(plan.keys[i].key))
      throw Error(node.label() +
                  (needed_by.empty() ? "" : ", needed by the tests of " + needed_by + ",") +
                  " is not built (key " + plan.keys[i].short_key() + "); run: wpk build " +
                  node.package + " --arch " + node.arch);
    packages.push_back(
        {node.package, entry / "tree",
         Json::parse(read_file(entry / "manifest.json"), (entry / "manifest.json").string())});
  }
  return packages;
}

// The roots of `wpk test`: the packages under test plus, for each, its test_depends on the same
// arch (which must have a build for that arch).
std::vector<NodeRequest> with_test_dependencies(const Registry& registry,
                                                const std::vector<NodeRequest>& under_test) {
  std::vector<NodeRequest> roots = under_test;
  for (const auto& request : under_test) {
    const Recipe* recipe = registry.find(request.package);
    for (const auto& test_dependency : recipe->test_depends) {
      const Recipe* dependency = registry.find(test_dependency.name);
      if (!dependency->supports(request.arch))
        throw Error(test_dependency.where.str() + ": test_depends: '" + test_dependency.name +
                    "' has no " + request.arch + " build, so the tests of " + request.package +
                    " (" + request.arch + ") cannot run");
      roots.push_back({test_dependency.name, request.arch});
    }
  }
  return roots;
}

// One package-arch under test and the packages of its test root.
struct TestRoot {
  const GraphNode* node;
  std::vector<RootfsPackage> packages;
};

// What runs the tests: the runtime and each test's time limit.
struct TestLimits {
  std::string runtime;
  int timeout_seconds = kDefaultTestTimeoutSeconds;
};

// The PASS/FAIL lines of one root's tests and their counts.
struct TestReport {
  std::string text;
  int passed = 0;
  int failed = 0;
};

// Makes the test root of `root` in the store's scratch space, runs its package's tests there one
// after another, and removes it. Safe to run for several roots at once.
TestReport run_root_tests(const TestRoot& root, const CacheStore& store, int abi_version,
                          const TestLimits& limits) {
  const GraphNode& node = *root.node;
  const auto dir = store.new_scratch("test-" + node.package + "-" + node.arch);
  materialize_members(rootfs_members(root.packages, node.arch, abi_version), dir);
  TestReport report;
  for (const auto& test : node.recipe->tests) {
    std::vector<std::string> argv = {limits.runtime, "--root", dir.string()};
    if (!test.run.empty()) {
      argv.push_back((dir / test.run[0].substr(1)).string());
      argv.insert(argv.end(), test.run.begin() + 1, test.run.end());
    } else {
      if (!std::filesystem::exists(std::filesystem::symlink_status(dir / "bin/sh")))
        throw Error(node.label() + ": test '" + test.name +
                    "' needs /bin/sh, but no shell is among the package's dependencies "
                    "(add `test_depends: [dash]` to its recipe)");
      argv.push_back(shell_in_root(dir).string());
      argv.push_back("-c");
      argv.push_back(test.shell);
    }
    ProcessResult result = run_captured(argv, current_environment(), dir, test.stdin_text,
                                        std::chrono::seconds(limits.timeout_seconds));
    std::string problem;
    if (result.timed_out)
      problem = "timed out after " + std::to_string(limits.timeout_seconds) + " s (--timeout)";
    else if (result.exit_status != test.expected_status)
      problem = "exit status " + std::to_string(result.exit_status) + ", expected " +
                std::to_string(test.expected_status);
    else if (test.expected_stdout && result.output != *test.expected_stdout)
      problem =
          "stdout differs:\n--- expected\n" + *test.expected_stdout + "\n--- got\n" + result.output;
    if (problem.empty()) {
      ++report.passed;
      report.text += "PASS " + node.label() + " " + test.name + "\n";
    } else {
      ++report.failed;
      report.text += "FAIL " + node.label() + " " + test.name + ": " + problem + "\n";
      if (!result.errors.empty())
        report.text += "--- stderr\n" + result.errors + "\n";
    }
  }
  remove_tree_quietly(dir);
  return report;
}

} // namespace

int cmd_test(Context& context, const std::vector<std::string>& raw_args) {
  Arguments args(raw_args, {"--arch", "--set", "--timeout", "-j"}, {});
  // Each test's time limit: a test that hangs (a program waiting for input or a signal that
  // never comes) fails instead of holding up the whole run.
  TestLimits limits;
  if (auto value = args.value("--timeout"))
    limits.timeout_seconds = parse_positive_option("--timeout", *value);
  int jobs = 1;
  if (auto value = args.value("-j"))
    jobs = parse_positive_option("-j", *value);
  limits.runtime = context.tools->runtime();
  if (limits.runtime.empty())
    throw Error("the reference runtime kernel-abi/runtime/bin/wpk-run is not available");
  // The packages named, else those of --set, else those of the default set (as wpk build).
  const auto under_test =
      context.select(args.positionals(), args.value("--set"), args.values("--arch"));
  std::set<std::string> tested;
  for (const auto& request : under_test)
    tested.insert(request.package);
  Plan plan = make_plan(context, with_test_dependencies(context.loaded_registry(), under_test));
  // Every test root's packages first, so that one not built stops the command before any test.
  std::vector<TestRoot> roots;
  for (size_t i = 0; i < plan.graph.nodes().size(); ++i) {
    const GraphNode& node = plan.graph.node(i);
    if (node.is_toolchain() || !tested.count(node.package))
      continue;
    // The test root: the package's closure plus the closures of its test dependencies.
    TestRoot root{&node, built_closure(context, plan, i)};
    std::set<std::string> present;
    for (const auto& package : root.packages)
      present.insert(package.name);
    for (const auto& test_dependency : node.recipe->test_depends)
      for (auto& package : built_closure(
               context, plan, plan.graph.find(test_dependency.name, node.arch), node.label()))
        if (present.insert(package.name).second)
          root.packages.push_back(std::move(package));
    roots.push_back(std::move(root));
  }
  // Up to -j roots at once (each root's tests one after another: they may share its files),
  // reported in plan order, as a run without -j would.
  int passed = 0, failed = 0;
  run_in_order<TestReport>(
      roots.size(), jobs,
      [&](size_t r) {
        return run_root_tests(roots[r], *context.store, plan.key_context.abi_version, limits);
      },
      [&](size_t, TestReport& report) {
        std::cout << report.text << std::flush;
        passed += report.passed;
        failed += report.failed;
      });
  std::cout << "wpk test: " << passed << " passed, " << failed << " failed\n";
  return failed == 0 ? 0 : 1;
}

int cmd_rootfs(Context& context, const std::vector<std::string>& raw_args) {
  Arguments args(raw_args, {"--set", "--arch", "-o"}, {});
  if (!args.value("--set") || !args.value("--arch") || !args.value("-o"))
    throw Error("usage: wpk rootfs --set NAME --arch A -o FILE");
  Plan plan = make_plan(context, context.select({}, args.value("--set"), {*args.value("--arch")}));
  std::vector<RootfsPackage> packages;
  std::set<std::string> seen;
  for (size_t i = 0; i < plan.graph.nodes().size(); ++i) {
    if (plan.graph.node(i).is_toolchain())
      continue;
    for (auto& package : built_closure(context, plan, i))
      if (seen.insert(package.name).second)
        packages.push_back(std::move(package));
  }
  const auto members =
      rootfs_members(packages, *args.value("--arch"), plan.key_context.abi_version);
  write_deterministic_archive(std::filesystem::absolute(*args.value("-o")), members,
                              source_date_epoch());
  std::cout << "wpk rootfs: " << members.size() << " files from " << packages.size()
            << " packages -> " << *args.value("-o") << "\n";
  return 0;
}

int cmd_publish(Context& context, const std::vector<std::string>& raw_args) {
  Arguments args(raw_args, {"--out", "--set", "--arch", "--tag"}, {});
  if (!args.value("--out"))
    throw Error("usage: wpk publish --out DIR [--set NAME] [--arch A] [--tag TAG]");
  const std::filesystem::path out = std::filesystem::absolute(*args.value("--out"));
  std::filesystem::create_directories(out);
  Plan plan = make_plan(
      context, context.select(args.positionals(), args.value("--set"), args.values("--arch")));
  const auto ledger = context.ledger->read();
  Json index = Json::object();
  index.set("abi_version", plan.key_context.abi_version);
  Json entries = Json::array();
  int published = 0;
  for (size_t i = 0; i < plan.graph.nodes().size(); ++i) {
    const GraphNode& node = plan.graph.node(i);
    if (node.is_toolchain())
      continue;
    if (!context.store->use(plan.keys[i].key)) {
      std::cerr << "wpk: warning: " << node.label() << " is not built; not published\n";
      continue;
    }
    LedgerEntry entry = ledger_entry_from_cache(context, node, plan.keys[i]);
    const auto from = context.store->entry(plan.keys[i].key) / entry.archive;
    const auto to = out / entry.archive;
    const auto temp = unique_temp_path(to, "tmp");
    std::filesystem::copy_file(from, temp, std::filesystem::copy_options::overwrite_existing);
    std::filesystem::rename(temp, to);
    Json item = Json::object();
    item.set("name", entry.name);
    item.set("version", entry.version);
    item.set("arch", entry.arch);
    item.set("key", entry.key);
    item.set("archive", entry.archive);
    item.set("sha256", entry.archive_sha256);
    entries.push(item);
    ++published;
  }
  index.set("packages", entries);
  write_file_atomically(out / "index.json", index.dump());
  std::vector<std::string> status_args;
  if (auto tag = args.value("--tag")) {
    status_args.push_back("--tag");
    status_args.push_back(*tag);
  }
  for (const auto& format : {"md", "json", "html"}) {
    std::vector<std::string> with_format = status_args;
    with_format.insert(with_format.end(), {"--format", format, "-o",
                                           (out / (std::string("status.") + format)).string()});
    if (auto set = args.value("--set")) {
      with_format.push_back("--set");
      with_format.push_back(*set);
    }
    for (const auto& arch : args.values("--arch")) {
      with_format.push_back("--arch");
      with_format.push_back(arch);
    }
    for (const auto& package : args.positionals())
      with_format.push_back(package);
    cmd_status(context, with_format);
  }
  std::cout << "wpk publish: " << published << " archives, index.json and status.{md,json,html} in "
            << out.string() << "\n";
  return 0;
}

} // namespace wpk
