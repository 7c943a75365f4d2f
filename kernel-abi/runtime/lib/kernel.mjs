// kernel.mjs — the reference kernel: process table, workers, syscall dispatch, blocking,
// signals, and process life cycle (fork, execve, exit, wait).
//
// Runs on Node's main thread and owns all shared state; each thread of a wasm process runs in
// its own worker (worker.mjs) and reaches the kernel through its own mailbox (channel.mjs). A
// syscall handler is called as handler(kernel, process, args, inputs, thread) and returns a
// result, throws a SysError, returns NO_REPLY (the thread or process is gone or was replaced), or
// returns a Blocked whose retry() is run again whenever the kernel's state changes, until it
// yields a result, its deadline passes, or a signal interrupts it. Blocking is per thread: one
// thread parked never holds up the others.
// Signals: default actions are applied at once to the whole process (terminating its workers);
// a process-directed signal goes to one thread that does not block it, a thread-directed one
// (tkill, SIGPIPE) to its thread; handlers run in that thread's worker when it is next at a
// syscall boundary (or interrupt its blocking call, which fails with EINTR or is restarted under
// SA_RESTART).
// `this.current` is the thread whose syscall (or parked call's retry) is being served: a signal a
// call raises for its caller (SIGPIPE, SIGXFSZ) goes to that thread.
import { Worker, isMainThread } from 'node:worker_threads';
import { createSharedMemory, growMemory, currentLength } from './shared-memory.mjs';
import { atomicGuard } from './atomic-guard.mjs';
import { bulkMemoryGuard } from './bulk-memory-guard.mjs';
import { rewriteModule } from './module-rewrite.mjs';
import { signalPoll, SIGNALS_IMPORT } from './signal-poll.mjs';
import fs from 'node:fs';
import os from 'node:os';
import { SYSCALL_NAMES, E, SIG, ABI_VERSION, IMPORTS, IMPORT_MODULE, anyConstant, anyMaybeConstant } from './abi.mjs';
import { createChannel, writeReply, ACTION_RETURN, ACTION_RESTART, ACTION_EXIT } from './channel.mjs';
import { Process, Thread, threadComm, bit, NSIG, addPending, takePending, takePendingFor } from './process.mjs';
import { FROM_KERNEL, childEnded, sentBy, siginfoBytes } from './signal-origin.mjs';
import { MemoryMap } from './memory-map.mjs';
import { threadSyscalls, clearChildTid } from './threads.mjs';
import { futexSyscalls, dropFutexWaiter, newFutexCounts } from './futex.mjs';
import { memorySyscalls } from './syscalls-memory.mjs';
import { SysError, HostFile, HostInput, HostInputFile, HostOutput, PathFile, hostFdPath, isRegularHostFile } from './files.mjs';
import { Vfs, VfsError } from './vfs.mjs';
import { WORKER_STACK_MB } from './fork-driver.mjs';
import { inspectModule, isWasm, WasmInfoError } from './wasm-info.mjs';
import { fsSyscalls, baseDir, openWorkingDirectory } from './syscalls-fs.mjs';
import { procSyscalls } from './syscalls-proc.mjs';
import { miscSyscalls } from './syscalls-misc.mjs';
import { socketSyscalls } from './sockets.mjs';
import { FileLocks, lockSyscalls } from './file-locks.mjs';
import { epollSyscalls } from './epoll.mjs';
import { eventfdSyscalls } from './eventfd.mjs';
import { Blocked, BLOCKED } from './blocking.mjs';

export { Blocked, BLOCKED };

import { NO_REPLY } from './kernel-symbols.mjs';

// The caller's umask becomes the first process's; the host process's own is then 0, so a created
// file's mode is the program's mode & ~(its umask) exactly (the host's would be applied as well).
// Read once: every kernel of this Node process starts from the caller's value.
let callerUmask = null;
function takeCallerUmask() {
  if (callerUmask === null) callerUmask = isMainThread ? process.umask(0) : 0o022;
  return callerUmask;
}

export { NO_REPLY };


const INIT_PID = 1;

// Linux's limits on what execve copies (fs/exec.c, execve(2)): one argument or environment
// string takes at most MAX_ARG_STRLEN = 32 pages with its NUL, and the path, the argv and envp
// strings with their NULs and an 8-byte pointer per entry (argv counting at least one) at most a
// quarter of RLIMIT_STACK's soft value (8 MiB unless set), kept within ARG_MAX and 6 MiB.
const MAX_ARG_STRLEN = 32 * 4096;
function execStringsFit(path, argv, envp, stackLimit) {
  const stringsMax = Math.max(32 * 4096, Math.min(6 << 20, Math.floor(stackLimit / 4)));
  let total = (Math.max(argv.length, 1) + envp.length) * 8;
  for (const s of [path, ...argv, ...envp]) {
    const n = Buffer.byteLength(s) + 1;
    if (n > MAX_ARG_STRLEN) return false;
    total += n;
  }
  return total <= stringsMax;
}
// The runtime's own variables its workers read (a worker's process.env is not the caller's): the
// ABI bindings to load (WPK_ABI_JS) and whether a trap reports its wasm stack (WPK_RUN_TRAP_STACK).
const WORKER_VARIABLES = ['WPK_ABI_JS', 'WPK_RUN_TRAP_STACK'];
function workerEnvironment() {
  return Object.fromEntries(WORKER_VARIABLES.filter((name) => name in process.env).map((name) => [name, process.env[name]]));
}
const DEFAULT_IGNORED = ['SIGCHLD', 'SIGURG', 'SIGWINCH', 'SIGCONT'];
const DEFAULT_STOP = ['SIGSTOP', 'SIGTSTP', 'SIGTTIN', 'SIGTTOU'];

export class Kernel {
  // root: host directory mounted as `/`; cwd: initial virtual cwd; stdio: host fds [in, out, err].
  // bulkMemoryGuard: rewrite memory.copy/fill and the atomic instructions of programs on shared
  // memory (bulk-memory-guard.mjs, atomic-guard.mjs); signalPoll: make their loops look for
  // signals (signal-poll.mjs). Both are off only for benchmarks' baselines. rewriteCache: a
  // RewriteCache (rewrite-cache.mjs) that keeps those rewrites across runs, or null.
  constructor({ root = '/', cwd = '/', stdio = [0, 1, 2], traceEnosys = false, trace = false, bulkMemoryGuard = true, signalPoll = true, rewriteCache = null } = {}) {
    this.vfs = new Vfs(root);
    this.bulkMemoryGuard = bulkMemoryGuard;
    this.signalPoll = signalPoll;
    this.rewriteCache = rewriteCache;
    this.cwd = cwd;
    this.stdio = stdio;
    this.traceEnosys = traceEnosys;
    this.trace = trace;
    this.procs = new Map();
    this.vfs.processes = this.procs; // /proc/<pid>
    this.nextPid = 2;
    this.handlers = { ...fsSyscalls, ...procSyscalls, ...miscSyscalls, ...socketSyscalls, ...lockSyscalls, ...epollSyscalls, ...eventfdSyscalls, ...threadSyscalls, ...futexSyscalls, ...memorySyscalls };
    this.current = null; // the thread being served (see the file comment)
    this.epolls = new Set(); // open epoll instances (epoll.mjs): their edge-triggered interests are sampled by reply()
    this.fileLocks = new FileLocks(() => this.scheduleWake());
    this.moduleCache = new Map(); // host path -> { identity, loaded }: see loadModule
    this.wakeScheduled = false;
    this.pool = [];
    this.stopping = []; // terminations of workers (stopWorker), awaited by shutdown()
    // SIG_DFL/SIG_IGN are not in the ABI bindings yet (requested); musl's values are the fallback.
    this.SIG_DFL = anyMaybeConstant('SIG_DFL') ?? 0;
    this.SIG_IGN = anyMaybeConstant('SIG_IGN') ?? 1;
    this.SA_RESTART = anyConstant('SA_RESTART');
    this.SA_NODEFER = anyConstant('SA_NODEFER');
    this.SA_RESETHAND = anyConstant('SA_RESETHAND');
    this.SA_NOCLDWAIT = anyConstant('SA_NOCLDWAIT');
    this.O = { O_RDONLY: anyConstant('O_RDONLY'), O_WRONLY: anyConstant('O_WRONLY'), O_RDWR: anyConstant('O_RDWR') };
  }

  log(line) {
    try {
      fs.writeSync(this.stdio[2], `wpk-run: ${line}\n`);
    } catch {
      // stderr gone: nothing more to do
    }
  }

  // ---- loading programs ----------------------------------------------------------------

  // Reads and compiles a wasm program (host path), checking the ABI version.
  // Throws SysError(ENOEXEC/ENOENT/EACCES) with a message.
  // Compiled modules are kept per path while the file there is the same: same device, inode,
  // size and modification and change times (ns). The ctime catches a file rewritten in place
  // whose mtime was set back; the inode one renamed over the name. The bytes are read through
  // the descriptor that was stat'ed, so the key always describes what was compiled.
  loadModule(hostPath, displayName) {
    const notFound = (e) => new SysError(e.code === 'ENOENT' || e.code === 'ENOTDIR' ? 'ENOENT' : 'EACCES', `${displayName}: ${e.code === 'ENOENT' ? 'no such file' : e.message}`);
    const notRegular = () => new SysError('EACCES', `${displayName}: not a regular file`);
    let fd;
    try {
      // stat before open: opening a FIFO would block the kernel's thread.
      if (!fs.statSync(hostPath).isFile()) throw notRegular();
      fd = fs.openSync(hostPath, 'r');
    } catch (e) {
      if (e instanceof SysError) throw e;
      throw notFound(e);
    }
    let identity;
    let bytes;
    try {
      const st = fs.fstatSync(fd, { bigint: true });
      if (!st.isFile()) throw notRegular();
      identity = `${st.dev}:${st.ino}:${st.size}:${st.mtimeNs}:${st.ctimeNs}`;
      const cached = this.moduleCache.get(hostPath);
      if (cached && cached.identity === identity) return cached.loaded;
      bytes = fs.readFileSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    let info;
    try {
      info = inspectModule(bytes);
    } catch (e) {
      if (e instanceof WasmInfoError) throw new SysError('ENOEXEC', `${displayName}: ${e.message}`);
      throw e;
    }
    if (info.abiVersion === null) throw new SysError('ENOEXEC', `${displayName}: no wpk.abi_version section (not a wpk program)`);
    if (info.abiVersion !== ABI_VERSION) {
      throw new SysError('ENOEXEC', `${displayName}: built for kernel ABI version ${info.abiVersion}, this runtime implements version ${ABI_VERSION}`);
    }
    // A program on shared memory is rewritten (module-rewrite.mjs): its memory.copy, memory.fill
    // and atomic instructions made to see memory another thread grew (bulk-memory-guard.mjs,
    // atomic-guard.mjs), its loops made to look for signals (signal-poll.mjs). Bytes this cannot
    // read are compiled as they are: the engine then says what is wrong with them.
    const options = { memory64: info.arch === 'wasm64', sharedMemory: info.memoryImport !== null && info.memoryImport.shared };
    const transforms = [];
    if (this.bulkMemoryGuard) transforms.push(bulkMemoryGuard(options), atomicGuard(options));
    if (this.signalPoll) transforms.push(signalPoll(options));
    const program = bytes;
    let applied = [];
    let dropCached = null;
    ({ bytes, applied, dropCached } = this.rewrite(program, transforms));
    let module;
    try {
      module = new WebAssembly.Module(bytes);
    } catch (e) {
      if (!dropCached) throw new SysError('ENOEXEC', `${displayName}: invalid module: ${e.message}`);
      // A cache entry the engine refuses is damaged: it goes, and the program is rewritten.
      dropCached();
      ({ bytes, applied } = this.rewrite(program, transforms));
      try {
        module = new WebAssembly.Module(bytes);
      } catch (again) {
        throw new SysError('ENOEXEC', `${displayName}: invalid module: ${again.message}`);
      }
    }
    const pollsSignals = applied.includes('signal-poll');
    // Functions of the ABI, memory 0 as `wpk.memory` (checked below), and the runtime's own
    // `signals` memory when the rewrite added it.
    const ours = (i) => pollsSignals && i.kind === 'memory' && i.module === SIGNALS_IMPORT.module && i.name === SIGNALS_IMPORT.name;
    const allowed = (i) => ours(i) || (i.module === IMPORT_MODULE && (i.kind === 'memory' ? i.name === 'memory' : i.name in IMPORTS));
    const foreign = WebAssembly.Module.imports(module).filter((i) => !allowed(i));
    if (foreign.length > 0) {
      const names = foreign.slice(0, 3).map((i) => `${i.module}.${i.name}`).join(', ');
      throw new SysError('ENOEXEC', `${displayName}: imports ${names}${foreign.length > 3 ? ', ...' : ''}, outside the kernel ABI`);
    }
    const mi = info.memoryImport;
    if (mi && (mi.module !== IMPORT_MODULE || mi.name !== 'memory' || !mi.shared || mi.maximum === null)) {
      throw new SysError('ENOEXEC', `${displayName}: imports memory ${mi.module}.${mi.name}${mi.shared ? '' : ', not shared'}${mi.maximum === null ? ', without a maximum' : ''}: only wpk.memory, shared, with a maximum`);
    }
    // Threads need the shared memory and the thread entry (CONTRACT.md, "Threads").
    const exported = new Map(WebAssembly.Module.exports(module).map((e) => [e.name, e.kind]));
    const threadable = mi !== null && exported.get('__wpk_thread_start') === 'function' && exported.get('__stack_pointer') === 'global';
    const loaded = { module, arch: info.arch, info, threadable, pollsSignals };
    this.moduleCache.set(hostPath, { identity, loaded });
    return loaded;
  }

  // rewriteModule's { bytes, applied } for a program, from the rewrite cache when it has them
  // (then with dropCached(), which removes the entry). Bytes the rewrite cannot read come back as
  // they are, and are not cached.
  rewrite(bytes, transforms) {
    const cache = this.rewriteCache;
    const key = cache && transforms.length ? cache.key(transforms.map((t) => t.name).join(','), bytes) : null;
    const cached = key && cache.get(key, bytes);
    if (cached) return { ...cached, dropCached: () => cache.remove(key) };
    let result;
    try {
      result = rewriteModule(bytes, transforms);
    } catch (e) {
      if (!(e instanceof WasmInfoError)) throw e;
      return { bytes, applied: [] };
    }
    if (key) cache.put(key, result, bytes);
    return result;
  }

  // The first process's working directory: the virtual directory `cwd` names, else the root.
  initialCwd() {
    try {
      return openWorkingDirectory(this, this.cwd);
    } catch {
      return openWorkingDirectory(this, '/');
    }
  }

  // Starts the first process from a host path. Resolves with its wait status.
  spawnInitial(hostPath, argv, envp) {
    const loaded = this.loadModule(hostPath, hostPath);
    const pid = this.nextPid++;
    const real = fs.realpathSync(hostPath);
    const exe = this.vfs.virtualOf(real) ?? real;
    const proc = new Process({ pid, ppid: INIT_PID, pgid: pid, sid: pid, arch: loaded.arch, cwd: this.initialCwd(), umask: takeCallerUmask(), nice: os.getPriority(), argv, envp, program: argv[0], exe, comm: hostPath.slice(hostPath.lastIndexOf('/') + 1), fileLocks: this.fileLocks });
    const rdonly = this.O.O_RDONLY;
    const wronly = this.O.O_WRONLY;
    const stdin = isRegularHostFile(this.stdio[0])
      ? new HostInputFile(this.stdio[0], rdonly)
      : new HostInput(this.stdio[0], rdonly, () => this.scheduleWake());
    proc.install(stdin, { fd: 0 });
    this.initialStdin = stdin;
    proc.install(new HostOutput(this.stdio[1], wronly), { fd: 1 });
    proc.install(new HostOutput(this.stdio[2], wronly), { fd: 2 });
    this.procs.set(pid, proc);
    this.initial = proc;
    const done = new Promise((resolve) => {
      this.resolveInitial = resolve;
    });
    this.setImage(proc, loaded);
    const thread = new Thread(proc, pid);
    proc.threads.set(pid, thread);
    this.startWorker(thread);
    return done;
  }

  // A started worker with the runtime's modules loaded, waiting for its process.
  // `loaded` is a flag the worker sets once its modules are evaluated (see stopWorker).
  spareWorker() {
    const loaded = new Int32Array(new SharedArrayBuffer(4));
    const worker = new Worker(new URL('./worker.mjs', import.meta.url), {
      env: workerEnvironment(),
      stdin: false,
      resourceLimits: { stackSizeMb: WORKER_STACK_MB }, // bounds the fork save buffer's need
      workerData: { loaded },
    });
    worker.loaded = loaded;
    worker.unref();
    return worker;
  }

  // Terminates a worker. One still evaluating its modules (worker.mjs awaits the ABI bindings at
  // top level) is terminated once it has: Node 20 aborts the whole process (a V8 CHECK in
  // SourceTextModule::ExecuteAsyncModule) when termination lands in the middle of that, which a
  // spare worker started just before the program ended could hit. shutdown() waits for these.
  stopWorker(worker) {
    const done = Atomics.load(worker.loaded, 0) === 1
      ? worker.terminate()
      : new Promise((resolve) => {
        const poll = () => (Atomics.load(worker.loaded, 0) === 1 ? resolve(worker.terminate()) : setTimeout(poll, 5));
        poll();
      });
    if (this.shuttingDown) this.stopping.push(done);
  }

  takeWorker() {
    const worker = this.pool.pop() ?? this.spareWorker();
    worker.ref();
    if (this.pool.length === 0 && !this.shuttingDown) {
      // Keep a warm worker for the next fork/exec, started once this turn's work is done.
      setImmediate(() => {
        if (this.pool.length === 0 && !this.shuttingDown) this.pool.push(this.spareWorker());
      });
    }
    return worker;
  }

  // Takes the worker away from a thread that ended (or whose process ended or was replaced). A
  // worker waiting for a syscall reply is told the thread is gone, unwinds, and comes back for
  // reuse; one that is running wasm (or waits in memory.atomic.wait, or after a fatal error) is
  // terminated.
  detachWorker(thread) {
    const worker = thread.worker;
    thread.worker = null;
    if (thread.blocked?.timer) clearTimeout(thread.blocked.timer);
    thread.blocked = null;
    if (!worker) return;
    worker.removeAllListeners('message');
    worker.removeAllListeners('error');
    worker.removeAllListeners('exit');
    if (!thread.inSyscall || this.shuttingDown) {
      thread.inSyscall = false;
      this.stopWorker(worker);
      return;
    }
    thread.inSyscall = false;
    writeReply(thread.chan, { ret: 0, action: ACTION_EXIT });
    const timer = setTimeout(() => this.stopWorker(worker), 2000);
    timer.unref();
    worker.on('error', () => {});
    worker.on('message', (msg) => {
      if (!msg || msg.t !== 'recycled') return;
      clearTimeout(timer);
      worker.removeAllListeners('message');
      if (this.shuttingDown || this.pool.length >= 2) {
        this.stopWorker(worker);
      } else {
        worker.unref();
        this.pool.push(worker);
      }
    });
  }

  // A process starts running a module (spawn, execve): a module importing `wpk.memory` gets a
  // new shared Memory of the import's limits, held here with its memory map (memory-map.mjs).
  setImage(proc, loaded) {
    proc.module = loaded.module;
    proc.threadable = loaded.threadable;
    proc.pollsSignals = loaded.pollsSignals;
    const mi = loaded.info.memoryImport;
    proc.memoryLimits = mi ? { minimum: mi.minimum, maximum: mi.maximum, memory64: mi.memory64 } : null;
    proc.memory = mi ? createSharedMemory(proc.memoryLimits) : null;
    proc.memoryMap = mi ? new MemoryMap(proc.memory) : null;
    proc.futexWaiters = [];
    proc.futexCounts = mi ? newFutexCounts() : null;
    proc.forkingThread = null;
    proc.forkQueue = [];
  }

  // Starts a thread's worker: an instance of its process's module (on the shared memory, when
  // the module imports it), entering `_start`, __wpk_thread_start (thread.entry) or a fork's
  // rewind.
  startWorker(thread, { fork = null, memoryState = null } = {}) {
    const proc = thread.proc;
    thread.chan = createChannel();
    // The word the thread's loops look at (signal-poll.mjs), in a memory of its own.
    const signals = proc.pollsSignals ? new WebAssembly.Memory({ initial: 1, maximum: 1, shared: true }) : null;
    thread.signalWord = signals ? new Int32Array(signals.buffer, 0, 1) : null;
    const worker = this.takeWorker();
    worker.postMessage(
      {
        arch: proc.arch, argv: proc.argv, envp: proc.envp, chan: thread.chan, programName: proc.program, module: proc.module, fork, memoryState,
        memory: proc.memory, futexCounts: proc.futexCounts, entry: thread.entry, signals,
      },
      fork && fork.memory ? fork.memory.map((p) => p.bytes) : [],
    );
    thread.worker = worker;
    thread.inSyscall = false;
    worker.on('message', (msg) => {
      if (thread.worker === worker && proc.state === 'running') this.onMessage(thread, msg);
    });
    worker.on('error', (e) => {
      if (thread.worker !== worker || proc.state !== 'running') return;
      this.log(`${proc.program} (pid ${proc.pid}): ${e && e.message}`);
      this.terminate(proc, SIG.SIGABRT);
    });
    worker.on('exit', () => {
      if (thread.worker !== worker || proc.state !== 'running') return;
      this.log(`${proc.program} (pid ${proc.pid}): worker ended unexpectedly`);
      this.terminate(proc, SIG.SIGKILL);
    });
  }

  // ---- syscalls ---------------------------------------------------------------------------

  onMessage(thread, msg) {
    const proc = thread.proc;
    thread.inSyscall = true;
    // The reply delivers what the thread may take: its loops need not look any more.
    if (thread.signalWord) Atomics.store(thread.signalWord, 0, 0);
    if (msg.mem) proc.noteMemory(msg.mem);
    if (msg.cpu !== undefined) thread.noteCpu(msg.cpu);
    switch (msg.t) {
      case 'sys':
        return this.dispatch(thread, msg);
      case 'signalPoll':
        // A loop found the thread's word set: the reply carries the signal.
        return this.finish(thread, 0);
      case 'sigreturn':
        thread.mask = thread.savedMasks.pop() ?? thread.mask;
        // The restored mask may unblock a signal whose default action ends the process.
        this.current = thread;
        this.processSignals(proc);
        return this.finish(thread, 0);
      case 'forkPlace':
        // Replies to the fork messages carry no signal: the worker is about to unwind, between
        // unwind and rewind, or rewinding.
        return this.forkPlace(thread, msg);
      case 'forkDone':
        if (proc.forkingThread === thread) this.forkEnds(proc);
        return this.replyPlain(thread, 0);
      case 'fork':
        return this.replyPlain(thread, this.fork(thread, msg));
      case 'warn':
        this.log(msg.message);
        return this.replyPlain(thread, 0);
      case 'fatal':
        thread.inSyscall = false; // the worker waits to be terminated, not for a reply
        this.log(msg.message);
        if (msg.status !== undefined) return this.exitProcess(proc, (msg.status & 0xff) << 8);
        return this.terminate(proc, SIG.SIGABRT);
      case 'trap':
        thread.inSyscall = false;
        this.log(`${proc.program} (pid ${proc.pid}): wasm trap: ${msg.message}`);
        return this.terminate(proc, SIG[msg.signal] ?? SIG.SIGILL);
      default:
        this.log(`internal: unknown message ${msg.t}`);
    }
  }

  dispatch(thread, { nr, args, ins }) {
    const proc = thread.proc;
    const name = SYSCALL_NAMES[nr];
    const handler = name && this.handlers[name];
    if (!handler) {
      if (this.traceEnosys) this.log(`${proc.program} (pid ${proc.pid}): unimplemented syscall ${name ?? '?'} (${nr})`);
      return this.finish(thread, -E.ENOSYS);
    }
    let result;
    this.vfs.self = proc; // whose /proc/self path resolution shows
    this.current = thread;
    try {
      result = handler(this, proc, args, ins, thread);
    } catch (e) {
      result = this.errnoOf(e, proc, name);
    }
    if (this.trace) this.log(`[${proc.pid}${thread.tid !== proc.pid ? '/' + thread.tid : ''}] ${name}(${args.join(', ')}) = ${result instanceof Blocked ? '<blocks>' : typeof result === 'object' && result ? result.ret : String(result)}`);
    this.finish(thread, result);
  }

  errno(name) {
    return E[name];
  }

  errnoOf(e, proc, name) {
    const code = e instanceof SysError || e instanceof VfsError ? e.errno : e && e.code;
    if (code && E[code] !== undefined) return -E[code];
    this.log(`internal error in ${name} (pid ${proc.pid}): ${this.trace ? e && e.stack : e && e.message}`);
    return -E.EIO;
  }

  finish(thread, result) {
    if (result === NO_REPLY) return;
    if (result instanceof Blocked) {
      this.park(thread, result);
      return;
    }
    this.reply(thread, result);
    this.scheduleWake();
  }

  // Whether `thread` is a live thread of a running process (not ended, not replaced by execve).
  live(thread) {
    return thread.proc.state === 'running' && thread.proc.threads.get(thread.tid) === thread && thread.worker !== null;
  }

  reply(thread, result, action = ACTION_RETURN) {
    if (!this.live(thread) || !thread.inSyscall) return;
    const r = typeof result === 'object' && result !== null ? result : { ret: result };
    const delivery = this.takeDeliverable(thread);
    thread.inSyscall = false;
    writeReply(thread.chan, { ret: r.ret, outs: r.outs || [], action, ...delivery });
    // What this call made not ready (a read that drained a pipe) may become ready again:
    // edge-triggered epoll interests see the fall here, before any host event can undo it.
    for (const epoll of this.epolls) epoll.sampleEdges();
  }

  replyPlain(thread, ret, outs = []) {
    if (!this.live(thread) || !thread.inSyscall) return;
    thread.inSyscall = false;
    writeReply(thread.chan, { ret, outs });
  }

  park(thread, blocked) {
    thread.blocked = blocked;
    // A signal that became deliverable during the call interrupts it at once.
    this.processSignals(thread.proc);
    if (thread.blocked !== blocked) return;
    if (blocked.deadline !== null) this.armDeadline(thread, blocked);
  }

  // Ends a parked call with `result` now (a futex wake, a deadline).
  unpark(thread, result) {
    const b = thread.blocked;
    if (!b) return;
    thread.blocked = null;
    if (b.timer) clearTimeout(b.timer);
    this.reply(thread, result);
  }

  // Timers may fire a little early against the monotonic clock; re-arm until the deadline.
  armDeadline(thread, blocked) {
    const left = blocked.deadline - performance.now();
    blocked.timer = setTimeout(() => {
      if (thread.blocked !== blocked) return;
      if (performance.now() < blocked.deadline) return this.armDeadline(thread, blocked);
      thread.blocked = null;
      this.current = thread;
      this.reply(thread, blocked.onTimeout());
      this.scheduleWake();
    }, Math.max(0, Math.ceil(left)));
  }

  scheduleWake() {
    if (this.wakeScheduled) return;
    this.wakeScheduled = true;
    setImmediate(() => this.wake());
  }

  // Re-runs every parked syscall; those that can complete now reply.
  wake() {
    this.wakeScheduled = false;
    let progress = true;
    while (progress) {
      progress = false;
      for (const proc of this.procs.values()) {
        if (proc.state !== 'running') continue;
        for (const thread of [...proc.threads.values()]) {
          if (thread.blocked && proc.state === 'running' && this.completeParked(thread)) progress = true;
        }
      }
    }
  }

  // Runs `thread`'s parked call again; when it completes now, replies and returns true.
  completeParked(thread) {
    const b = thread.blocked;
    const serving = this.current;
    this.current = thread;
    try {
      let r;
      try {
        r = b.retry();
      } catch (e) {
        r = this.errnoOf(e, thread.proc, 'retry');
      }
      if (r === BLOCKED || thread.blocked !== b) return false;
      thread.blocked = null;
      if (b.timer) clearTimeout(b.timer);
      this.reply(thread, r);
      return true;
    } finally {
      this.current = serving;
    }
  }

  // ---- signals ------------------------------------------------------------------------------

  isDefaultIgnored(sig) {
    return DEFAULT_IGNORED.some((n) => SIG[n] === sig) || DEFAULT_STOP.some((n) => SIG[n] === sig);
  }

  // Whether `sig` is discarded at once when sent: ignored, and not blocked by `blockers` (then
  // it stays pending, for sigwait).
  discards(proc, sig, blocked) {
    const act = proc.actions[sig];
    const ignored = act.handler === this.SIG_IGN || (act.handler === this.SIG_DFL && this.isDefaultIgnored(sig));
    return ignored && !blocked;
  }

  // A process-directed signal (kill, SIGCHLD, alarm, a group's signal): pending for the process,
  // taken by one thread that does not block it. `origin`: what its siginfo says of its sender
  // (signal-origin.mjs).
  postSignal(proc, sig, origin = FROM_KERNEL) {
    if (!proc || proc.state !== 'running' || sig === 0) return;
    if (sig === SIG.SIGKILL) return this.terminate(proc, sig);
    const blocked = [...proc.threads.values()].some((t) => t.mask & bit(sig));
    if (this.discards(proc, sig, blocked)) return;
    addPending(proc, sig, origin);
    this.processSignals(proc);
    this.scheduleWake();
  }

  // A thread-directed signal (tkill, tgkill, SIGPIPE, SIGXFSZ).
  postThreadSignal(thread, sig, origin = FROM_KERNEL) {
    const proc = thread.proc;
    if (proc.state !== 'running' || !proc.threads.has(thread.tid) || sig === 0) return;
    if (sig === SIG.SIGKILL) return this.terminate(proc, sig);
    if (this.discards(proc, sig, (thread.mask & bit(sig)) !== 0n)) return;
    addPending(thread, sig, origin);
    this.processSignals(proc);
    this.scheduleWake();
  }

  // A signal a system call raises for its caller (SIGPIPE, SIGXFSZ): to the thread being served,
  // else (no such thread: a retry outside any call) to the process; as from the caller.
  postSignalToCaller(proc, sig) {
    const t = this.current;
    if (t && t.proc === proc && proc.threads.get(t.tid) === t) return this.postThreadSignal(t, sig, sentBy(proc));
    return this.postSignal(proc, sig, sentBy(proc));
  }

  blockable(thread) {
    return thread.mask & ~(bit(SIG.SIGKILL) | bit(SIG.SIGSTOP));
  }

  // What `thread` may take now: its own pending signals and the process's, less its mask.
  deliverableSet(thread) {
    return (thread.pending | thread.proc.pending) & ~this.blockable(thread);
  }

  // Applies default actions now; interrupts blocking calls when a handler must run. Every
  // deliverable signal is looked at: a fatal one pending next to a handled one still ends the
  // process. A process-directed signal is deliverable when a thread does not block it; its
  // handler is claimed by one thread: the one being served (it takes the signal with its reply),
  // else a parked one (interrupted now), else a running one (at its next system call).
  processSignals(proc) {
    if (proc.state !== 'running') return;
    const threads = [...proc.threads.values()];
    for (const thread of threads) {
      const set = this.deliverableSet(thread);
      if (set === 0n) continue;
      for (let sig = 1; sig < NSIG; sig++) {
        if (!(set & bit(sig))) continue;
        const act = proc.actions[sig];
        if (act.handler !== this.SIG_DFL && act.handler !== this.SIG_IGN) continue;
        takePending(thread, sig);
        takePending(proc, sig);
        if (act.handler === this.SIG_DFL && !this.isDefaultIgnored(sig)) return this.terminate(proc, sig);
      }
    }
    const rank = (t) => (t === this.current && !t.blocked ? 0 : t.blocked ? 1 : 2);
    threads.sort((x, y) => rank(x) - rank(y));
    let claimed = 0n;
    for (const thread of threads) {
      const set = (thread.pending | (thread.proc.pending & ~claimed)) & ~this.blockable(thread);
      if (set === 0n) continue;
      claimed |= set & proc.pending;
      if (!thread.blocked) {
        // Running wasm: its loops look at this word and come for the signal (signal-poll.mjs);
        // in a call, it takes the signal with its reply.
        if (!thread.inSyscall && thread.signalWord) Atomics.store(thread.signalWord, 0, 1);
        continue;
      }
      let sig = 1;
      while (!(set & bit(sig))) sig++;
      this.interruptForHandler(thread, proc.actions[sig]);
    }
  }

  // A handler runs when the thread is at a syscall boundary: a parked call ends now. A call that
  // can complete completes, and the signal comes with its reply: Linux's wait4 returns the child
  // whose end sent the SIGCHLD that would interrupt it, a read returns the data that arrived.
  interruptForHandler(thread, act) {
    const b = thread.blocked;
    if (!b || this.completeParked(thread)) return;
    thread.blocked = null;
    if (b.timer) clearTimeout(b.timer);
    if (b.onInterrupt) b.onInterrupt();
    const done = b.partial();
    if (done !== null) return this.reply(thread, done);
    if (b.restartable && (act.flags & this.SA_RESTART) !== 0) return this.reply(thread, 0, ACTION_RESTART);
    this.reply(thread, { ret: -E.EINTR, outs: b.interruptedOuts() });
  }

  // Picks the next pending, unblocked signal with a handler (the thread's own first, then the
  // process's) and marks it delivered.
  takeDeliverable(thread) {
    const proc = thread.proc;
    const set = this.deliverableSet(thread);
    if (set === 0n) return {};
    for (let sig = 1; sig < NSIG; sig++) {
      if (!(set & bit(sig))) continue;
      const act = proc.actions[sig];
      if (act.handler === this.SIG_DFL || act.handler === this.SIG_IGN) continue;
      const origin = takePendingFor(thread, sig);
      thread.savedMasks.push(thread.suspendMask ?? thread.mask);
      thread.suspendMask = null;
      thread.mask |= act.mask;
      if (!(act.flags & this.SA_NODEFER)) thread.mask |= bit(sig);
      const delivery = { signo: sig, handler: act.handler, saFlags: act.flags, siginfo: siginfoBytes(proc.arch, sig, origin) };
      if (act.flags & this.SA_RESETHAND) proc.actions[sig] = { handler: this.SIG_DFL, flags: 0, mask: 0n };
      return delivery;
    }
    return {};
  }

  // Sends a signal to every process of a group (a terminal's job control: from the kernel).
  signalGroup(pgid, sig) {
    for (const p of [...this.procs.values()]) if (p.pgid === pgid) this.postSignal(p, sig);
  }

  // ---- life cycle --------------------------------------------------------------------------

  // Ends a process by a signal (default action or SIGKILL).
  terminate(proc, sig) {
    if (proc.state !== 'running') return;
    this.exitProcess(proc, sig & 0x7f);
  }

  // The whole process ends (exit_group, a fatal signal, a trap or its last thread's exit): every
  // thread's worker goes.
  exitProcess(proc, waitStatus) {
    if (proc.state !== 'running') return NO_REPLY;
    proc.state = 'zombie';
    proc.waitStatus = waitStatus;
    proc.ends();
    for (const thread of proc.threads.values()) this.detachWorker(thread);
    proc.futexWaiters = [];
    proc.forkingThread = null;
    proc.forkQueue = [];
    proc.closeAll();
    proc.setCwd(null);
    if (proc.realTimer) clearTimeout(proc.realTimer.handle);
    proc.realTimer = null;
    for (const child of proc.children) {
      child.ppid = INIT_PID;
      if (child.state === 'zombie') this.reap(child);
    }
    proc.children.clear();
    const parent = this.procs.get(proc.ppid);
    if (parent && parent.state === 'running') {
      const chld = parent.actions[SIG.SIGCHLD];
      if (chld.handler === this.SIG_IGN || (chld.flags & this.SA_NOCLDWAIT)) this.reap(proc);
      else this.postSignal(parent, SIG.SIGCHLD, childEnded(proc));
    } else {
      this.reap(proc);
    }
    if (proc === this.initial) this.resolveInitial(waitStatus);
    this.scheduleWake();
    return NO_REPLY;
  }

  // One thread ends (exit): the last one ends the process with its status. Its clear_child_tid
  // word is set to 0 and one futex waiter there woken (pthread_join).
  exitThread(thread, waitStatus) {
    const proc = thread.proc;
    if (!this.live(thread)) return NO_REPLY;
    if (proc.threads.size <= 1) return this.exitProcess(proc, waitStatus);
    dropFutexWaiter(proc, thread);
    if (proc.forkingThread === thread) this.forkEnds(proc);
    proc.threadEnds(thread);
    this.detachWorker(thread);
    clearChildTid(this, proc, thread);
    // Process-directed signals it had claimed go to another thread.
    this.processSignals(proc);
    this.scheduleWake();
    return NO_REPLY;
  }

  reap(proc) {
    this.procs.delete(proc.pid);
    const parent = this.procs.get(proc.ppid);
    if (parent) parent.children.delete(proc);
  }

  // The save buffer of a fork on shared memory (fork-driver.mjs): placed by the kernel's map and
  // kept out of its free regions until the forking thread's rewind is over, one fork of the
  // process at a time (the others wait in forkQueue, without signals: see onMessage).
  forkPlace(thread, msg) {
    const proc = thread.proc;
    if (!proc.memoryMap) return this.replyPlain(thread, -E.ENOSYS);
    if (proc.forkingThread !== null) {
      proc.forkQueue.push({ thread, msg });
      return;
    }
    const placed = proc.memoryMap.placeSaveBuffer(msg.bytes, msg.wide);
    if (!placed) return this.replyPlain(thread, -E.ENOMEM);
    proc.memoryMap.carve(placed.buffer, placed.bufferBytes);
    proc.forkingThread = thread;
    proc.forkBuffer = placed;
    const size = new Uint8Array(8);
    new DataView(size.buffer).setFloat64(0, placed.bufferBytes, true);
    this.replyPlain(thread, placed.buffer, [size]);
  }

  // The fork holding the save buffer is over: its region is free again; the next one goes.
  forkEnds(proc) {
    const b = proc.forkBuffer;
    proc.forkingThread = null;
    proc.forkBuffer = null;
    if (b) proc.memoryMap.release(b.buffer, b.bufferBytes);
    while (proc.forkQueue.length > 0 && proc.forkingThread === null) {
      const next = proc.forkQueue.shift();
      if (this.live(next.thread)) this.forkPlace(next.thread, next.msg);
    }
  }

  // fork (or vfork) from `thread`: the child has one thread, a copy of it, whose id is the pid.
  fork(thread, msg) {
    const parent = thread.proc;
    const pid = this.nextPid++;
    const child = new Process({
      pid, ppid: parent.pid, pgid: parent.pgid, sid: parent.sid, arch: parent.arch, cwd: parent.cwd,
      umask: parent.umask, nice: parent.nice, argv: parent.argv, envp: parent.envp, program: parent.program, exe: parent.exe, comm: threadComm(parent, thread), fileLocks: this.fileLocks,
      limits: parent.limits.copy(),
    });
    for (const [fd, e] of parent.fds) child.install(e.file, { fd, cloexec: e.cloexec });
    child.actions = parent.actions.map((a) => ({ ...a }));
    const childThread = new Thread(child, pid, { mask: thread.mask, entry: thread.entry });
    child.threads.set(pid, childThread);
    child.module = parent.module;
    child.threadable = parent.threadable;
    child.pollsSignals = parent.pollsSignals;
    child.futexWaiters = [];
    child.forkingThread = null;
    child.forkQueue = [];
    this.procs.set(pid, child);
    parent.children.add(child);
    if (msg.shared) {
      // A copy of the shared memory (other threads may be writing it meanwhile: CONTRACT.md) but
      // for the map's free regions (the save buffer's, reserved in the parent, counts as free
      // here but for the frames); the child's map is the parent's with that region free.
      // All of it: the size as the kernel sees it may lag a grow by one of the parent's threads
      // (shared-memory.mjs, reaches).
      const size = currentLength(parent.memory);
      const view = new MemoryMap(parent.memory, parent.memoryMap.state);
      view.release(msg.buffer, msg.bufferBytes);
      child.memoryLimits = parent.memoryLimits;
      child.memory = createSharedMemory(parent.memoryLimits);
      const need = size - child.memory.buffer.byteLength;
      if (need > 0) growMemory(child.memory, Math.ceil(need / 65536));
      const from = new Uint8Array(parent.memory.buffer, 0, size);
      const to = new Uint8Array(child.memory.buffer);
      for (const [a, e] of view.usedPieces(msg.buffer, msg.frameEnd)) to.set(from.subarray(a, e), a);
      child.memoryMap = new MemoryMap(child.memory, view.state);
      child.futexCounts = newFutexCounts();
      this.startWorker(childThread, { fork: { buffer: msg.buffer, bufferBytes: msg.bufferBytes } });
    } else {
      this.startWorker(childThread, { fork: { memory: msg.memory, size: msg.size, buffer: msg.buffer, bufferBytes: msg.bufferBytes }, memoryState: msg.memoryState });
    }
    return pid;
  }

  // Replaces the process image; on success the old worker is gone and nothing is replied.
  // From any thread: the other threads end, the caller's continues as the new image's only
  // thread, whose id is the pid (as Linux's de_thread makes it the leader).
  execve(proc, path, argv, envp, thread) {
    const stringsFit = execStringsFit(path, argv, envp, proc.limits.stackLimit());
    let target = path;
    let args = argv;
    for (let depth = 0; ; depth++) {
      if (depth > 4) throw new SysError('ELOOP', 'too many #! interpreters');
      let r = this.vfs.resolve(target, baseDir(this, proc, anyConstant('AT_FDCWD'), target));
      // /proc/self/fd/N of a host file (musl's fexecve): the file N has open, through the host's
      // link of its descriptor. Pipes and devices stay EACCES, as on Linux.
      const node = r.virtualNode;
      if (node && node.kind === 'fdfile' && (node.file instanceof HostFile || node.file instanceof PathFile)) {
        const host = hostFdPath(node.file.hostFd);
        r = { host, virtual: node.file.virtual, stat: fs.statSync(host) };
      }
      if (r.stat.isDirectory()) throw new SysError('EACCES');
      if ((r.stat.mode & 0o111) === 0) throw new SysError('EACCES');
      if (depth === 0 && !stringsFit) throw new SysError('E2BIG'); // after the file was found, as on Linux
      const head = Buffer.alloc(256);
      const fd = fs.openSync(r.host, 'r');
      const n = fs.readSync(fd, head, 0, 256, 0);
      fs.closeSync(fd);
      if (n >= 2 && head[0] === 0x23 && head[1] === 0x21) {
        const line = head.subarray(2, n).toString('utf8').split('\n')[0].trim();
        const m = /^(\S+)(?:\s+(.*))?$/.exec(line);
        if (!m) throw new SysError('ENOEXEC');
        args = [m[1], ...(m[2] ? [m[2]] : []), target, ...args.slice(1)];
        target = m[1];
        continue;
      }
      if (!isWasm(head.subarray(0, n))) throw new SysError('ENOEXEC');
      let loaded;
      try {
        loaded = this.loadModule(r.host, target);
      } catch (e) {
        if (e instanceof SysError) this.log(`execve: ${e.message}`);
        throw e;
      }
      for (const [fd, e] of [...proc.fds]) if (e.cloexec) proc.close(fd);
      proc.actions = proc.actions.map((a) => (a.handler === this.SIG_IGN ? a : { handler: this.SIG_DFL, flags: 0, mask: 0n }));
      proc.cpuBaseMs = proc.cpuMs(); // the new image counts from its start
      proc.arch = loaded.arch;
      proc.argv = args;
      proc.envp = envp;
      proc.program = args[0] ?? target;
      proc.exe = r.virtual;
      proc.comm = path.slice(path.lastIndexOf('/') + 1).slice(0, 15); // the name given, as Linux's comm
      const caller = thread ?? proc.mainThread();
      const successor = new Thread(proc, proc.pid, { mask: caller.mask });
      successor.pending = caller.pending;
      successor.pendingOrigins = new Map(caller.pendingOrigins);
      for (const t of proc.threads.values()) this.detachWorker(t);
      proc.threads = new Map([[proc.pid, successor]]);
      this.setImage(proc, loaded);
      this.startWorker(successor);
      return NO_REPLY;
    }
  }

  // Stops every process (used when the initial process ends).
  // Resolves when the workers are gone (at most a few seconds: a worker still loading its modules
  // is terminated once loaded, see stopWorker).
  shutdown() {
    this.shuttingDown = true;
    if (this.initialStdin instanceof HostInputFile) this.initialStdin.syncHostOffset();
    if (this.initialStdin instanceof HostInput) this.initialStdin.closeProbe();
    for (const w of this.pool) this.stopWorker(w);
    this.pool = [];
    for (const proc of this.procs.values()) {
      for (const thread of proc.threads.values()) {
        if (thread.blocked?.timer) clearTimeout(thread.blocked.timer);
        thread.blocked = null;
        if (thread.worker) this.stopWorker(thread.worker);
        thread.worker = null;
      }
      if (proc.realTimer) clearTimeout(proc.realTimer.handle);
      proc.realTimer = null;
      proc.state = 'zombie';
    }
    const cap = new Promise((resolve) => setTimeout(resolve, 3000).unref());
    return Promise.race([Promise.allSettled(this.stopping), cap]);
  }
}
