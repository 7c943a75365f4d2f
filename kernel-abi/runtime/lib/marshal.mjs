// marshal.mjs — turns a raw `wpk.syscall` call into logical arguments and buffer transfers,
// driven entirely by the ABI's description of each syscall (SYSCALLS[name].args, kinds as in
// kernel-abi/abi.yaml).
//
// A process's linear memory lives in its worker and is not shared with the kernel, so every
// syscall crosses as (logical arguments, input buffers) -> (result, output buffers):
//  - decodeArgs joins the two slots of an `off` argument on wasm32 (low word first) and applies
//    each kind's signedness, giving one Number per declared argument;
//  - plan() lists, in argument order, the pointer arguments copied in before the call (`in`:
//    cstring, cstring_array, buffer_in, struct_in, struct_array_in, *_inout) and copied back after
//    it (`out`: buffer_out, struct_out, struct_array_out, int_out, fd_pair_out, *_inout), with their byte sizes
//    (from a length argument and/or the struct's size on this arch).
// ioctl's and fcntl's argument depends on the request, so their plan comes from its struct.
import { SYSCALLS, STRUCTS, anyMaybeConstant, layout } from './abi.mjs';

const SIGNED32 = new Set(['int', 'fd', 'pid']);
const UNSIGNED32 = new Set(['uint', 'mode']);
const SIGNED64 = new Set(['long', 'off']);

function convert(kind, raw, wide) {
  if (wide) {
    const v = BigInt(raw);
    if (SIGNED32.has(kind)) return Number(BigInt.asIntN(32, v));
    if (UNSIGNED32.has(kind)) return Number(BigInt.asUintN(32, v));
    if (SIGNED64.has(kind)) return Number(BigInt.asIntN(64, v));
    return Number(BigInt.asUintN(64, v));
  }
  if (SIGNED32.has(kind) || SIGNED64.has(kind)) return raw | 0;
  return raw >>> 0;
}

// Raw slots -> logical arguments (Numbers), one per argument the ABI declares.
export function decodeArgs(name, raw, wide) {
  const decl = SYSCALLS[name]?.args;
  if (!decl) return raw.map((r) => (wide ? Number(BigInt.asIntN(64, BigInt(r))) : r | 0));
  const out = [];
  let slot = 0;
  for (const a of decl) {
    if (a.kind === 'off' && !wide) {
      out.push((raw[slot] >>> 0) + (raw[slot + 1] | 0) * 2 ** 32);
      slot += 2;
    } else out.push(convert(a.kind, raw[slot++], wide));
  }
  if (wide && name === 'fcntl' && !fcntlTakesPointer(out[1])) out[2] = Number(BigInt.asIntN(32, BigInt(raw[2])));
  return out;
}

// fcntl's argument is an int for every command but the record locks (a struct flock *), and
// Linux takes only its low 32 bits ((int)arg). On wasm64 the libc reads the variadic int as a
// long, whose upper half is whatever the 8-byte slot held: dash's fcntl(0, F_DUPFD, 10) after a
// trap handler ran arrived as 0xffffffff0000000a, a Number too large to keep the 10 (EINVAL).
function fcntlTakesPointer(cmd) {
  return ['F_GETLK', 'F_GETLK64', 'F_SETLK', 'F_SETLK64', 'F_SETLKW', 'F_SETLKW64'].some((n) => anyMaybeConstant(n) === cmd);
}

const IN_KINDS = new Set(['cstring', 'cstring_array', 'buffer_in', 'struct_in', 'struct_array_in', 'struct_inout', 'struct_array_inout', 'off_inout', 'socklen_inout', 'addr_in']);
const OUT_KINDS = new Set(['buffer_out', 'struct_out', 'struct_inout', 'struct_array_inout', 'struct_array_out', 'int_out', 'uint_out', 'fd_pair_out', 'off_inout', 'socklen_inout', 'addr_out']);

// A size that is a function is read from memory when the call is made: the socklen_t a
// `socklen_inout` length argument points at (accept's addr, getsockopt's optval), 0 when that
// pointer is null. `readU32(ptr)` is the worker's reader of linear memory.
function byteSize(a, args, decl, arch) {
  const i = decl.findIndex((d) => d.name === a.len);
  const lenOf = () => (i < 0 ? 0 : Math.max(0, args[i]));
  const byPointer = i >= 0 && decl[i].kind === 'socklen_inout';
  const pointed = (argv, _arch, readU32) => (argv[i] === 0 ? 0 : readU32(argv[i]));
  switch (a.kind) {
    case 'cstring': return 'str';
    case 'cstring_array': return 'strv';
    case 'addr_in': return lenOf();
    case 'addr_out': return pointed;
    case 'buffer_in':
    case 'buffer_out': return byPointer ? pointed : lenOf();
    case 'struct_in':
    case 'struct_out':
    case 'struct_inout': return STRUCTS[a.struct][arch].size;
    case 'struct_array_in':
    case 'struct_array_inout':
    case 'struct_array_out': return (a.len === undefined ? 1 : a.len === '2' || typeof a.len === 'number' ? Number(a.len) : lenOf()) * STRUCTS[a.struct][arch].size;
    case 'int_out':
    case 'uint_out':
    case 'socklen_inout': return 4;
    case 'fd_pair_out':
    case 'off_inout': return 8;
    default: return 0;
  }
}

// {in: [[argIndex, size]], out: [[argIndex, size]]} for one call.
export function plan(name, args, arch) {
  if (name === 'ioctl') return ioctlPlan(args, arch);
  if (name === 'fcntl' || name === 'fcntl64') return fcntlPlan(args, arch);
  const decl = SYSCALLS[name]?.args;
  if (!decl) return { in: [], out: [] };
  const p = { in: [], out: [] };
  decl.forEach((a, i) => {
    if (IN_KINDS.has(a.kind)) p.in.push([i, byteSize(a, args, decl, arch)]);
    if (OUT_KINDS.has(a.kind)) p.out.push([i, byteSize(a, args, decl, arch)]);
  });
  return p;
}

// fcntl's third argument is a `struct flock *` for the record-lock commands (both the plain
// numbers of a 64-bit libc and the *LK64 numbers the wasm32 libc uses), an int otherwise.
function fcntlPlan(args, arch) {
  const cmd = args[1];
  const is = (n) => anyMaybeConstant(n) === cmd;
  const flock = layout('flock', arch).size;
  if (is('F_GETLK') || is('F_GETLK64')) return { in: [[2, flock]], out: [[2, flock]] };
  if (is('F_SETLK') || is('F_SETLK64') || is('F_SETLKW') || is('F_SETLKW64')) return { in: [[2, flock]], out: [] };
  return { in: [], out: [] };
}

function ioctlPlan(args, arch) {
  const req = args[1] >>> 0;
  const is = (n) => anyMaybeConstant(n) === req;
  const size = (s) => layout(s, arch).size;
  if (is('TIOCGWINSZ')) return { in: [], out: [[2, size('winsize')]] };
  if (is('TIOCSWINSZ')) return { in: [[2, size('winsize')]], out: [] };
  if (is('TCGETS')) return { in: [], out: [[2, size('termios')]] };
  if (is('TCSETS') || is('TCSETSW') || is('TCSETSF')) return { in: [[2, size('termios')]], out: [] };
  if (is('FIONREAD') || is('TIOCGPGRP')) return { in: [], out: [[2, 4]] };
  if (is('FIONBIO') || is('FIOASYNC') || is('TIOCSPGRP')) return { in: [[2, 4]], out: [] };
  return { in: [], out: [] };
}
