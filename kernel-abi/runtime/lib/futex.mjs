// futex.mjs — futex(2) for the threads of a process (CONTRACT.md, "Threads"): FUTEX_WAIT,
// FUTEX_WAKE, FUTEX_REQUEUE, FUTEX_CMP_REQUEUE, FUTEX_WAIT_BITSET and FUTEX_WAKE_BITSET, with or
// without FUTEX_PRIVATE_FLAG (every futex is private to its process) and FUTEX_CLOCK_REALTIME.
//
// Waiters are kept per process (Process.futexWaiters, in arrival order, so wakes are FIFO) as
// {thread, uaddr, bitset, blocked}. A wait reads the 32-bit word at uaddr from the process's
// shared memory (Atomics.load) and queues the thread in the same step of the kernel's one thread,
// so a waker that stores to the word and then calls FUTEX_WAKE is never missed. A process with
// its own (unshared) memory has a single thread; its worker sends the word's value with the
// request (the second input; the first is the timeout's timespec, read by the worker for the
// waits). Waits end with 0 when woken, ETIMEDOUT at the timeout, EINTR when a signal handler
// runs (never restarted), EAGAIN at once when the word differs from val.
//
// Fast paths in the worker (worker.mjs, shared memory only), each a kernel round trip saved:
// a wait whose word already differs is EAGAIN there (no sleep is decided there); a wake is 0
// there when the process's waiter count for the word's bucket (Process.futexCounts, a shared
// Int32Array of FUTEX_BUCKETS counters, kept here) is 0 (it still Atomics.notify's the word, as a
// wake here does). No wake-up is lost: the kernel counts a waiter before it reads the word, the
// waker stores the word before it reads the count (both sequentially consistent), so either the
// waker sees the count, or the kernel sees the new word and answers EAGAIN.
import { E, constant, anyConstant } from './abi.mjs';
import { SysError } from './files.mjs';
import { reaches } from './shared-memory.mjs';
import { Blocked, BLOCKED } from './blocking.mjs';
import { readTimespecMs, nowNs } from './syscalls-misc.mjs';
import { decodeStruct } from './abi.mjs';

const F = (n) => constant('futex', n);
const MATCH_ANY = 0xffffffff;
export const FUTEX_BUCKETS = 1024;
export const futexBucket = (uaddr) => (uaddr / 4) % FUTEX_BUCKETS;

// The waiter counts of a process on shared memory (a new image or fork child gets its own).
export function newFutexCounts() {
  return new Int32Array(new SharedArrayBuffer(4 * FUTEX_BUCKETS));
}
function count(proc, uaddr, delta) {
  if (proc.futexCounts) Atomics.add(proc.futexCounts, futexBucket(uaddr), delta);
}

// The word at uaddr now.
function wordAt(proc, uaddr, valueIn) {
  if (uaddr % 4 !== 0) throw new SysError('EINVAL');
  if (proc.memory) {
    if (!reaches(proc.memory, uaddr + 4)) throw new SysError('EFAULT');
    return Atomics.load(new Int32Array(proc.memory.buffer), uaddr / 4);
  }
  if (!valueIn || valueIn.length < 4) throw new SysError('EFAULT');
  return new DataView(valueIn.buffer, valueIn.byteOffset, 4).getInt32(0, true);
}

// Wakes up to `count` waiters on uaddr whose bitset meets `bitset`; returns how many.
export function futexWake(k, proc, uaddr, n, bitset = MATCH_ANY) {
  let woken = 0;
  const rest = [];
  for (const w of proc.futexWaiters) {
    if (w.thread.blocked !== w.blocked) {
      count(proc, w.uaddr, -1); // gone (ended, interrupted): drop it
      continue;
    }
    if (woken < n && w.uaddr === uaddr && (w.bitset & bitset) !== 0) {
      woken++;
      count(proc, w.uaddr, -1);
      k.unpark(w.thread, 0);
    } else rest.push(w);
  }
  proc.futexWaiters = rest;
  // Waiters in the module's own memory.atomic.wait on the word (a C library may wait that way)
  // are woken too (Atomics.notify on the shared memory); a spurious wake-up is allowed, the
  // caller of a wait re-checks its condition. Only the kernel's waiters are counted.
  if (proc.memory && woken < n && reaches(proc.memory, uaddr + 4)) {
    Atomics.notify(new Int32Array(proc.memory.buffer), uaddr / 4, n === Infinity ? undefined : n - woken);
  }
  return woken;
}

// A thread that ends stops waiting.
export function dropFutexWaiter(proc, thread) {
  for (const w of proc.futexWaiters) if (w.thread === thread) count(proc, w.uaddr, -1);
  proc.futexWaiters = proc.futexWaiters.filter((w) => w.thread !== thread);
}

// The deadline (performance.now() time) of a wait: a relative timeout for FUTEX_WAIT, an
// absolute time on CLOCK_MONOTONIC (CLOCK_REALTIME with the flag) for FUTEX_WAIT_BITSET.
function deadlineOf(k, proc, timespec, absolute, realtime) {
  if (!timespec) return null;
  if (!absolute) return performance.now() + readTimespecMs(proc.arch, timespec);
  const t = decodeStruct('timespec', proc.arch, timespec, ['tv_sec', 'tv_nsec']);
  if (t.tv_sec < 0 || t.tv_nsec < 0 || t.tv_nsec >= 1e9) throw new SysError('EINVAL');
  const clock = anyConstant(realtime ? 'CLOCK_REALTIME' : 'CLOCK_MONOTONIC');
  const leftMs = (Number(t.tv_sec) * 1e3 + Number(t.tv_nsec) / 1e6) - Number(nowNs(k, proc, clock)) / 1e6;
  return performance.now() + Math.max(0, leftMs);
}

function wait(k, proc, thread, uaddr, val, bitset, deadline, valueIn) {
  if (bitset === 0) throw new SysError('EINVAL');
  if (uaddr % 4 !== 0) throw new SysError('EINVAL');
  const waiter = { thread, uaddr, bitset, blocked: null };
  count(proc, uaddr, 1); // counted before the word is read (see the fast paths above)
  let differs;
  try {
    differs = wordAt(proc, uaddr, valueIn) !== (val | 0);
  } catch (e) {
    count(proc, uaddr, -1);
    throw e;
  }
  if (differs) {
    count(proc, uaddr, -1);
    throw new SysError('EAGAIN');
  }
  const remove = () => {
    if (!proc.futexWaiters.includes(waiter)) return;
    count(proc, waiter.uaddr, -1);
    proc.futexWaiters = proc.futexWaiters.filter((w) => w !== waiter);
  };
  waiter.blocked = new Blocked(() => BLOCKED, {
    deadline,
    restartable: false,
    onInterrupt: remove,
    onTimeout: () => {
      remove();
      return -E.ETIMEDOUT;
    },
  });
  proc.futexWaiters.push(waiter);
  return waiter.blocked;
}

// Wakes up to `wake` waiters on uaddr, then moves up to `move` of the others to uaddr2; returns
// [woken, moved].
function requeue(k, proc, uaddr, wake, uaddr2, move) {
  const woken = futexWake(k, proc, uaddr, wake);
  let moved = 0;
  for (const w of proc.futexWaiters) {
    if (moved >= move) break;
    if (w.uaddr === uaddr) {
      count(proc, uaddr2, 1);
      count(proc, uaddr, -1);
      w.uaddr = uaddr2;
      moved++;
    }
  }
  return [woken, moved];
}

function futex(k, proc, [uaddr, op, val, timeout, uaddr2, val3], ins, thread) {
  const realtime = (op & F('FUTEX_CLOCK_REALTIME')) !== 0;
  const cmd = op & ~(F('FUTEX_PRIVATE_FLAG') | F('FUTEX_CLOCK_REALTIME'));
  const [timespec, valueIn] = ins ?? [];
  // A count is an int to Linux: INT_MAX and more (musl's broadcast) wake everybody.
  const many = (n) => (n > 0x7fffffff ? Infinity : n);
  switch (cmd) {
    case F('FUTEX_WAIT'):
      return wait(k, proc, thread, uaddr, val, MATCH_ANY, deadlineOf(k, proc, timespec, false, realtime), valueIn);
    case F('FUTEX_WAIT_BITSET'):
      return wait(k, proc, thread, uaddr, val, val3, deadlineOf(k, proc, timespec, true, realtime), valueIn);
    case F('FUTEX_WAKE'):
      if (uaddr % 4 !== 0) throw new SysError('EINVAL');
      return futexWake(k, proc, uaddr, many(val));
    case F('FUTEX_WAKE_BITSET'):
      if (uaddr % 4 !== 0 || val3 === 0) throw new SysError('EINVAL');
      return futexWake(k, proc, uaddr, many(val), val3);
    case F('FUTEX_REQUEUE'):
    case F('FUTEX_CMP_REQUEUE'): {
      if (uaddr % 4 !== 0 || uaddr2 % 4 !== 0) throw new SysError('EINVAL');
      const cmp = cmd === F('FUTEX_CMP_REQUEUE');
      if (cmp && wordAt(proc, uaddr, valueIn) !== (val3 | 0)) throw new SysError('EAGAIN');
      const [woken, moved] = requeue(k, proc, uaddr, many(val), uaddr2, many(timeout)); // timeout: val2
      return cmp ? woken + moved : woken;
    }
    default:
      throw new SysError('ENOSYS');
  }
}

export const futexSyscalls = { futex };
