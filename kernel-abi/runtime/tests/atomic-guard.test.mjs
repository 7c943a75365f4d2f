// atomic-guard.mjs: the atomic instructions of a module on shared memory become calls to appended
// functions that bring the thread's view of memory up to date first. The modules are written in
// WAT (wat2wasm builds them); the engine is the runtime's (Node 24).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rewriteModule } from '../lib/module-rewrite.mjs';
import { atomicGuard } from '../lib/atomic-guard.mjs';
import { outOfBoundsTraps, raceModule, sharedMemory, spinInWorker } from './grow-race.mjs';

// `spin` (grow-race.mjs, raceModule) then, at the address it was handed: an add, an 8-byte store at offset 8,
// a one-byte compare-exchange at offset 16 and a notify at offset 24. The other functions are one
// instruction each, for comparing the guarded ones with the instructions.
function program(memory64) {
  return raceModule(`atomics${memory64 ? 64 : 32}`, memory64, () => `
    (drop (i32.atomic.rmw.add (local.get $p) (i32.const 7)))
    (i64.atomic.store offset=8 (local.get $p) (i64.const 0x0102030405060708))
    (drop (i32.atomic.rmw8.cmpxchg_u offset=16 (local.get $p) (i32.const 0) (i32.const 5)))
    (drop (memory.atomic.notify offset=24 (local.get $p) (i32.const 1)))`, (a) => `
  (func (export "load") (param ${a}) (result i32) (i32.atomic.load offset=4 (local.get 0)))
  (func (export "add") (param ${a} i32) (result i32) (i32.atomic.rmw.add (local.get 0) (local.get 1)))
  (func (export "xchg64") (param ${a} i64) (result i64) (i64.atomic.rmw.xchg (local.get 0) (local.get 1)))
  (func (export "cmpxchg16") (param ${a} i32 i32) (result i32) (i32.atomic.rmw16.cmpxchg_u (local.get 0) (local.get 1) (local.get 2)))
  (func (export "store8") (param ${a} i32) (i32.atomic.store8 offset=3 (local.get 0) (local.get 1)))
  (func (export "wait") (param ${a} i32) (result i32) (memory.atomic.wait32 (local.get 0) (local.get 1) (i64.const 0)))
  (func (export "notify") (param ${a}) (result i32) (memory.atomic.notify (local.get 0) (i32.const 1)))
  (func (export "fence") (atomic.fence))`);
}

for (const memory64 of [false, true]) {
  const arch = memory64 ? 'wasm64' : 'wasm32';
  const options = { memory64, sharedMemory: true };
  const guarded = () => rewriteModule(program(memory64), [atomicGuard(options)]);

  // As with memory.fill (bulk-memory-guard.test.mjs), the engine usually loses the race: of five
  // unguarded runs at least one must trap, and no guarded run may.
  test(`${arch}: unguarded, an atomic add in memory another thread just grew traps (the engine's behaviour)`, async () => {
    assert.ok((await outOfBoundsTraps(program(memory64), memory64, 5)) > 0, 'no unguarded run trapped');
  });

  test(`${arch}: guarded, every atomic access lands`, async () => {
    const { bytes, applied } = guarded();
    assert.deepEqual(applied, ['atomic-guard']);
    for (let i = 0; i < 5; i++) {
      const left = [...(await spinInWorker(bytes, memory64))];
      assert.deepEqual(left.slice(0, 17), [7, 0, 0, 0, 0, 0, 0, 0, 8, 7, 6, 5, 4, 3, 2, 1, 5]);
    }
  });

  test(`${arch}: the guarded functions compute what the instructions did, and trap where they did`, () => {
    const memory = sharedMemory(memory64);
    const plain = new WebAssembly.Instance(new WebAssembly.Module(program(memory64)), { e: { memory } }).exports;
    const safe = new WebAssembly.Instance(new WebAssembly.Module(guarded().bytes), { e: { memory } }).exports;
    const n = (v) => (memory64 ? BigInt(v) : v);
    const view = new DataView(memory.buffer);
    for (const x of [plain, safe]) {
      view.setUint32(104, 0x11223344, true);
      assert.equal(x.load(n(100)), 0x11223344);
      view.setUint32(200, 40, true);
      assert.equal(x.add(n(200), 2), 40);
      assert.equal(view.getUint32(200, true), 42);
      view.setBigUint64(304, 5n, true);
      assert.equal(x.xchg64(n(304), 9n), 5n);
      assert.equal(view.getBigUint64(304, true), 9n);
      view.setUint16(400, 3, true);
      assert.equal(x.cmpxchg16(n(400), 4, 8), 3); // differs: unchanged
      assert.equal(x.cmpxchg16(n(400), 3, 0x10008), 3); // equal: the low 16 bits stored
      assert.equal(view.getUint16(400, true), 8);
      x.store8(n(500), 0x1ff);
      assert.equal(view.getUint8(503), 0xff);
      view.setInt32(600, 1, true);
      assert.equal(x.wait(n(600), 0), 1); // "not-equal"
      assert.equal(x.wait(n(600), 1), 2); // "timed-out" (timeout 0)
      assert.equal(x.notify(n(600)), 0);
      x.fence();
      assert.throws(() => x.load(n(65536 - 4)), /out of bounds/); // still a trap outside memory
      assert.throws(() => x.add(n(201), 1), /unaligned/); // and a misaligned access
    }
  });

  test(`${arch}: one function per instruction and memarg; a module without shared memory is left as it is`, () => {
    const { bytes } = guarded();
    const module = new WebAssembly.Module(bytes);
    assert.ok(module);
    const original = program(memory64);
    assert.equal(rewriteModule(original, [atomicGuard({ memory64, sharedMemory: false })]).bytes, original);
    // spin's two atomics in its loop and its four after it, and the seven one-instruction
    // functions (atomic.fence stays) but `add`, whose instruction and memarg are spin's first
    // after the loop: 12 functions appended to the module's 9.
    const count = (b) => WebAssembly.Module.exports(new WebAssembly.Module(b)).length;
    assert.equal(count(bytes), count(original));
    assert.equal(functionCount(bytes) - functionCount(original), 12);
  });
}

// The number of functions a module defines (its function section's count).
function functionCount(bytes) {
  let p = 8;
  while (p < bytes.length) {
    const id = bytes[p++];
    let size = 0;
    let shift = 0;
    for (;;) {
      const b = bytes[p++];
      size |= (b & 0x7f) << shift;
      shift += 7;
      if (!(b & 0x80)) break;
    }
    if (id === 3) return bytes[p];
    p += size;
  }
  return 0;
}
