// fork_selection.h — which functions can be on the stack when a seed import is called.
//
// Seeds are the ABI's fork import (`wpk.fork`) and any `--entry MODULE.NAME` imports. The
// selection is the reverse call-graph closure from the seeds over direct calls and tail calls,
// plus `call_indirect` callers whose table can hold a fork-reaching function of the same
// signature, iterated to a fixed point. Table contents come from active element segments at
// constant offsets; a constant call_indirect index resolves to its exact slot. A table that is
// imported, or changed by table.set/table.grow, is unknown: every function of the module that may
// be stored in a table (referenced by a segment or ref.func, or exported) and has the same
// signature is a candidate.
//
// An exported table stays known: the kernel ABI (kernel-abi/CONTRACT.md) lets the host read the
// exported `__indirect_function_table` (to call signal handlers by index) but never write or grow
// it, so only the module's own segments fill it. Without that promise every exported function
// would be a candidate: `_start` (type () -> nil) reaches fork, so every () -> nil call_indirect
// (atexit handlers in exit(), init and fini arrays) and every caller of exit() would be
// instrumented. SelectionPolicy::hostWritesTables restores that reading for other hosts.
#pragma once

#include "wasm.h"

#include <map>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

namespace wpk::instrument {

struct ImportName {
  std::string module;
  std::string base;
};

enum class SelectionReason { Seed, Direct, Indirect, Forced };

struct SelectionPolicy {
  bool forceAll = false;         // instrument every function and every call
  bool hostWritesTables = false; // exported tables may be changed by the host: unknown contents
};

const char* selectionReasonName(SelectionReason reason);

class ForkSelection {
public:
  // Computes the selection. With policy.forceAll every defined function is instrumented and
  // every call is a fork-path call.
  ForkSelection(wasm::Module& module, const std::vector<ImportName>& seeds, SelectionPolicy policy);

  // Seed imports found in the module (by internal name).
  const std::vector<wasm::Name>& seeds() const { return seeds_; }
  // Defined functions to instrument, in module order, with the reason.
  const std::vector<std::pair<wasm::Name, SelectionReason>>& instrumented() const {
    return instrumented_;
  }
  bool isInstrumented(wasm::Name function) const { return reaching_.count(function) != 0; }
  // Whether a call expression is a fork-path call (its callee can reach a seed).
  bool isForkPathCall(wasm::Expression* call) const;
  bool forceAll() const { return forceAll_; }

private:
  std::vector<wasm::Name> indirectCandidates(wasm::CallIndirect* call) const;
  bool indirectReaches(wasm::CallIndirect* call) const;

  struct TableInfo {
    bool known = true;                    // contents only from active segments
    bool slotsKnown = true;               // every active segment has a constant offset
    std::map<uint64_t, wasm::Name> slots; // slot -> function (constant offsets only)
    std::set<wasm::Name> members;         // functions in any segment of this table
  };

  wasm::Module& module_;
  bool forceAll_;
  std::vector<wasm::Name> seeds_;
  std::set<wasm::Name> reaching_; // seeds + defined functions that reach them
  std::vector<std::pair<wasm::Name, SelectionReason>> instrumented_;
  std::map<wasm::Name, TableInfo> tables_;
  std::set<wasm::Name> storable_; // functions that an unknown table may hold
  // The same sets split by function type (filled once the sets are complete).
  std::unordered_map<wasm::HeapType, std::vector<wasm::Name>> storableByType_;
  std::map<wasm::Name, std::unordered_map<wasm::HeapType, std::vector<wasm::Name>>> membersByType_;
};

} // namespace wpk::instrument
