// package_graph.h — the DAG over package x arch that everything is built along.
//
// Nodes are (package, arch) pairs plus one toolchain (sysroot) node per arch, which every package
// node of that arch depends on. PackageGraph::build() starts from the requested roots and follows
// `depends`; a missing package, a version mismatch, a dependency without a build for the node's
// arch and a cycle are errors that name the dependency path. Nodes are stored in topological
// order (dependencies first), ties broken by name then arch, so iteration is deterministic.
#pragma once

#include "registry.h"

#include <string>
#include <utility>
#include <vector>

namespace wpk {

inline const std::string kToolchainNode = "toolchain";

struct GraphNode {
  std::string package; // kToolchainNode for the sysroot node
  std::string arch;
  const Recipe* recipe = nullptr;   // null for the toolchain node
  std::vector<size_t> dependencies; // direct, including the toolchain node
  bool is_toolchain() const { return recipe == nullptr; }
  std::string label() const { return package + " (" + arch + ")"; }
};

struct NodeRequest {
  std::string package;
  std::string arch;
};

class PackageGraph {
public:
  static PackageGraph build(const Registry& registry, const std::vector<NodeRequest>& roots);

  const std::vector<GraphNode>& nodes() const { return nodes_; }
  const GraphNode& node(size_t index) const { return nodes_[index]; }
  // Index of (package, arch), or npos.
  size_t find(const std::string& package, const std::string& arch) const;
  // Every node that (transitively) depends on `index`.
  std::vector<size_t> dependents_closure(size_t index) const;
  // Every node `index` (transitively) depends on, in topological order, without toolchain nodes.
  std::vector<size_t> dependency_closure(size_t index) const;
  static constexpr size_t npos = static_cast<size_t>(-1);

private:
  std::vector<GraphNode> nodes_;
};

} // namespace wpk
