// brk and mmap over a growing wasm memory.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MemoryMap } from '../lib/memory-map.mjs';
import { anyConstant, E } from '../lib/abi.mjs';

const ANON = anyConstant('MAP_ANONYMOUS') | anyConstant('MAP_PRIVATE');

test('mmap grows memory, munmap recycles zeroed pages', () => {
  const memory = new WebAssembly.Memory({ initial: 2, maximum: 64 });
  const map = new MemoryMap(memory, null);
  const a = map.mmap(0, 100000, 3, ANON, -1, 0).addr;
  assert.equal(a, 131072);
  new Uint8Array(memory.buffer, a, 10).fill(7);
  assert.equal(map.munmap(a, 100000), 0);
  const b = map.mmap(0, 4096, 3, ANON, -1, 0).addr;
  assert.equal(b, a);
  assert.equal(new Uint8Array(memory.buffer, b, 10).every((x) => x === 0), true);
});

test('brk extends only while nothing is mapped above it', () => {
  const memory = new WebAssembly.Memory({ initial: 1, maximum: 16 });
  const map = new MemoryMap(memory, null);
  const start = map.brk(0);
  assert.equal(start, 65536);
  assert.equal(map.brk(start + 1000), start + 1000);
  assert.ok(memory.buffer.byteLength >= start + 1000);
  map.mmap(0, 4096, 3, ANON, -1, 0);
  assert.equal(map.brk(start + 500000), start + 1000);
});

test('out of memory is ENOMEM, state survives a round trip', () => {
  const memory = new WebAssembly.Memory({ initial: 1, maximum: 2 });
  const map = new MemoryMap(memory, null);
  assert.equal(map.mmap(0, 1 << 20, 3, ANON, -1, 0), -E.ENOMEM);
  const copy = new MemoryMap(memory, structuredClone(map.state));
  assert.deepEqual(copy.state, map.state);
});

test('a fixed mapping across the old end of memory is zero on both sides of it', () => {
  const memory = new WebAssembly.Memory({ initial: 2, maximum: 64 });
  const map = new MemoryMap(memory, null);
  new Uint8Array(memory.buffer, 65536, 65536).fill(9); // the program's own data below the top
  const FIXED = ANON | anyConstant('MAP_FIXED');
  const at = 65536 + 4096 * 4;
  assert.equal(map.mmap(at, 200000, 3, FIXED, -1, 0).addr, at);
  const bytes = new Uint8Array(memory.buffer, at, 200000);
  assert.equal(bytes.every((x) => x === 0), true);
  assert.equal(new Uint8Array(memory.buffer, 65536, 4096 * 4).every((x) => x === 9), true); // untouched
});

// On shared memory another thread (the C library's allocator) may grow memory between the map's
// look at its size and its own grow: the pages the map hands out must be the ones its grow added.
test('mmap and the fork save buffer take only the pages their own grow added, also when another thread grows memory too', () => {
  const real = new WebAssembly.Memory({ initial: 2, maximum: 1000, shared: true });
  const others = [];
  const memory = {
    get buffer() {
      return real.buffer;
    },
    grow(pages) {
      others.push(real.grow(1) * 65536); // another thread's page, just before ours
      return real.grow(pages);
    },
  };
  const map = new MemoryMap(memory, null);
  const a = map.mmap(0, 100000, 3, ANON, -1, 0).addr;
  assert.equal(others.length, 1);
  assert.ok(a >= others[0] + 65536, `mapping at ${a} overlaps the other thread's page at ${others[0]}`);
  const placed = map.placeSaveBuffer(1 << 20, false);
  assert.equal(others.length, 2);
  assert.ok(placed.buffer >= others[1] + 65536 || placed.buffer + placed.bufferBytes <= others[1], 'save buffer overlaps the other thread\'s page');
  for (const [at, n] of map.state.free) for (const o of others) assert.ok(at + n <= o || at >= o + 65536, `free region ${at}+${n} covers another thread's page ${o}`);
});
