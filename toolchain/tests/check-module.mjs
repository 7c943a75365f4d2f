// check-module.mjs — checks a linked program against the program contract with V8 itself.
//
//   kernel-abi/runtime/bin/wpk-node check-module.mjs MODULE.wasm ABI_VERSION [--uses-fork]
//
// 1. WebAssembly.compile accepts the module (the runtime's pinned Node.js, without flags);
// 2. every import comes from module "wpk"; with --uses-fork (the program calls fork), fork is
//    imported as wpk.fork (a function);
// 3. the exports _start (function), memory (memory) and wpk_abi_version (function) exist;
// 4. the custom section wpk.abi_version holds ABI_VERSION as 4 little-endian bytes;
// 5. after instantiation (imports that throw if called: nothing may run yet; the memory a
//    program imports shared as wpk.memory is made as the runtime makes it, from the import's
//    limits),
//    wpk_abi_version() returns ABI_VERSION.
// Prints one line per failed check and exits 1 if any failed.
import { readFile } from 'node:fs/promises';
import { createSharedMemory } from '../../kernel-abi/runtime/lib/shared-memory.mjs';
import { inspectModule } from '../../kernel-abi/runtime/lib/wasm-info.mjs';

const [path, versionText, ...options] = process.argv.slice(2);
const usesFork = options.includes('--uses-fork');
if (!path || !/^[0-9]+$/.test(versionText ?? '') || options.some((o) => o !== '--uses-fork')) {
  console.error('usage: check-module.mjs MODULE.wasm ABI_VERSION [--uses-fork]');
  process.exit(2);
}
const expectedVersion = Number(versionText);
const problems = [];

let module;
try {
  module = await WebAssembly.compile(await readFile(path));
} catch (error) {
  console.error(`${path}: WebAssembly.compile failed: ${error.message}`);
  process.exit(1);
}

const imports = WebAssembly.Module.imports(module);
for (const imp of imports) {
  if (imp.module !== 'wpk') problems.push(`import ${imp.module}.${imp.name} is outside module "wpk"`);
}
const fork = imports.find((imp) => imp.module === 'wpk' && imp.name === 'fork');
if (usesFork && !fork) problems.push('fork is not imported as wpk.fork');
else if (fork && fork.kind !== 'function') problems.push(`wpk.fork is a ${fork.kind}, not a function`);

const exports = new Map(WebAssembly.Module.exports(module).map((e) => [e.name, e.kind]));
for (const [name, kind] of [['_start', 'function'], ['memory', 'memory'], ['wpk_abi_version', 'function']]) {
  if (!exports.has(name)) problems.push(`export ${name} is missing`);
  else if (exports.get(name) !== kind) problems.push(`export ${name} is a ${exports.get(name)}, not a ${kind}`);
}

const sections = WebAssembly.Module.customSections(module, 'wpk.abi_version');
if (sections.length !== 1) {
  problems.push(`expected one custom section wpk.abi_version, found ${sections.length}`);
} else if (sections[0].byteLength !== 4) {
  problems.push(`custom section wpk.abi_version has ${sections[0].byteLength} bytes, expected 4`);
} else {
  const found = new DataView(sections[0]).getUint32(0, true);
  if (found !== expectedVersion) problems.push(`custom section wpk.abi_version says ${found}, expected ${expectedVersion}`);
}

if (problems.length === 0) {
  const importObject = {};
  for (const imp of imports) {
    importObject[imp.module] ??= {};
    if (imp.kind === 'memory') {
      // The limits come from the binary (the JS API does not report them), read as the runtime
      // reads them; the memory is made as the runtime makes it.
      const { memoryImport } = inspectModule(new Uint8Array(await readFile(path)));
      importObject[imp.module][imp.name] = createSharedMemory(memoryImport);
      continue;
    }
    importObject[imp.module][imp.name] = () => {
      throw new Error(`import ${imp.module}.${imp.name} called during instantiation`);
    };
  }
  try {
    const instance = await WebAssembly.instantiate(module, importObject);
    const version = instance.exports.wpk_abi_version();
    if (version !== expectedVersion) problems.push(`wpk_abi_version() returned ${version}, expected ${expectedVersion}`);
  } catch (error) {
    problems.push(`instantiation or wpk_abi_version() failed: ${error.message}`);
  }
}

for (const p of problems) console.error(`${path}: ${p}`);
if (problems.length) process.exit(1);
console.log(`${path}: compiles in V8, imports only wpk.* (${imports.length}), contract exports and ABI version ${expectedVersion} present`);
