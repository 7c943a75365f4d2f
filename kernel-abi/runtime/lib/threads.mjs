// threads.mjs — the thread system calls: clone (thread creation only), gettid, set_tid_address,
// and what the kernel does with a thread's clear_child_tid word when the thread ends
// (CONTRACT.md, "Threads"); and prctl, whose only options with an effect name threads.
//
// A new thread is a new Thread of the calling process (process.mjs) with an id from the pid
// space and its creator's name, started in a new worker: an instance of the process's module on
// its shared memory, which enters __wpk_thread_start(stack). Its id is written to *ptid before that worker starts, so the
// creator and the new thread both see it. The kernel touches the shared memory only here and in
// futex.mjs and syscalls-memory.mjs, with Atomics for the words threads wait on.
import { constant, anyConstant } from './abi.mjs';
import { SysError } from './files.mjs';
import { Thread, threadComm } from './process.mjs';
import { futexWake } from './futex.mjs';
import { reaches } from './shared-memory.mjs';

const CLONE = (n) => constant('clone', n);
const THREAD_FLAGS = ['CLONE_VM', 'CLONE_FS', 'CLONE_FILES', 'CLONE_SIGHAND', 'CLONE_THREAD'].reduce((m, n) => m | CLONE(n), 0);

// An aligned 32-bit word of the process's shared memory, as an index into an Int32Array of it;
// EFAULT outside memory, EINVAL when not aligned.
export function sharedWord(proc, addr) {
  if (addr % 4 !== 0) throw new SysError('EINVAL');
  if (!reaches(proc.memory, addr + 4)) throw new SysError('EFAULT');
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
  const created = new Thread(proc, tid, { mask: thread.mask, entry: { stack }, comm: threadComm(proc, thread) });
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

// Linux's TASK_COMM_LEN: a name is at most 15 bytes and its NUL.
const COMM_BYTES = 16;

// prctl(2). PR_SET_NAME names the calling thread (its first 15 bytes up to a NUL; the main thread's
// name is the process's comm), PR_GET_NAME writes that name and a NUL into 16 bytes: both in the
// process's shared memory, which the kernel reads itself (prctl's arguments are plain numbers in
// the ABI; a process with memory of its own gets EFAULT). Every other option is accepted and does
// nothing (0), as before.
function prctl(k, proc, [option, address], ins, thread) {
  const setName = option === anyConstant('PR_SET_NAME');
  if (!setName && option !== anyConstant('PR_GET_NAME')) return 0;
  if (!proc.memory || !reaches(proc.memory, address + COMM_BYTES)) throw new SysError('EFAULT');
  const bytes = new Uint8Array(proc.memory.buffer, address, COMM_BYTES);
  if (setName) {
    const end = bytes.indexOf(0);
    const name = Buffer.from(bytes.subarray(0, Math.min(end < 0 ? COMM_BYTES : end, COMM_BYTES - 1))).toString('latin1');
    if (thread.tid === proc.pid) proc.comm = name;
    else thread.comm = name;
    return 0;
  }
  bytes.fill(0);
  bytes.set(Buffer.from(threadComm(proc, thread), 'latin1').subarray(0, COMM_BYTES - 1));
  return 0;
}

export const threadSyscalls = { clone, gettid, set_tid_address, prctl };
