// worker.mjs — one thread of a wasm process: its instance, and its side of the syscalls.
//
// Runs in a worker thread started by the kernel. It instantiates the program with the `wpk`
// imports of the kernel ABI, copies syscall buffers between linear memory and the kernel's
// mailbox (marshal.mjs, channel.mjs), runs signal handlers the kernel hands it through the
// module's function table, and drives the fork protocol: the `wpk.fork` import starts an unwind,
// the entry export returns, the child is made from a copy of linear memory, and both re-enter the
// entry to rewind.
// Two kinds of module:
//  - one that defines its own memory: single-threaded; this worker alone touches that memory and
//    keeps the process's memory map (brk/mmap grow it) and ships the memory copy for a fork;
//  - one that imports `wpk.memory` (shared): the kernel created the Memory and holds the memory
//    map (brk/mmap/munmap are sent to it) and copies memory for a fork; each thread of the process
//    is a worker like this one, with its own instance (globals: stack pointer, TLS base) on that
//    memory. Its entry is `_start` for the first thread, __wpk_thread_start(stack) for a thread
//    started by clone (CONTRACT.md, "Threads"). memory.buffer is fetched for every access: another
//    thread may have grown the memory (a new, longer SharedArrayBuffer); and a range past its
//    end is looked at again once memory.grow(0) has brought this thread's view up to date, since
//    the engine tells a thread of another's grow late (shared-memory.mjs, reaches).
import { parentPort, workerData } from 'node:worker_threads';
import { SYSCALLS, SYSCALL_NAMES, E, anyConstant, layout } from './abi.mjs';

const SA_SIGINFO = anyConstant('SA_SIGINFO');
import { decodeArgs, plan } from './marshal.mjs';
import { readReply, ACTION_RESTART, ACTION_EXIT, CHANNEL_DATA_MAX } from './channel.mjs';
import { MemoryMap } from './memory-map.mjs';
import { ForkDriver } from './fork-driver.mjs';
import { futexBucket } from './futex.mjs';
import { reaches } from './shared-memory.mjs';
import { SIGNAL_POLL, SIGNALS_IMPORT } from './signal-poll.mjs';

// Set when the kernel assigns a process to this (pre-started) worker.
let arch, argv, envp, chan, programName, wide;
let sharedMemory = false; // the memory is the process's shared one (its map is the kernel's)
let futexCounts = null; // on shared memory: the kernel's futex waiters per bucket (futex.mjs)
const PAGE = 65536;

let instance = null;
let memory = null;
let memoryMap = null;
let fork = null;
let signalScratch = 0;
// A loop may fetch a signal (signal-poll.mjs) once the thread's entry runs on its own stack.
let pollsReady = false;

// Thrown into the program when its process is gone, to unwind its stack so this worker can
// serve another process. `gone` makes any later import call throw again (a C++ catch(...)
// could swallow one throw).
class ProcessGone extends Error {}
let gone = false;

const toPtr = (v) => (typeof v === 'bigint' ? Number(v) : v >>> 0);
const toRet = (n) => (wide ? BigInt(n) : n | 0);

// A syscall argument that points outside linear memory. Linux fails such a call with EFAULT
// (the range is not mapped in the process); syscall() turns this into that error instead of
// letting a typed-array RangeError end the process as a "wasm trap". Inputs are checked before
// the kernel sees the call; outputs when they are copied back, for the bytes really returned
// (so, as on Linux, a read into a buffer that runs past the end succeeds when the data is short).
class BadAddress extends Error {}
// The length is checked as this thread sees memory, brought up to date first when the range
// reaches past it (shared-memory.mjs, reaches).
function checkRange(ptr, length) {
  if (!reaches(memory, ptr + length)) throw new BadAddress();
}

function u8() {
  return new Uint8Array(memory.buffer);
}
function readCString(ptr) {
  let m = u8();
  let end = ptr;
  while (end < m.length && m[end] !== 0) end++;
  if (end >= m.length && reaches(memory, end + 1)) {
    m = u8(); // memory another thread grew: look on
    while (end < m.length && m[end] !== 0) end++;
  }
  if (end >= m.length) throw new BadAddress(); // no terminating NUL inside memory
  return Buffer.from(m.subarray(ptr, end)).toString('utf8');
}
function readPtr(addr) {
  checkRange(addr, wide ? 8 : 4);
  const dv = new DataView(memory.buffer);
  return wide ? Number(dv.getBigUint64(addr, true)) : dv.getUint32(addr, true);
}
function readU32(addr) {
  checkRange(toPtr(addr), 4);
  return new DataView(memory.buffer).getUint32(toPtr(addr), true);
}
function writePtr(addr, value) {
  checkRange(addr, wide ? 8 : 4);
  const dv = new DataView(memory.buffer);
  if (wide) dv.setBigUint64(addr, BigInt(value), true);
  else dv.setUint32(addr, value >>> 0, true);
}
function readStringVector(ptr) {
  const out = [];
  const step = wide ? 8 : 4;
  for (let p = ptr; ; p += step) {
    const s = readPtr(p);
    if (s === 0) return out;
    out.push(readCString(s));
  }
}

// This thread's CPU time (ms) since the worker was given its process (a recycled worker ran
// others before): Node 24's per-thread clock, which only this thread can read.
let cpuBaseMs = 0;
function threadCpuMs() {
  const { user, system } = process.threadCpuUsage();
  return (user + system) / 1000;
}

// Sends one request to the kernel and returns its reply, running any signal handler the
// kernel asks for (and re-sending the request when the kernel says to restart it). Each request
// carries the size of linear memory, the process's resident size for getrusage (ru_maxrss), and
// the thread's CPU time (the CPU clocks, getrusage, /proc).
function kernelCall(message) {
  message.mem = memory ? memory.buffer.byteLength : 0;
  message.cpu = threadCpuMs() - cpuBaseMs;
  for (;;) {
    parentPort.postMessage(message);
    const r = readReply(chan);
    if (r.action === ACTION_EXIT) {
      gone = true;
      throw new ProcessGone();
    }
    if (r.signo) runSignalHandler(r);
    if (r.action === ACTION_RESTART) continue;
    return r;
  }
}

// Calls a handler from the table. A module rewritten by Binaryen's --fpcast-emu (bash needs it
// for its K&R-typed function pointers) has every table function take i64 parameters, which JS
// passes as BigInts: such a handler is called again with BigInt arguments, padded to its arity.
// The TypeError comes from converting the arguments, before any wasm code of the handler runs.
function callHandler(fn, args) {
  try {
    fn(...args);
  } catch (e) {
    if (!(e instanceof TypeError) || !/BigInt/.test(e.message)) throw e;
    const wide = args.map((a) => BigInt(a));
    while (wide.length < fn.length) wide.push(0n);
    fn(...wide);
  }
}

function runSignalHandler(r) {
  const table = instance.exports.__indirect_function_table;
  if (!table) {
    postFatal(`signal ${r.signo} has a handler but the module exports no __indirect_function_table`);
  }
  const fn = table.get(r.handler);
  if (!fn) postFatal(`signal ${r.signo}: handler ${r.handler} is not a function in the table`);
  if (fork) fork.signalHandlers++; // a fork from the handler is refused (fork-driver.mjs)
  try {
    if (r.saFlags & SA_SIGINFO) {
      // handler(int, siginfo_t *, void *ucontext): the siginfo the kernel sent with the signal
      // and a zeroed ucontext, in a page of this thread's own.
      if (!signalScratch) signalScratch = allocatePage();
      u8().fill(0, signalScratch, signalScratch + 4096);
      u8().set(r.siginfo.subarray(0, layout('siginfo', arch).size), signalScratch);
      callHandler(fn, [r.signo, toRet(signalScratch), toRet(signalScratch + 2048)]);
    } else {
      callHandler(fn, [r.signo]);
    }
  } finally {
    if (fork) fork.signalHandlers--;
  }
  // Restores the mask saved at delivery; the reply may carry the next pending signal.
  const done = kernelCall({ t: 'sigreturn' });
  void done;
}

// One page for the runtime's own use (a signal handler's siginfo), from the process's map.
function allocatePage() {
  if (!sharedMemory) return memoryMap.allocate(4096);
  const r = kernelCall({ t: 'sys', nr: SYSCALLS.mmap.nr, args: [0, 4096, 0, anyConstant('MAP_PRIVATE') | anyConstant('MAP_ANONYMOUS'), -1, 0], ins: [] });
  if (r.ret < 0) postFatal(`${programName}: no memory for a signal handler's siginfo`);
  return r.ret;
}

function postFatal(message) {
  parentPort.postMessage({ t: 'fatal', message });
  hang(); // the kernel terminates this worker
}

// Generic path: marshal buffers per marshal.mjs, call the kernel, copy outputs back.
function remoteSyscall(nr, name, args, extraIns = []) {
  const spec = plan(name, args, arch);
  const bytes = (size) => (typeof size === 'function' ? size(args, arch, readU32) : size);
  const ins = [];
  for (const [i, size] of spec.in || []) {
    const ptr = toPtr(args[i]);
    if (ptr === 0) ins.push(null);
    else if (size === 'str') ins.push(readCString(ptr));
    else if (size === 'strv') ins.push(readStringVector(ptr));
    else {
      const n = Math.min(bytes(size), CHANNEL_DATA_MAX);
      checkRange(ptr, n);
      ins.push(u8().slice(ptr, ptr + n));
    }
  }
  ins.push(...extraIns);
  const outs = (spec.out || []).map(([i, size]) => ({ ptr: toPtr(args[i]), n: bytes(size) }));
  for (const { ptr, n } of outs) if (ptr !== 0) checkRange(ptr, Math.min(n, CHANNEL_DATA_MAX));
  const r = kernelCall({ t: 'sys', nr, args, ins });
  outs.forEach(({ ptr, n }, k) => {
    const o = r.outs[k];
    if (ptr === 0 || !o) return;
    const length = Math.min(o.length, n);
    checkRange(ptr, length);
    u8().set(o.subarray(0, length), ptr);
  });
  return r.ret;
}

// Scatter/gather syscalls become one read/write of a contiguous buffer.
const IOV_MAX = 1024; // Linux's UIO_MAXIOV: most iovecs readv/writev and sendmsg/recvmsg take
function vectored(name, args) {
  const [fd, iov, iovcnt] = [args[0], toPtr(args[1]), args[2]];
  if (iovcnt < 0 || iovcnt > IOV_MAX) return -E.EINVAL; // before any iovec is read, as Linux
  const { vecs, total } = readIovecs(iov, iovcnt);
  const plain = { readv: 'read', writev: 'write', preadv: 'pread64', pwritev: 'pwrite64' }[name];
  const nr = SYSCALLS[plain].nr;
  const extra = name.startsWith('p') ? [args[3] + (wide ? 0 : args[4] * 2 ** 32)] : [];
  if (plain.startsWith('write') || plain.startsWith('pwrite')) {
    const r = kernelCall({ t: 'sys', nr, args: [fd, 0, total, ...extra], ins: [gather(vecs, total)] });
    return r.ret;
  }
  checkScatterRoom(vecs, total);
  const r = kernelCall({ t: 'sys', nr, args: [fd, 0, total, ...extra], ins: [] });
  if (r.ret > 0 && r.outs[0]) scatter(vecs, r.outs[0]);
  return r.ret;
}

// An iovec array: its [base, length] pairs and their total, at most one mailbox (the kernel
// moves no more per call).
function readIovecs(iov, count) {
  const l = layout('iovec', arch);
  const vecs = [];
  for (let i = 0; i < count; i++) {
    vecs.push([readPtr(iov + i * l.size + l.fields.iov_base.offset), readPtr(iov + i * l.size + l.fields.iov_len.offset)]);
  }
  return { vecs, total: Math.min(vecs.reduce((s, v) => s + v[1], 0), CHANNEL_DATA_MAX) };
}

// The first `total` bytes the iovecs hold, in one buffer (writev, sendmsg).
function gather(vecs, total) {
  const data = new Uint8Array(total);
  let off = 0;
  const m = u8();
  for (const [p, n] of vecs) {
    const k = Math.min(n, total - off);
    checkRange(p, k);
    data.set(m.subarray(p, p + k), off);
    off += k;
  }
  return data;
}

// Before a read into iovecs: the first `total` bytes of them must lie in memory (EFAULT before
// the call has any effect).
function checkScatterRoom(vecs, total) {
  let room = total;
  for (const [p, n] of vecs) {
    checkRange(p, Math.min(n, room));
    room -= Math.min(n, room);
  }
}

// What a read returned, spread over the iovecs in order (readv, recvmsg).
function scatter(vecs, data) {
  let off = 0;
  const m = u8();
  for (const [p, n] of vecs) {
    if (off >= data.length) break;
    const k = Math.min(n, data.length - off);
    checkRange(p, k);
    m.set(data.subarray(off, off + k), p);
    off += k;
  }
}

// sendmsg/recvmsg: the worker walks the msghdr (its iovecs and name) and the kernel gets plain
// arguments: [fd, 0, total length, flags, has a name, msg_namelen, msg_controllen] with the
// gathered data, the name and the ancillary data as inputs (sendmsg); recvmsg's outputs are
// the data (scattered here over the iovecs), the source address, the msg_flags to report and
// the ancillary data (descriptors received with SCM_RIGHTS), its last argument the room in
// msg_control. A msg_iovlen above IOV_MAX (1024) is EMSGSIZE before any iovec is read, as on
// Linux.
function msghdrOf(ptr) {
  const l = layout('msghdr', arch);
  checkRange(ptr, l.size);
  const dv = new DataView(memory.buffer);
  const field = (n) => {
    const f = l.fields[n];
    return f.size === 8 ? Number(dv.getBigUint64(ptr + f.offset, true)) : dv.getUint32(ptr + f.offset, true);
  };
  const iovlen = field('msg_iovlen');
  if (iovlen > IOV_MAX) return null; // EMSGSIZE, before any iovec is read (Linux's UIO_MAXIOV)
  const { vecs, total } = readIovecs(field('msg_iov'), iovlen);
  return { l, vecs, total, name: field('msg_name'), namelen: field('msg_namelen'), control: field('msg_control'), controllen: field('msg_controllen') };
}

function sendmsg(args) {
  const [fd, msg, flags] = [args[0], toPtr(args[1]), args[2]];
  const h = msghdrOf(msg);
  if (!h) return -E.EMSGSIZE;
  const data = gather(h.vecs, h.total);
  let name = null;
  if (h.name !== 0) {
    checkRange(h.name, h.namelen);
    name = u8().slice(h.name, h.name + h.namelen);
  }
  let control = null;
  if (h.control !== 0 && h.controllen > 0) {
    checkRange(h.control, h.controllen);
    control = u8().slice(h.control, h.control + h.controllen);
  }
  const r = kernelCall({ t: 'sys', nr: SYSCALLS.sendmsg.nr, args: [fd, 0, h.total, flags, h.name !== 0 ? 1 : 0, h.namelen, h.controllen], ins: [data, name, control] });
  return r.ret;
}

function recvmsg(args) {
  const [fd, msg, flags] = [args[0], toPtr(args[1]), args[2]];
  const h = msghdrOf(msg);
  if (!h) return -E.EMSGSIZE;
  checkScatterRoom(h.vecs, h.total);
  const controlRoom = h.control !== 0 ? h.controllen : 0;
  if (controlRoom > 0) checkRange(h.control, controlRoom);
  const r = kernelCall({ t: 'sys', nr: SYSCALLS.recvmsg.nr, args: [fd, 0, h.total, flags, h.name !== 0 ? 1 : 0, h.namelen, controlRoom], ins: [] });
  if (r.ret < 0) return r.ret;
  const [data, addr, msgFlags, control] = r.outs;
  if (data) scatter(h.vecs, data);
  const dv = new DataView(memory.buffer);
  const set32 = (n, v) => dv.setUint32(msg + h.l.fields[n].offset, v >>> 0, true);
  if (h.name !== 0 && addr) {
    const k = Math.min(addr.length, h.namelen);
    checkRange(h.name, k);
    u8().set(addr.subarray(0, k), h.name);
  }
  set32('msg_namelen', addr ? addr.length : 0);
  const controlLength = control ? Math.min(control.length, controlRoom) : 0;
  if (controlLength > 0) u8().set(control.subarray(0, controlLength), h.control);
  const cl = h.l.fields.msg_controllen;
  if (cl.size === 8) dv.setBigUint64(msg + cl.offset, BigInt(controlLength), true);
  else set32('msg_controllen', controlLength);
  set32('msg_flags', msgFlags ? new DataView(msgFlags.buffer, msgFlags.byteOffset).getInt32(0, true) : 0);
  return r.ret;
}

// read, write, pread64 and pwrite64 move at most CHANNEL_DATA_MAX bytes through the mailbox per
// call. On a regular file POSIX transfers the whole count, and programs rely on it (file(1) reads
// its 8 MB magic database with one read), so a larger request on a regular file goes through in
// mailbox-sized pieces until it is complete, the file ends or a piece fails (then the bytes
// already moved are the result, as a short transfer). Pipes, terminals and sockets keep the one
// piece: a second one could block a read that already has data.
function isRegularFile(fd) {
  const r = kernelCall({ t: 'sys', nr: SYSCALLS.fstat.nr, args: [fd, 0], ins: [] });
  if (r.ret < 0 || !r.outs[0]) return false;
  const mode = layout('stat', arch).fields.st_mode;
  const view = new DataView(r.outs[0].buffer, r.outs[0].byteOffset);
  return (view.getUint32(mode.offset, true) & anyConstant('S_IFMT')) === anyConstant('S_IFREG');
}

function transferInPieces(name, args) {
  const nr = SYSCALLS[name].nr;
  const count = args[2];
  if (count <= CHANNEL_DATA_MAX || !isRegularFile(args[0])) return remoteSyscall(nr, name, args);
  const positional = name === 'pread64' || name === 'pwrite64';
  let done = 0;
  while (done < count) {
    const piece = Math.min(count - done, CHANNEL_DATA_MAX);
    const pieceArgs = args.slice();
    pieceArgs[1] = args[1] + done;
    pieceArgs[2] = piece;
    if (positional) pieceArgs[3] = args[3] + done;
    const r = remoteSyscall(nr, name, pieceArgs);
    if (r < 0) return done > 0 ? done : r;
    done += r;
    if (r < piece) break;
  }
  return done;
}

// pselect6's sixth argument points at {const sigset_t *ss; size_t ss_len}: the kernel gets the
// set itself as an extra input, to wait with it as the mask.
function pselect6(args) {
  const extra = [];
  const holder = toPtr(args[5]);
  if (holder !== 0) {
    const set = readPtr(holder + layout('pselect6_sigmask', arch).fields.ss.offset);
    if (set !== 0) {
      checkRange(set, layout('sigset', arch).size);
      extra.push(u8().slice(set, set + layout('sigset', arch).size));
    }
  }
  return remoteSyscall(SYSCALLS.pselect6.nr, 'pselect6', args, extra);
}

// A writable MAP_SHARED mapping of a file cannot be shared here: each process has its own linear
// memory, so its writes would reach neither the file nor other processes that map it (sqlite's
// WAL index, the -shm file, silently lost commits that way). It fails as on a Linux file system
// that cannot map files, with ENODEV, after the checks Linux makes first: EBADF for a descriptor
// that is not open, EACCES unless it is open for reading and writing. Anonymous, private and
// read-only shared mappings are copies, which is what they promise within one process.
function refuseSharedWritableFileMap(prot, flags, fd) {
  const type = flags & 0x0f; // MAP_TYPE: MAP_SHARED, MAP_PRIVATE, MAP_SHARED_VALIDATE (3)
  const shared = type === anyConstant('MAP_SHARED') || type === (anyConstant('MAP_SHARED') | anyConstant('MAP_PRIVATE'));
  if (!shared || (flags & anyConstant('MAP_ANONYMOUS')) || !(prot & anyConstant('PROT_WRITE'))) return 0;
  const r = kernelCall({ t: 'sys', nr: SYSCALLS.fcntl.nr, args: [fd, anyConstant('F_GETFL'), 0], ins: [] });
  if (r.ret < 0) return r.ret;
  const access = r.ret & (anyConstant('O_RDONLY') | anyConstant('O_WRONLY') | anyConstant('O_RDWR'));
  return access === anyConstant('O_RDWR') ? -E.ENODEV : -E.EACCES;
}

// futex: the waits' timespec (the argument is the integer val2 for the requeues) and, for a
// module with its own memory, the word at uaddr (the kernel reads shared memory itself).
// On shared memory two fast paths answer here (futex.mjs explains why no wake-up is lost): a
// wait without timeout whose word already differs is EAGAIN, a wake with no waiter of the
// kernel's in the word's bucket is 0 (after notifying memory.atomic.wait waiters, as the kernel
// would).
const FUTEX_CMD = ~(anyConstant('FUTEX_PRIVATE_FLAG') | anyConstant('FUTEX_CLOCK_REALTIME'));
function futex(args) {
  const cmd = args[1] & FUTEX_CMD;
  const waits = cmd === anyConstant('FUTEX_WAIT') || cmd === anyConstant('FUTEX_WAIT_BITSET');
  const wakes = cmd === anyConstant('FUTEX_WAKE') || cmd === anyConstant('FUTEX_WAKE_BITSET');
  const word = toPtr(args[0]);
  if (sharedMemory && futexCounts && word % 4 === 0 && reaches(memory, word + 4)) {
    const words = new Int32Array(memory.buffer);
    const bitsetOk = cmd !== anyConstant('FUTEX_WAIT_BITSET') && cmd !== anyConstant('FUTEX_WAKE_BITSET') ? true : args[5] !== 0;
    if (waits && bitsetOk && toPtr(args[3]) === 0 && Atomics.load(words, word / 4) !== (args[2] | 0)) return -E.EAGAIN;
    if (wakes && bitsetOk && Atomics.load(futexCounts, futexBucket(word)) === 0) {
      Atomics.notify(words, word / 4, args[2] > 0x7fffffff ? undefined : args[2]);
      return 0;
    }
  }
  let timespec = null;
  const tp = toPtr(args[3]);
  if (waits && tp !== 0) {
    const size = layout('timespec', arch).size;
    checkRange(tp, size);
    timespec = u8().slice(tp, tp + size);
  }
  let value = null;
  const uaddr = toPtr(args[0]);
  if (!sharedMemory && uaddr % 4 === 0) {
    checkRange(uaddr, 4);
    value = u8().slice(uaddr, uaddr + 4);
  }
  return kernelCall({ t: 'sys', nr: SYSCALLS.futex.nr, args, ins: [timespec, value] }).ret;
}

// brk/mmap/munmap of a module with its own memory never leave the worker; on shared memory the
// kernel's map answers them (syscalls-memory.mjs).
function mapCall(name, a) {
  if (sharedMemory) return kernelCall({ t: 'sys', nr: SYSCALLS[name].nr, args: a, ins: [] }).ret;
  if (name === 'brk') return memoryMap.brk(toPtr(a[0]));
  if (name === 'munmap') return memoryMap.munmap(toPtr(a[0]), toPtr(a[1]));
  const r = memoryMap.mmap(toPtr(a[0]), toPtr(a[1]), a[2], a[3], a[4], a[5]);
  return typeof r === 'number' ? r : r.addr;
}

// Syscalls about this process's own memory never leave the worker (but see mapCall).
const LOCAL = {
  brk: (a) => mapCall('brk', a),
  mmap: (a) => {
    const refused = refuseSharedWritableFileMap(a[2], a[3], a[4]);
    if (refused) return refused;
    const addr = mapCall('mmap', a);
    const anonymous = (a[3] & anyConstant('MAP_ANONYMOUS')) !== 0;
    if (addr < 0 || anonymous) return addr;
    const r = { addr, fileFd: a[4], offset: a[5], length: toPtr(a[1]) };
    if (r.fileFd !== undefined) {
      // File-backed private mapping: fill it with the file's bytes (pread through the kernel).
      let done = 0;
      while (done < r.length) {
        const n = Math.min(r.length - done, CHANNEL_DATA_MAX);
        const rr = kernelCall({ t: 'sys', nr: SYSCALLS.pread64.nr, args: [r.fileFd, 0, n, r.offset + done], ins: [] });
        if (rr.ret < 0) return rr.ret;
        if (rr.ret === 0) break;
        u8().set(rr.outs[0], r.addr + done);
        done += rr.ret;
      }
    }
    return r.addr;
  },
  munmap: (a) => mapCall('munmap', a),
  mremap: () => -E.ENOMEM,
  mprotect: () => 0,
  madvise: () => 0,
  msync: () => 0,
  mlock: () => 0,
  munlock: () => 0,
  futex,
  set_robust_list: () => 0,
  sigaltstack: () => 0,
  membarrier: () => 0,
  sched_yield: () => 0,
  pselect6,
  read: (a) => transferInPieces('read', a),
  write: (a) => transferInPieces('write', a),
  pread64: (a) => transferInPieces('pread64', a),
  pwrite64: (a) => transferInPieces('pwrite64', a),
  readv: (a) => vectored('readv', a),
  writev: (a) => vectored('writev', a),
  preadv: (a) => vectored('preadv', a),
  pwritev: (a) => vectored('pwritev', a),
  sendmsg,
  recvmsg,
};

function syscall(nr, ...raw) {
  if (gone) throw new ProcessGone();
  if (nr === SIGNAL_POLL) return signalPoll();
  const name = SYSCALL_NAMES[nr];
  const args = decodeArgs(name, raw, wide);
  let ret;
  try {
    if (name && LOCAL[name]) ret = LOCAL[name](args);
    else ret = remoteSyscall(nr, name, args);
  } catch (e) {
    if (!(e instanceof BadAddress)) throw e;
    ret = -E.EFAULT;
  }
  return toRet(ret);
}

// A loop of the program found this thread's signal word set (signal-poll.mjs): fetch the signal,
// whose handler kernelCall runs. Not while the instance is being set up (its stack pointer is not
// the thread's yet), nor while a fork unwinds or rewinds the stack (a handler's calls would be
// taken for the fork's); the word stays set, and a later loop comes again.
function signalPoll() {
  if (!pollsReady || (fork && fork.inProgress())) return toRet(0);
  kernelCall({ t: 'signalPoll' });
  return toRet(0);
}

function writeSizes(list, countOut, sizeOut) {
  writePtr(toPtr(countOut), list.length);
  writePtr(toPtr(sizeOut), list.reduce((s, x) => s + Buffer.byteLength(x) + 1, 0));
  return 0;
}
function writeStrings(list, vecPtr, bufPtr) {
  let p = toPtr(bufPtr);
  const v = toPtr(vecPtr);
  const m = u8();
  list.forEach((s, i) => {
    const b = Buffer.from(s + '\0');
    checkRange(p, b.length);
    m.set(b, p);
    writePtr(v + i * (wide ? 8 : 4), p);
    p += b.length;
  });
  return 0;
}

const imports = {
  wpk: {
    syscall,
    fork: () => {
      if (gone) throw new ProcessGone();
      return fork.forkImport();
    },
    args_sizes: (c, s) => writeSizes(argv, c, s),
    args_get: (v, b) => writeStrings(argv, v, b),
    environ_sizes: (c, s) => writeSizes(envp, c, s),
    environ_get: (v, b) => writeStrings(envp, v, b),
  },
};

function forkUnwinding() {
  try {
    return fork !== null && fork.isUnwinding();
  } catch {
    return false;
  }
}

function trapSignal(e) {
  const msg = String(e && e.message);
  if (/out of bounds|null function|signature mismatch|table index/.test(msg)) return 'SIGSEGV';
  if (/divide by zero|integer overflow|float unrepresentable/.test(msg)) return 'SIGFPE';
  if (/stack/.test(msg)) return 'SIGSEGV';
  return 'SIGILL';
}

function main(assignment) {
  ({ arch, argv, envp, chan, programName } = assignment);
  cpuBaseMs = threadCpuMs();
  wide = arch === 'wasm64';
  sharedMemory = assignment.memory instanceof WebAssembly.Memory;
  futexCounts = assignment.futexCounts ?? null;
  imports.wpk.memory = sharedMemory ? assignment.memory : undefined;
  if (assignment.signals) imports[SIGNALS_IMPORT.module] = { [SIGNALS_IMPORT.name]: assignment.signals };
  gone = false;
  signalScratch = 0;
  pollsReady = false;
  try {
    run(assignment);
  } catch (e) {
    if (!(e instanceof ProcessGone)) throw e;
  }
  // The process ended through the kernel: drop it and offer this worker for another one.
  instance = memory = memoryMap = fork = null;
  imports.wpk.memory = undefined;
  delete imports[SIGNALS_IMPORT.module];
  pollsReady = false;
  parentPort.postMessage({ t: 'recycled' });
  parentPort.once('message', main);
}

function run(assignment) {
  try {
    instance = new WebAssembly.Instance(assignment.module, imports);
  } catch (e) {
    parentPort.postMessage({ t: 'fatal', message: `cannot instantiate ${programName}: ${e.message}`, status: 126 });
    return hang();
  }
  memory = sharedMemory ? assignment.memory : instance.exports.memory;
  if (!(memory instanceof WebAssembly.Memory) || typeof instance.exports._start !== 'function') {
    parentPort.postMessage({ t: 'fatal', message: `${programName}: module does not export memory and _start`, status: 126 });
    return hang();
  }
  memoryMap = sharedMemory ? null : new MemoryMap(memory, assignment.memoryState);
  // The export this thread runs: `_start`, or for a thread started by clone (and a fork child
  // of one) __wpk_thread_start(stack) on the stack its creator gave it.
  const x = instance.exports;
  const thread = assignment.entry;
  const enter = thread ? () => x.__wpk_thread_start(wide ? BigInt(thread.stack) : thread.stack) : () => x._start();
  fork = new ForkDriver({
    instance, memory, memoryMap, shared: sharedMemory, wide, programName,
    request: (msg, transfer) => {
      parentPort.postMessage(msg, transfer);
      const r = readReply(chan);
      if (r.action === ACTION_EXIT) {
        gone = true;
        throw new ProcessGone();
      }
      return r;
    },
    fatal: postFatal,
    errnoNosys: E.ENOSYS,
    errnoNomem: E.ENOMEM,
  });
  if (assignment.fork) fork.startChild(assignment.fork);
  else if (thread) x.__stack_pointer.value = wide ? BigInt(thread.stack) : thread.stack; // a rewind restores it instead
  pollsReady = true;
  for (;;) {
    try {
      enter();
    } catch (e) {
      if (e instanceof ProcessGone || gone) throw new ProcessGone();
      if (e instanceof WebAssembly.RuntimeError || e instanceof RangeError) {
        // WPK_RUN_TRAP_STACK=1: the trap's wasm stack (function names with a name section).
        let message = process.env.WPK_RUN_TRAP_STACK === '1' ? e.stack : e.message;
        // Still unwinding for a fork: the instrumentation's guard after a call in a catch body
        // (instrument/src/fork_transform.h), the one place a fork cannot be resumed.
        if (forkUnwinding()) message += ' (fork() was called under a C++ catch handler, where it cannot be resumed)';
        parentPort.postMessage({ t: 'trap', message, signal: trapSignal(e) });
      } else if (e instanceof WebAssembly.Exception) {
        // A C++ exception (or a longjmp) that no handler took left the program: std::terminate's
        // outcome, without its message (the thrown object's type is the program's to name).
        parentPort.postMessage({ t: 'fatal', message: `${programName}: terminate: an exception was thrown and nothing caught it` });
      } else {
        parentPort.postMessage({ t: 'fatal', message: `internal error: ${e && e.stack}` });
      }
      return hang();
    }
    if (gone) throw new ProcessGone();
    if (fork.afterStartReturned()) continue; // a fork unwound to here: rewind
    // _start returned without exit(): the C runtime's contract says it calls exit, but a
    // hand-written module may just return; that is exit(0). A thread's entry that returns ends
    // that thread (exit(0); the process ends with its last thread).
    kernelCall({ t: 'sys', nr: SYSCALLS[thread ? 'exit' : 'exit_group'].nr, args: [0], ins: [] });
  }
}

// Waits for the kernel to terminate this worker (after a fatal error).
function hang() {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);
}

// Workers are started ahead of need (kernel.mjs keeps warm ones, and reuses the workers of
// processes that ended); each assignment message starts a process.
parentPort.once('message', main);
// Loaded (this module and the ABI bindings it awaits): the kernel may terminate this worker now
// without hitting Node 20's abort on a termination during module evaluation (kernel.mjs,
// stopWorker).
if (workerData && workerData.loaded) Atomics.store(workerData.loaded, 0, 1);
