// process.mjs — one entry of the process table, as the kernel sees it.
//
// Holds identity (pid, parent, process group, session), the descriptor table (fd -> {file,
// cloexec}; files are shared OpenFile objects, see files.mjs), cwd (a Directory, see setCwd),
// umask and nice value, resource limits (resource-limits.mjs), signal state
// (dispositions and the process-directed pending set as 64-bit masks with bit sig-1), and the
// life-cycle state: 'running' until exit or a fatal signal, then 'zombie' until its parent reaps
// it. A process has one or more threads (Thread below), each with its own worker and mailbox,
// blocking call, signal mask and thread-directed pending set; the first thread's id is the pid.
// A process whose module imports `wpk.memory` holds that shared Memory and its memory map here
// (memory-map.mjs), plus its futex waiters (futex.mjs). Everything here is touched only by the
// kernel, on Node's main thread.
import { SysError, closeDescription } from './files.mjs';
import { MAX_FDS, ResourceLimits } from './resource-limits.mjs';
import { FROM_KERNEL } from './signal-origin.mjs';

export { MAX_FDS };
export const NSIG = 65;

export const bit = (sig) => 1n << BigInt(sig - 1);

// The pending signals of a thread or a process (`holder.pending`, a mask) and where each came
// from (`holder.pendingOrigins`, signal-origin.mjs). A signal already pending is not queued
// again: the first one's origin stays.
export function addPending(holder, sig, origin) {
  if (holder.pending & bit(sig)) return;
  holder.pending |= bit(sig);
  holder.pendingOrigins.set(sig, origin);
}

// Takes `sig` off `holder`'s pending set; returns its origin.
export function takePending(holder, sig) {
  holder.pending &= ~bit(sig);
  const origin = holder.pendingOrigins.get(sig) ?? FROM_KERNEL;
  holder.pendingOrigins.delete(sig);
  return origin;
}

// Takes `sig`, pending for `thread` or its process, for the thread: its own pending one first.
// Returns its origin.
export function takePendingFor(thread, sig) {
  return takePending(thread.pending & bit(sig) ? thread : thread.proc, sig);
}

// A thread's name: the main thread's (tid = pid) is the process's comm, as on Linux, where
// /proc/<pid>/comm is the thread group leader's; another thread's is its own.
export function threadComm(proc, thread) {
  return thread && thread.tid !== proc.pid && thread.comm !== null ? thread.comm : proc.comm;
}

// One thread of a process: its worker (an instance of the process's module) and what Linux keeps
// per thread. `entry` is null for the thread that runs `_start`, else {stack} for one started by
// clone (the worker calls __wpk_thread_start(stack)); a fork child's only thread keeps the
// forking thread's entry, which its rewind re-enters.
export class Thread {
  constructor(proc, tid, { mask = 0n, entry = null, comm = null } = {}) {
    this.proc = proc;
    this.tid = tid;
    // The thread's name (PR_SET_NAME, /proc/<pid>/task/<tid>/comm): a new thread's is its
    // creator's. The main thread's name is its process's comm (threadComm).
    this.comm = comm;
    this.entry = entry;
    this.worker = null;
    this.chan = null;
    this.signalWord = null; // set to 1 when its loops should come for a signal (signal-poll.mjs)
    this.blocked = null; // the Blocked of a parked system call
    this.inSyscall = false; // the worker waits for a reply in its mailbox
    this.mask = mask;
    this.pending = 0n; // thread-directed signals (tkill, tgkill, SIGPIPE, a fault)
    this.pendingOrigins = new Map(); // signal -> its origin (addPending)
    this.savedMasks = [];
    this.suspendMask = null;
    this.ctid = 0; // CLONE_CHILD_CLEARTID / set_tid_address: cleared and woken when it ends
    this.cpuReportedMs = 0; // the CPU time its worker sent with its last system call
    this.cpuReportedAt = performance.now();
    this.cpuGivenMs = 0; // the most cpuMs() has answered
  }

  // A system call came with the worker's CPU time for this thread (Node 24's per-thread clock).
  noteCpu(ms) {
    this.cpuReportedMs = ms;
    this.cpuReportedAt = performance.now();
  }

  // CPU time (ms): what the worker reported with its last system call while the thread is in a
  // call (so a thread reading its own clock gets its clock); while it runs its code, that plus
  // the time since, the best estimate until its next call. The answer never goes back: when the
  // next call reports less (the thread waited in wasm, or the host ran something else), it stays
  // where an earlier answer put it until the thread's clock catches up.
  cpuMs(now = performance.now()) {
    const ms = this.cpuReportedMs + (this.inSyscall ? 0 : now - this.cpuReportedAt);
    if (ms > this.cpuGivenMs) this.cpuGivenMs = ms;
    return this.cpuGivenMs;
  }
}

export class Process {
  constructor({ pid, ppid, pgid, sid, arch, cwd = null, umask = 0o022, nice = 0, argv, envp, program, exe = program, comm = null, fileLocks = null, limits = null }) {
    Object.assign(this, { pid, ppid, pgid, sid, arch, umask, nice, argv, envp, program });
    this.exe = exe; // the program's path (/proc/self/exe): virtual, or the host's when outside the root
    // The command name (/proc/self/comm, stat's second field): as Linux sets it, the last
    // component of the path execve was given, not of the file it led to (`sleep`, not the
    // multicall `coreutils` its symlink names), at most 15 bytes; kept by fork.
    this.comm = (comm ?? exe.slice(exe.lastIndexOf('/') + 1)).slice(0, 15);
    this.createdAtMs = Date.now(); // fork or spawn; execve keeps it
    this.fileLocks = fileLocks; // the kernel's FileLocks: closing a descriptor releases locks
    this.cwd = null;
    if (cwd) this.setCwd(cwd);
    this.state = 'running';
    this.waitStatus = 0;
    this.fds = new Map();
    this.limits = limits ?? new ResourceLimits();
    this.children = new Set();
    this.actions = Array.from({ length: NSIG }, () => ({ handler: 0, flags: 0, mask: 0n }));
    this.pending = 0n; // process-directed signals not yet taken by a thread
    this.pendingOrigins = new Map(); // signal -> its origin (addPending)
    this.threads = new Map(); // tid -> Thread, in creation order
    this.module = null;
    this.threadable = false; // the module imports shared memory and exports the thread entry
    this.pollsSignals = false; // the runtime made its loops look for signals (signal-poll.mjs)
    this.memory = null; // the shared WebAssembly.Memory of a module importing `wpk.memory`
    this.memoryLimits = null; // its import's {minimum, maximum, memory64} (fork creates a copy)
    this.memoryMap = null; // its MemoryMap (memory-map.mjs), kernel-side
    this.futexWaiters = []; // futex.mjs: waiting threads, in arrival order
    this.futexCounts = null; // futex.mjs: waiters per bucket, shared with the workers (shared memory)
    this.forkingThread = null; // the thread whose fork holds the save buffer (shared memory)
    // CPU time (ms): the sum of its threads' (Thread.cpuMs, from each worker's own CPU clock;
    // process.cpuUsage() would count every worker of the runtime). execve keeps the total.
    this.cpuBaseMs = 0; // used by earlier images (execve) and by threads that ended
    this.endedCpuMs = null; // the total, once the process has ended
    // ru_maxrss: the largest linear memory the worker reported (memory only grows); execve keeps
    // it, as Linux keeps the maximum of the images a process ran.
    this.maxMemoryBytes = 0;
    // RUSAGE_CHILDREN: what the children this process waited for used, themselves and through
    // the children they waited for in turn (Linux counts no child that was never waited for).
    this.childrenUsage = { cpuMs: 0, maxMemoryBytes: 0 };
  }

  // The first thread (its id is the pid), or null once none is left.
  mainThread() {
    return this.threads.values().next().value ?? null;
  }

  thread(tid) {
    return this.threads.get(tid) ?? null;
  }

  // A thread ended: its time stays in the process's total.
  threadEnds(thread) {
    this.cpuBaseMs += thread.cpuMs();
    this.threads.delete(thread.tid);
  }

  // Whether one of its threads is parked on `blocked`.
  parkedOn(blocked) {
    for (const t of this.threads.values()) if (t.blocked === blocked) return true;
    return false;
  }

  // Whether every thread is parked in a system call (procfs's S state).
  sleeping() {
    for (const t of this.threads.values()) if (!t.blocked) return false;
    return this.threads.size > 0;
  }

  // The process ended: its CPU time stops (a zombie's usage is what its parent's wait reports).
  ends() { this.endedCpuMs = this.cpuMs(); }

  // The CPU time of all its threads, those alive and those that ended.
  cpuMs(now = performance.now()) {
    if (this.endedCpuMs !== null) return this.endedCpuMs;
    let total = this.cpuBaseMs;
    for (const t of this.threads.values()) total += t.cpuMs(now);
    return total;
  }

  noteMemory(bytes) {
    if (bytes > this.maxMemoryBytes) this.maxMemoryBytes = bytes;
  }

  // The usage a wait for this process reports: its own and its waited-for children's.
  totalUsage() {
    return {
      cpuMs: this.cpuMs() + this.childrenUsage.cpuMs,
      maxMemoryBytes: Math.max(this.maxMemoryBytes, this.childrenUsage.maxMemoryBytes),
    };
  }

  // A child was waited for (reaped by wait4/waitid): its usage joins RUSAGE_CHILDREN.
  addChildUsage(child) {
    const u = child.totalUsage();
    this.childrenUsage.cpuMs += u.cpuMs;
    this.childrenUsage.maxMemoryBytes = Math.max(this.childrenUsage.maxMemoryBytes, u.maxMemoryBytes);
  }

  file(fd) {
    const e = this.fds.get(fd);
    if (!e) throw new SysError('EBADF', `fd ${fd}`);
    return e.file;
  }

  lowestFreeFd(min = 0) {
    const limit = this.limits.descriptorLimit();
    for (let fd = min; fd < limit; fd++) if (!this.fds.has(fd)) return fd;
    throw new SysError('EMFILE');
  }

  install(file, { fd, min = 0, cloexec = false } = {}) {
    const at = fd ?? this.lowestFreeFd(min);
    if (this.fds.has(at)) this.close(at);
    file.refs++;
    this.fds.set(at, { file, cloexec });
    return at;
  }

  close(fd) {
    const e = this.fds.get(fd);
    if (!e) throw new SysError('EBADF', `fd ${fd}`);
    this.fds.delete(fd);
    const last = --e.file.refs === 0;
    // Before release(): the file's identity is still readable through its host descriptor.
    if (this.fileLocks) this.fileLocks.closed(this, e.file, last);
    if (last) closeDescription(e.file);
  }

  // The working directory is the directory itself, not its name (as on Linux): a Directory
  // holding a host descriptor (O_PATH), or the virtual /dev, referenced like a descriptor's open
  // file (fork shares it, execve keeps it), so it keeps working after it (or a directory above
  // it) is renamed. null releases it (the process ended).
  setCwd(dir) {
    if (dir) dir.refs++;
    const old = this.cwd;
    this.cwd = dir;
    if (old && --old.refs === 0) old.release();
  }

  // The working directory's virtual path now (ENOENT once it was removed, as Linux's getcwd and
  // relative lookups report).
  cwdPath(vfs) {
    const now = this.cwd.virtualNow(vfs);
    if (now === null) throw new SysError('ENOENT');
    return now;
  }

  closeAll() {
    for (const fd of [...this.fds.keys()]) this.close(fd);
  }
}
