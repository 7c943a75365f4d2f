// bulk-memory-guard.mjs — rewrites a program's memory.copy and memory.fill so that they see
// memory another thread has just grown.
//
// Why. Every thread of a process is a wasm instance on the one shared memory, in its own V8
// isolate. When a thread grows the memory, V8 tells the other isolates by an interrupt that each
// takes at its own pace, and compiled code keeps the size it loaded until then. Plain loads and
// stores do not care: V8 checks them against the memory's reservation (guard regions, on wasm32
// and, in Node 24, on wasm64 too). But memory.copy and memory.fill are checked against that
// size, as memory.size reports it. So a thread that gets a block another thread has just grown
// memory for can trap on it with "memory access out of bounds" although the memory is there.
// Measured: a thread spinning in wasm until the block comes, then memset on it, trapped in every
// run, on both arches (kernel-abi/tests/programs/threads_memory_grow.c); zstd and pigz trapped
// now and then under load. memory.grow(0) in the thread brings its size up to date at once.
//
// The transform. Every `memory.copy 0 0` and `memory.fill 0` in a function body becomes a call
// to one of two functions appended to the module:
//   copy(dest, src, n): if max(dest, src) + n > memory.size * 64 KiB then memory.grow(0);
//                       memory.copy(dest, src, n)
//   fill(dest, value, n): the same with dest.
// The operands are already on the stack in the call's order, and neither instruction returns a
// value, so the call takes the instruction's place as it is. The sum is computed in 64 bits on
// wasm32 (no wrap). A range that really lies outside memory traps as before, in the appended
// function.
//
// Invariants. It is a transform of module-rewrite.mjs, which keeps every function's index and
// copies the bodies it does not change byte for byte; this one appends two types and two
// functions, and re-encodes only the bodies that hold one of the two instructions. A module that
// does not import a shared memory (one thread, no one else grows its memory) or holds neither
// instruction is returned as it is.
import { rewriteModule } from './module-rewrite.mjs';
import { leb } from './wasm-code.mjs';

const COPY = 0x0a; // 0xfc sub-opcodes
const FILL = 0x0b;

// Returns the module's bytes with the transform applied (or the same bytes, see above).
export function guardBulkMemory(bytes, options) {
  return rewriteModule(bytes, [bulkMemoryGuard(options)]).bytes;
}

// The transform, for module-rewrite.mjs.
export function bulkMemoryGuard({ memory64, sharedMemory }) {
  let copyIndex;
  let firstType;
  return {
    name: 'bulk-memory-guard',
    begin(module) {
      if (!sharedMemory) return false;
      firstType = module.reserveTypes(2);
      copyIndex = module.reserveFunctions(2);
      return true;
    },
    wantsBody: mayHoldBulkMemory,
    edit(body, at, end) {
      // 0xfc, the sub-opcode and the memory indices, all one byte: both indices 0 is the only
      // form rewritten (what clang emits)
      const sub = body[at + 1];
      if (body[at] !== 0xfc || (sub !== COPY && sub !== FILL)) return null;
      if (end - at !== 2 + (sub === COPY ? 2 : 1) || body[at + 2] !== 0 || body[end - 1] !== 0) return null;
      return Buffer.concat([Uint8Array.of(0x10), leb(sub === COPY ? copyIndex : copyIndex + 1)]);
    },
    finish() {
      const address = memory64 ? 0x7e : 0x7f; // i64 or i32
      return {
        types: [
          { index: firstType, bytes: Uint8Array.of(0x60, 3, address, address, address, 0) }, // copy(dest, src, n)
          { index: firstType + 1, bytes: Uint8Array.of(0x60, 3, address, 0x7f, address, 0) }, // fill(dest, value, n)
        ],
        functions: [
          { index: copyIndex, type: firstType, body: guardedBody(memory64, true) },
          { index: copyIndex + 1, type: firstType + 1, body: guardedBody(memory64, false) },
        ],
      };
    },
  };
}

// A quick look before any decoding: both instructions start with the bytes 0xfc, COPY or FILL.
function mayHoldBulkMemory(bytes, from, to) {
  for (let i = from; i + 1 < to; i++) {
    if (bytes[i] === 0xfc && (bytes[i + 1] === COPY || bytes[i + 1] === FILL)) return true;
  }
  return false;
}

// The check both guards make (atomic-guard.mjs too), on the end of the access as an i64 on the
// stack: if it lies past memory.size * 64 KiB, memory.grow(0) brings this thread's size up to
// date.
export function refreshSizeWhenPast(memory64) {
  const toU64 = memory64 ? [] : [0xad]; // i64.extend_i32_u
  return [
    0x3f, 0x00, ...toU64, 0x42, 16, 0x86, // memory.size << 16 (i64.shl)
    0x56, // i64.gt_u
    0x04, 0x40, // if
    ...(memory64 ? [0x42, 0x00] : [0x41, 0x00]), 0x40, 0x00, 0x1a, // drop(memory.grow(0))
    0x0b, // end
  ];
}

// The appended function: bring this thread's memory size up to date when the range reaches past
// it, then do what the instruction did. Locals 0, 1, 2 are the instruction's operands.
function guardedBody(memory64, copy) {
  const get = (i) => [0x20, i];
  const toU64 = memory64 ? [] : [0xad]; // i64.extend_i32_u
  // the higher start: select(dest, src, dest > src), or dest for a fill
  const higher = copy ? [...get(0), ...get(1), ...get(0), ...get(1), memory64 ? 0x56 : 0x4b, 0x1b] : get(0);
  const code = [
    0x00, // no locals
    ...higher, ...toU64,
    ...get(2), ...toU64, 0x7c, // + n (i64.add)
    ...refreshSizeWhenPast(memory64),
    ...get(0), ...get(1), ...get(2),
    ...(copy ? [0xfc, COPY, 0x00, 0x00] : [0xfc, FILL, 0x00]),
    0x0b,
  ];
  return Uint8Array.from(code);
}
