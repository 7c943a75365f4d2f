// grow-race.mjs — test helper for the load-time guards (bulk-memory-guard.mjs, atomic-guard.mjs):
// the race the guards are for: a worker spins in wasm until the main thread, which has just grown
// the shared memory, hands it an address in the new pages.
import { Worker } from 'node:worker_threads';
import { watModule } from './wat-program.mjs';

export function sharedMemory(memory64) {
  return memory64
    ? new WebAssembly.Memory({ initial: 1n, maximum: 65536n, shared: true, address: 'i64' })
    : new WebAssembly.Memory({ initial: 1, maximum: 65536, shared: true });
}

// Runs the module's `spin` in a worker, grows memory by 100 pages here once it is spinning and
// hands it an address in the new pages. `spin` must store 1 in the word at 8 when it starts, then
// wait in wasm until the word at 0 (the address's size) is not 0. Resolves with the 512 bytes at
// the address when `spin` returns, or rejects with its error.
export function spinInWorker(bytes, memory64) {
  const memory = sharedMemory(memory64);
  const source = `
    const { workerData, parentPort } = require('node:worker_threads');
    const { bytes, memory } = workerData;
    const instance = new WebAssembly.Instance(new WebAssembly.Module(bytes), { e: { memory } });
    instance.exports.spin();
    parentPort.postMessage('done');`;
  const worker = new Worker(source, { eval: true, workerData: { bytes, memory } });
  const handOver = () => {
    if (Atomics.load(new Int32Array(memory.buffer), 2) !== 1) return setTimeout(handOver, 5);
    const old = Number(memory64 ? memory.grow(100n) : memory.grow(100));
    const at = old * 65536 + 4096;
    if (memory64) Atomics.store(new BigInt64Array(memory.buffer), 0, BigInt(at));
    else Atomics.store(new Int32Array(memory.buffer), 0, at);
  };
  handOver();
  return new Promise((resolve, reject) => {
    worker.on('error', reject);
    worker.on('message', () => {
      const view = new Uint8Array(memory.buffer);
      const at = Number(memory64 ? new BigInt64Array(memory.buffer)[0] : new Int32Array(memory.buffer)[0]);
      resolve(view.slice(at, at + 512));
      worker.terminate();
    });
  });
}

// A module for spinInWorker on an imported shared memory (as sharedMemory makes it) of address
// type `a` ('i32' or 'i64'): its `spin` says it spins, waits for the address, then runs the WAT
// `afterSpin(a)` returns, which finds the address in local $p; `functions(a)` gives the module's
// other functions. `name` names its files.
export function raceModule(name, memory64, afterSpin, functions) {
  const a = memory64 ? 'i64' : 'i32';
  return watModule(name, `
(module
  (import "e" "memory" (memory ${a} 1 65536 shared))
  (func (export "spin")
    (local $p ${a})
    (loop $wait
      (i32.atomic.store (${a}.const 8) (i32.const 1))
      (local.set $p (${a}.atomic.load (${a}.const 0)))
      (br_if $wait (${a}.eqz (local.get $p))))
    ${afterSpin(a)})
  ${functions(a)})
`, memory64);
}

// How many of `runs` spinInWorker runs trapped with "memory access out of bounds" (any other
// error fails).
export async function outOfBoundsTraps(bytes, memory64, runs) {
  let traps = 0;
  for (let i = 0; i < runs; i++) {
    try {
      await spinInWorker(bytes, memory64);
    } catch (e) {
      if (!/memory access out of bounds/.test(e.message)) throw e;
      traps++;
    }
  }
  return traps;
}
