// instrument_bench.mjs — benchmarks of wpk-fork-instrument against Binaryen's Asyncify, all
// measured in the same run, printed as ratios:
//   * code-section bytes before/after for both (same optimization level: none, and -O2 on both)
//     on the largest fork-using modules available (the runtime's fork test programs, the
//     instrument C tests, cpu_bound.c), share of functions instrumented, instrumentation time;
//   * runtime overhead of a CPU-bound program (cpu_bound.c), instrumented vs not;
//   * V8 recursion depth on the PR #701 shape (pr701_walk.wat), instrumented vs not.
//
//   node instrument_bench.mjs --tool WPK_FORK_INSTRUMENT [--work DIR] [--runs N]
//                             [--module FILE.wasm ...] [--sizes-only]
// --module adds an uninstrumented module (e.g. a program from the store's uninstrumented/ copy)
// to the size table; the largest one also gets its instrumentation time measured. Modules that
// Asyncify cannot handle (exception handling, as for programs using setjmp; memory64) are listed
// with wpk's numbers only and left out of the ratio totals. --sizes-only skips the runtime and recursion
// depth measurements.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, existsSync, statSync, writeFileSync as require_write } from 'node:fs';
import { join, basename, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tmpdir } from 'node:os';
import { runProgram } from '../tests/harness/fork_runtime.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const args = process.argv.slice(2);
const opt = (name, fallback) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : fallback; };
const tool = opt('--tool');
const work = opt('--work', join(tmpdir(), `wpk-instrument-bench-${process.pid}`));
const runs = Number(opt('--runs', '10'));
const extraModules = args.flatMap((a, i) => (a === '--module' ? [args[i + 1]] : []));
const sizesOnly = args.includes('--sizes-only');
if (!tool) { console.error('usage: node instrument_bench.mjs --tool WPK_FORK_INSTRUMENT [--work DIR] [--runs N] [--module FILE.wasm ...] [--sizes-only]'); process.exit(2); }
mkdirSync(work, { recursive: true });

function codeBytes(file) {
  const u8 = readFileSync(file);
  let pos = 8;
  const leb = () => { let r = 0, s = 0, b; do { b = u8[pos++]; r += (b & 0x7f) * 2 ** s; s += 7; } while (b & 0x80); return r; };
  while (pos < u8.length) {
    const id = u8[pos++];
    const size = leb();
    if (id === 10) return size;
    pos += size;
  }
  return 0;
}
function timed(fn) { const t = process.hrtime.bigint(); fn(); return Number(process.hrtime.bigint() - t) / 1e6; }
const ratio = (a, b) => (b === 0 ? 'n/a' : (a / b).toFixed(3));

// --- modules --------------------------------------------------------------------------------
const sources = [];
const progDir = join(root, 'kernel-abi', 'tests', 'programs');
if (existsSync(progDir)) {
  for (const f of readdirSync(progDir).sort()) {
    if (f.endsWith('.c') && /fork/.test(readFileSync(join(progDir, f), 'utf8'))) sources.push(join(progDir, f));
  }
}
for (const f of readdirSync(join(here, '..', 'tests', 'c')).sort()) if (f.endsWith('.c')) sources.push(join(here, '..', 'tests', 'c', f));
sources.push(join(here, 'cpu_bound.c'));
const cc = join(root, 'toolchain', 'bin', 'wasm32posix-cc');
const modules = [];
for (const src of sources) {
  const out = join(work, basename(src, '.c') + '.wasm');
  const r = spawnSync(cc, ['-O2', src, '-o', out, '-I', dirname(src)], { encoding: 'utf8' });
  if (r.status !== 0) { console.log(`skip ${basename(src)}: compile failed: ${r.stderr.split('\n')[0]}`); continue; }
  modules.push(out);
}

for (const file of extraModules) {
  if (!existsSync(file)) { console.error(`--module ${file}: no such file`); process.exit(2); }
  // Copied under a unique name: outputs are written next to it.
  const out = join(work, `m${modules.length}-${basename(file).replace(/\.wasm$/, '')}.wasm`);
  require_write(out, readFileSync(file));
  modules.push(out);
}

// --- size, share, time ------------------------------------------------------------------------
console.log('# code-section bytes: wpk-fork-instrument vs Asyncify (asyncify-imports@wpk.fork)');
console.log('module                      orig    wpk  asyncify  growth-ratio  | -O2: orig    wpk  asyncify  growth-ratio | share  t-wpk-ms t-async-ms');
let largest = { file: null, bytes: 0, ms: 0 };
const totals = { orig: 0, wpk: 0, async: 0, origO: 0, wpkO: 0, asyncO: 0, tw: 0, ta: 0, fns: 0, inst: 0 };
const asyncify = (input, output, pre = [], post = []) =>
  execFileSync('wasm-opt', [input, ...pre, '--asyncify', '--pass-arg=asyncify-imports@wpk.fork', ...post, '--all-features', '-o', output], { stdio: 'ignore' });
for (const m of modules) {
  const base = m.replace(/\.wasm$/, '');
  const stats = join(`${base}.stats.json`);
  let tw = Infinity, ta = Infinity;
  let asyncOk = true;
  try {
    asyncify(m, `${base}.async.wasm`);
  } catch (e) {
    asyncOk = false; // Binaryen 108's Asyncify supports neither exception handling (setjmp/longjmp,
                     // C++) nor memory64 (it emits i32 pointers)
  }
  for (let i = 0; i < 3; i++) {
    tw = Math.min(tw, timed(() => execFileSync(tool, [m, '-o', `${base}.wpk.wasm`, `--stats=${stats}`, '--stats-format', 'json'])));
    if (asyncOk) ta = Math.min(ta, timed(() => asyncify(m, `${base}.async.wasm`)));
  }
  const s = JSON.parse(readFileSync(stats, 'utf8'));
  if (s.seeds.length === 0) { console.log(`${basename(m).padEnd(26)} skipped: does not import wpk.fork`); continue; }
  execFileSync('wasm-opt', [`${base}.wpk.wasm`, '-O2', '--all-features', '-o', `${base}.wpk.O2.wasm`], { stdio: 'ignore' });
  execFileSync('wasm-opt', [m, '-O2', '--all-features', '-o', `${base}.O2.wasm`], { stdio: 'ignore' });
  if (asyncOk) asyncify(m, `${base}.async.O2.wasm`, ['-O2']);
  const o = codeBytes(m), w = codeBytes(`${base}.wpk.wasm`);
  const oO = codeBytes(`${base}.O2.wasm`), wO = codeBytes(`${base}.wpk.O2.wasm`);
  const share = s.functions_instrumented / s.functions_total;
  if (o > largest.bytes) largest = { file: m, bytes: o, ms: tw };
  if (!asyncOk) {
    console.log(`${basename(m).padEnd(26)} ${String(o).padStart(6)} ${String(w).padStart(6)} ${'n/a'.padStart(9)}  ${'n/a'.padStart(12)}  | ${String(oO).padStart(10)} ${String(wO).padStart(6)} ${'n/a'.padStart(9)}  ${'n/a'.padStart(12)} | ${(100 * share).toFixed(0).padStart(4)}% ${tw.toFixed(1).padStart(8)} ${'n/a'.padStart(10)}  (Asyncify fails: EH or memory64; wpk growth ${ratio(w - o, o)} / ${ratio(wO - oO, oO)} of the code)`);
    continue;
  }
  const a = codeBytes(`${base}.async.wasm`), aO = codeBytes(`${base}.async.O2.wasm`);
  totals.orig += o; totals.wpk += w; totals.async += a; totals.origO += oO; totals.wpkO += wO; totals.asyncO += aO;
  totals.tw += tw; totals.ta += ta; totals.fns += s.functions_total; totals.inst += s.functions_instrumented;
  console.log(`${basename(m).padEnd(26)} ${String(o).padStart(6)} ${String(w).padStart(6)} ${String(a).padStart(9)}  ${ratio(w - o, a - o).padStart(12)}  | ${String(oO).padStart(10)} ${String(wO).padStart(6)} ${String(aO).padStart(9)}  ${ratio(wO - oO, aO - oO).padStart(12)} | ${(100 * share).toFixed(0).padStart(4)}% ${tw.toFixed(1).padStart(8)} ${ta.toFixed(1).padStart(10)}`);
}
console.log(`TOTAL growth wpk/asyncify: ${ratio(totals.wpk - totals.orig, totals.async - totals.orig)} (no opt), ` +
  `${ratio(totals.wpkO - totals.origO, totals.asyncO - totals.origO)} (-O2 on both); code size wpk/orig ${ratio(totals.wpk, totals.orig)}, ` +
  `asyncify/orig ${ratio(totals.async, totals.orig)}; functions instrumented ${totals.inst}/${totals.fns} ` +
  `(${(100 * totals.inst / totals.fns).toFixed(1)}%); instrumentation time wpk/asyncify ${ratio(totals.tw, totals.ta)}`);

if (largest.file) {
  console.log(`# largest module: ${basename(largest.file)} (${largest.bytes} code bytes): instrumentation ${largest.ms.toFixed(0)} ms (best of 3)`);
}
if (sizesOnly) process.exit(0);

// --- instrumentation time on a large module ---------------------------------------------------
{
  // A deterministic ~0.5 MB module from Binaryen's fuzzer (bash is ~1 MB of code), every
  // function instrumented (--force-all); Asyncify with every import able to unwind.
  let a = 12345;
  const bytes = Buffer.alloc(3000000);
  for (let i = 0; i < bytes.length; i++) { a = (a * 1103515245 + 12345) >>> 0; bytes[i] = a >>> 24; }
  const input = join(work, 'large.bin'), large = join(work, 'large.wasm');
  require_write(input, bytes);
  execFileSync('wasm-opt', ['-ttf', input, '-o', large, '--enable-sign-ext', '--enable-bulk-memory', '--enable-mutable-globals'], { stdio: 'ignore' });
  let tw = Infinity, ta = Infinity;
  for (let i = 0; i < 3; i++) {
    tw = Math.min(tw, timed(() => execFileSync(tool, [large, '-o', join(work, 'large.wpk.wasm'), '--force-all'])));
    ta = Math.min(ta, timed(() => execFileSync('wasm-opt', [large, '--asyncify', '--enable-sign-ext', '--enable-bulk-memory', '--enable-mutable-globals', '-o', join(work, 'large.async.wasm')], { stdio: 'ignore' })));
  }
  console.log(`# large module (${statSync(large).size} bytes, ${codeBytes(large)} code bytes): instrumentation ${tw.toFixed(0)} ms ` +
    `(Asyncify ${ta.toFixed(0)} ms, ratio ${ratio(tw, ta)}); code growth wpk/asyncify ` +
    `${ratio(codeBytes(join(work, 'large.wpk.wasm')) - codeBytes(large), codeBytes(join(work, 'large.async.wasm')) - codeBytes(large))}`);
}

// --- runtime overhead ---------------------------------------------------------------------------
{
  const plain = readFileSync(join(work, 'cpu_bound.wasm'));
  const inst = readFileSync(join(work, 'cpu_bound.wpk.wasm'));
  // The uninstrumented module has no protocol exports; its fork is never called.
  // Modules are compiled once (and warmed up by the first rounds); each run is a fresh
  // instance. Runs alternate between the two; the best time of each counts.
  const compiledPlain = new WebAssembly.Module(plain), compiledInst = new WebAssembly.Module(inst);
  const runOnce = (bytes) => {
    let out;
    const compiled = bytes === plain ? compiledPlain : compiledInst;
    // CPU time of this process (user + system), steadier than wall time on a shared machine.
    const before = process.cpuUsage();
    out = runProgram(bytes, { compiled });
    const used = process.cpuUsage(before);
    const t = (used.user + used.system) / 1000;
    return { t, out: JSON.stringify(out[0].log) };
  };
  let best = { plain: Infinity, inst: Infinity }, outs = new Set();
  for (let i = 0; i < runs + 2; i++) {
    const p = runOnce(plain), q = runOnce(inst);
    if (i < 2) continue; // warm-up (tier-up)
    best.plain = Math.min(best.plain, p.t); best.inst = Math.min(best.inst, q.t);
    outs.add(p.out); outs.add(q.out);
  }
  console.log(`# runtime (CPU time): cpu_bound.c best of ${runs}: uninstrumented ${best.plain.toFixed(1)} ms, instrumented ${best.inst.toFixed(1)} ms, ` +
    `ratio ${ratio(best.inst, best.plain)} (outputs identical: ${outs.size === 1})`);
}

// --- V8 recursion depth on the PR #701 shape ---------------------------------------------------
{
  const wat = join(here, 'pr701_walk.wat');
  const plainFile = join(work, 'pr701_walk.wasm');
  execFileSync('wat2wasm', [wat, '-o', plainFile]);
  execFileSync(tool, [plainFile, '-o', join(work, 'pr701_walk.wpk.wasm')]);
  const probe = join(here, 'recursion_depth.mjs');
  const maxDepth = (file, flags) => Number(execFileSync(process.execPath, [...flags, probe, file], { encoding: 'utf8' }).trim());
  for (const [tier, flags] of [['baseline (Liftoff)', ['--liftoff', '--no-wasm-tier-up']], ['optimizing (TurboFan)', ['--no-liftoff']]]) {
    // Each probe is a fresh process and V8's usable stack varies a little between processes:
    // alternate the two modules and keep the best of several probes each.
    let d0 = 0, d1 = 0;
    for (let i = 0; i < runs; i++) {
      d0 = Math.max(d0, maxDepth(plainFile, flags));
      d1 = Math.max(d1, maxDepth(join(work, 'pr701_walk.wpk.wasm'), flags));
    }
    console.log(`# V8 recursion depth (PR #701 shape, ${tier}): uninstrumented ${d0}, instrumented ${d1}, ratio ${ratio(d1, d0)}`);
  }
}
