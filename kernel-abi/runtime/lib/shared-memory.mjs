// shared-memory.mjs — the memory of a program that imports it (`wpk.memory`, shared, with a
// maximum: every thread of the process is an instance on it). The runtime makes one per process
// (and per fork child); the toolchain's and the instrumenter's test harnesses make theirs here
// too, from the limits wasm-info.mjs reads out of the module. growMemory grows any memory, of
// either index type, from JS.

// The WebAssembly.Memory constructor takes at most 65536 pages (4 GiB) as a maximum, for
// memory64 too; the wrappers declare 16 GiB for wasm64. A smaller maximum than the import
// declares still matches the import.
const ENGINE_MAX_PAGES = 65536;

// The shared memory of a module that imports `wpk.memory`, from the import's limits (pages).
// memory64 limits are BigInts in the JS API.
export function createSharedMemory({ minimum, maximum, memory64 }) {
  const limit = Math.min(maximum, ENGINE_MAX_PAGES);
  if (memory64) return new WebAssembly.Memory({ initial: BigInt(minimum), maximum: BigInt(limit), shared: true, address: 'i64' });
  return new WebAssembly.Memory({ initial: minimum, maximum: limit, shared: true });
}

// memory.grow(pages) for a memory of either index type: a memory64's takes and returns BigInts.
// The argument's type is checked before anything grows, so a TypeError means the other type.
// Returns the old size in pages (a Number).
export function growMemory(memory, pages) {
  try {
    return Number(memory.grow(pages));
  } catch (e) {
    if (!(e instanceof TypeError)) throw e;
    return Number(memory.grow(BigInt(pages)));
  }
}
