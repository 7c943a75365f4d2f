// fork_liveness.h — which locals are live right after each fork-path call of a function.
//
// A local is live after a call when some path from the point right after the call (including
// exceptional paths into catch bodies) reads it before writing it. Only those locals need to be
// saved in the frame at that call. Built on Binaryen's CFG liveness walker, with the calls
// recorded as extra actions in their basic blocks.
#pragma once

#include "wasm.h"

#include <set>
#include <unordered_map>
#include <vector>

namespace wpk::instrument {

// sites: call expression -> site index (0..n-1). Returns, for each site index, the live locals.
// Sites in unreachable code get an empty set.
std::vector<std::set<wasm::Index>>
liveLocalsAfterSites(wasm::Module& module, wasm::Function* func,
                     const std::unordered_map<wasm::Expression*, wasm::Index>& sites);

} // namespace wpk::instrument
