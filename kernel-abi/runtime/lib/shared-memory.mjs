// shared-memory.mjs — the memory of a program that imports it (`wpk.memory`, shared, with a
// maximum: every thread of the process is an instance on it). The runtime makes one per process
// (and per fork child); the toolchain's and the instrumenter's test harnesses make theirs here
// too, from the limits wasm-info.mjs reads out of the module.
import { enableMemory64 } from './memory64.mjs';

// Node 20's WebAssembly.Memory constructor takes at most 65536 pages (4 GiB) as a maximum, for
// memory64 too (V8 11.3 caps memory64 at 4 GiB anyway); the wrappers declare 16 GiB for wasm64.
// A smaller maximum than the import declares still matches the import.
const ENGINE_MAX_PAGES = 65536;

// The shared memory of a module that imports `wpk.memory`, from the import's limits (pages).
// memory64 limits are Numbers for Node 20's constructor.
export function createSharedMemory({ minimum, maximum, memory64 }) {
  if (memory64) enableMemory64();
  return new WebAssembly.Memory({
    initial: minimum,
    maximum: Math.min(maximum, ENGINE_MAX_PAGES),
    shared: true,
    ...(memory64 ? { index: 'i64' } : {}),
  });
}
