// wasm-code.mjs — reads and writes function bodies, for the rewrites the runtime makes when it
// loads a program (module-rewrite.mjs).
//
// The decoder walks a body instruction by instruction: it knows each instruction's immediates,
// not what the instruction does. It knows the MVP, sign extension, saturating truncation, bulk
// memory, reference types, multi-value, tail calls, legacy exception handling, SIMD and threads,
// which is everything clang 16 emits; on anything else it throws UnknownInstruction, and the
// caller leaves the module as it was.
import { WasmInfoError, readLeb } from './wasm-info.mjs';

export class UnknownInstruction extends Error {}

// Where the next instruction starts after the one at `at` (prefixed ones, 0xfc, 0xfd and 0xfe,
// included).
export function instructionEnd(body, at) {
  const op = body[at];
  if (op === 0xfc || op === 0xfd || op === 0xfe) {
    const [sub, p] = readLeb(body, at + 1);
    return op === 0xfc ? skipPrefixedFc(body, p, sub) : op === 0xfd ? skipSimd(body, p, sub) : skipAtomic(body, p, sub);
  }
  return skipImmediates(body, at + 1, op);
}

export function skipLocals(body) {
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

// An instruction's immediates, for every opcode but the prefixed ones.
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
  if (sub === 10) return skipLeb(body, skipLeb(body, p)); // memory.copy dest src
  if (sub === 11) return skipLeb(body, p); // memory.fill memory
  if (sub === 12 || sub === 14) return skipLeb(body, skipLeb(body, p)); // table.init, table.copy
  if (sub >= 15 && sub <= 17) return skipLeb(body, p); // table.grow, table.size, table.fill
  throw new UnknownInstruction(`opcode 0xfc ${sub}`);
}

function skipSimd(body, p, sub) {
  if (sub <= 11 || sub === 92 || sub === 93) return skipMemarg(body, p); // loads, stores
  if (sub === 12 || sub === 13) return p + 16; // v128.const, i8x16.shuffle
  if (sub >= 21 && sub <= 34) return p + 1; // extract_lane, replace_lane
  if (sub >= 84 && sub <= 91) return skipMemarg(body, p) + 1; // load_lane, store_lane
  if (sub <= 0x113) return p; // every other SIMD instruction has no immediate
  throw new UnknownInstruction(`opcode 0xfd ${sub}`);
}

function skipAtomic(body, p, sub) {
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

export function skipLeb(bytes, p) {
  while (p < bytes.length && bytes[p] & 0x80) p++;
  if (p >= bytes.length) throw new WasmInfoError('truncated code');
  return p + 1;
}
const skipSignedLeb = skipLeb;

// An unsigned LEB128, as few bytes as it takes.
export function leb(n) {
  const out = [];
  do {
    let b = n % 128;
    n = Math.floor(n / 128);
    if (n > 0) b |= 0x80;
    out.push(b);
  } while (n > 0);
  return Uint8Array.from(out);
}

// A signed LEB128 (the immediate of i32.const and i64.const), as few bytes as it takes; `n` a
// Number or a BigInt.
export function signedLeb(n) {
  let rest = BigInt(n);
  const out = [];
  for (;;) {
    const b = Number(rest & 0x7fn);
    rest >>= 7n;
    if ((rest === 0n && !(b & 0x40)) || (rest === -1n && b & 0x40)) {
      out.push(b);
      return Uint8Array.from(out);
    }
    out.push(b | 0x80);
  }
}

// A section: its id, the size of its body, the body.
export function section(id, parts) {
  const body = Buffer.concat(parts);
  return Buffer.concat([Uint8Array.of(id), leb(body.length), body]);
}
