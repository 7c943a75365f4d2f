// bulk-memory-guard.mjs: memory.copy and memory.fill of a module on shared memory become calls to
// appended functions that bring the thread's view of memory up to date first. The modules are
// written in WAT (wat2wasm builds them); the engine is the runtime's (Node 24).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { guardBulkMemory } from '../lib/bulk-memory-guard.mjs';
import { outOfBoundsTraps, raceModule, sharedMemory, spinInWorker } from './grow-race.mjs';
import { watModule } from './wat-program.mjs';

// A module on an imported shared memory: `spin` says it is spinning (1 in the word at 8), waits
// in wasm (no call out) until the word at 0 holds an address, then fills 256 bytes there and
// copies them 256 bytes further; `copy` and `fill` are the bare instructions; `seven` holds an
// i32.const whose immediate is the bytes of a memory.copy opcode (0xfc 0x0a: 1404).
function program(memory64) {
  return raceModule(`program${memory64 ? 64 : 32}`, memory64, (a) => `
    (memory.fill (local.get $p) (i32.const 7) (${a}.const 256))
    (memory.copy (${a}.add (local.get $p) (${a}.const 256)) (local.get $p) (${a}.const 256))`, (a) => `
  (func (export "copy") (param ${a} ${a} ${a}) (memory.copy (local.get 0) (local.get 1) (local.get 2)))
  (func (export "fill") (param ${a} i32 ${a}) (memory.fill (local.get 0) (local.get 1) (local.get 2)))
  (func (export "seven") (result i32) (i32.sub (i32.const 1404) (i32.const 1397)))`);
}

for (const memory64 of [false, true]) {
  const arch = memory64 ? 'wasm64' : 'wasm32';
  const opts = { memory64, sharedMemory: true };

  // The engine's lag is a race it usually loses here, not always (a loaded machine may let the
  // worker take the grow's interrupt first): of five unguarded runs at least one must trap, and
  // no guarded run may.
  test(`${arch}: unguarded, a fill in memory another thread just grew traps (the engine's behaviour)`, async () => {
    assert.ok((await outOfBoundsTraps(program(memory64), memory64, 5)) > 0, 'no unguarded run trapped');
  });

  test(`${arch}: guarded, the fill and the copy land`, async () => {
    const guarded = guardBulkMemory(program(memory64), opts);
    for (let i = 0; i < 5; i++) assert.deepEqual([...(await spinInWorker(guarded, memory64))], new Array(512).fill(7));
  });

  test(`${arch}: the guarded functions compute what the instructions did`, () => {
    const memory = sharedMemory(memory64);
    const { exports } = new WebAssembly.Instance(new WebAssembly.Module(guardBulkMemory(program(memory64), opts)), { e: { memory } });
    const n = (v) => (memory64 ? BigInt(v) : v);
    const view = new Uint8Array(memory.buffer);
    for (let i = 0; i < 100; i++) view[1000 + i] = i;
    exports.copy(n(1010), n(1000), n(50)); // overlapping, forwards
    assert.deepEqual([...view.slice(1010, 1060)], [...Array(50).keys()]);
    exports.fill(n(2000), 0x1ab, n(3)); // the value's low byte
    assert.deepEqual([...view.slice(1999, 2004)], [0, 0xab, 0xab, 0xab, 0]);
    exports.copy(n(0), n(0), n(0));
    assert.throws(() => exports.fill(n(65536 - 2), 1, n(3)), /out of bounds/); // still a trap outside memory
    assert.throws(() => exports.copy(n(0), n(65536), n(1)), /out of bounds/);
    assert.equal(view[65535], 0); // and nothing written
    assert.equal(exports.seven(), 7);
  });

  test(`${arch}: a module without shared memory, or without the instructions, is returned as it is`, () => {
    const bytes = program(memory64);
    assert.equal(guardBulkMemory(bytes, { memory64, sharedMemory: false }), bytes);
    const plain = watModule(`plain${arch}`, `
(module
  (import "e" "memory" (memory ${memory64 ? 'i64' : 'i32'} 1 2 shared))
  (func (export "f") (result i32) (i32.const 1404)))`, memory64);
    assert.ok(plain.includes(0xfc)); // the immediate holds the opcode's bytes
    assert.equal(guardBulkMemory(plain, opts), plain);
  });
}

test('a body with an instruction the decoder does not know is left as it is', () => {
  // type ()->(); import e.memory shared i32 1..1; one function whose body is
  // i32.const 0 i32.const 0 i32.const 0 memory.copy 0 0, then opcode 0xe0 (unknown), end.
  const body = [0x00, 0x41, 0, 0x41, 0, 0x41, 0, 0xfc, 0x0a, 0, 0, 0xe0, 0x0b];
  const bytes = Uint8Array.from([
    0x00, 0x61, 0x73, 0x6d, 1, 0, 0, 0,
    1, 4, 1, 0x60, 0, 0,
    2, 13, 1, 1, 0x65, 6, 0x6d, 0x65, 0x6d, 0x6f, 0x72, 0x79, 2, 3, 1, 1,
    3, 2, 1, 0,
    10, body.length + 2, 1, body.length, ...body,
  ]);
  assert.equal(guardBulkMemory(bytes, { memory64: false, sharedMemory: true }), bytes);
});
