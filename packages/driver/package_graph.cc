#include "package_graph.h"

#include "error.h"

#include <algorithm>
#include <functional>
#include <map>
#include <set>

namespace wpk {

namespace {

std::string path_text(const std::vector<std::string>& path) {
  std::string text;
  for (const auto& step : path)
    text += (text.empty() ? "" : " -> ") + step;
  return text;
}

} // namespace

PackageGraph PackageGraph::build(const Registry& registry, const std::vector<NodeRequest>& roots) {
  // Depth-first walk from each root; `stack` is the current path (for cycle and error messages).
  std::map<std::pair<std::string, std::string>, int> state; // 1 = on stack, 2 = done
  std::vector<std::pair<std::string, std::string>> order;   // post-order = dependencies first
  std::vector<std::string> stack;

  std::function<void(const Recipe&, const std::string&)> visit = [&](const Recipe& recipe,
                                                                     const std::string& arch) {
    auto id = std::make_pair(recipe.name, arch);
    if (state[id] == 2)
      return;
    stack.push_back(recipe.name);
    state[id] = 1; // on the stack: a dependency naming it closes a cycle (checked below)
    std::vector<const Dependency*> deps;
    for (const auto& dep : recipe.depends)
      deps.push_back(&dep);
    std::sort(deps.begin(), deps.end(),
              [](const Dependency* a, const Dependency* b) { return a->name < b->name; });
    for (const Dependency* dep : deps) {
      const Recipe* target = registry.find(dep->name);
      std::vector<std::string> path = stack;
      path.push_back(dep->name);
      if (!target)
        throw Error(dep->where.str() + ": missing package '" + dep->name +
                    "' (path: " + path_text(path) + ")");
      if (target->version != dep->version)
        throw Error(dep->where.str() + ": version mismatch: " + recipe.name + " needs " +
                    dep->name + "=" + dep->version + " but the registry has " + dep->name + " " +
                    target->version + " (path: " + path_text(path) + ")");
      if (!target->supports(arch))
        throw Error(dep->where.str() + ": " + arch + " node " + recipe.name + " depends on " +
                    dep->name + ", which has no " + arch + " build (path: " + path_text(path) +
                    ")");
      if (state[std::make_pair(dep->name, arch)] == 1) {
        auto first = std::find(path.begin(), path.end(), dep->name);
        throw Error(dep->where.str() + ": dependency cycle (" + arch +
                    "): " + path_text(std::vector<std::string>(first, path.end())));
      }
      visit(*target, arch);
    }
    state[id] = 2;
    order.push_back(id);
    stack.pop_back();
  };

  std::vector<NodeRequest> sorted_roots = roots;
  std::sort(sorted_roots.begin(), sorted_roots.end(), [](const auto& a, const auto& b) {
    return std::tie(a.package, a.arch) < std::tie(b.package, b.arch);
  });
  std::set<std::string> arches;
  for (const auto& root : sorted_roots) {
    const Recipe* recipe = registry.find(root.package);
    if (!recipe)
      throw Error("unknown package '" + root.package + "' (no recipe in the registry)");
    if (!recipe->supports(root.arch))
      throw Error("package '" + root.package + "' has no " + root.arch +
                  " build (its arches: " + path_text(recipe->arches) + ")");
    visit(*recipe, root.arch);
    arches.insert(root.arch);
  }

  // Topological order with deterministic ties: Kahn's algorithm picking the smallest
  // (package, arch) among the ready nodes; the toolchain nodes come first.
  PackageGraph graph;
  std::map<std::pair<std::string, std::string>, size_t> index;
  for (const auto& arch : arches) {
    index[{kToolchainNode, arch}] = graph.nodes_.size();
    graph.nodes_.push_back(GraphNode{kToolchainNode, arch, nullptr, {}});
  }
  std::map<std::pair<std::string, std::string>, size_t> pending; // unresolved dependency count
  for (const auto& id : order)
    pending[id] = registry.find(id.first)->depends.size();
  std::set<std::pair<std::string, std::string>> ready;
  for (const auto& [id, count] : pending)
    if (count == 0)
      ready.insert(id);
  std::map<std::pair<std::string, std::string>, std::vector<std::pair<std::string, std::string>>>
      dependents;
  for (const auto& id : order)
    for (const auto& dep : registry.find(id.first)->depends)
      dependents[{dep.name, id.second}].push_back(id);
  while (!ready.empty()) {
    auto id = *ready.begin();
    ready.erase(ready.begin());
    const Recipe* recipe = registry.find(id.first);
    GraphNode node{id.first, id.second, recipe, {index.at({kToolchainNode, id.second})}};
    std::vector<size_t> deps;
    for (const auto& dep : recipe->depends)
      deps.push_back(index.at({dep.name, id.second}));
    std::sort(deps.begin(), deps.end());
    node.dependencies.insert(node.dependencies.end(), deps.begin(), deps.end());
    index[id] = graph.nodes_.size();
    graph.nodes_.push_back(std::move(node));
    for (const auto& dependent : dependents[id])
      if (--pending[dependent] == 0)
        ready.insert(dependent);
  }
  return graph;
}

size_t PackageGraph::find(const std::string& package, const std::string& arch) const {
  for (size_t i = 0; i < nodes_.size(); ++i)
    if (nodes_[i].package == package && nodes_[i].arch == arch)
      return i;
  return npos;
}

std::vector<size_t> PackageGraph::dependents_closure(size_t index) const {
  std::vector<bool> affected(nodes_.size(), false);
  affected[index] = true;
  std::vector<size_t> result;
  for (size_t i = index + 1; i < nodes_.size(); ++i)
    for (size_t dep : nodes_[i].dependencies)
      if (affected[dep]) {
        affected[i] = true;
        result.push_back(i);
        break;
      }
  return result;
}

std::vector<size_t> PackageGraph::dependency_closure(size_t index) const {
  std::vector<bool> needed(nodes_.size(), false);
  for (size_t dep : nodes_[index].dependencies)
    needed[dep] = true;
  for (size_t i = index; i-- > 0;)
    if (needed[i])
      for (size_t dep : nodes_[i].dependencies)
        needed[dep] = true;
  std::vector<size_t> result;
  for (size_t i = 0; i < index; ++i)
    if (needed[i] && !nodes_[i].is_toolchain())
      result.push_back(i);
  return result;
}

} // namespace wpk
