// differential.mjs — differential fuzzing of wpk-fork-instrument.
//
//   node differential.mjs --tool WPK_FORK_INSTRUMENT [--count N] [--seed S] [--work DIR]
//                         [--keep DIR] [--quiet]
//
// For each seed: random bytes (a seeded PRNG) -> `wasm-opt --translate-to-fuzz` (Binaryen's
// random module generator) -> `wpk-fork-instrument --force-all` (every function, every call
// outside catch bodies is a fork-path call). Then both modules run in this V8: every exported
// function is called in order (zero arguments, hang limit reset before each call, as Binaryen's
// fuzz shell does) and the sequence of logged values, results and traps must be identical.
// The instrumented run additionally performs a complete unwind + rewind in the same instance at
// randomly chosen logging calls (each with probability 1/3) (the import acts as fork: wpk_fork_unwind_begin, the export
// returns, unwind_end, rewind_begin, the export is entered again and must resume exactly where
// it was), so the save/restore code runs on random code shapes too.
// A module the instrumenter rejects with exit status 1 (unsupported input) is counted, not
// failed; any other status, an invalid output, or a behaviour difference is a failure. Runs
// where V8 exhausts its stack are inconclusive (frames differ in size by design).
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync, readFileSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';

const FEATURES = ['--enable-sign-ext', '--enable-bulk-memory', '--enable-multivalue',
  '--enable-mutable-globals', '--enable-nontrapping-float-to-int', '--enable-simd',
  '--enable-exception-handling'];
const BUFFER_BYTES = 65536;

function parseArgs(argv) {
  const o = { count: 100, seed: 1, work: join(tmpdir(), `wpk-fuzz-${process.pid}`), keep: null, quiet: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--tool') o.tool = argv[++i];
    else if (a === '--count') o.count = Number(argv[++i]);
    else if (a === '--seed') o.seed = Number(argv[++i]);
    else if (a === '--work') o.work = argv[++i];
    else if (a === '--keep') o.keep = argv[++i];
    else if (a === '--quiet') o.quiet = true;
    else { console.error(`unknown argument ${a}`); process.exit(2); }
  }
  if (!o.tool || !(o.count > 0)) {
    console.error('usage: node differential.mjs --tool WPK_FORK_INSTRUMENT [--count N] [--seed S] [--work DIR] [--keep DIR]');
    process.exit(2);
  }
  return o;
}

function prng(seed) { // mulberry32
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6D2B79F5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function zeroFor(type) {
  if (type === 'i32' || type === 'f32' || type === 'f64') return 0;
  if (type === 'i64') return 0n;
  return undefined; // v128 / references: not callable from JS
}

function show(value) {
  if (value === undefined) return 'void';
  if (Array.isArray(value)) return `[${value.map(show).join(',')}]`;
  if (typeof value === 'number' && Number.isNaN(value)) return 'nan';
  if (typeof value === 'number' && Object.is(value, -0)) return '-0';
  return String(value);
}

class Inconclusive extends Error {}

// Runs every export; returns the list of events. forkAt: null, or a function deciding at each
// logging call whether to unwind and rewind there (instrumented module only).
function execute(bytes, forkAt, stats) {
  const module = new WebAssembly.Module(bytes);
  const events = [];
  let instance = null;
  let logCount = 0;
  let pending = false;
  let snapshot = null;
  const log = (kind) => (value) => {
    const ex = instance.exports;
    if (forkAt && ex.wpk_fork_state() === 2) {
      ex.wpk_fork_rewind_end();
      new Uint8Array(ex.memory.buffer).set(snapshot, 0);
      snapshot = null;
      return;
    }
    events.push(`log-${kind} ${show(value)}`);
    if (forkAt && forkAt(logCount++) && ex.memory && ex.memory.buffer.byteLength >= BUFFER_BYTES) {
      const mem = new Uint8Array(ex.memory.buffer);
      snapshot = mem.slice(0, BUFFER_BYTES);
      const view = new DataView(ex.memory.buffer);
      view.setUint32(0, 16, true);
      view.setUint32(4, BUFFER_BYTES, true);
      ex.wpk_fork_unwind_begin(0);
      pending = true;
    }
  };
  const imports = { 'fuzzing-support': {
    'log-i32': log('i32'), 'log-i64': log('i64'), 'log-f32': log('f32'), 'log-f64': log('f64'),
    'log-v128': log('v128') } };
  instance = new WebAssembly.Instance(module, imports);
  const ex = instance.exports;
  const exportTypes = WebAssembly.Module.exports(module);
  for (const { name, kind } of exportTypes) {
    if (kind !== 'function' || name === 'hangLimitInitializer' || name.startsWith('wpk_fork_')) continue;
    if (ex.hangLimitInitializer) ex.hangLimitInitializer();
    const fn = ex[name];
    const args = new Array(fn.length).fill(0);
    let outcome;
    try {
      let result = fn(...args);
      while (pending) {
        pending = false;
        const state = ex.wpk_fork_state();
        ex.wpk_fork_unwind_end();
        if (state !== 1) throw new Error(`unwind ended in state ${state}`);
        const view = new DataView(ex.memory.buffer);
        view.setUint32(0, 16, true);
        ex.wpk_fork_rewind_begin(0);
        stats.cycles++;
        result = fn(...args);
      }
      outcome = `${name} -> ${show(result)}`;
    } catch (e) {
      if (e instanceof RangeError && /call stack/i.test(e.message)) throw new Inconclusive('stack exhausted');
      if (e instanceof WebAssembly.RuntimeError) outcome = `${name} trap ${e.message}`;
      else if (e instanceof TypeError) outcome = `${name} type-error`;
      else if (e instanceof WebAssembly.Exception) outcome = `${name} wasm-exception`;
      else throw e;
      if (pending || snapshot) {
        // A trap while unwinding/rewinding would be a bug of the instrumentation.
        outcome += ' (during unwind/rewind)';
        pending = false;
      }
    }
    events.push(outcome);
  }
  return events;
}

function run(o) {
  mkdirSync(o.work, { recursive: true });
  if (o.keep) mkdirSync(o.keep, { recursive: true });
  const stats = { modules: 0, compared: 0, rejected: 0, inconclusive: 0, cycles: 0, failures: 0 };
  const input = join(o.work, 'input.bin');
  const original = join(o.work, 'original.wasm');
  const instrumented = join(o.work, 'instrumented.wasm');
  const fail = (seed, why) => {
    stats.failures++;
    console.error(`FAIL seed ${seed}: ${why}`);
    if (o.keep) {
      copyFileSync(original, join(o.keep, `seed-${seed}.wasm`));
      writeFileSync(join(o.keep, `seed-${seed}.txt`), why + '\n');
    }
  };
  for (let i = 0; i < o.count; i++) {
    const seed = o.seed + i;
    const random = prng(seed);
    const size = 1024 + Math.floor(random() * 32768);
    const bytes = Buffer.alloc(size);
    for (let j = 0; j < size; j++) bytes[j] = Math.floor(random() * 256);
    writeFileSync(input, bytes);
    stats.modules++;
    const gen = spawnSync('wasm-opt', ['-ttf', input, '-o', original, ...FEATURES], { encoding: 'utf8' });
    if (gen.status !== 0) { fail(seed, `wasm-opt -ttf failed: ${gen.stderr}`); continue; }
    const ins = spawnSync(o.tool, [original, '-o', instrumented, '--force-all'], { encoding: 'utf8' });
    if (ins.status === 1) { stats.rejected++; if (!o.quiet) console.log(`seed ${seed}: rejected: ${ins.stderr.trim().split('\n')[0]}`); continue; }
    if (ins.status !== 0) { fail(seed, `instrumenter exit ${ins.status} signal ${ins.signal}: ${ins.stderr}`); continue; }
    const outBytes = readFileSync(instrumented);
    if (!WebAssembly.validate(outBytes)) { fail(seed, 'WebAssembly.validate rejects the output'); continue; }
    const forkRandom = prng(seed ^ 0x5eed);
    const forkAt = () => forkRandom() < 1 / 3;
    let expected, actual;
    try {
      expected = execute(readFileSync(original), null, stats);
      actual = execute(outBytes, forkAt, stats);
    } catch (e) {
      if (e instanceof Inconclusive) { stats.inconclusive++; continue; }
      fail(seed, `runner error: ${e.stack || e}`);
      continue;
    }
    stats.compared++;
    const a = expected.join('\n'), b = actual.join('\n');
    if (a !== b) {
      const lines = [];
      for (let k = 0; k < Math.max(expected.length, actual.length); k++) {
        if (expected[k] !== actual[k]) { lines.push(`first difference at event ${k}: expected '${expected[k]}', got '${actual[k]}'`); break; }
      }
      fail(seed, `behaviour differs: ${lines.join('; ')}`);
    }
  }
  console.log(`modules ${stats.modules}, compared ${stats.compared}, rejected ${stats.rejected}, ` +
    `inconclusive ${stats.inconclusive}, unwind+rewind cycles ${stats.cycles}, failures ${stats.failures}`);
  return stats.failures === 0 ? 0 : 1;
}

process.exit(run(parseArgs(process.argv.slice(2))));
