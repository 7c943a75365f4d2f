// rewrite-cache.mjs: the load-time rewrites of programs kept on disk between runs. The cache on
// its own (hits, keys, damaged entries, least-recently-used pruning, directories it cannot
// write, settings), then wpk-run end to end on a WAT program on shared memory.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ABI_VERSION, SYSCALLS } from '../lib/abi.mjs';
import { rewriteModule } from '../lib/module-rewrite.mjs';
import { signalPoll } from '../lib/signal-poll.mjs';
import { bulkMemoryGuard } from '../lib/bulk-memory-guard.mjs';
import { atomicGuard } from '../lib/atomic-guard.mjs';
import { RewriteCache, cacheFromEnvironment, CacheSettingError, DEFAULT_MAX_BYTES } from '../lib/rewrite-cache.mjs';
import { watModule, watProgram } from './wat-program.mjs';

const wpkRun = fileURLToPath(new URL('../bin/wpk-run', import.meta.url));
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'wpk-rewrite-cache-'));
process.on('exit', () => fs.rmSync(scratch, { recursive: true, force: true }));
let dirs = 0;
const freshDir = () => path.join(scratch, `cache${++dirs}`);

// A module with a loop on an imported shared memory (signal-poll rewrites it), and one that
// defines its memory (no transform touches it).
const looping = watModule('looping', `(module
  (import "wpk" "syscall" (func (param i32 i32 i32 i32 i32 i32 i32) (result i32)))
  (import "wpk" "memory" (memory 1 16 shared))
  (func (export "spin") (param $n i32) (loop $l (br_if $l (local.tee $n (i32.sub (local.get $n) (i32.const 1)))))))`);
const ownMemory = watModule('own', '(module (memory 1) (func (export "f") (loop $l)))');
const poll = () => [signalPoll({ memory64: false, sharedMemory: true })];

test('a hit gives back the bytes and transforms of the rewrite it stored', () => {
  const cache = new RewriteCache(freshDir());
  const key = cache.key('signal-poll', looping);
  assert.equal(cache.get(key, looping), null);
  const rewritten = rewriteModule(looping, poll());
  assert.deepEqual(rewritten.applied, ['signal-poll']);
  cache.put(key, rewritten, looping);
  const hit = cache.get(key, looping);
  assert.ok(Buffer.from(hit.bytes).equals(Buffer.from(rewritten.bytes)));
  assert.deepEqual(hit.applied, ['signal-poll']);
  new WebAssembly.Module(hit.bytes); // still a module the engine takes
});

test('the key depends on the program, the rewrite and the runtime version', () => {
  const dir = freshDir();
  const a = new RewriteCache(dir, { version: 'one' });
  const b = new RewriteCache(dir, { version: 'two' });
  const keys = [a.key('signal-poll', looping), a.key('signal-poll', ownMemory), a.key('bulk-memory-guard,signal-poll', looping), b.key('signal-poll', looping)];
  assert.equal(new Set(keys).size, 4);
  assert.equal(a.key('signal-poll', Buffer.from(looping)), keys[0]);
});

test('a module no transform changed is stored without its bytes and comes back as the program', () => {
  const cache = new RewriteCache(freshDir());
  const key = cache.key('signal-poll', ownMemory);
  const unchanged = rewriteModule(ownMemory, poll());
  assert.deepEqual(unchanged.applied, []);
  cache.put(key, unchanged, ownMemory);
  assert.ok(fs.statSync(cache.entryPath(key)).size < 100);
  const hit = cache.get(key, ownMemory);
  assert.equal(hit.bytes, ownMemory);
  assert.deepEqual(hit.applied, []);
});

test('a damaged entry is removed and counts as not there', () => {
  const cache = new RewriteCache(freshDir());
  const key = cache.key('signal-poll', looping);
  const file = cache.entryPath(key);
  const damages = [
    (data) => data.subarray(0, data.length - 1), // cut short
    (data) => Buffer.concat([data, Buffer.from([0])]), // longer than it says
    (data) => Buffer.concat([Buffer.from('other-format 1 '), data]),
    () => Buffer.from('wpk-rewrite-cache 1 {"applied":"signal-poll","length":0}\n'),
    () => Buffer.from('wpk-rewrite-cache 1 {"applied":["signal-poll"],"length":0}\n'), // changed, yet no bytes
    () => Buffer.from('wpk-rewrite-cache 1 not json\n'),
    () => Buffer.alloc(0),
  ];
  for (const damage of damages) {
    cache.put(key, rewriteModule(looping, poll()), looping);
    fs.writeFileSync(file, damage(fs.readFileSync(file)));
    assert.equal(cache.get(key, looping), null, damage.toString());
    assert.ok(!fs.existsSync(file), damage.toString());
  }
});

test('past maxBytes the least recently used entries go, a use counting as recent', () => {
  const dir = freshDir();
  const programs = [1, 2, 3, 4].map((n) => Buffer.concat([looping, customSection(n)]));
  const rewritten = programs.map((p) => rewriteModule(p, poll()));
  const size = rewritten[0].bytes.length + 100;
  const cache = new RewriteCache(dir, { maxBytes: 3 * size });
  const keys = programs.map((p) => cache.key('signal-poll', p));
  const age = (i, seconds) => {
    const t = new Date(Date.now() - seconds * 1000);
    fs.utimesSync(cache.entryPath(keys[i]), t, t);
  };
  for (let i = 0; i < 3; i++) {
    cache.put(keys[i], rewritten[i], programs[i]);
    age(i, 100 - i); // 0 is the oldest
  }
  assert.ok(cache.get(keys[0], programs[0])); // now 1 is the least recently used
  cache.put(keys[3], rewritten[3], programs[3]);
  const present = keys.map((k) => fs.existsSync(cache.entryPath(k)));
  assert.deepEqual(present, [true, false, true, true]);
});

test('temporary files of writers that did not finish go once they are an hour old', () => {
  const cache = new RewriteCache(freshDir());
  cache.put(cache.key('signal-poll', looping), rewriteModule(looping, poll()), looping);
  const stale = path.join(cache.dir, 'x.wasm.1.aa.tmp');
  const fresh = path.join(cache.dir, 'y.wasm.2.bb.tmp');
  fs.writeFileSync(stale, 'partial');
  fs.writeFileSync(fresh, 'partial');
  const old = new Date(Date.now() - 2 * 3600 * 1000);
  fs.utimesSync(stale, old, old);
  cache.prune();
  assert.ok(!fs.existsSync(stale));
  assert.ok(fs.existsSync(fresh));
});

test('a cache that cannot be written is no cache, and no error', () => {
  const blocker = path.join(scratch, 'a-file');
  fs.writeFileSync(blocker, '');
  const cache = new RewriteCache(path.join(blocker, 'cache')); // its parent is a file
  const key = cache.key('signal-poll', looping);
  cache.put(key, rewriteModule(looping, poll()), looping);
  assert.equal(cache.get(key, looping), null);
});

test('the environment chooses the directory and the bound, or no cache', () => {
  assert.equal(cacheFromEnvironment({ WPK_RUN_MODULE_CACHE: '0', WPK_CACHE: '/c' }), null);
  assert.equal(cacheFromEnvironment({ WPK_RUN_MODULE_CACHE: '/d', WPK_CACHE: '/c' }).dir, '/d');
  const fromCache = cacheFromEnvironment({ WPK_CACHE: '/c' });
  assert.equal(fromCache.dir, '/c/run-modules');
  assert.equal(fromCache.maxBytes, DEFAULT_MAX_BYTES);
  assert.equal(cacheFromEnvironment({ WPK_CACHE: '/c', WPK_RUN_MODULE_CACHE_MAX_MB: '5' }).maxBytes, 5 * 1024 * 1024);
  for (const bad of ['', 'x', '-1', '1.5', '5M']) {
    assert.throws(() => cacheFromEnvironment({ WPK_CACHE: '/c', WPK_RUN_MODULE_CACHE_MAX_MB: bad }), CacheSettingError, bad);
  }
  // Without WPK_CACHE: next to the engine's node-engine folder, when engine/node links there.
  const engineLink = fileURLToPath(new URL('../engine/node', import.meta.url));
  let target = null;
  try {
    target = fs.readlinkSync(engineLink);
  } catch {
    // WPK_NODE runs the tests: no link
  }
  const derived = cacheFromEnvironment({});
  if (target && target.includes('/node-engine/')) assert.equal(derived.dir, path.join(target.slice(0, target.lastIndexOf('/node-engine/')), 'run-modules'));
  else assert.equal(derived, null);
});

test('wpk-run stores a rewritten program, then runs it from the cache', () => {
  const dir = freshDir();
  const program = loopProgram('turns', 'turn', 3);
  const run = (env = {}) => spawnSync(wpkRun, [program], { encoding: 'utf8', env: { ...process.env, WPK_RUN_MODULE_CACHE: dir, ...env } });
  const first = run();
  assert.equal(first.stdout, 'turn\n'.repeat(3), first.stderr);
  assert.equal(first.status, 5);
  const entries = fs.readdirSync(dir);
  assert.equal(entries.length, 1);
  const entry = path.join(dir, entries[0]);
  const header = fs.readFileSync(entry).subarray(0, 200).toString();
  assert.match(header, /^wpk-rewrite-cache 1 \{"applied":\["signal-poll"\],"length":[1-9][0-9]*\}\n/);
  assert.equal(run().stdout, first.stdout);
  assert.deepEqual(fs.readdirSync(dir), entries);
  // The next run takes the entry's bytes, not the program's: put another program's rewrite
  // under the program's key and it runs that.
  const other = fs.readFileSync(loopProgram('other', 'from the cache', 1));
  const options = { memory64: false, sharedMemory: true };
  const transforms = [bulkMemoryGuard(options), atomicGuard(options), signalPoll(options)];
  new RewriteCache(dir).put(entries[0].replace(/\.wasm$/, ''), rewriteModule(other, transforms), other);
  assert.equal(run().stdout, 'from the cache\n');
  // An entry of the right form whose bytes the engine refuses is dropped, and the program is
  // rewritten and runs as itself.
  const key = entries[0].replace(/\.wasm$/, '');
  new RewriteCache(dir).put(key, { bytes: Buffer.from('not a module at all'), applied: ['signal-poll'] }, other);
  const repaired = run();
  assert.equal(repaired.stdout, first.stdout, repaired.stderr);
  assert.equal(repaired.status, 5);
  assert.deepEqual(new RewriteCache(dir).get(key, fs.readFileSync(program)).applied, ['signal-poll']);
  new WebAssembly.Module(new RewriteCache(dir).get(key, fs.readFileSync(program)).bytes);
  // Without the poll the rewrite differs, so it is another entry.
  assert.equal(run({ WPK_RUN_SIGNAL_POLL: '0' }).stdout, first.stdout);
  assert.equal(fs.readdirSync(dir).length, 2);
  // WPK_RUN_MODULE_CACHE=0: no cache at all.
  const unused = path.join(scratch, 'unused');
  const none = spawnSync(wpkRun, [program], { encoding: 'utf8', env: { ...process.env, WPK_RUN_MODULE_CACHE: '0', WPK_CACHE: unused } });
  assert.equal(none.stdout, first.stdout);
  assert.ok(!fs.existsSync(unused));
  // A bad bound is a clear error.
  const bad = run({ WPK_RUN_MODULE_CACHE_MAX_MB: 'lots' });
  assert.equal(bad.status, 126);
  assert.match(bad.stderr, /WPK_RUN_MODULE_CACHE_MAX_MB=lots: expected a whole number of MiB/);
});

// A wpk program on shared memory that writes `text` and a newline `times` times from a loop, then
// exits with 5.
function loopProgram(name, text, times) {
  const sys = (call, ...a) => `(call $sys (i32.const ${SYSCALLS[call].nr}) ${[...a, 0, 0, 0, 0, 0, 0].slice(0, 6).map((x) => `(i32.const ${x})`).join(' ')})`;
  return watProgram(scratch, name, `(module
    (import "wpk" "syscall" (func $sys (param i32 i32 i32 i32 i32 i32 i32) (result i32)))
    (import "wpk" "memory" (memory 1 16 shared))
    (data (i32.const 16) "${text}\\n")
    (func (export "wpk_abi_version") (result i32) (i32.const ${ABI_VERSION}))
    (func (export "_start") (local $n i32)
      (local.set $n (i32.const ${times}))
      (loop $l
        (drop ${sys('write', 1, 16, text.length + 1)})
        (br_if $l (local.tee $n (i32.sub (local.get $n) (i32.const 1)))))
      (drop ${sys('exit_group', 5)})))`, { threads: true });
}

// A custom section named `n`, to make programs that differ only in their bytes.
function customSection(n) {
  const name = Buffer.from(`c${n}`);
  const body = Buffer.concat([Buffer.from([name.length]), name]);
  return Buffer.concat([Buffer.from([0, body.length]), body]);
}
