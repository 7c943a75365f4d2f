// cache_key.h — the cache key of every node: SHA-256 over a canonical list of its inputs.
//
// Inputs of a package node (each a name and a value, in this fixed order):
//   key-format, arch, abi-version, recipe (hash of the normalized recipe), one `file` line per
//   file of the recipe's folder other than package.yaml (patches, scripts, local sources; the
//   files of a symlinked folder too), source (the tarball's sha256), toolchain (the sysroot
//   node's key), instrumenter (its identity, only when a program has fork: auto), wasm-optimizer
//   (wasm-opt's identity, only when a program is optimized), build-protocol (how the driver runs
//   builds), source-date-epoch (the builds' and archives' timestamp), and one `depends` line per
//   direct dependency with that dependency's key. Each name and value is length-prefixed.
// Nothing is listed by hand: a file added to a recipe folder is an input the moment it exists.
// The toolchain node's key comes from toolchain/build-sysroot (see toolchain_info.h).
#pragma once

#include "package_graph.h"

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace wpk {

struct KeyInput {
  std::string name;  // e.g. "recipe", "file patches/0001-x.patch", "depends zlib"
  std::string value; // a digest or a literal
};

struct CacheKey {
  std::string key; // 64 hex digits
  std::vector<KeyInput> inputs;
  std::string short_key() const { return key.substr(0, 8); }
};

struct KeyContext {
  std::map<std::string, std::string> toolchain_keys;    // arch -> sysroot key
  std::map<std::string, std::string> toolchain_sources; // arch -> where the key came from
  std::string instrumenter_identity;                    // empty when no instrumenter is available
  std::string wasm_optimizer_identity; // Binaryen's wasm-opt; empty when it is not installed
  std::string toolchain_files; // digest of the wrappers, CMake files, config.site (toolchain/)
  int abi_version = 0;
  int64_t source_date_epoch = 0; // SOURCE_DATE_EPOCH as the builds and archives see it
};

// Version of the way the driver turns a recipe into an output; bump when that changes.
// 3: programs lose their .debug_* sections; 4: Binaryen's optimizer runs in post-link (before,
// clang ran it at link time); 5: WPK_SCRATCH in the environment, which the compiler wrappers map
// to /wpk/build (libraries' DWARF and __FILE__ named the scratch folder, pid included), and a
// recipe file's execute bit is a key input.
inline constexpr int kBuildProtocolVersion = 5;

// `recipe_memo` (optional) carries the recipe-derived inputs between the arches of one recipe.
CacheKey compute_node_key(const GraphNode& node, const KeyContext& context,
                          const std::vector<std::pair<std::string, std::string>>& dependency_keys,
                          std::vector<KeyInput>* recipe_memo = nullptr);

// Keys of every node, in graph order.
std::vector<CacheKey> compute_graph_keys(const PackageGraph& graph, const KeyContext& context);

// The inputs whose values differ between `before` and `after` (added, removed, changed).
std::vector<std::string> changed_inputs(const std::vector<KeyInput>& before,
                                        const std::vector<KeyInput>& after);

} // namespace wpk
