// wat-program.mjs — test helper: compiles WAT with wat2wasm and appends the `wpk.abi_version`
// custom section, giving a module the runtime accepts as a wpk program; watModule gives the bytes
// of a plain module (the load-time rewrites' tests).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ABI_VERSION } from '../lib/abi.mjs';

// threads: wat2wasm's --enable-threads (shared memory, atomics).
export function watProgram(dir, name, wat, { version = ABI_VERSION, memory64 = false, threads = false } = {}) {
  const watPath = path.join(dir, name + '.wat');
  const raw = path.join(dir, name + '.raw.wasm');
  fs.writeFileSync(watPath, wat);
  execFileSync('wat2wasm', [...(memory64 ? ['--enable-memory64'] : []), ...(threads ? ['--enable-threads'] : []), watPath, '-o', raw]);
  const n = Buffer.from('wpk.abi_version');
  const v = Buffer.alloc(4);
  v.writeUInt32LE(version);
  const body = Buffer.concat([Buffer.from([n.length]), n, v]);
  const out = path.join(dir, name + '.wasm');
  fs.writeFileSync(out, Buffer.concat([fs.readFileSync(raw), Buffer.from([0, body.length]), body]));
  return out;
}

let scratch = null; // watModule's folder, removed at exit

// The bytes of a module compiled from `wat` with threads (shared memory, atomics) and, for
// memory64, 64-bit memories enabled, plus any other wat2wasm `flags`; `name` names its files.
export function watModule(name, wat, memory64 = false, flags = []) {
  if (!scratch) {
    scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'wpk-wat-module-'));
    process.on('exit', () => fs.rmSync(scratch, { recursive: true, force: true }));
  }
  const watPath = path.join(scratch, name + '.wat');
  const out = path.join(scratch, name + '.wasm');
  fs.writeFileSync(watPath, wat);
  execFileSync('wat2wasm', ['--enable-threads', ...(memory64 ? ['--enable-memory64'] : []), ...flags, watPath, '-o', out]);
  return new Uint8Array(fs.readFileSync(out));
}
