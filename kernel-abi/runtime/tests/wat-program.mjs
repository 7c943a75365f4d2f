// wat-program.mjs — test helper: compiles WAT with wat2wasm and appends the `wpk.abi_version`
// custom section, giving a module the runtime accepts as a wpk program.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
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
