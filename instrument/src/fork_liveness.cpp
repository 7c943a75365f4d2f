// fork_liveness.cpp — see fork_liveness.h.
#include "fork_liveness.h"

#include "cfg/liveness-traversal.h"

namespace wpk::instrument {

using namespace wasm;

namespace {

struct SiteLivenessWalker : public LivenessWalker<SiteLivenessWalker, Visitor<SiteLivenessWalker>> {
  const std::unordered_map<Expression*, Index>* sites = nullptr;

  void noteSite(Expression* curr) {
    if (currBasicBlock && sites->count(curr)) {
      currBasicBlock->contents.actions.emplace_back(getCurrentPointer());
    }
  }
  void visitCall(Call* curr) { noteSite(curr); }
  void visitCallIndirect(CallIndirect* curr) { noteSite(curr); }
};

} // namespace

std::vector<std::set<Index>>
liveLocalsAfterSites(Module& module, Function* func,
                     const std::unordered_map<Expression*, Index>& sites) {
  std::vector<std::set<Index>> result(sites.size());
  SiteLivenessWalker walker;
  walker.sites = &sites;
  walker.walkFunctionInModule(func, &module);
  for (auto& block : walker.basicBlocks) {
    if (!walker.liveBlocks.count(block.get())) {
      continue;
    }
    std::set<Index> live(block->contents.end.begin(), block->contents.end.end());
    auto& actions = block->contents.actions;
    for (auto it = actions.rbegin(); it != actions.rend(); ++it) {
      if (it->isGet()) {
        live.insert(it->index);
      } else if (it->isSet()) {
        live.erase(it->index);
      } else if (it->origin) {
        auto site = sites.find(*it->origin);
        if (site != sites.end()) {
          result[site->second] = live;
        }
      }
    }
  }
  return result;
}

} // namespace wpk::instrument
