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
// Invariants. The functions already there keep their indices (the new ones come after all of
// them), so exports, tables, element segments, the start function, the fork instrumentation's
// tables and the name section stay right. Only the type, function and code sections change; in
// the code section only the bodies that hold one of the two instructions are re-encoded, the
// others are copied byte for byte. A module that does not import a shared memory (one thread, no
// one else grows its memory) or holds neither instruction is returned as it is. So is a module
// whose code uses an instruction this decoder does not know (it would rather run a program
// unguarded than refuse it); the decoder knows the MVP, sign extension, saturating truncation,
// bulk memory, reference types, multi-value, tail calls, legacy exception handling, SIMD and
// threads, which is everything clang 16 emits.
import { WasmInfoError, readLeb, readImports, splitSections } from './wasm-info.mjs';

const COPY = 0x0a; // 0xfc sub-opcodes
const FILL = 0x0b;

// Returns the module's bytes with the transform applied (or the same bytes, see above).
export function guardBulkMemory(bytes, { memory64, sharedMemory }) {
  if (!sharedMemory) return bytes;
  const sections = splitSections(bytes);
  const code = sections.find((s) => s.id === 10);
  const types = sections.find((s) => s.id === 1);
  const functions = sections.find((s) => s.id === 3);
  if (!code || !types || !functions || !mayHoldBulkMemory(bytes, code)) return bytes;
  let rewritten;
  try {
    rewritten = rewriteModule(bytes, sections, { types, functions, code, memory64 });
  } catch (e) {
    if (e instanceof UnknownInstruction) return bytes;
    throw e;
  }
  return rewritten;
}

class UnknownInstruction extends Error {}

// A quick look before any decoding: both instructions start with the bytes 0xfc, COPY or FILL.
function mayHoldBulkMemory(bytes, code) {
  for (let i = code.body; i + 1 < code.end; i++) {
    if (bytes[i] === 0xfc && (bytes[i + 1] === COPY || bytes[i + 1] === FILL)) return true;
  }
  return false;
}

function rewriteModule(bytes, sections, { types, functions, code, memory64 }) {
  const [typeCount, typesAt] = readLeb(bytes, types.body);
  const [functionCount, functionsAt] = readLeb(bytes, functions.body);
  const imports = sections.find((s) => s.id === 2);
  const importedFunctions = imports ? readImports(bytes, imports).filter((i) => i.kind === 0).length : 0;
  const copyIndex = importedFunctions + functionCount;
  const fillIndex = copyIndex + 1;

  const [bodyCount, firstBody] = readLeb(bytes, code.body);
  const bodies = [];
  let changed = false;
  let pos = firstBody;
  for (let i = 0; i < bodyCount; i++) {
    const [size, at] = readLeb(bytes, pos);
    const body = bytes.subarray(at, at + size);
    const rewritten = mayHoldBulkMemory(bytes, { body: at, end: at + size }) ? rewriteBody(body, copyIndex, fillIndex) : null;
    if (rewritten) {
      changed = true;
      bodies.push(leb(rewritten.length), rewritten);
    } else bodies.push(bytes.subarray(pos, at + size));
    pos = at + size;
  }
  if (!changed) return bytes;

  const address = memory64 ? 0x7e : 0x7f; // i64 or i32
  const newTypes = [
    leb(typeCount + 2), bytes.subarray(typesAt, types.end),
    Uint8Array.of(0x60, 3, address, address, address, 0), // copy(dest, src, n)
    Uint8Array.of(0x60, 3, address, 0x7f, address, 0), // fill(dest, value, n)
  ];
  const newFunctions = [leb(functionCount + 2), bytes.subarray(functionsAt, functions.end), leb(typeCount), leb(typeCount + 1)];
  const copyBody = guardedBody(memory64, true);
  const fillBody = guardedBody(memory64, false);
  const newCode = [leb(bodyCount + 2), ...bodies, leb(copyBody.length), copyBody, leb(fillBody.length), fillBody];

  const out = [bytes.subarray(0, 8)];
  for (const s of sections) {
    if (s === types) out.push(section(1, newTypes));
    else if (s === functions) out.push(section(3, newFunctions));
    else if (s === code) out.push(section(10, newCode));
    else out.push(bytes.subarray(s.start, s.end));
  }
  return Buffer.concat(out);
}

// The body (locals and code) with its memory.copy 0 0 and memory.fill 0 replaced by calls, or
// null when it holds neither (the 0xfc bytes were an immediate's).
function rewriteBody(body, copyIndex, fillIndex) {
  const pieces = [];
  let copiedUpTo = 0;
  let p = skipLocals(body);
  while (p < body.length) {
    const at = p;
    const op = body[p++];
    if (op === 0xfc) {
      let sub;
      [sub, p] = readLeb(body, p);
      if (sub === COPY || sub === FILL) {
        const memories = [];
        for (let k = 0; k < (sub === COPY ? 2 : 1); k++) {
          let memory;
          [memory, p] = readLeb(body, p);
          memories.push(memory);
        }
        if (memories.every((m) => m === 0)) {
          pieces.push(body.subarray(copiedUpTo, at), Uint8Array.of(0x10), leb(sub === COPY ? copyIndex : fillIndex));
          copiedUpTo = p;
        }
      } else p = skipPrefixedFc(body, p, sub);
    } else p = skipImmediates(body, p, op);
  }
  if (copiedUpTo === 0) return null;
  pieces.push(body.subarray(copiedUpTo));
  return Buffer.concat(pieces);
}

function skipLocals(body) {
  let [groups, p] = readLeb(body, 0);
  for (let i = 0; i < groups; i++) {
    [, p] = readLeb(body, p); // count
    p = skipValueType(body, p);
  }
  return p;
}

function skipValueType(body, p) {
  const t = body[p];
  // (ref null? ht) of the function-references proposal: a heap type follows
  if (t === 0x63 || t === 0x64) return skipSignedLeb(body, p + 1);
  return p + 1;
}

// An instruction's immediates, for every opcode but the 0xfc ones.
function skipImmediates(body, p, op) {
  if (op === 0x02 || op === 0x03 || op === 0x04 || op === 0x06) return skipBlockType(body, p); // block loop if try
  if (op === 0x0c || op === 0x0d || op === 0x10 || op === 0x12 || op === 0x07 || op === 0x08 || op === 0x09 || op === 0x18) {
    return skipLeb(body, p); // br br_if call return_call catch throw rethrow delegate
  }
  if (op === 0x0e) { // br_table
    let n;
    [n, p] = readLeb(body, p);
    for (let i = 0; i <= n; i++) p = skipLeb(body, p);
    return p;
  }
  if (op === 0x11 || op === 0x13) return skipLeb(body, skipLeb(body, p)); // call_indirect, return_call_indirect
  if (op === 0x1c) { // select with types
    let n;
    [n, p] = readLeb(body, p);
    for (let i = 0; i < n; i++) p = skipValueType(body, p);
    return p;
  }
  if (op >= 0x20 && op <= 0x26) return skipLeb(body, p); // local.*, global.*, table.get/set
  if (op >= 0x28 && op <= 0x3e) return skipMemarg(body, p); // loads and stores
  if (op === 0x3f || op === 0x40) return skipLeb(body, p); // memory.size, memory.grow
  if (op === 0x41 || op === 0x42) return skipSignedLeb(body, p); // i32.const, i64.const
  if (op === 0x43) return p + 4;
  if (op === 0x44) return p + 8;
  if (op === 0xd0) return skipValueType(body, p); // ref.null
  if (op === 0xd2) return skipLeb(body, p); // ref.func
  if (op === 0xfd) return skipSimd(body, p);
  if (op === 0xfe) return skipAtomic(body, p);
  // No immediates: unreachable nop else end return drop select catch_all, the numeric
  // instructions (0x45..0xc4, sign extension included), ref.is_null.
  if (op <= 0x01 || op === 0x05 || op === 0x0b || op === 0x0f || op === 0x19 || op === 0x1a || op === 0x1b) return p;
  if (op >= 0x45 && op <= 0xc4) return p;
  if (op === 0xd1) return p;
  throw new UnknownInstruction(`opcode 0x${op.toString(16)}`);
}

function skipPrefixedFc(body, p, sub) {
  if (sub <= 7) return p; // saturating truncation
  if (sub === 8) return skipLeb(body, skipLeb(body, p)); // memory.init data memory
  if (sub === 9 || sub === 13) return skipLeb(body, p); // data.drop, elem.drop
  if (sub === 12 || sub === 14) return skipLeb(body, skipLeb(body, p)); // table.init, table.copy
  if (sub >= 15 && sub <= 17) return skipLeb(body, p); // table.grow, table.size, table.fill
  throw new UnknownInstruction(`opcode 0xfc ${sub}`);
}

function skipSimd(body, p) {
  let sub;
  [sub, p] = readLeb(body, p);
  if (sub <= 11 || sub === 92 || sub === 93) return skipMemarg(body, p); // loads, stores
  if (sub === 12 || sub === 13) return p + 16; // v128.const, i8x16.shuffle
  if (sub >= 21 && sub <= 34) return p + 1; // extract_lane, replace_lane
  if (sub >= 84 && sub <= 91) return skipMemarg(body, p) + 1; // load_lane, store_lane
  if (sub <= 0x113) return p; // every other SIMD instruction has no immediate
  throw new UnknownInstruction(`opcode 0xfd ${sub}`);
}

function skipAtomic(body, p) {
  let sub;
  [sub, p] = readLeb(body, p);
  if (sub === 0x03) return p + 1; // atomic.fence
  if (sub <= 0x02 || (sub >= 0x10 && sub <= 0x4e)) return skipMemarg(body, p);
  throw new UnknownInstruction(`opcode 0xfe ${sub}`);
}

// align (bit 6: a memory index follows, multi-memory), then the offset.
function skipMemarg(body, p) {
  let align;
  [align, p] = readLeb(body, p);
  if (align & 0x40) p = skipLeb(body, p);
  return skipLeb(body, p);
}

// 0x40 (no result), a value type (one byte), or a type index (a positive signed LEB).
function skipBlockType(body, p) {
  const b = body[p];
  if (b === 0x40 || (b >= 0x6f && b <= 0x7f)) return p + 1;
  return skipSignedLeb(body, p);
}

function skipLeb(bytes, p) {
  while (p < bytes.length && bytes[p] & 0x80) p++;
  if (p >= bytes.length) throw new WasmInfoError('truncated code');
  return p + 1;
}
const skipSignedLeb = skipLeb;

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
    0x3f, 0x00, ...toU64, 0x42, 16, 0x86, // memory.size << 16 (i64.shl)
    0x56, // i64.gt_u
    0x04, 0x40, // if
    ...(memory64 ? [0x42, 0x00] : [0x41, 0x00]), 0x40, 0x00, 0x1a, // drop(memory.grow(0))
    0x0b, // end
    ...get(0), ...get(1), ...get(2),
    ...(copy ? [0xfc, COPY, 0x00, 0x00] : [0xfc, FILL, 0x00]),
    0x0b,
  ];
  return Uint8Array.from(code);
}

function section(id, parts) {
  const body = Buffer.concat(parts);
  return Buffer.concat([Uint8Array.of(id), leb(body.length), body]);
}

function leb(n) {
  const out = [];
  do {
    let b = n % 128;
    n = Math.floor(n / 128);
    if (n > 0) b |= 0x80;
    out.push(b);
  } while (n > 0);
  return Uint8Array.from(out);
}
