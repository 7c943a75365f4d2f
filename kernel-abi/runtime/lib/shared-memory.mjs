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

// Whether `end` (a byte offset) is within memory as this thread can see it. V8 tells the other
// threads of a shared memory that one of them grew it by an interrupt each takes at its own pace;
// until then this thread's memory.buffer keeps the old length (a worker's readv into a block
// another thread had just grown memory for failed with EFAULT: zstd's "Read error" under load),
// and so does its wasm instance's size (bulk-memory-guard.mjs covers that side).
// memory.grow(0) brings this thread's view up to date at once. It is a call into the engine that
// interrupts every other thread, so it is made only when an access reaches past what is seen.
// A memory that is not shared only grows in the thread that uses it: its length is always right.
export function reaches(memory, end) {
  if (end <= memory.buffer.byteLength) return true;
  if (!(memory.buffer instanceof SharedArrayBuffer)) return false;
  growMemory(memory, 0);
  return end <= memory.buffer.byteLength;
}

// The length of memory now, for this thread's view too (see reaches).
export function currentLength(memory) {
  if (memory.buffer instanceof SharedArrayBuffer) growMemory(memory, 0);
  return memory.buffer.byteLength;
}
