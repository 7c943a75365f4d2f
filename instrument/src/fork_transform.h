// fork_transform.h — the per-function fork instrumentation transform.
//
// What it does to a function with fork-path calls (calls whose callee can reach a seed import):
//
// * Sites. Every fork-path call is a site, numbered 0..n-1 in evaluation order (post-order).
//   Tail calls to fork-path functions were already turned into call + return.
// * Unwind. After each site the code checks the protocol state; when not normal it calls
//   wpk_fork_reserve(S, site) and, if the frame fits, stores the values live across that site
//   at `frame + slot`, then returns zeros. The call's result flows through a `br_if` to the
//   continuation, so no local is needed to hold it.
// * Frame. One fixed size S per function: resume index at +0, then one slot per local that
//   is saved at any site (live locals from liveness analysis, spill locals of carryovers,
//   locals read by rematerialized carryovers). A site stores only its own saved set.
// * Rewind. At function entry, when rewinding: pop the frame (cursor -= S), reload every slotted
//   local. Then control goes straight to the site, never executing code before it:
//   - blocks: nested label blocks with a `br_table` on the resume index (read from the frame
//     header at `cursor`, never cached in a local) jump over the statements before the one
//     holding the site; with more than kMaxLandingsPerLevel such statements they are grouped
//     into chunk blocks first (bucketed dispatch), so nesting grows with log(sites);
//   - `if`: the condition is replaced while rewinding by the arm that holds the site;
//   - `loop`, `try` body: entered as usual, the inner dispatch continues;
//   - operands evaluated before the site whose value is used after it (carryovers): pure
//     scalar ones (constants, local.get, non-trapping integer ops) are recomputed in place
//     (their locals are restored), the others are saved in a spill local and re-read from it;
//     operands consumed only by the site call itself get a zero on rewind (the callee restores
//     its own frame), except a call_indirect target, which must select the same function.
//   A guard on an operand tests `rewinding && index > last site inside the operand`, so an
//   operand that itself holds the target site is evaluated (and rewinds inside).
// * Legacy EH: sites in a `try` body are supported; a site in a catch body is rejected with an
//   InstrumentError naming the function.
//
// Invariants: the rewind path reads the frame only before the site call (the callee pops the
// frame below it); the spill locals of one expression are distinct from those of expressions
// nested in its later operands (stack allocation per type), and they are reused otherwise.
#pragma once

#include "fork_runtime_support.h"
#include "fork_selection.h"
#include "wasm.h"

#include <cstdint>
#include <string>

namespace wpk::instrument {

constexpr size_t kMaxLandingsPerLevel = 8;

struct FunctionTransformReport {
  uint32_t sites = 0;
  uint32_t savedLocals = 0; // locals with a frame slot
  uint32_t frameBytes = 0;
  uint32_t rematerialized = 0;
  uint32_t spilled = 0;
  uint32_t addedLocals = 0;
};

// Instruments one function. Throws InstrumentError for unsupported code.
FunctionTransformReport instrumentFunction(wasm::Module& module, wasm::Function* func,
                                           const ForkRuntime& runtime,
                                           const ForkSelection& selection);

} // namespace wpk::instrument
