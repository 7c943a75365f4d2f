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
// * wpk_fork_save_<n>(site: i32, v0: T0, ...) — one per frame shape shared by functions enough
//   to pay for it: reserves the frame (wpk_fork_reserve: resume index at +0, overflow
//   accounting) and, when it fits, writes each value to its slot. A function's unwind tail is
//   a single call of it. A shape used too rarely gets the same code inline instead
//   (`if (call $wpk_fork_reserve (site) (S)) (call $wpk_fork_put_<type> (local.get $x)) ..`): a
//   helper with one caller would only add a call, and Binaryen's -O2 inlines single-caller
//   functions anyway. The size argument of wpk_fork_reserve carries +4 when the first slot is
//   at +8; it leaves the write position (the `frame` global) at the first slot.
// * wpk_fork_put_<type>(value) — writes the slot at the write position and advances past it.
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
#include <string>
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

  // The unwind tail of `func`: saves a frame of the given shape; `operands` are the site index
  // then the values in canonical order. The call may become inline code in finish().
  wasm::Call* saveCall(wasm::Function* func, const std::vector<wasm::Type>& canonicalTypes,
                       const std::vector<wasm::Expression*>& operands);
  // (size: iptr) -> ()
  wasm::Name pop();
  // () -> type
  wasm::Name next(wasm::Type type);
  // (value: type) -> (): writes the next slot of the frame being saved
  wasm::Name put(wasm::Type type);

  // After every function is instrumented: creates the shared save helpers and inlines the save
  // code of the other shapes.
  void finish();

  // Helpers added so far, in creation order.
  const std::vector<wasm::Name>& added() const { return added_; }

private:
  struct Shape {
    std::vector<wasm::Type> types;
    wasm::Name name;
    std::vector<std::pair<wasm::Function*, wasm::Call*>> calls;
  };
  // `if (call $wpk_fork_reserve (site) (S)) (stores)` with operands = site then values.
  wasm::Expression* saveBody(const std::vector<wasm::Type>& types,
                             const std::vector<wasm::Expression*>& operands);
  wasm::Name addHelper(const std::string& base, wasm::Signature signature,
                       std::vector<wasm::Type> vars, wasm::Expression* body);

  wasm::Module& module_;
  const ForkRuntime& runtime_;
  std::map<std::vector<uintptr_t>, size_t> shapeIndex_; // type ids -> shapes_ index
  std::vector<Shape> shapes_;                           // in order of first use
  std::map<uintptr_t, wasm::Name> nexts_;
  std::map<uintptr_t, wasm::Name> puts_;
  wasm::Name pop_;
  std::vector<wasm::Name> added_;
};

} // namespace wpk::instrument
