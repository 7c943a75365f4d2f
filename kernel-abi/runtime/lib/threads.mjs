// threads.mjs — the thread system calls: clone (thread creation only), gettid, set_tid_address,
// and what the kernel does with a thread's clear_child_tid word when the thread ends
// (CONTRACT.md, "Threads").
//
// A new thread is a new Thread of the calling process (process.mjs) with an id from the pid
// space, started in a new worker: an instance of the process's module on its shared memory, which
// enters __wpk_thread_start(stack). Its id is written to *ptid before that worker starts, so the
// creator and the new thread both see it. The kernel touches the shared memory only here and in
// futex.mjs and syscalls-memory.mjs, with Atomics for the words threads wait on.
import { constant } from './abi.mjs';
import { SysError } from './files.mjs';
import { Thread } from './process.mjs';
import { futexWake } from './futex.mjs';

const CLONE = (n) => constant('clone', n);
const THREAD_FLAGS = ['CLONE_VM', 'CLONE_FS', 'CLONE_FILES', 'CLONE_SIGHAND', 'CLONE_THREAD'].reduce((m, n) => m | CLONE(n), 0);

// An aligned 32-bit word of the process's shared memory, as an index into an Int32Array of it;
// EFAULT outside memory, EINVAL when not aligned.
export function sharedWord(proc, addr) {
  if (addr % 4 !== 0) throw new SysError('EINVAL');
  if (addr + 4 > proc.memory.buffer.byteLength) throw new SysError('EFAULT');
  return addr / 4;
}

function clone(k, proc, [flags, stack, ptid, , ctid], ins, thread) {
  if ((flags & THREAD_FLAGS) !== THREAD_FLAGS) throw new SysError('EINVAL');
  if (!proc.threadable) throw new SysError('EAGAIN');
  const setParent = (flags & CLONE('CLONE_PARENT_SETTID')) !== 0;
  const setChild = (flags & CLONE('CLONE_CHILD_SETTID')) !== 0;
  const clearChild = (flags & CLONE('CLONE_CHILD_CLEARTID')) !== 0;
  const ptidWord = setParent ? sharedWord(proc, ptid) : null;
  const ctidWord = setChild || clearChild ? sharedWord(proc, ctid) : null;
  const tid = k.nextPid++;
  const created = new Thread(proc, tid, { mask: thread.mask, entry: { stack } });
  const words = new Int32Array(proc.memory.buffer);
  if (setParent) Atomics.store(words, ptidWord, tid);
  if (setChild) Atomics.store(words, ctidWord, tid);
  if (clearChild) created.ctid = ctid;
  proc.threads.set(tid, created);
  k.startWorker(created);
  return tid;
}

function gettid(k, proc, args, ins, thread) {
  return thread.tid;
}

// The word cleared (and woken) when the thread ends; returns the thread's id.
function set_tid_address(k, proc, [tidptr], ins, thread) {
  thread.ctid = tidptr;
  return thread.tid;
}

// A thread ended while others go on: its clear_child_tid word becomes 0 and one futex waiter
// there is woken (musl's pthread_join waits on it). A word outside memory is left alone, as
// Linux ignores the fault.
export function clearChildTid(k, proc, thread) {
  if (!thread.ctid || !proc.memory) return;
  let word;
  try {
    word = sharedWord(proc, thread.ctid);
  } catch {
    return;
  }
  Atomics.store(new Int32Array(proc.memory.buffer), word, 0);
  futexWake(k, proc, thread.ctid, 1);
}

export const threadSyscalls = { clone, gettid, set_tid_address };
