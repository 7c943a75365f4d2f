// abi.mjs — the kernel ABI as seen by the runtime.
//
// Every syscall number, constant and struct layout comes from the generated bindings
// (kernel-abi/generated/wpk_abi.mjs, produced from abi.yaml); this module only loads them and
// derives lookup helpers. WPK_ABI_JS may name another copy of the bindings (tests, out-of-tree
// runs). Nothing here may hold a second copy of an ABI number.
import { fileURLToPath, pathToFileURL } from 'node:url';
import fs from 'node:fs';

const defaultPath = fileURLToPath(new URL('../../generated/wpk_abi.mjs', import.meta.url));
const abiPath = process.env.WPK_ABI_JS || defaultPath;
if (!fs.existsSync(abiPath)) {
  throw new Error(`kernel ABI bindings not found at ${abiPath} (generate them with wpk-abi)`);
}
const abi = await import(pathToFileURL(abiPath).href);

export const ABI_PATH = abiPath;
export const ABI_VERSION = abi.ABI_VERSION;
export const SYSCALLS = abi.SYSCALLS;
export const SYSCALL_NAMES = abi.SYSCALL_NAMES;
export const CONSTANTS = abi.CONSTANTS;
export const STRUCTS = abi.STRUCTS;
export const IMPORTS = abi.IMPORTS;
export const IMPORT_MODULE = abi.IMPORT_MODULE;

function group(name) {
  const g = CONSTANTS[name];
  if (!g) throw new Error(`kernel ABI bindings have no constant group '${name}'`);
  return g;
}
export const E = group('errno');
export const SIG = group('signal');

// Looks up a constant, failing loudly when the ABI does not define it.
export function constant(groupName, name) {
  const v = group(groupName)[name];
  if (v === undefined) throw new Error(`kernel ABI bindings have no constant ${groupName}.${name}`);
  return v;
}
// Same, but undefined when the ABI lacks it (optional features).
export function maybeConstant(groupName, name) {
  return CONSTANTS[groupName]?.[name];
}

// Signal number -> name, for messages.
export const SIGNAL_NAMES = Object.fromEntries(Object.entries(SIG).map(([k, v]) => [v, k]));

// Layout of a struct on an arch: {size, align, fields: {name: {offset, size}}}.
export function layout(struct, arch) {
  const s = STRUCTS[struct]?.[arch];
  if (!s) throw new Error(`kernel ABI bindings have no struct ${struct} for ${arch}`);
  return s;
}

// Encodes an object into a struct's bytes (little-endian); fields not given stay zero.
export function encodeStruct(struct, arch, values) {
  const l = layout(struct, arch);
  const bytes = new Uint8Array(l.size);
  const view = new DataView(bytes.buffer);
  for (const [name, value] of Object.entries(values)) {
    const f = l.fields[name];
    if (!f) throw new Error(`struct ${struct} (${arch}) has no field ${name}`);
    writeInt(view, f.offset, f.size, value);
  }
  return bytes;
}

// Decodes a struct's bytes into {field: Number} (signedness per `signed` field list).
export function decodeStruct(struct, arch, bytes, signed = []) {
  const l = layout(struct, arch);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out = {};
  for (const [name, f] of Object.entries(l.fields)) {
    if (f.offset + f.size > bytes.byteLength) continue;
    out[name] = readInt(view, f.offset, f.size, signed.includes(name));
  }
  return out;
}

export function writeInt(view, offset, size, value) {
  switch (size) {
    case 1: view.setUint8(offset, Number(value) & 0xff); break;
    case 2: view.setUint16(offset, Number(value) & 0xffff, true); break;
    case 4: view.setUint32(offset, Number(BigInt.asUintN(32, BigInt(value))), true); break;
    case 8: view.setBigUint64(offset, BigInt.asUintN(64, BigInt(value)), true); break;
    default:
      // Arrays (e.g. padding or sigset words) are written as zero-extended little-endian.
      for (let i = 0; i < size; i++) view.setUint8(offset + i, i < 8 ? Number((BigInt(value) >> BigInt(8 * i)) & 0xffn) : 0);
  }
}

export function readInt(view, offset, size, signed) {
  switch (size) {
    case 1: return signed ? view.getInt8(offset) : view.getUint8(offset);
    case 2: return signed ? view.getInt16(offset, true) : view.getUint16(offset, true);
    case 4: return signed ? view.getInt32(offset, true) : view.getUint32(offset, true);
    case 8: return Number(signed ? view.getBigInt64(offset, true) : view.getBigUint64(offset, true));
    default: return 0;
  }
}

// Finds a constant by name in whichever group the ABI files it under; throws when absent.
export function anyConstant(name) {
  for (const g of Object.values(CONSTANTS)) if (g && g[name] !== undefined) return g[name];
  throw new Error(`kernel ABI bindings have no constant ${name}`);
}
export function anyMaybeConstant(name) {
  for (const g of Object.values(CONSTANTS)) if (g && g[name] !== undefined) return g[name];
  return undefined;
}
