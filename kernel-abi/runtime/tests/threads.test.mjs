// Threads end to end on hand-written modules (wat2wasm --enable-threads), without a C library:
// a module importing its memory shared as `wpk.memory` (brk/mmap on the kernel's map), clone
// (thread ids, ptid/ctid, the start export and its stack pointer), futex (wait/wake, EAGAIN,
// timeouts, requeue, bitsets), exit vs exit_group, per-thread signal masks and delivery (tkill,
// a process-directed signal to the one thread that does not block it), a trap in a thread,
// /proc/self/task, execve from a thread and, with the built wpk-fork-instrument, fork on shared
// memory from the main thread and from a thread. Each program writes a block of its memory to
// stdout after its joins; the test decodes it. wpk-run must end by itself (spawnSync's timeout
// is only a guard against a hang, never an assertion on time).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SYSCALLS, E, SIG, anyConstant, constant } from '../lib/abi.mjs';
import { watProgram } from './wat-program.mjs';

const wpkRun = fileURLToPath(new URL('../bin/wpk-run', import.meta.url));
const instrumenter = fileURLToPath(new URL('../../../build/instrument/wpk-fork-instrument', import.meta.url));
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wpk-threads-'));

function run(program, args = [], env = {}) {
  const r = spawnSync(wpkRun, [program, ...args], { timeout: 60000, maxBuffer: 1 << 20, env: { ...process.env, ...env } });
  return { status: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr.toString() };
}

const nr = (name) => SYSCALLS[name].nr;
const CLONE_THREAD_FLAGS = ['CLONE_VM', 'CLONE_FS', 'CLONE_FILES', 'CLONE_SIGHAND', 'CLONE_THREAD', 'CLONE_SYSVSEM', 'CLONE_SETTLS',
  'CLONE_PARENT_SETTID', 'CLONE_CHILD_CLEARTID'].reduce((m, n) => m | constant('clone', n), 0);
const FUTEX = (n) => constant('futex', n);

// wasm32: (call $sys NR a1..a6) with numbers or WAT expressions.
const sys = (name, ...a) => `(call $sys (i32.const ${nr(name)}) ${[...a, 0, 0, 0, 0, 0, 0].slice(0, 6).map((x) => (typeof x === 'number' ? `(i32.const ${x})` : x)).join(' ')})`;

// The module frame: shared memory import, the syscall import, the exported stack pointer, a
// table for signal handlers, and helpers: $spawn(i) starts thread i (arg i, stack at
// 0x8000 + i*0x1000, ptid/ctid word at 200 + 4i, clone's result stored at 120 + 4i) and $join(i)
// waits until that word is 0 (the kernel clears it and wakes it when the thread ends).
function threadModule({ body, thread, handlers = [], extra = '', data = '', imports = '' }) {
  return `(module
  (import "wpk" "syscall" (func $sys (param i32 i32 i32 i32 i32 i32 i32) (result i32)))
  ${imports}
  (import "wpk" "memory" (memory 2 200 shared))
  (export "memory" (memory 0))
  (global $sp (export "__stack_pointer") (mut i32) (i32.const 0x7000))
  (table (export "__indirect_function_table") 4 funcref)
  ${handlers.length ? `(elem (i32.const 2) ${handlers.map((h) => h.name).join(' ')})` : ''}
  ${data}
  ${handlers.map((h) => h.wat).join('\n')}
  (func $spawn (param $i i32) (local $stack i32)
    (local.set $stack (i32.add (i32.const 0x8000) (i32.mul (local.get $i) (i32.const 0x1000))))
    (i32.store offset=4 (local.get $stack) (local.get $i))
    (i32.store (i32.add (i32.const 200) (i32.shl (local.get $i) (i32.const 2))) (i32.const -1))
    (i32.store (i32.add (i32.const 120) (i32.shl (local.get $i) (i32.const 2)))
      ${sys('clone', CLONE_THREAD_FLAGS, '(local.get $stack)', '(i32.add (i32.const 200) (i32.shl (local.get $i) (i32.const 2)))', 0,
        '(i32.add (i32.const 200) (i32.shl (local.get $i) (i32.const 2)))')}))
  (func $join (param $i i32) (local $a i32) (local $v i32)
    (local.set $a (i32.add (i32.const 200) (i32.shl (local.get $i) (i32.const 2))))
    (block $done (loop $again
      (local.set $v (i32.atomic.load (local.get $a)))
      (br_if $done (i32.eqz (local.get $v)))
      (drop ${sys('futex', '(local.get $a)', FUTEX('FUTEX_WAIT') | FUTEX('FUTEX_PRIVATE_FLAG'), '(local.get $v)', 0)})
      (br $again))))
  (func $nap (i64.store (i32.const 80) (i64.const 0)) (i64.store (i32.const 88) (i64.const 1000000))
    (drop ${sys('nanosleep', 80, 0)}))
  ${extra}
  (func (export "__wpk_thread_start") (param $stack i32) (local $i i32) (local $c i32)
    (local.set $i (i32.load offset=4 (local.get $stack)))
    ${thread})
  (func (export "_start") ${body}))`;
}

const build = (name, wat) => watProgram(dir, name, wat, { threads: true });
const words = (buf, at, n) => Array.from({ length: n }, (_, k) => buf.readInt32LE(at - 100 + 4 * k));

test('a module importing shared memory runs single-threaded: brk and mmap grow the shared memory', () => {
  const p = build('shared-single', `(module
    (import "wpk" "syscall" (func $sys (param i32 i32 i32 i32 i32 i32 i32) (result i32)))
    (import "wpk" "memory" (memory 1 300 shared))
    (export "memory" (memory 0))
    (data (i32.const 16) "shared ok\\n")
    (func (export "_start") (local $m i32) (local $b i32)
      (local.set $m ${sys('mmap', 0, 1 << 20, 3, anyConstant('MAP_PRIVATE') | anyConstant('MAP_ANONYMOUS'), -1, 0)})
      (i32.store (i32.add (local.get $m) (i32.const 1000000)) (i32.const 7))
      (local.set $b ${sys('brk', 0)})
      (i32.store (i32.const 100) (local.get $m))
      (i32.store (i32.const 104) (i32.load (i32.add (local.get $m) (i32.const 1000000))))
      (i32.store (i32.const 108) (memory.size))
      (i32.store (i32.const 112) ${sys('munmap', '(local.get $m)', 1 << 20)})
      (drop ${sys('write', 1, 16, 10)})
      (drop ${sys('write', 1, 100, 16)})
      (drop ${sys('exit_group', 9)})))`);
  const r = run(p);
  assert.equal(r.stderr, '');
  assert.equal(r.status, 9);
  assert.equal(r.stdout.subarray(0, 10).toString(), 'shared ok\n');
  const [m, v, pages, unmapped] = words(r.stdout.subarray(10), 100, 4);
  assert.equal(m, 65536); // above the one initial page
  assert.equal(v, 7);
  assert.ok(pages >= 17);
  assert.equal(unmapped, 0);
});

test('a memory import that is not shared is refused with a reason', () => {
  const p = watProgram(dir, 'unshared-import', `(module
    (import "wpk" "memory" (memory 1 2))
    (func (export "_start")))`);
  const r = run(p);
  assert.equal(r.status, 126);
  assert.match(r.stderr, /not shared/);
});

// Three threads add (i + 1) to a counter and record what they see; main joins them through the
// ctid words and writes the record.
const cloneProgram = () => build('clone-join', threadModule({
  body: `
    (i32.store (i32.const 220) ${sys('getpid')})
    (i32.store (i32.const 224) ${sys('gettid')})
    (call $spawn (i32.const 0)) (call $spawn (i32.const 1)) (call $spawn (i32.const 2))
    (call $join (i32.const 0)) (call $join (i32.const 1)) (call $join (i32.const 2))
    (drop ${sys('write', 1, 100, 128)})
    (drop ${sys('exit_group', 0)})`,
  thread: `
    (drop (i32.atomic.rmw.add (i32.const 100) (i32.add (local.get $i) (i32.const 1))))
    (i32.store (i32.add (i32.const 140) (i32.shl (local.get $i) (i32.const 2))) ${sys('gettid')})
    (i32.store (i32.add (i32.const 160) (i32.shl (local.get $i) (i32.const 2))) ${sys('getpid')})
    (i32.store (i32.add (i32.const 180) (i32.shl (local.get $i) (i32.const 2))) (global.get $sp))
    (drop ${sys('exit', 0)})`,
}));

test('clone starts threads on the shared memory; ids, ptid, ctid clear-and-wake, stack pointer', () => {
  const r = run(cloneProgram());
  assert.equal(r.stderr, '');
  assert.equal(r.status, 0);
  const out = r.stdout;
  const [counter] = words(out, 100, 1);
  const rets = words(out, 120, 3);
  const tids = words(out, 140, 3);
  const pids = words(out, 160, 3);
  const sps = words(out, 180, 3);
  const ctids = words(out, 200, 3);
  const [pid, mainTid] = words(out, 220, 2);
  assert.equal(counter, 6);
  assert.equal(mainTid, pid);
  assert.deepEqual(tids, rets);
  assert.equal(new Set([pid, ...rets]).size, 4);
  assert.deepEqual(pids, [pid, pid, pid]);
  assert.deepEqual(sps, [0x8000, 0x9000, 0xa000]);
  assert.deepEqual(ctids, [0, 0, 0]);
});

test('futex: EAGAIN, ETIMEDOUT, EINVAL, ENOSYS; a wake that follows a store; CMP_REQUEUE moves a waiter', () => {
  const W = FUTEX('FUTEX_WAIT') | FUTEX('FUTEX_PRIVATE_FLAG');
  const WAKE = FUTEX('FUTEX_WAKE') | FUTEX('FUTEX_PRIVATE_FLAG');
  const p = build('futex', threadModule({
    body: `(local $r i32)
      (i32.store (i32.const 400) (i32.const 5))
      (i32.store (i32.const 300) ${sys('futex', 400, W, 4, 0)})
      (i64.store (i32.const 64) (i64.const 0)) (i32.store (i32.const 72) (i32.const 2000000))
      (i32.store (i32.const 304) ${sys('futex', 400, W, 5, 64)})
      (i32.store (i32.const 308) ${sys('futex', 400, FUTEX('FUTEX_WAIT_BITSET'), 5, 0, 0, 0)})
      (i32.store (i32.const 312) ${sys('futex', 400, 77, 0, 0)})
      (i32.store (i32.const 316) ${sys('futex', 400, WAKE, 1, 0)})
      ;; thread 0 waits on 404 until it is 1; thread 1 waits on 408 and is requeued to 412
      (call $spawn (i32.const 0)) (call $spawn (i32.const 1))
      (block $b (loop $l
        (br_if $b (i32.eq ${sys('futex', 408, FUTEX('FUTEX_CMP_REQUEUE'), 0, 1, 412, 0)} (i32.const 1)))
        (call $nap) (br $l)))
      (i32.store (i32.const 320) ${sys('futex', 408, WAKE, 1, 0)})
      (block $b (loop $l
        (br_if $b (i32.eq ${sys('futex', 412, WAKE, 1, 0)} (i32.const 1)))
        (call $nap) (br $l)))
      (i32.atomic.store (i32.const 404) (i32.const 1))
      (block $b (loop $l
        (br_if $b (i32.eq ${sys('futex', 404, WAKE, 1, 0)} (i32.const 1)))
        (br_if $b (i32.eqz (i32.atomic.load (i32.const 200)))) ;; it saw the store before waiting
        (call $nap) (br $l)))
      (call $join (i32.const 0)) (call $join (i32.const 1))
      (drop ${sys('write', 1, 100, 400)})
      (drop ${sys('exit_group', 0)})`,
    thread: `
      (if (i32.eqz (local.get $i))
        (then (block $b (loop $l
          (br_if $b (i32.atomic.load (i32.const 404)))
          (i32.store (i32.const 340) ${sys('futex', 404, W, 0, 0)})
          (br $l))))
        (else (i32.store (i32.const 344) ${sys('futex', 408, W, 0, 0)})))
      (drop ${sys('exit', 0)})`,
  }));
  const r = run(p);
  assert.equal(r.stderr, '');
  assert.equal(r.status, 0);
  const [differs, timedOut, zeroBitset, unknown, noWaiter, wrongWord] = words(r.stdout, 300, 6);
  assert.equal(differs, -E.EAGAIN);
  assert.equal(timedOut, -E.ETIMEDOUT);
  assert.equal(zeroBitset, -E.EINVAL);
  assert.equal(unknown, -E.ENOSYS);
  assert.equal(noWaiter, 0);
  assert.equal(wrongWord, 0); // the waiter moved to 412
  const [woken0, woken1] = words(r.stdout, 340, 2);
  assert.ok(woken0 === 0 || woken0 === -E.EAGAIN, String(woken0)); // woken, or the store came first
  assert.equal(woken1, 0);
});

// Handlers record the thread they run in (gettid) at 260 (SIGUSR1) and 264 (SIGUSR2); they are
// table entries 2 and 3 (0 and 1 would read as SIG_DFL and SIG_IGN).
const recordingHandlers = [
  { name: '$h1', wat: `(func $h1 (param i32) (i32.store (i32.const 260) ${sys('gettid')}))` },
  { name: '$h2', wat: `(func $h2 (param i32) (i32.store (i32.const 264) ${sys('gettid')}))` },
];
function sigaction(sig, index) {
  // struct k_sigaction at 500 (wasm32): handler, flags, restorer, mask (8 bytes at 12)
  return `(i32.store (i32.const 500) (i32.const ${index})) (i32.store (i32.const 504) (i32.const 0)) (i32.store (i32.const 508) (i32.const 0))
    (i64.store (i32.const 512) (i64.const 0))
    (drop ${sys('rt_sigaction', sig, 500, 0, 8)})`;
}
const sigset = (at, ...sigs) => `(i64.store (i32.const ${at}) (i64.const ${sigs.reduce((m, s) => m | (1n << BigInt(s - 1)), 0n)}))`;

test('signals: a process-directed signal goes to the thread that does not block it; tkill to one thread; masks are per thread', () => {
  const W = FUTEX('FUTEX_WAIT') | FUTEX('FUTEX_PRIVATE_FLAG');
  const p = build('signals', threadModule({
    handlers: recordingHandlers,
    body: `
      ${sigaction(SIG.SIGUSR1, 2)} ${sigaction(SIG.SIGUSR2, 3)}
      (call $spawn (i32.const 0))
      ${sigset(600, SIG.SIGUSR1)}
      (drop ${sys('rt_sigprocmask', anyConstant('SIG_BLOCK'), 600, 0, 8)})
      (block $b (loop $l (br_if $b (i32.gt_s (i32.atomic.load (i32.const 200)) (i32.const 0))) (call $nap) (br $l)))
      (i32.store (i32.const 300) ${sys('kill', '(i32.load (i32.const 120))', 0)})
      (i32.store (i32.const 304) ${sys('kill', sys('getpid'), SIG.SIGUSR1)})
      (call $join (i32.const 0))
      ;; thread 1 inherits main's mask (SIGUSR1 blocked): SIGUSR2 by tkill reaches it
      (call $spawn (i32.const 1))
      (block $b (loop $l (br_if $b (i32.gt_s (i32.atomic.load (i32.const 204)) (i32.const 0))) (call $nap) (br $l)))
      (i32.store (i32.const 308) ${sys('tkill', '(i32.load (i32.const 124))', SIG.SIGUSR2)})
      (i32.store (i32.const 312) ${sys('tgkill', sys('getpid'), 999999, SIG.SIGUSR2)})
      (call $join (i32.const 1))
      (drop ${sys('rt_sigpending', 608, 8)})
      (i32.store (i32.const 316) (i32.load (i32.const 608)))
      (i32.store (i32.const 220) ${sys('gettid')})
      (drop ${sys('write', 1, 100, 400)})
      (drop ${sys('exit_group', 0)})`,
    thread: `
      (i32.store (i32.add (i32.const 320) (i32.shl (local.get $i) (i32.const 2))) ${sys('futex', 700, W, 0, 0)})
      (if (local.get $i) (then
        (drop ${sys('rt_sigprocmask', anyConstant('SIG_BLOCK'), 0, 656, 8)})
        (i32.store (i32.const 328) (i32.load (i32.const 656)))))
      (drop ${sys('exit', 0)})`,
  }));
  const r = run(p);
  assert.equal(r.stderr, '');
  assert.equal(r.status, 0);
  const out = r.stdout;
  const tids = words(out, 120, 2);
  const [inUsr1, inUsr2] = words(out, 260, 2);
  const [kill0, kill1, tkillR, tgkillBad, pending] = words(out, 300, 5);
  const [wait0, wait1, mask1] = words(out, 320, 3);
  const [mainTid] = words(out, 220, 1);
  assert.equal(kill0, 0);
  assert.equal(kill1, 0);
  assert.equal(inUsr1, tids[0]); // not main, which blocks it
  assert.notEqual(inUsr1, mainTid);
  assert.equal(wait0, -E.EINTR);
  assert.equal(tkillR, 0);
  assert.equal(inUsr2, tids[1]);
  assert.equal(wait1, -E.EINTR);
  assert.equal(tgkillBad, -E.ESRCH);
  assert.equal(pending, 0); // the thread took SIGUSR1
  assert.equal(mask1, 1 << (SIG.SIGUSR1 - 1)); // inherited from main at clone
});

test('SIGPIPE goes to the writing thread: it stays pending there while that thread blocks it, the main thread does not take it', () => {
  const p = build('sigpipe-thread', threadModule({
    handlers: recordingHandlers,
    body: `
      ${sigaction(SIG.SIGPIPE, 2)}
      (drop ${sys('pipe2', 800, 0)})
      (drop ${sys('close', '(i32.load (i32.const 800))')})
      (call $spawn (i32.const 0))
      (call $join (i32.const 0))
      (drop ${sys('rt_sigpending', 608, 8)})
      (i32.store (i32.const 316) (i32.load (i32.const 608)))
      (drop ${sys('write', 1, 100, 400)})
      (drop ${sys('exit_group', 0)})`,
    thread: `
      ${sigset(640, SIG.SIGPIPE)}
      (drop ${sys('rt_sigprocmask', anyConstant('SIG_BLOCK'), 640, 0, 8)})
      (i32.store (i32.const 300) ${sys('write', '(i32.load (i32.const 804))', 100, 4)})
      (drop ${sys('rt_sigpending', 656, 8)})
      (i32.store (i32.const 304) (i32.load (i32.const 656)))
      (drop ${sys('exit', 0)})`,
  }));
  const r = run(p);
  assert.equal(r.stderr, '');
  assert.equal(r.status, 0);
  const [written, pendingInThread] = words(r.stdout, 300, 2);
  const [handlerTid] = words(r.stdout, 260, 1);
  const [pendingInMain] = words(r.stdout, 316, 1);
  assert.equal(written, -E.EPIPE);
  assert.equal(pendingInThread, 1 << (SIG.SIGPIPE - 1));
  assert.equal(handlerTid, 0); // nobody ran the handler
  assert.equal(pendingInMain, 0); // not the process's: gone with the thread
});

test('exit ends one thread; the process ends with its last thread, with that status; /proc/self/task lists the threads', () => {
  const W = FUTEX('FUTEX_WAIT') | FUTEX('FUTEX_PRIVATE_FLAG');
  const p = build('last-thread', threadModule({
    data: '(data (i32.const 1024) "/proc/self/status\\00") (data (i32.const 1056) "/proc/self/task\\00") (data (i32.const 1088) "--\\n") (data (i32.const 1092) "last\\n")',
    body: `(local $fd i32) (local $n i32)
      (call $spawn (i32.const 0))
      (block $b (loop $l (br_if $b (i32.gt_s (i32.atomic.load (i32.const 200)) (i32.const 0))) (call $nap) (br $l)))
      (local.set $fd ${sys('openat', anyConstant('AT_FDCWD'), 1024, 0)})
      (local.set $n ${sys('read', '(local.get $fd)', 4096, 4096)})
      (drop ${sys('write', 1, 4096, '(local.get $n)')})
      (drop ${sys('write', 1, 1088, 3)})
      (local.set $fd ${sys('openat', anyConstant('AT_FDCWD'), 1056, anyConstant('O_DIRECTORY'))})
      (local.set $n ${sys('getdents64', '(local.get $fd)', 8192, 4096)})
      (drop ${sys('write', 1, 8192, '(local.get $n)')})
      (drop ${sys('write', 1, 1088, 3)})
      (i32.atomic.store (i32.const 704) (i32.const 1))
      (drop ${sys('futex', 704, FUTEX('FUTEX_WAKE'), 1, 0)})
      (drop ${sys('exit', 0)})`,
    thread: `
      (block $b (loop $l (br_if $b (i32.atomic.load (i32.const 704)))
        (drop ${sys('futex', 704, W, 0, 0)}) (br $l)))
      (call $nap) (call $nap)
      (drop ${sys('write', 1, 1092, 5)})
      (drop ${sys('exit', 5)})`,
  }));
  const r = run(p);
  assert.equal(r.stderr, '');
  assert.equal(r.status, 5);
  const text = r.stdout.toString('latin1');
  const [status, dirents, rest] = text.split('--\n');
  assert.match(status, /^Threads:\t2$/m);
  const pid = Number(/^Pid:\t(\d+)$/m.exec(status)[1]);
  const raw = Buffer.from(dirents, 'latin1');
  const names = [];
  for (let at = 0; at < raw.length; at += raw.readUInt16LE(at + 16)) {
    const name = raw.subarray(at + 19, raw.indexOf(0, at + 19)).toString();
    if (name !== '.' && name !== '..') names.push(name);
  }
  assert.equal(names.length, 2);
  assert.equal(Number(names[0]), pid);
  assert.ok(Number(names[1]) > pid);
  assert.equal(rest, 'last\n');
});

test('exit_group from a thread ends the process while main waits; a trap in a thread ends the whole process', () => {
  const W = FUTEX('FUTEX_WAIT') | FUTEX('FUTEX_PRIVATE_FLAG');
  const waitForever = `(block $b (loop $l (drop ${sys('futex', 720, W, 0, 0)}) (br $l)))`;
  // Thread 0 waits in the module's own memory.atomic.wait (its worker must be terminated), thread 1
  // ends the process.
  const group = build('exit-group', threadModule({
    body: `(call $spawn (i32.const 0)) (call $spawn (i32.const 1)) ${waitForever}`,
    thread: `(if (i32.eqz (local.get $i)) (then (loop $l (drop (memory.atomic.wait32 (i32.const 732) (i32.const 0) (i64.const -1))) (br $l))))
      (drop ${sys('exit_group', 42)})`,
  }));
  const r = run(group);
  assert.equal(r.status, 42);
  const trap = build('thread-trap', threadModule({ body: `(call $spawn (i32.const 0)) ${waitForever}`, thread: '(unreachable)' }));
  const t = run(trap);
  assert.equal(t.status, 128 + SIG.SIGILL);
  assert.match(t.stderr, /wasm trap/);
  // WPK_RUN_TRAP_STACK=1 reaches the thread's worker: the trap lists the wasm frames it was in.
  const traced = run(trap, [], { WPK_RUN_TRAP_STACK: '1' });
  assert.equal(traced.status, 128 + SIG.SIGILL);
  assert.match(traced.stderr, /wasm trap: RuntimeError: unreachable\n +at wasm:\/\/wasm\/[0-9a-f]+:wasm-function\[/);
});

test('FUTEX_WAKE also wakes a thread waiting in memory.atomic.wait on the word', () => {
  const p = build('wake-atomic-wait', threadModule({
    body: `
      (call $spawn (i32.const 0))
      (block $b (loop $l (br_if $b (i32.atomic.load (i32.const 744))) (call $nap) (br $l)))
      (call $nap)
      (i32.atomic.store (i32.const 740) (i32.const 1))
      (i32.store (i32.const 300) ${sys('futex', 740, FUTEX('FUTEX_WAKE'), 1, 0)})
      (call $join (i32.const 0))
      (drop ${sys('write', 1, 300, 4)})
      (drop ${sys('exit_group', 0)})`,
    thread: `
      (i32.atomic.store (i32.const 744) (i32.const 1))
      (block $b (loop $l (br_if $b (i32.atomic.load (i32.const 740)))
        (drop (memory.atomic.wait32 (i32.const 740) (i32.const 0) (i64.const -1))) (br $l)))
      (drop ${sys('exit', 0)})`,
  }));
  const r = run(p);
  assert.equal(r.stderr, '');
  assert.equal(r.status, 0);
  assert.equal(r.stdout.readInt32LE(0), 0); // no waiter of the kernel's
});

test('/proc/<pid>/task/<tid>/stat and status describe the thread', () => {
  const W = FUTEX('FUTEX_WAIT') | FUTEX('FUTEX_PRIVATE_FLAG');
  const p = build('task-files', threadModule({
    data: '(data (i32.const 1024) "/proc/self/task/") (data (i32.const 1200) "/stat\\00") (data (i32.const 1216) "/status\\00") (data (i32.const 1232) "/cmdline\\00")',
    extra: `(func $cat (param $path i32) (local $fd i32) (local $n i32)
      (local.set $fd ${sys('openat', anyConstant('AT_FDCWD'), '(local.get $path)', 0)})
      (local.set $n ${sys('read', '(local.get $fd)', 4096, 4096)})
      (drop ${sys('write', 1, 4096, '(local.get $n)')}))
      ;; writes the decimal of $v at $at, returns the end
      (func $decimal (param $at i32) (param $v i32) (result i32) (local $len i32) (local $t i32)
        (local.set $t (local.get $v))
        (loop $c (local.set $len (i32.add (local.get $len) (i32.const 1))) (local.set $t (i32.div_u (local.get $t) (i32.const 10))) (br_if $c (local.get $t)))
        (local.set $t (i32.add (local.get $at) (local.get $len)))
        (loop $d (local.set $t (i32.sub (local.get $t) (i32.const 1)))
          (i32.store8 (local.get $t) (i32.add (i32.const 48) (i32.rem_u (local.get $v) (i32.const 10))))
          (local.set $v (i32.div_u (local.get $v) (i32.const 10))) (br_if $d (local.get $v)))
        (i32.add (local.get $at) (local.get $len)))`,
    body: `(local $end i32)
      (call $spawn (i32.const 0))
      (block $b (loop $l (br_if $b (i32.gt_s (i32.atomic.load (i32.const 200)) (i32.const 0))) (call $nap) (br $l)))
      (local.set $end (call $decimal (i32.const 1040) (i32.load (i32.const 120))))
      (memory.copy (local.get $end) (i32.const 1200) (i32.const 6))
      (call $cat (i32.const 1024))
      (memory.copy (local.get $end) (i32.const 1216) (i32.const 8))
      (call $cat (i32.const 1024))
      (memory.copy (local.get $end) (i32.const 1232) (i32.const 9))
      (call $cat (i32.const 1024))
      (drop ${sys('exit_group', 0)})`,
    thread: `(block $b (loop $l (drop ${sys('futex', 720, W, 0, 0)}) (br $l)))`,
  }));
  const r = run(p);
  assert.equal(r.stderr, '');
  assert.equal(r.status, 0);
  const text = r.stdout.toString();
  const stat = text.split('\n')[0].split(' ');
  const status = text.slice(text.indexOf('\n') + 1, text.lastIndexOf('\n') + 1);
  assert.ok(text.endsWith('task-files.wasm\0'), 'task/<tid>/cmdline is the argv');
  const tid = Number(stat[0]);
  const pid = Number(/^Tgid:\t(\d+)$/m.exec(status)[1]);
  assert.ok(tid > pid);
  assert.equal(Number(/^Pid:\t(\d+)$/m.exec(status)[1]), tid);
  assert.equal(stat[19], '2'); // num_threads
  assert.match(status, /^Threads:\t2$/m);
});

test('execve from a thread ends the other threads; the new image runs with the same pid', () => {
  const W = FUTEX('FUTEX_WAIT') | FUTEX('FUTEX_PRIVATE_FLAG');
  const target = watProgram(dir, 'exec-target', `(module
    (import "wpk" "syscall" (func $sys (param i32 i32 i32 i32 i32 i32 i32) (result i32)))
    (memory (export "memory") 1)
    (func (export "_start")
      (i32.store (i32.const 2048) ${sys('getpid')})
      (i32.store (i32.const 2052) ${sys('gettid')})
      (drop ${sys('write', 1, 2048, 8)})
      (drop ${sys('exit_group', 3)})))`);
  fs.chmodSync(target, 0o755);
  const p = build('exec-thread', threadModule({
    data: `(data (i32.const 1024) "${target}\\00")`,
    body: `
      (i32.store (i32.const 2048) ${sys('getpid')})
      (drop ${sys('write', 1, 2048, 4)})
      (call $spawn (i32.const 0))
      (block $b (loop $l (drop ${sys('futex', 720, W, 0, 0)}) (br $l)))`,
    thread: `
      (i32.store (i32.const 1536) (i32.const 1024)) (i32.store (i32.const 1540) (i32.const 0))
      (drop ${sys('execve', 1024, 1536, 1540)})
      (unreachable)`,
  }));
  const r = run(p);
  assert.equal(r.stderr, '');
  assert.equal(r.status, 3);
  const [before, after, tidAfter] = [r.stdout.readInt32LE(0), r.stdout.readInt32LE(4), r.stdout.readInt32LE(8)];
  assert.equal(after, before);
  assert.equal(tidAfter, before);
});

test('wasm64: clone and join on shared memory64', () => {
  const sys64 = (name, ...a) => `(call $sys (i32.const ${nr(name)}) ${[...a, 0, 0, 0, 0, 0, 0].slice(0, 6).map((x) => (typeof x === 'number' ? `(i64.const ${x})` : x)).join(' ')})`;
  const p = watProgram(dir, 'clone64', `(module
    (import "wpk" "syscall" (func $sys (param i32 i64 i64 i64 i64 i64 i64) (result i64)))
    (import "wpk" "memory" (memory i64 2 100 shared))
    (export "memory" (memory 0))
    (global $sp (export "__stack_pointer") (mut i64) (i64.const 0x7000))
    (func (export "__wpk_thread_start") (param $stack i64)
      (i64.store (i64.const 140) ${sys64('gettid')})
      (i64.store (i64.const 148) (global.get $sp))
      (i64.store (i64.const 156) (i64.load offset=8 (local.get $stack)))
      (drop ${sys64('exit', 0)}))
    (func (export "_start") (local $v i32)
      (i64.store (i64.const 0x8008) (i64.const 77))
      (i32.store (i64.const 200) (i32.const -1))
      (i64.store (i64.const 120) ${sys64('clone', CLONE_THREAD_FLAGS, 0x8000, 200, 0, 200)})
      (block $done (loop $again
        (local.set $v (i32.atomic.load (i64.const 200)))
        (br_if $done (i32.eqz (local.get $v)))
        (drop ${sys64('futex', 200, FUTEX('FUTEX_WAIT'), '(i64.extend_i32_u (local.get $v))', 0)})
        (br $again)))
      (drop ${sys64('write', 1, 120, 84)})
      (drop ${sys64('exit_group', 0)})))`, { memory64: true, threads: true });
  const r = run(p);
  assert.equal(r.stderr, '');
  assert.equal(r.status, 0);
  const b = r.stdout;
  const ret = Number(b.readBigInt64LE(0));
  assert.ok(ret > 1);
  assert.equal(Number(b.readBigInt64LE(20)), ret); // gettid in the thread
  assert.equal(Number(b.readBigInt64LE(28)), 0x8000); // its stack pointer
  assert.equal(Number(b.readBigInt64LE(36)), 77); // the start block's arg
  assert.equal(b.readInt32LE(80), 0); // ctid cleared
});

test('clone is EINVAL without the thread flags, EAGAIN for a module with its own memory', () => {
  const p = watProgram(dir, 'clone-unshared', `(module
    (import "wpk" "syscall" (func $sys (param i32 i32 i32 i32 i32 i32 i32) (result i32)))
    (memory (export "memory") 1)
    (func (export "_start")
      (i32.store (i32.const 100) ${sys('clone', CLONE_THREAD_FLAGS, 4096, 0, 0, 0)})
      (i32.store (i32.const 104) ${sys('clone', anyConstant('SIGCHLD'), 0, 0, 0, 0)})
      (i32.store (i32.const 108) ${sys('gettid')})
      (i32.store (i32.const 112) ${sys('getpid')})
      (i32.store (i32.const 116) ${sys('set_tid_address', 64)})
      (drop ${sys('write', 1, 100, 20)})
      (drop ${sys('exit_group', 0)})))`);
  const r = run(p);
  assert.equal(r.status, 0);
  const [again, inval, tid, pid, sta] = words(r.stdout, 100, 5);
  assert.equal(again, -E.EAGAIN);
  assert.equal(inval, -E.EINVAL);
  assert.equal(tid, pid);
  assert.equal(sta, pid);
});

// Fork needs the instrumenter (a CMake build of this worktree); skipped without it.
const haveInstrumenter = fs.existsSync(instrumenter);
// wat2wasm writes no target_features section, from which Binaryen (the instrumenter) takes the
// module's features (clang writes one): atomics and bulk memory for shared memory.
function withFeatures(file, features) {
  const name = Buffer.from('target_features');
  const body = Buffer.concat([Buffer.from([name.length]), name, Buffer.from([features.length]),
    ...features.map((f) => Buffer.concat([Buffer.from([0x2b, f.length]), Buffer.from(f)]))]);
  fs.writeFileSync(file, Buffer.concat([fs.readFileSync(file), Buffer.from([0, body.length]), body]));
}
function instrumented(name, wat) {
  const raw = build(name, wat);
  withFeatures(raw, ['atomics', 'bulk-memory', 'mutable-globals']);
  const out = path.join(dir, name + '.inst.wasm');
  execFileSync(instrumenter, [raw, '-o', out]);
  return out;
}

test('fork on shared memory, from the main thread and from a thread: the child is single-threaded, its tid is its pid', { skip: !haveInstrumenter && 'build/instrument/wpk-fork-instrument not built' }, () => {
  const wat = threadModule({
    imports: '(import "wpk" "fork" (func $fork (result i32)))',
    body: `(local $c i32)
      (i32.store (i32.const 100) (i32.const 11))
      (local.set $c (call $fork))
      (if (i32.eqz (local.get $c)) (then
        ;; child of main: its own memory copy, one thread
        (i32.store (i32.const 2048) ${sys('getpid')}) (i32.store (i32.const 2052) ${sys('gettid')}) (i32.store (i32.const 2056) (i32.load (i32.const 100)))
        (drop ${sys('write', 1, 2048, 12)})
        (drop ${sys('exit_group', 7)})))
      (i32.store (i32.const 100) (i32.const 12))
      (drop ${sys('wait4', '(local.get $c)', 16, 0, 0)})
      (call $spawn (i32.const 0))
      (call $join (i32.const 0))
      (drop ${sys('write', 1, 16, 4)})
      (drop ${sys('write', 1, 32, 4)})
      (drop ${sys('exit_group', 0)})`,
    thread: `
      (local.set $c (call $fork))
      (if (i32.eqz (local.get $c)) (then
        (i32.store (i32.const 40) ${sys('getpid')}) (i32.store (i32.const 44) ${sys('gettid')})
        (drop ${sys('write', 1, 40, 8)})
        (drop ${sys('exit_group', 8)})))
      (drop ${sys('wait4', '(local.get $c)', 32, 0, 0)})
      (drop ${sys('exit', 0)})`,
  });
  const p = instrumented('fork-shared', wat);
  const r = run(p);
  assert.equal(r.stderr, '');
  assert.equal(r.status, 0);
  const b = r.stdout;
  const [cpid, ctid, value] = [b.readInt32LE(0), b.readInt32LE(4), b.readInt32LE(8)];
  assert.equal(ctid, cpid);
  assert.equal(value, 11); // the copy was taken before the parent's later store
  const [tpid, ttid] = [b.readInt32LE(12), b.readInt32LE(16)];
  assert.equal(ttid, tpid);
  assert.equal(b.readInt32LE(20), 7 << 8);
  assert.equal(b.readInt32LE(24), 8 << 8);
});
