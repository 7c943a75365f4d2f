// fork_frame_helpers.h — frame layout and the shared out-of-line code that writes and reads
// frames (instrument/PROTOCOL.md, "The buffer").
//
// Layout. A frame's layout depends only on the types of its slots. Slots are put in canonical
// order (bigger types first; i64 before f64, i32 before f32; ties keep the caller's order); the
// first 4-byte slot fills the bytes 4..7 after the resume index, the others follow from offset 8
// in canonical order (so 8- and 16-byte slots are 8-byte aligned and nothing is padded except
// those 4 bytes when no 4-byte slot exists). The size is rounded up to a multiple of 8.
//
// Shared code, so that an instrumented function spends about 2 bytes per slot instead of a
// load/store with its address and offset:
// * wpk_fork_save_<n>(site: i32, v0: T0, ...) — one per distinct frame shape: reserves the
//   frame (wpk_fork_reserve: resume index at +0, overflow accounting) and, when it fits, stores
//   each value at its slot. A function's unwind tail is a single call of it.
// * wpk_fork_pop(size: iptr) — rewind entry: the argument is the frame size (a multiple of 8)
//   plus 4 when the frame's first slot is at +8 (no 4-byte slot); cursor -= size, resume
//   index = u32 at the cursor, read position (the `frame` global, unused while rewinding) =
//   cursor + 4 (+ 4). Slots are contiguous from there in offset order.
// * wpk_fork_next_<type>() -> type — reads the slot at the read position and advances past it;
//   a function reloads its slots in offset order (FrameLayout::readOrder).
// All helpers are created on first use, in a deterministic order; `added()` lists them.
#pragma once

#include "fork_runtime_support.h"
#include "wasm.h"

#include <cstdint>
#include <map>
#include <vector>

namespace wpk::instrument {

struct FrameLayout {
  std::vector<uint32_t> offsets; // per slot, in the canonical order given to layoutFrame
  std::vector<size_t> readOrder; // slot positions by increasing offset
  uint32_t bytes = 8;
};

// Rank used for the canonical slot order (smaller first).
int canonicalSlotRank(wasm::Type type);
// Layout of slots already in canonical order.
FrameLayout layoutFrame(const std::vector<wasm::Type>& canonicalTypes);

class FrameHelpers {
public:
  FrameHelpers(wasm::Module& module, const ForkRuntime& runtime);

  // (site: i32, values in canonical order) -> ()
  wasm::Name save(const std::vector<wasm::Type>& canonicalTypes);
  // (size: iptr) -> ()
  wasm::Name pop();
  // () -> type
  wasm::Name next(wasm::Type type);

  // Helpers added so far, in creation order.
  const std::vector<wasm::Name>& added() const { return added_; }

private:
  wasm::Name addHelper(const std::string& base, wasm::Signature signature,
                       std::vector<wasm::Type> vars, wasm::Expression* body);

  wasm::Module& module_;
  const ForkRuntime& runtime_;
  std::map<std::vector<uintptr_t>, wasm::Name> saves_; // by type ids
  std::map<uintptr_t, wasm::Name> nexts_;
  wasm::Name pop_;
  std::vector<wasm::Name> added_;
};

} // namespace wpk::instrument
