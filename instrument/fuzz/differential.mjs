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
// it was), so the save/restore code runs on random code shapes too. At half of those points a
// child instance (memory copied, rewound from the same buffer) must reproduce what the parent
// does from there until the export returns.
// A module the instrumenter rejects with exit status 1 (unsupported input) is counted, not
// failed; any other status, an invalid output, or a behaviour difference is a failure. Runs
// where V8 exhausts its stack are inconclusive (frames differ in size by design).
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync, readFileSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { growMemory } from '../../kernel-abi/runtime/lib/shared-memory.mjs';

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

// Whether the module has a passive data segment. Which segments were dropped (data.drop) is
// instance state outside memory and globals: a child starts with them undropped (a documented
// limit of the protocol), so the child check is skipped for such modules.
function hasPassiveDataSegment(bytes) {
  const u8 = new Uint8Array(bytes);
  let pos = 8;
  const leb = () => { let r = 0, s = 0, b; do { b = u8[pos++]; r += (b & 0x7f) * 2 ** s; s += 7; } while (b & 0x80); return r; };
  const skipConstExpr = () => { while (pos < u8.length && u8[pos] !== 0x0b) { const op = u8[pos++]; if (op === 0x41 || op === 0x42 || op === 0x23) leb(); else if (op === 0x44) pos += 8; else if (op === 0x43) pos += 4; } pos++; };
  while (pos < u8.length) {
    const id = u8[pos++], size = leb(), end = pos + size;
    if (id === 11) {
      for (let n = leb(); n > 0; n--) {
        const flags = leb();
        if (flags === 1) return true;
        if (flags === 2) leb();
        skipConstExpr();
        const length = leb();
        pos += length;
      }
    }
    pos = end;
  }
  return false;
}

// Parameter types of every exported function, read from the binary (the JS API has no type
// reflection in Node 20): export name -> ['i32', 'i64', ...].
function exportedParamTypes(bytes) {
  const u8 = new Uint8Array(bytes);
  let pos = 8;
  const leb = () => { let r = 0, s = 0, b; do { b = u8[pos++]; r += (b & 0x7f) * 2 ** s; s += 7; } while (b & 0x80); return r; };
  const name = () => { const n = leb(); const t = Buffer.from(u8.subarray(pos, pos + n)).toString('utf8'); pos += n; return t; };
  const valtype = { 0x7f: 'i32', 0x7e: 'i64', 0x7d: 'f32', 0x7c: 'f64', 0x7b: 'v128', 0x70: 'funcref', 0x6f: 'externref' };
  const types = [], funcTypes = [], result = {};
  while (pos < u8.length) {
    const id = u8[pos++], size = leb(), end = pos + size;
    if (id === 1) {
      for (let n = leb(); n > 0; n--) {
        pos++; // 0x60
        const params = []; for (let k = leb(); k > 0; k--) params.push(valtype[u8[pos++]] || '?');
        for (let k = leb(); k > 0; k--) pos++;
        types.push(params);
      }
    } else if (id === 2) {
      for (let n = leb(); n > 0; n--) {
        name(); name();
        const kind = u8[pos++];
        if (kind === 0) funcTypes.push(types[leb()]);
        else if (kind === 1) { pos++; const f = u8[pos++]; leb(); if (f & 1) leb(); }
        else if (kind === 2) { const f = u8[pos++]; leb(); if (f & 1) leb(); }
        else if (kind === 3) { pos += 2; }
        else if (kind === 4) { pos++; leb(); }
      }
    } else if (id === 3) {
      for (let n = leb(); n > 0; n--) funcTypes.push(types[leb()]);
    } else if (id === 7) {
      for (let n = leb(); n > 0; n--) {
        const exportName = name(); const kind = u8[pos++]; const index = leb();
        if (kind === 0) result[exportName] = funcTypes[index];
      }
    }
    pos = end;
  }
  return result;
}

// Runs every export; returns the list of events. forkAt: null, or a function deciding at each
// logging call whether to unwind and rewind there (instrumented module only).
function execute(bytes, forkAt, stats, childRandom = Math.random) {
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

  // A child: a new instance with a copy of memory, rewound from the same save buffer; it must
  // then do exactly what the parent does from the fork on (until the export returns).
  let child = null; // { instance, events, armed, snapshot, from }
  const childLog = (kind) => (value) => {
    if (!child || !child.armed) return;
    const cx = child.instance.exports;
    if (cx.wpk_fork_state() === 2) {
      cx.wpk_fork_rewind_end();
      new Uint8Array(cx.memory.buffer).set(child.snapshot, 0);
      return;
    }
    child.events.push(`log-${kind} ${show(value)}`);
  };
  const childImports = { 'fuzzing-support': {
    'log-i32': childLog('i32'), 'log-i64': childLog('i64'), 'log-f32': childLog('f32'),
    'log-f64': childLog('f64'), 'log-v128': childLog('v128') } };
  const runChild = (fn, args) => {
    child = { instance: new WebAssembly.Instance(module, childImports), events: [], armed: false,
              snapshot, from: events.length };
    const cx = child.instance.exports;
    const src = new Uint8Array(ex.memory.buffer);
    const grow = src.length / 65536 - cx.memory.buffer.byteLength / 65536;
    if (grow > 0) growMemory(cx.memory, grow);
    new Uint8Array(cx.memory.buffer).set(src);
    new DataView(cx.memory.buffer).setUint32(0, 16, true);
    child.armed = true;
    cx.wpk_fork_rewind_begin(0);
    let outcome;
    try {
      outcome = `-> ${show(cx[fn](...args))}`;
    } catch (e) {
      if (e instanceof RangeError && /call stack/i.test(e.message)) throw new Inconclusive('stack exhausted');
      if (e instanceof WebAssembly.RuntimeError) outcome = `trap ${e.message}`;
      else if (e instanceof TypeError) outcome = 'type-error';
      else if (e instanceof WebAssembly.Exception) outcome = 'wasm-exception';
      else throw e;
    }
    child.events.push(outcome);
    stats.children++;
  };
  const checkChild = (parentOutcome) => {
    if (!child) return;
    const expected = [...events.slice(child.from), parentOutcome].join('\n');
    const actual = child.events.join('\n');
    if (expected !== actual) events.push(`CHILD DIFFERS: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
    child = null;
  };
  const exportTypes = WebAssembly.Module.exports(module);
  const paramTypes = exportedParamTypes(bytes);
  const childAllowed = !hasPassiveDataSegment(bytes);
  for (const { name, kind } of exportTypes) {
    if (kind !== 'function' || name === 'hangLimitInitializer' || name.startsWith('wpk_fork_')) continue;
    if (ex.hangLimitInitializer) ex.hangLimitInitializer();
    const fn = ex[name];
    const params = paramTypes[name] || [];
    if (params.some((t) => zeroFor(t) === undefined)) continue; // not callable from JS
    const args = params.map(zeroFor);
    let outcome;
    try {
      let result = fn(...args);
      while (pending) {
        pending = false;
        const state = ex.wpk_fork_state();
        ex.wpk_fork_unwind_end();
        if (state !== 1) throw new Error(`unwind ended in state ${state}`);
        if (!child && childAllowed && childRandom() < 0.5) runChild(name, args);
        const view = new DataView(ex.memory.buffer);
        view.setUint32(0, 16, true);
        ex.wpk_fork_rewind_begin(0);
        stats.cycles++;
        result = fn(...args);
      }
      outcome = `${name} -> ${show(result)}`;
      checkChild(`-> ${show(result)}`);
    } catch (e) {
      if (e instanceof RangeError && /call stack/i.test(e.message)) throw new Inconclusive('stack exhausted');
      if (e instanceof WebAssembly.RuntimeError) { outcome = `${name} trap ${e.message}`; checkChild(`trap ${e.message}`); }
      else if (e instanceof TypeError) { outcome = `${name} type-error`; checkChild('type-error'); }
      else if (e instanceof WebAssembly.Exception) { outcome = `${name} wasm-exception`; checkChild('wasm-exception'); }
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
  const stats = { modules: 0, compared: 0, rejected: 0, inconclusive: 0, cycles: 0, children: 0, failures: 0 };
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
    // Odd seeds without bulk memory: no passive data segments, so their forks get child checks.
    const features = seed % 2 ? FEATURES.filter((f) => f !== '--enable-bulk-memory') : FEATURES;
    const gen = spawnSync('wasm-opt', ['-ttf', input, '-o', original, ...features], { encoding: 'utf8' });
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
      actual = execute(outBytes, forkAt, stats, prng(seed ^ 0xc41d));
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
    `inconclusive ${stats.inconclusive}, unwind+rewind cycles ${stats.cycles}, child instances ${stats.children}, failures ${stats.failures}`);
  return stats.failures === 0 ? 0 : 1;
}

process.exit(run(parseArgs(process.argv.slice(2))));
