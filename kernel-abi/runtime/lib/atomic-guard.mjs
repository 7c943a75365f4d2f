// atomic-guard.mjs — rewrites a program's atomic memory instructions so that they see memory
// another thread has just grown.
//
// Why. The same lag as in bulk-memory-guard.mjs: a thread's compiled code keeps the memory size
// it loaded until V8's interrupt tells it of another thread's grow, and V8 checks atomic
// accesses (loads, stores, read-modify-writes, compare-exchanges, wait and notify) against that
// size, where plain loads and stores rely on guard regions. A thread that takes a lock or a
// counter in a block another thread has just grown memory for traps with "memory access out of
// bounds". Measured: a worker spinning in wasm until the main thread handed it an address in
// pages it had just grown, then i32.atomic.rmw.add there, trapped in 9 of 10 runs (the same with
// a plain store: 0 of 10); `sort --parallel=4` in coreutils' tests trapped once in a world run.
// memory.grow(0) in the thread brings its size up to date at once.
//
// The transform. Every atomic instruction on memory 0 (0xfe, every sub-opcode but
// atomic.fence) becomes a call to a function appended for its opcode and memarg:
//   f(address, operands...): if address + offset + access size > memory.size * 64 KiB
//                            then memory.grow(0); the instruction, with the same memarg
// The operands are on the stack in the call's order and the function returns what the
// instruction returns, so the call takes its place as it is. The sum is computed in 64 bits (no
// wrap on wasm32). A misaligned or really out-of-range access traps as before, in the function.
//
// Invariants. A transform of module-rewrite.mjs (function indices unchanged, untouched bodies
// copied). One function (and one type per signature) per distinct instruction and memarg, made
// when the pass first meets it, so this transform reserves while it edits: module-rewrite.mjs
// appends functions in the order of their indices, whoever reserved them. Only a module that
// imports a shared memory is rewritten; memory indices other than 0 (multi-memory: the signal
// poll's own load) are left alone.
import { readLeb } from './wasm-info.mjs';
import { refreshSizeWhenPast } from './bulk-memory-guard.mjs';
import { leb, signedLeb } from './wasm-code.mjs';

const I32 = 0x7f;
const I64 = 0x7e;
// The seven variants of the load, store, read-modify-write and compare-exchange groups: access
// size and value type.
const VARIANT_SIZE = [4, 8, 1, 2, 1, 2, 4];
const VARIANT_TYPE = [I32, I64, I32, I32, I64, I64, I64];

// The transform, for module-rewrite.mjs.
export function atomicGuard({ memory64, sharedMemory }) {
  const address = memory64 ? I64 : I32;
  let module = null;
  const helpers = new Map(); // instruction bytes (hex) -> function index
  const types = new Map(); // signature bytes (hex) -> type index
  const added = { types: [], functions: [] };

  const typeIndex = (params, results) => {
    const bytes = Uint8Array.from([0x60, params.length, ...params, results.length, ...results]);
    const key = Buffer.from(bytes).toString('hex');
    if (!types.has(key)) {
      types.set(key, module.reserveTypes(1));
      added.types.push({ index: types.get(key), bytes });
    }
    return types.get(key);
  };

  return {
    name: 'atomic-guard',
    begin(m) {
      module = m;
      return sharedMemory;
    },
    wantsBody(bytes, from, to) {
      for (let i = from; i < to; i++) if (bytes[i] === 0xfe) return true;
      return false;
    },
    edit(body, at, end) {
      if (body[at] !== 0xfe) return null;
      const [sub, p] = readLeb(body, at + 1);
      const shape = signature(sub, address);
      if (!shape) return null; // atomic.fence
      const [align, offsetAt] = readLeb(body, p);
      if (align & 0x40) return null; // another memory
      const [offset] = readLeb(body, offsetAt);
      const instruction = body.subarray(at, end);
      const key = Buffer.from(instruction).toString('hex');
      if (!helpers.has(key)) {
        const index = module.reserveFunctions(1);
        helpers.set(key, index);
        const type = typeIndex(shape.params, shape.results);
        added.functions.push({ index, type, body: guardedBody(memory64, shape, offset, instruction) });
      }
      return Buffer.concat([Uint8Array.of(0x10), leb(helpers.get(key))]);
    },
    finish() {
      return { types: added.types, functions: added.functions };
    },
  };
}

// Operands (the address first) and results of an atomic instruction, and its access size; null
// for atomic.fence and anything unknown.
function signature(sub, address) {
  if (sub === 0x00) return { params: [address, I32], results: [I32], size: 4 }; // notify
  if (sub === 0x01) return { params: [address, I32, I64], results: [I32], size: 4 }; // wait32
  if (sub === 0x02) return { params: [address, I64, I64], results: [I32], size: 8 }; // wait64
  if (sub < 0x10 || sub > 0x4e) return null;
  const variant = (sub - 0x10) % 7;
  const value = VARIANT_TYPE[variant];
  const size = VARIANT_SIZE[variant];
  if (sub <= 0x16) return { params: [address], results: [value], size }; // loads
  if (sub <= 0x1d) return { params: [address, value], results: [], size }; // stores
  if (sub <= 0x47) return { params: [address, value], results: [value], size }; // read-modify-writes
  return { params: [address, value, value], results: [value], size }; // compare-exchanges
}

// The appended function: bring this thread's memory size up to date when the access reaches
// past it, then do the instruction. Local 0 is the address, the others its operands.
function guardedBody(memory64, shape, offset, instruction) {
  const toU64 = memory64 ? [] : [0xad]; // i64.extend_i32_u
  const operands = shape.params.flatMap((_, i) => [0x20, i]);
  return Uint8Array.from([
    0x00, // no locals
    0x20, 0x00, ...toU64,
    0x42, ...signedLeb(BigInt(offset) + BigInt(shape.size)), 0x7c, // + offset + size (i64.add)
    ...refreshSizeWhenPast(memory64),
    ...operands,
    ...instruction,
    0x0b,
  ]);
}
