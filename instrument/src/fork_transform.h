// fork_transform.h — the per-function fork instrumentation transform.
//
// What it does to a function with fork-path calls (calls whose callee can reach a seed import):
//
// * Sites. Every fork-path call is a site, numbered 0..n-1 in evaluation order (post-order).
//   Tail calls to fork-path functions were already turned into call + return.
// * Unwind. After each site the code tests the protocol state; when it is not normal it
//   branches, with the site number as the branch value, to the function's single unwind tail:
//     (call $wpk_fork_save_<shape> (block $unwind (result i32) (return BODY)) (local.get ..)..)
//   the shared save helper of the frame's shape (fork_frame_helpers.h) pushes a frame of S
//   bytes holding the site number (or records an overflow) and, when it fits, stores every
//   slotted local; the function then returns zeros. The call's result flows through a `br_if` to
//   the continuation (or, for `local.set $x (call)` / `drop (call)`, the test follows the
//   statement), so no local holds it.
// * Frame. One fixed size S per function: resume index at +0, then one slot per local (layout:
//   layoutFrame, by slot types only) that is saved at any site (live locals from liveness analysis,
//   spill locals of carryovers, locals read by rematerialized carryovers). Every site stores all
//   slots: a local dead at that site stores a value nobody reads, which keeps one shared tail
//   instead of per-site store code.
// * Rewind. At function entry, when rewinding (a flag global): `call $wpk_fork_pop (S)` pops the
//   frame and loads the resume index into a global, then `local.set $x (call $wpk_fork_next_T)`
//   reloads every slotted local in offset order. Then control goes straight to
//   the site, never executing code before it:
//   - blocks: nested label blocks and a dispatch on the resume index (a `br_table`, or a chain
//     of `index >=s first site` tests when smaller; a first landing that is the first item is
//     reached by falling through) jump over the statements before the one holding the site; the
//     resume index is -1 whenever the module is not rewinding, so the dispatch needs no
//     `if (rewinding)` around it (the tests fail, the br_table takes its default: normal path);
//     with more than kMaxLandingsPerLevel such statements they are first grouped into chunk
//     blocks (bucketed dispatch), so nesting grows with log(sites);
//   - `if`: while rewinding the condition selects the arm that holds the site (a condition that
//     is pure, or loads only through slotted locals that the arm does not write, is evaluated
//     and overridden with `select`; any other one is guarded);
//   - `loop`, `try` body: entered as usual, the inner dispatch continues;
//   - operands evaluated before the site whose value is used after it (carryovers): pure
//     scalar ones (constants, local.get, non-trapping integer ops) are recomputed in place
//     (their locals are restored), the others are saved in a spill local and re-read from it;
//     operands consumed only by the site call itself get a zero on rewind (the callee restores
//     its own frame) unless evaluating them again has no effect (pure scalars, global.get,
//     constant-address loads, loads through slotted locals not written before the call), except
//     a call_indirect target, which must select the same function.
//   A guard on an operand tests `index >s last site inside the operand`, so an operand that
//   itself holds the target site is evaluated (and rewinds inside).
// * Unwind checks: `drop (br_if $unwind (site) (state))` after a statement site (spliced into
//   the enclosing block), `br_if $resume (call) (normal)` + `br $unwind (site)` for a value.
// * Legacy EH: sites in a `try` body are supported. A call that can reach fork inside a catch
//   body is not a site (a rewind cannot re-enter a handler): it is followed by a check of the
//   protocol state that traps (`unreachable`) when a fork really unwinds through it, so such a
//   fork fails loudly at run time instead of the whole module being refused. Indirect calls are
//   matched by type, which in C++ puts std::terminate, the demangler and stdio in catch bodies on
//   fork paths of programs that never fork from a handler.
//
// Invariants: the rewind path reads the frame and the resume index only before the site call
// (the callee pops its frame below ours and overwrites the index global); the spill locals of
// one expression are distinct from those of expressions nested in its later operands (stack
// allocation per type), and they are reused otherwise; no local is added for frame pointers,
// call indices or call results (only spill locals, and a local per multivalue site result).
#pragma once

#include "fork_frame_helpers.h"
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
                                           const ForkSelection& selection, FrameHelpers& helpers);

} // namespace wpk::instrument
