#include "cache_key.h"

#include "fs_util.h"
#include "sha256.h"

#include <map>

namespace wpk {

namespace {

// Each name and value is preceded by its length, so no file name or symlink target (both may hold
// any byte but '\0', newlines included) can shift the boundary between two inputs.
std::string digest_inputs(const std::vector<KeyInput>& inputs) {
  Sha256 hash;
  for (const auto& input : inputs) {
    hash.update(std::to_string(input.name.size()) + ":");
    hash.update(input.name);
    hash.update(std::to_string(input.value.size()) + ":");
    hash.update(input.value);
  }
  return hash.hex_digest();
}

// One `file` input for every file under `root` (the recipe folder, or a folder that a symlink in
// it resolves to), named by its path in the recipe folder, which `prefix` starts. The build
// follows symlinked folders (the local source folder, patches/ or scripts may be one), so their
// files are inputs too; a folder whose real path lies in one already being listed (a cycle) is
// not listed again: its files are already inputs. Nor is one that holds a folder being listed
// (a link to an ancestor, up to /): that would list the world, and the build copies the link.
void add_file_inputs(const std::filesystem::path& root, const std::string& prefix,
                     std::vector<std::filesystem::path>& listed, std::vector<KeyInput>& inputs) {
  listed.push_back(std::filesystem::weakly_canonical(root));
  for (const auto& relative : list_files_recursively(root)) {
    if (prefix.empty() && relative == "package.yaml")
      continue;
    const auto path = root / relative;
    std::string digest;
    if (std::filesystem::is_symlink(std::filesystem::symlink_status(path))) {
      // The link, and what it resolves to when that is a file: patch -i and the parser
      // follow it, so an edit of the target must change the key.
      digest = "symlink:" + std::filesystem::read_symlink(path).string();
      if (std::filesystem::is_regular_file(path))
        digest += " sha256:" + sha256_file_hex(path);
      inputs.push_back({"file " + prefix + relative, digest});
      if (std::filesystem::is_directory(path)) {
        const auto target = std::filesystem::weakly_canonical(path);
        bool overlaps_listed = false;
        for (const auto& folder : listed)
          overlaps_listed |= lexically_inside(target, folder) || lexically_inside(folder, target);
        if (!overlaps_listed)
          add_file_inputs(path, prefix + relative + "/", listed, inputs);
      }
      continue;
    }
    digest = sha256_file_hex(path);
    // The execute bit reaches the build (copy_tree keeps modes: a local configure script
    // runs or not) and is the one mode bit git records; the others follow the umask.
    const auto mode = std::filesystem::status(path).permissions();
    if ((mode & std::filesystem::perms::owner_exec) != std::filesystem::perms::none)
      digest += " executable";
    inputs.push_back({"file " + prefix + relative, digest});
  }
  listed.pop_back();
}

} // namespace

CacheKey compute_node_key(const GraphNode& node, const KeyContext& context,
                          const std::vector<std::pair<std::string, std::string>>& dependency_keys,
                          std::vector<KeyInput>* recipe_memo) {
  CacheKey result;
  auto add = [&](std::string name, std::string value) {
    result.inputs.push_back({std::move(name), std::move(value)});
  };
  add("key-format", "2");
  add("arch", node.arch);
  add("abi-version", std::to_string(context.abi_version));
  if (node.is_toolchain()) {
    auto it = context.toolchain_keys.find(node.arch);
    add("sysroot", it == context.toolchain_keys.end() ? "unknown" : it->second);
    add("toolchain-files", context.toolchain_files.empty() ? "unknown" : context.toolchain_files);
  } else {
    const Recipe& recipe = *node.recipe;
    if (!recipe_memo || recipe_memo->empty()) {
      std::vector<KeyInput> inputs;
      inputs.push_back({"recipe", sha256_hex(recipe.canonical_text())});
      std::vector<std::filesystem::path> listed;
      add_file_inputs(recipe.directory, "", listed, inputs);
      if (!recipe_memo)
        result.inputs.insert(result.inputs.end(), inputs.begin(), inputs.end());
      else
        *recipe_memo = std::move(inputs);
    }
    if (recipe_memo)
      result.inputs.insert(result.inputs.end(), recipe_memo->begin(), recipe_memo->end());
    add("source", recipe.source.sha256.empty() ? "none" : recipe.source.sha256);
    if (recipe.uses_fork_instrumentation())
      add("instrumenter",
          context.instrumenter_identity.empty() ? "missing" : context.instrumenter_identity);
    if (recipe.uses_wasm_optimizer())
      add("wasm-optimizer",
          context.wasm_optimizer_identity.empty() ? "missing" : context.wasm_optimizer_identity);
    add("build-protocol", std::to_string(kBuildProtocolVersion));
    add("source-date-epoch", std::to_string(context.source_date_epoch));
  }
  for (const auto& [name, key] : dependency_keys)
    add(name == kToolchainNode ? "toolchain" : "depends " + name, key);
  result.key = digest_inputs(result.inputs);
  return result;
}

std::vector<CacheKey> compute_graph_keys(const PackageGraph& graph, const KeyContext& context) {
  std::vector<CacheKey> keys;
  keys.reserve(graph.nodes().size());
  // The recipe-derived inputs are the same for every arch of a recipe: hash its folder once.
  std::map<const Recipe*, std::vector<KeyInput>> recipe_inputs;
  for (const auto& node : graph.nodes()) {
    std::vector<std::pair<std::string, std::string>> dependency_keys;
    for (size_t dep : node.dependencies)
      dependency_keys.emplace_back(graph.node(dep).package, keys[dep].key);
    keys.push_back(compute_node_key(node, context, dependency_keys,
                                    node.recipe ? &recipe_inputs[node.recipe] : nullptr));
  }
  return keys;
}

std::vector<std::string> changed_inputs(const std::vector<KeyInput>& before,
                                        const std::vector<KeyInput>& after) {
  std::map<std::string, std::string> old_values, new_values;
  for (const auto& input : before)
    old_values[input.name] = input.value;
  for (const auto& input : after)
    new_values[input.name] = input.value;
  std::vector<std::string> changes;
  for (const auto& [name, value] : new_values) {
    auto it = old_values.find(name);
    if (it == old_values.end())
      changes.push_back(name + ": added");
    else if (it->second != value)
      changes.push_back(name + ": " + it->second.substr(0, 12) + " -> " + value.substr(0, 12));
  }
  for (const auto& [name, value] : old_values)
    if (!new_values.count(name))
      changes.push_back(name + ": removed");
  return changes;
}

} // namespace wpk
