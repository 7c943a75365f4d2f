// wasm-info.mjs — reads what the runtime needs from a module's bytes without compiling it:
// the arch (memory64 or not, from the memory section or a memory import), the limits of an
// imported memory (the JS API does not expose them, and the runtime must create that memory:
// `wpk.memory`, shared, for programs that can run threads), the `wpk.abi_version` custom
// section, and whether the module is a wasm binary at all. Sections are walked by their
// LEB128 sizes only; malformed input raises WasmInfoError with a one-line reason.
export class WasmInfoError extends Error {}

export function readLeb(bytes, pos) {
  let result = 0;
  let shift = 0;
  for (;;) {
    if (pos >= bytes.length) throw new WasmInfoError('truncated module');
    const b = bytes[pos++];
    result += (b & 0x7f) * 2 ** shift;
    shift += 7;
    if ((b & 0x80) === 0) return [result, pos];
    if (shift > 63) throw new WasmInfoError('malformed LEB128');
  }
}

function readName(bytes, pos) {
  const [len, p] = readLeb(bytes, pos);
  if (p + len > bytes.length) throw new WasmInfoError('truncated name');
  return [Buffer.from(bytes.subarray(p, p + len)).toString('utf8'), p + len];
}

export function isWasm(bytes) {
  return bytes.length >= 8 && bytes[0] === 0 && bytes[1] === 0x61 && bytes[2] === 0x73 && bytes[3] === 0x6d;
}

// Returns {arch: 'wasm32'|'wasm64', hasMemory, memoryImport: {module, name, minimum, maximum
// (pages; null: none), shared, memory64} | null, abiVersion: number|null, customSections:
// Map<name, Uint8Array>}.
export function inspectModule(bytes) {
  if (!isWasm(bytes)) throw new WasmInfoError('not a WebAssembly module');
  if (bytes[4] !== 1 || bytes[5] !== 0 || bytes[6] !== 0 || bytes[7] !== 0) {
    throw new WasmInfoError('unsupported WebAssembly binary version');
  }
  let memory64 = null;
  let memoryImport = null;
  const custom = new Map();
  for (const section of splitSections(bytes)) {
    if (section.id === 0) {
      const [name, p] = readName(bytes, section.body);
      custom.set(name, bytes.subarray(p, section.end));
    } else if (section.id === 2 && memory64 === null) {
      const memory = readImports(bytes, section).find((i) => i.kind === 2);
      if (memory) {
        memory64 = memory.memory64;
        memoryImport = { module: memory.module, name: memory.name, minimum: memory.minimum, maximum: memory.maximum, shared: memory.shared, memory64 };
      }
    } else if (section.id === 5 && memory64 === null) {
      const [count, p] = readLeb(bytes, section.body);
      if (count > 0) memory64 = (bytes[p] & 4) !== 0;
    }
  }
  let abiVersion = null;
  const v = custom.get('wpk.abi_version');
  if (v && v.length === 4) abiVersion = (v[0] | (v[1] << 8) | (v[2] << 16) | (v[3] << 24)) >>> 0;
  return { arch: memory64 ? 'wasm64' : 'wasm32', hasMemory: memory64 !== null, memoryImport, abiVersion, customSections: custom };
}

// The sections after the header, in order: {id, start (of the id byte), body, end}.
export function splitSections(bytes) {
  const sections = [];
  let pos = 8;
  while (pos < bytes.length) {
    const start = pos;
    const id = bytes[pos++];
    let size;
    [size, pos] = readLeb(bytes, pos);
    if (pos + size > bytes.length) throw new WasmInfoError('truncated section');
    sections.push({ id, start, body: pos, end: pos + size });
    pos += size;
  }
  return sections;
}

// The entries of an import section: {module, name, kind} (0 function, 1 table, 2 memory,
// 3 global, 4 tag), a memory's with its limits {minimum, maximum (pages; null: none), shared,
// memory64}.
export function readImports(bytes, section) {
  let [count, p] = readLeb(bytes, section.body);
  const imports = [];
  for (let i = 0; i < count; i++) {
    let module;
    let name;
    [module, p] = readName(bytes, p);
    [name, p] = readName(bytes, p);
    const kind = bytes[p++];
    const entry = { module, name, kind };
    if (kind === 0) [, p] = readLeb(bytes, p);
    else if (kind === 1) {
      p++; // reftype
      const flags = bytes[p++];
      [, p] = readLeb(bytes, p);
      if (flags & 1) [, p] = readLeb(bytes, p);
    } else if (kind === 2) {
      // limits: flags (1 has a maximum, 2 shared, 4 memory64), minimum, maximum (in pages)
      const flags = bytes[p++];
      entry.memory64 = (flags & 4) !== 0;
      entry.shared = (flags & 2) !== 0;
      entry.maximum = null;
      [entry.minimum, p] = readLeb(bytes, p);
      if (flags & 1) [entry.maximum, p] = readLeb(bytes, p);
    } else if (kind === 3) p += 2;
    else if (kind === 4) { p++; [, p] = readLeb(bytes, p); }
    else throw new WasmInfoError('unknown import kind');
    imports.push(entry);
  }
  return imports;
}
