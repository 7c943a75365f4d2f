// wpk-run end to end on hand-written modules (wat2wasm): exit status, stdout, bad input
// (missing program, not wasm, wrong ABI version), ENOSYS, traps, wasm64, and fork in a module
// that was not fork-instrumented.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ABI_VERSION, SYSCALLS, E } from '../lib/abi.mjs';
import { watProgram } from './wat-program.mjs';

const wpkRun = fileURLToPath(new URL('../bin/wpk-run', import.meta.url));
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wpk-cli-'));

const program = (name, wat, opts) => watProgram(dir, name, wat, opts);

function run(args, env = {}) {
  const r = spawnSync(wpkRun, args, { encoding: 'utf8', env: { ...process.env, ...env } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const nr = (name) => SYSCALLS[name].nr;
const sys32 = '(import "wpk" "syscall" (func $sys (param i32 i32 i32 i32 i32 i32 i32) (result i32)))';
const call32 = (name, ...a) => `(call $sys (i32.const ${nr(name)}) ${[...a, 0, 0, 0, 0, 0, 0].slice(0, 6).map((x) => (typeof x === 'number' ? `(i32.const ${x})` : x)).join(' ')})`;

const hello = program('hello', `(module ${sys32}
  (memory (export "memory") 1)
  (data (i32.const 16) "hello from wasm32\\n")
  (func (export "wpk_abi_version") (result i32) (i32.const ${ABI_VERSION}))
  (func (export "_start")
    (drop ${call32('write', 1, 16, 18)})
    (drop ${call32('exit_group', 3)})))`);

test('runs a program: stdout and exit status propagate', () => {
  const r = run([hello]);
  assert.equal(r.stdout, 'hello from wasm32\n');
  assert.equal(r.status, 3);
  assert.equal(r.stderr, '');
});

test('wasm64 program with 64-bit syscall arguments', () => {
  const p = program('hello64', `(module
    (import "wpk" "syscall" (func $sys (param i32 i64 i64 i64 i64 i64 i64) (result i64)))
    (memory (export "memory") i64 1)
    (data (i64.const 16) "hello from wasm64\\n")
    (func (export "wpk_abi_version") (result i32) (i32.const ${ABI_VERSION}))
    (func (export "_start")
      (drop (call $sys (i32.const ${nr('write')}) (i64.const 1) (i64.const 16) (i64.const 18) (i64.const 0) (i64.const 0) (i64.const 0)))
      (drop (call $sys (i32.const ${nr('exit_group')}) (i64.const 4) (i64.const 0) (i64.const 0) (i64.const 0) (i64.const 0) (i64.const 0)))))`, { memory64: true });
  const r = run([p]);
  assert.equal(r.stdout, 'hello from wasm64\n');
  assert.equal(r.status, 4);
});

test('bad input: one line, shell exit codes, no stack trace', () => {
  const missing = run([path.join(dir, 'nope.wasm')]);
  assert.equal(missing.status, 127);
  const notWasm = path.join(dir, 'script.txt');
  fs.writeFileSync(notWasm, 'echo hi\n');
  const nw = run([notWasm]);
  assert.equal(nw.status, 126);
  assert.match(nw.stderr, /not a WebAssembly module/);
  const wrong = program('wrongabi', '(module (memory (export "memory") 1) (func (export "_start")))', { version: ABI_VERSION + 41 });
  const wv = run([wrong]);
  assert.equal(wv.status, 126);
  assert.match(wv.stderr, new RegExp(`ABI version ${ABI_VERSION + 41}`));
  for (const r of [missing, nw, wv]) {
    assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
    assert.doesNotMatch(r.stderr, /\n\s+at /);
  }
  const foreign = program('foreign', '(module (import "env" "puts" (func)) (memory (export "memory") 1) (func (export "_start")))');
  const fr = run([foreign]);
  assert.equal(fr.status, 126);
  assert.match(fr.stderr, /imports env\.puts, outside the kernel ABI/);
  for (const r of [missing, nw, wv, fr]) assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
  assert.equal(run([]).status, 2);
});

test('unknown syscalls return ENOSYS and are logged on request', () => {
  const p = program('nosys', `(module ${sys32}
    (memory (export "memory") 1)
    (func (export "_start")
      (drop ${call32('exit_group', `(i32.sub (i32.const 0) (call $sys (i32.const 4000) (i32.const 0) (i32.const 0) (i32.const 0) (i32.const 0) (i32.const 0) (i32.const 0)))`)})))`);
  const quiet = run([p]);
  assert.equal(quiet.status, E.ENOSYS);
  assert.equal(quiet.stderr, '');
  const traced = run([p], { WPK_RUN_TRACE_ENOSYS: '1' });
  assert.equal(traced.status, E.ENOSYS);
  assert.match(traced.stderr, /unimplemented syscall .*4000/);
});

test('a trap ends the process like a signal', () => {
  const p = program('trap', '(module (memory (export "memory") 1) (func (export "_start") unreachable))');
  const r = run([p]);
  assert.equal(r.status, 128 + 4);
  assert.match(r.stderr, /wasm trap: unreachable/);
});

test('fork in a module without fork instrumentation: clear error, ENOSYS', () => {
  const p = program('nofork', `(module ${sys32}
    (import "wpk" "fork" (func $fork (result i32)))
    (memory (export "memory") 1)
    (func (export "_start")
      (drop ${call32('exit_group', '(i32.sub (i32.const 0) (call $fork))')})))`);
  const r = run([p]);
  assert.equal(r.status, E.ENOSYS);
  assert.match(r.stderr, /not fork-instrumented/);
});

test('pipes within one process: data then EOF', () => {
  const p = program('pipe', `(module ${sys32}
    (memory (export "memory") 1)
    (data (i32.const 16) "through a pipe\\n")
    (func (export "_start") (local $n i32)
      (drop ${call32('pipe2', 100, 0)})
      (drop ${call32('write', '(i32.load (i32.const 104))', 16, 15)})
      (drop ${call32('close', '(i32.load (i32.const 104))')})
      (local.set $n ${call32('read', '(i32.load (i32.const 100))', 200, 100)})
      (drop ${call32('write', 1, 200, '(local.get $n)')})
      (drop ${call32('exit_group', `(i32.add (i32.const 10) ${call32('read', '(i32.load (i32.const 100))', 200, 100)})`)})))`);
  const r = run([p]);
  assert.equal(r.stdout, 'through a pipe\n');
  assert.equal(r.status, 10);
});

test("stdin from a regular file: the caller's offset ends where the program's does", () => {
  const p = program('read6', `(module ${sys32}
    (memory (export "memory") 1)
    (func (export "_start") (local $n i32)
      (local.set $n ${call32('read', 0, 200, 6)})
      (drop ${call32('write', 1, 200, '(local.get $n)')})
      (drop ${call32('exit_group', 0)})))`);
  const input = path.join(dir, 'lines.txt');
  fs.writeFileSync(input, 'first\nsecond\n');
  const r = spawnSync('sh', ['-c', '{ "$0" "$1"; cat; } < "$2"', wpkRun, p, input], { encoding: 'utf8' });
  assert.equal(r.stdout, 'first\nsecond\n');
  assert.equal(r.status, 0);
});

test('stdin from a pipe: the runtime takes no more from the host than the program reads', () => {
  // Reads one byte at a time, as a shell's `read` does on a pipe; the rest stays for `cat`.
  const p = program('read1x2', `(module ${sys32}
    (memory (export "memory") 1)
    (func (export "_start")
      (drop ${call32('read', 0, 200, 1)})
      (drop ${call32('read', 0, 201, 1)})
      (drop ${call32('write', 1, 200, 2)})
      (drop ${call32('exit_group', 0)})))`);
  const r = spawnSync('sh', ['-c', `printf 'a\\nb\\n' | { "$0" "$1"; cat; }`, wpkRun, p], { encoding: 'utf8' });
  assert.equal(r.stdout, 'a\nb\n');
  assert.equal(r.status, 0);
});

// poll(stdin, POLLIN) without a timeout; the exit status is the revents it reported.
const pollStdin = () => program('pollstdin', `(module ${sys32}
  (memory (export "memory") 1)
  (func (export "_start")
    (i32.store (i32.const 100) (i32.const 0))
    (i32.store16 (i32.const 104) (i32.const 1))
    (drop ${call32('ppoll', 100, 1, 0, 0, 8)})
    (drop ${call32('exit_group', '(i32.load16_u (i32.const 106))')})))`);

test('poll on stdin at EOF: POLLHUP alone for a pipe, POLLIN for /dev/null or a file (as Linux)', () => {
  const p = pollStdin();
  const POLLIN = 1;
  const POLLHUP = 16;
  const pipe = spawnSync('sh', ['-c', `printf '' | "$0" "$1"`, wpkRun, p], { encoding: 'utf8' });
  assert.equal(pipe.status, POLLHUP);
  const devnull = spawnSync('sh', ['-c', '"$0" "$1" < /dev/null', wpkRun, p], { encoding: 'utf8' });
  assert.equal(devnull.status, POLLIN);
  const file = spawnSync('sh', ['-c', '"$0" "$1" < "$1"', wpkRun, p], { encoding: 'utf8' });
  assert.equal(file.status, POLLIN);
  const data = spawnSync('sh', ['-c', `printf x | "$0" "$1"`, wpkRun, p], { encoding: 'utf8' });
  assert.equal(data.status & POLLIN, POLLIN);
});

// Runs argv under a new pseudo-terminal (python's pty module; node has none), types `typed`
// into it, and returns the status and everything the terminal showed.
function runInTerminal(argv, typed) {
  const py = `import os, pty, sys
pid, fd = pty.fork()
if pid == 0:
    os.execv(sys.argv[1], sys.argv[1:])
os.write(fd, sys.stdin.buffer.read())
out = b''
while True:
    try:
        d = os.read(fd, 1000)
    except OSError:
        break
    if not d:
        break
    out += d
sys.stdout.buffer.write(out)
sys.exit(os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))`;
  return spawnSync('python3', ['-c', py, ...argv], { input: typed, encoding: 'utf8', timeout: 30000 });
}

test('/dev/tty: reads and writes at the terminal, lseek/pread give ESPIPE', { skip: spawnSync('python3', ['-c', 'import pty']).status !== 0 && 'no python3 pty' }, () => {
  // exit status: 0 when all is as expected, else a bit per failed step.
  const p = program('tty', `(module ${sys32}
    (memory (export "memory") 1)
    (data (i32.const 16) "/dev/tty\\00")
    (data (i32.const 32) "got: ")
    (func (export "_start") (local $fd i32) (local $n i32) (local $bad i32)
      (local.set $fd ${call32('openat', -100, 16, 2, 0)})
      (local.set $n ${call32('read', '(local.get $fd)', 37, 100)})
      (if (i32.le_s (local.get $n) (i32.const 0)) (then (local.set $bad (i32.const 1))))
      (if (i32.ne ${call32('write', '(local.get $fd)', 32, '(i32.add (local.get $n) (i32.const 5))')} (i32.add (local.get $n) (i32.const 5)))
        (then (local.set $bad (i32.or (local.get $bad) (i32.const 2)))))
      (if (i32.ne ${call32('lseek', '(local.get $fd)', 0, 0, 1)} (i32.const -${E.ESPIPE}))
        (then (local.set $bad (i32.or (local.get $bad) (i32.const 4)))))
      (if (i32.ne ${call32('pread64', '(local.get $fd)', 37, 1, 0, 0)} (i32.const -${E.ESPIPE}))
        (then (local.set $bad (i32.or (local.get $bad) (i32.const 8)))))
      (drop ${call32('exit_group', '(local.get $bad)')})))`);
  const r = runInTerminal([wpkRun, p], 'typed\n');
  assert.equal(r.status, 0, r.stdout + r.stderr);
  assert.match(r.stdout, /got: typed/);
});

test('--argv0 sets the name the program sees as argv[0]', () => {
  // Prints argv[0] (wpk.args_get: pointers at 200, strings at 400).
  const p = program('argv0', `(module ${sys32}
    (import "wpk" "args_get" (func $args_get (param i32 i32) (result i32)))
    (memory (export "memory") 1)
    (func (export "_start") (local $end i32)
      (drop (call $args_get (i32.const 200) (i32.const 400)))
      (local.set $end (i32.load (i32.const 200)))
      (block $done (loop $scan
        (br_if $done (i32.eqz (i32.load8_u (local.get $end))))
        (local.set $end (i32.add (local.get $end) (i32.const 1)))
        (br $scan)))
      (drop ${call32('write', 1, '(i32.load (i32.const 200))', '(i32.sub (local.get $end) (i32.load (i32.const 200)))')})
      (drop ${call32('exit_group', 0)})))`);
  assert.equal(run(['--argv0', 'sha256sum', p, 'x']).stdout, 'sha256sum');
  assert.equal(run(['--argv0=ls', p]).stdout, 'ls');
  assert.equal(run([p]).stdout, p);
  assert.equal(run(['--argv0']).status, 2);
});
