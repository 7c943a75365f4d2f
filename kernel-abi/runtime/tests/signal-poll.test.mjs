// signal-poll.mjs (through module-rewrite.mjs): every loop of a module on shared memory looks at
// the word of its `signals` memory and, when it is set, calls wpk.syscall(SIGNAL_POLL, 0...).
// The modules are written in WAT (wat2wasm builds them); the engine is the runtime's (Node 24).
// kernel-abi/tests/programs/signal_in_loop.c checks the whole path through kernel and worker.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rewriteModule } from '../lib/module-rewrite.mjs';
import { signalPoll, SIGNAL_POLL, SIGNALS_IMPORT } from '../lib/signal-poll.mjs';
import { bulkMemoryGuard } from '../lib/bulk-memory-guard.mjs';
import { watModule } from './wat-program.mjs';

// `count(limit)` turns a loop until the word at 0 is set or `limit` turns are done and returns the
// turns; `sum(n)` adds 1..n in a loop with a parameter and a result, calling `twice` (a function
// after the import, whose index must not move) on the way; `copy` is a memory.copy for the other
// transform. The loops make no call, so only the rewrite can make them call wpk.syscall.
function program(memory64, { ownMemory = false, syscall = true } = {}) {
  const a = memory64 ? 'i64' : 'i32';
  const memory = ownMemory ? `(memory ${a} 1 1 shared)` : `(import "wpk" "memory" (memory ${a} 1 16 shared))`;
  const imported = syscall
    ? `(import "wpk" "syscall" (func $syscall (param i32 ${a} ${a} ${a} ${a} ${a} ${a}) (result ${a})))`
    : '';
  return watModule(`program${memory64 ? 64 : 32}${ownMemory ? 'own' : ''}${syscall ? '' : 'nosys'}`, `
(module
  ${imported}
  ${memory}
  (func $twice (param i32) (result i32) (i32.shl (local.get 0) (i32.const 1)))
  (func (export "count") (param $limit i32) (result i32)
    (local $turns i32)
    (block $done
      (loop $turn
        (br_if $done (i32.ne (i32.load (${a}.const 0)) (i32.const 0)))
        (local.set $turns (i32.add (local.get $turns) (i32.const 1)))
        (br_if $turn (i32.lt_u (local.get $turns) (local.get $limit)))))
    (local.get $turns))
  (func (export "sum") (param $n i32) (result i32)
    (i32.const 0)
    (loop $add (param i32) (result i32)
      (i32.add (local.get $n))
      (local.set $n (i32.sub (local.get $n) (i32.const 1)))
      (br_if $add (i32.ne (local.get $n) (i32.const 0))))
    (call $twice))
  (func (export "copy") (param ${a} ${a} ${a}) (memory.copy (local.get 0) (local.get 1) (local.get 2))))
`, memory64);
}

function instantiate(bytes, memory64) {
  const memory = memory64
    ? new WebAssembly.Memory({ initial: 1n, maximum: 16n, shared: true, address: 'i64' })
    : new WebAssembly.Memory({ initial: 1, maximum: 16, shared: true });
  const signals = new WebAssembly.Memory({ initial: 1, maximum: 1, shared: true });
  const word = new Int32Array(signals.buffer, 0, 1);
  const calls = [];
  // What the worker does for a poll: take the signal (clear the word), here by setting the
  // program's own stop word.
  const syscall = (nr, ...args) => {
    calls.push({ nr, args, word: Atomics.load(word, 0) });
    Atomics.store(word, 0, 0);
    new Int32Array(memory.buffer)[0] = 1;
    return memory64 ? 0n : 0;
  };
  const imports = { wpk: { memory, syscall }, [SIGNALS_IMPORT.module]: { [SIGNALS_IMPORT.name]: signals } };
  const { exports } = new WebAssembly.Instance(new WebAssembly.Module(bytes), imports);
  return { exports, memory, word, calls };
}

for (const memory64 of [false, true]) {
  const arch = memory64 ? 'wasm64' : 'wasm32';
  const options = { memory64, sharedMemory: true };

  test(`${arch}: a loop calls wpk.syscall(SIGNAL_POLL, 0 x 6) when its signals word is set, and only then`, () => {
    const { bytes, applied } = rewriteModule(program(memory64), [signalPoll(options)]);
    assert.deepEqual(applied, ['signal-poll']);
    const run = instantiate(bytes, memory64);
    assert.equal(run.exports.count(100000), 100000, 'the word is 0: the loop runs to its limit');
    assert.equal(run.calls.length, 0);
    Atomics.store(run.word, 0, 1);
    assert.equal(run.exports.count(100000), 0, 'the poll at the top of the first turn stopped it');
    assert.equal(run.calls.length, 1);
    const zero = memory64 ? 0n : 0;
    assert.deepEqual(run.calls[0], { nr: SIGNAL_POLL, args: [zero, zero, zero, zero, zero, zero], word: 1 });
  });

  test(`${arch}: loops with parameters and results compute as before, calls keep their targets`, () => {
    const plain = instantiate(program(memory64), memory64);
    const { bytes } = rewriteModule(program(memory64), [signalPoll(options)]);
    const polled = instantiate(bytes, memory64);
    for (const n of [1, 2, 10, 1000]) assert.equal(polled.exports.sum(n), plain.exports.sum(n));
    assert.equal(polled.exports.sum(10), 110);
  });

  test(`${arch}: one pass with the bulk-memory guard too: both apply, copies still copy`, () => {
    const { bytes, applied } = rewriteModule(program(memory64), [bulkMemoryGuard(options), signalPoll(options)]);
    assert.deepEqual(applied, ['bulk-memory-guard', 'signal-poll']);
    const run = instantiate(bytes, memory64);
    const view = new Uint8Array(run.memory.buffer);
    view.set([1, 2, 3, 4], 100);
    const at = (n) => (memory64 ? BigInt(n) : n);
    run.exports.copy(at(200), at(100), at(4));
    assert.deepEqual([...view.subarray(200, 204)], [1, 2, 3, 4]);
    Atomics.store(run.word, 0, 1);
    assert.equal(run.exports.count(1000), 0);
  });

  test(`${arch}: modules left as they are: not shared, own memory, no wpk.syscall import`, () => {
    const shared = program(memory64);
    assert.equal(rewriteModule(shared, [signalPoll({ memory64, sharedMemory: false })]).bytes, shared);
    const own = program(memory64, { ownMemory: true });
    assert.equal(rewriteModule(own, [signalPoll(options)]).bytes, own);
    const noSyscall = program(memory64, { syscall: false });
    assert.equal(rewriteModule(noSyscall, [signalPoll(options)]).bytes, noSyscall);
  });
}

test('a module without loops comes back unchanged', () => {
  const bytes = watModule('noloop', `
(module
  (import "wpk" "syscall" (func (param i32 i32 i32 i32 i32 i32 i32) (result i32)))
  (import "wpk" "memory" (memory 1 1 shared))
  (func (export "three") (result i32) (i32.const 3)))
`);
  assert.equal(rewriteModule(bytes, [signalPoll({ memory64: false, sharedMemory: true })]).bytes, bytes);
});

// Branches out of wrapped loops cross the three labels each wrap adds: every kind of branch
// (br, br_if, br_table, rethrow, delegate), from nested loops, to blocks, loops and the function's
// own label, and loops with a result. Each function computes the same before and after.
test('branches that leave wrapped loops reach the same targets', () => {
  const bytes = watModule('branches', `
(module
  (import "wpk" "syscall" (func (param i32 i32 i32 i32 i32 i32 i32) (result i32)))
  (import "wpk" "memory" (memory 1 16 shared))
  (tag $oops (param i32))
  ;; nested loops; the inner one leaves both with br to a block and counts turns
  (func (export "nested") (param $n i32) (result i32)
    (local $i i32) (local $j i32) (local $turns i32)
    (block $out
      (loop $outer
        (local.set $j (i32.const 0))
        (loop $inner
          (local.set $turns (i32.add (local.get $turns) (i32.const 1)))
          (br_if $out (i32.gt_u (local.get $turns) (i32.const 50)))
          (local.set $j (i32.add (local.get $j) (i32.const 1)))
          (br_if $inner (i32.lt_u (local.get $j) (local.get $i))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br_if $outer (i32.lt_u (local.get $i) (local.get $n)))))
    (i32.add (i32.mul (local.get $turns) (i32.const 1000)) (local.get $i)))
  ;; br_table from inside two loops: to the inner loop, the outer loop, a block, the function;
  ;; the sum goes to memory at 16 (the function label takes no value)
  (func (export "table") (param $n i32)
    (local $k i32)
    (i32.store (i32.const 16) (i32.const 0))
    (block $b
      (loop $o
        (loop $l
          (local.set $k (i32.add (local.get $k) (i32.const 1)))
          (i32.store (i32.const 16) (i32.add (i32.load (i32.const 16)) (local.get $k)))
          (br_if $o (i32.lt_u (local.get $k) (i32.const 3)))
          (br_table $l $o $b 3 (i32.rem_u (i32.add (local.get $k) (local.get $n)) (i32.const 4))))))
    (i32.store (i32.const 16) (i32.add (i32.load (i32.const 16)) (i32.const 100000))))
  ;; a loop with a result, left from inside with br_if to the function's label
  (func (export "result") (param $n i32) (result i32)
    (local $i i32)
    (i32.add (i32.const 7)
      (loop $l (result i32)
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (drop (br_if 1 (i32.const -1) (i32.eq (local.get $i) (i32.const 1000))))
        (br_if $l (i32.lt_u (local.get $i) (local.get $n)))
        (local.get $i))))
  ;; rethrow and delegate from inside a loop inside try blocks
  (func (export "throws") (param $n i32) (result i32)
    (local $i i32)
    (try (result i32)
      (do
        (try
          (do
            (loop $l
              (local.set $i (i32.add (local.get $i) (i32.const 1)))
              (if (i32.eq (local.get $i) (local.get $n)) (then (throw $oops (local.get $i))))
              (br_if $l (i32.lt_u (local.get $i) (i32.const 100)))))
          (catch $oops
            (drop)
            (loop $again (rethrow 1))))
        (try
          (do (loop $m (throw $oops (i32.const 5000))))
          (delegate 0))
        (i32.const -2))
      (catch $oops)))
  ;; a delegate inside a loop, to a try outside it; then a br_if out of the loop after the try
  (func (export "delegates") (param $n i32) (result i32)
    (local $i i32)
    (try (result i32)
      (do
        (block $exit
          (loop $w
            (local.set $i (i32.add (local.get $i) (i32.const 1)))
            (try
              (do (if (i32.eq (local.get $i) (local.get $n)) (then (throw $oops (i32.const 77)))))
              (delegate 2))
            (br_if $exit (i32.ge_u (local.get $i) (i32.const 10)))
            (br $w)))
        (local.get $i))
      (catch $oops))))
`, false, ['--enable-exceptions']);
  const rewritten = rewriteModule(bytes, [signalPoll({ memory64: false, sharedMemory: true })]);
  assert.deepEqual(rewritten.applied, ['signal-poll']);
  const plainRun = instantiate(bytes, false);
  const polledRun = instantiate(rewritten.bytes, false);
  const [plain, polled] = [plainRun.exports, polledRun.exports];
  const cases = { nested: [0, 1, 3, 5, 9, 20], result: [1, 5, 999, 1000, 2000], throws: [1, 50, 100, 200], delegates: [5, 20] };
  for (const [name, inputs] of Object.entries(cases)) {
    for (const n of inputs) assert.equal(polled[name](n), plain[name](n), `${name}(${n})`);
  }
  const stored = (run) => new Int32Array(run.memory.buffer)[4];
  const tableResults = new Set();
  for (const n of [0, 1, 2, 3, 4, 7]) {
    plain.table(n);
    polled.table(n);
    assert.equal(stored(polledRun), stored(plainRun), `table(${n})`);
    tableResults.add(stored(plainRun) >= 100000 ? 'block' : 'function');
  }
  assert.deepEqual([...tableResults].sort(), ['block', 'function'], 'br_table left both ways');
  assert.equal(plain.result(2000), -1, 'the early exit was taken');
  assert.equal(plain.throws(50), 50, 'rethrown out of the loop in the catch');
  assert.equal(plain.throws(200), 5000, 'delegated out of the second try');
  assert.deepEqual([plain.delegates(5), plain.delegates(20)], [77, 10], 'delegated out of the loop; left it by br_if');
});

test('a poll in a wrapped loop re-enters the loop at its top, with nothing of the turn lost', () => {
  const bytes = watModule('reenter', `
(module
  (import "wpk" "syscall" (func (param i32 i32 i32 i32 i32 i32 i32) (result i32)))
  (import "wpk" "memory" (memory 1 16 shared))
  ;; sums 1..n in nested loops (the inner adds one number), stopping early when the word at 0
  ;; is set by the poll (instantiate's syscall sets it)
  (func (export "sum") (param $n i32) (result i32)
    (local $i i32) (local $s i32)
    (loop $outer
      (loop $inner
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (local.set $s (i32.add (local.get $s) (local.get $i))))
      (br_if $outer (i32.lt_u (local.get $i) (local.get $n))))
    (local.get $s)))
`);
  const run = instantiate(rewriteModule(bytes, [signalPoll({ memory64: false, sharedMemory: true })]).bytes, false);
  Atomics.store(run.word, 0, 1);
  assert.equal(run.exports.sum(100), 5050, 'every turn ran once');
  assert.equal(run.calls.length, 1, 'one poll, which cleared the word');
});

