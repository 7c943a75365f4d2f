// cli_context.h — what every `wpk` command needs: parsed arguments, the locations (repository,
// registry, sets, cache, build tree), the loaded registry, the tools, and the node selection
// shared by build/status/graph/rootfs/publish (packages or --set, filtered by --arch).
#pragma once

#include "cache_store.h"
#include "index_ledger.h"
#include "package_graph.h"
#include "registry.h"
#include "toolchain_info.h"

#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace wpk {

// Command-line arguments of one command: positionals, "--name value" options and flags. "--"
// ends the options: every argument after it is a positional.
class Arguments {
public:
  // `with_value` lists the options that take a value; every other "--x" is a flag.
  Arguments(const std::vector<std::string>& args, const std::vector<std::string>& with_value,
            const std::vector<std::string>& flags);
  const std::vector<std::string>& positionals() const { return positionals_; }
  bool flag(const std::string& name) const { return flags_.count(name) > 0; }
  // An option that takes one value: given twice, it is an error (not the last one wins), and so
  // is an empty value ("-o ''", "--set=").
  std::optional<std::string> value(const std::string& name) const;
  // A list option: repeated and comma lists; an empty list ("" or ",") is an error.
  std::vector<std::string> values(const std::string& name) const;
  // An option that may be repeated, each value taken whole (a file name may hold a comma):
  // --merge FILE...; an empty value is an error.
  std::vector<std::string> repeated(const std::string& name) const;

private:
  std::vector<std::string> positionals_;
  std::map<std::string, std::vector<std::string>> values_;
  std::map<std::string, bool> flags_;
};

struct Context {
  std::filesystem::path repo;
  std::filesystem::path registry_dir;
  std::filesystem::path sets_dir;
  std::filesystem::path cache;
  std::filesystem::path build_dir;
  std::unique_ptr<ToolchainInfo> tools;
  std::unique_ptr<CacheStore> store;
  std::unique_ptr<IndexLedger> ledger;
  Registry registry;
  bool registry_loaded = false;

  const Registry& loaded_registry();
  // Roots from positional package names or --set (default set when neither), filtered by --arch.
  std::vector<NodeRequest> select(const std::vector<std::string>& packages,
                                  const std::optional<std::string>& set_name,
                                  const std::vector<std::string>& arch_filter);
  // Every recipe of the registry for each of its arches, filtered by --arch (`wpk status` when no
  // set is marked default).
  std::vector<NodeRequest> select_every_recipe(const std::vector<std::string>& arch_filter);
};

// The graph of a selection with the key of every node.
struct Plan {
  PackageGraph graph;
  KeyContext key_context;
  std::vector<CacheKey> keys;
};
Plan make_plan(Context& context, const std::vector<NodeRequest>& roots);

// Whether the sysroot of a toolchain node with this key is built.
bool toolchain_ready(const Context& context, const std::string& arch, const std::string& key);

// The ledger entry describing a complete cache entry (status "built").
LedgerEntry ledger_entry_from_cache(const Context& context, const GraphNode& node,
                                    const CacheKey& key);

// `wpk lint`'s check that `wpk build --set X && wpk test MEMBER` works: one problem per set
// member (package x arch) whose test_depends the set does not build for that arch.
std::vector<std::string> test_dependencies_outside_sets(const Registry& registry);

int cmd_build(Context& context, const std::vector<std::string>& args);
int cmd_key(Context& context, const std::vector<std::string>& args);
int cmd_where(Context& context, const std::vector<std::string>& args);
int cmd_graph(Context& context, const std::vector<std::string>& args);
int cmd_status(Context& context, const std::vector<std::string>& args);
int cmd_fetch(Context& context, const std::vector<std::string>& args);
int cmd_test(Context& context, const std::vector<std::string>& args);
int cmd_rootfs(Context& context, const std::vector<std::string>& args);
int cmd_publish(Context& context, const std::vector<std::string>& args);
int cmd_lint(Context& context, const std::vector<std::string>& args);
int cmd_gc(Context& context, const std::vector<std::string>& args);
int cmd_bench(Context& context, const std::vector<std::string>& args);
int cmd_outdated(Context& context, const std::vector<std::string>& args);

int run_cli(int argc, char** argv);

} // namespace wpk
