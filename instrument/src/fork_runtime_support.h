// fork_runtime_support.h — the module side of the fork protocol (instrument/PROTOCOL.md).
//
// Adds the protocol state (internal globals), the exports wpk_fork_unwind_begin/_end,
// wpk_fork_rewind_begin/_end and wpk_fork_state, and the internal helper wpk_fork_reserve that
// instrumented functions call to push a frame. Invariants kept by the generated code:
// - while unwinding (state 1) cursor <= limit, and nothing is written at or after limit;
// - an overflow switches to state 3, after which nothing is written but cursor keeps counting;
// - rewinding == (state == 2), normal == (state == 0);
// - the resume index is -1 unless rewinding (generated dispatch code relies on it);
// - the globals record at the area start holds the end of the frames and every saved global.
#pragma once

#include "wasm.h"

#include <vector>

namespace wpk::instrument {

struct ForkRuntime {
  wasm::Name state;       // i32 global: 0 normal, 1 unwinding, 2 rewinding, 3 overflowed
  wasm::Name rewinding;   // i32 global: 1 exactly when state is 2 (cheaper to test)
  wasm::Name normal;      // i32 global: 1 exactly when state is 0
  wasm::Name resumeIndex; // i32 global: resume index of the frame popped last while rewinding,
                          // -1 at all other times (initially and after wpk_fork_rewind_end)
  wasm::Name cursor;      // iptr global: next byte to write (unwind) / frame of current fn (rewind)
  wasm::Name frame;       // iptr global: next slot to write (unwind) or read (rewind)
  wasm::Name reserve;     // (index: i32, size: iptr) -> i32: 1 when the frame may be written;
                          // size = frame bytes + 4 when the first slot is at +8 (frame helpers)
  wasm::Type ptrType;     // i32 or i64, from memory 0
  std::vector<wasm::Name> savedGlobals;
};

// Rejects modules that cannot be instrumented (no memory, already instrumented, reference-typed
// mutable globals) with InstrumentError. Call before adding the runtime.
void checkInstrumentable(wasm::Module& module);

// Adds the runtime globals, helper and exports to the module.
ForkRuntime addForkRuntime(wasm::Module& module);

} // namespace wpk::instrument
