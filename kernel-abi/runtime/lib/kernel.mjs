// kernel.mjs — the reference kernel: process table, workers, syscall dispatch, blocking,
// signals, and process life cycle (fork, execve, exit, wait).
//
// Runs on Node's main thread and owns all shared state; each wasm process runs in its own
// worker (worker.mjs) and reaches the kernel through a mailbox (channel.mjs). A syscall
// handler returns a result, throws a SysError, returns NO_REPLY (the process is gone or was
// replaced), or returns a Blocked whose retry() is run again whenever the kernel's state
// changes, until it yields a result, its deadline passes, or a signal interrupts it.
// Signals: default actions are applied at once (terminating the worker); handlers run in the
// target's worker when it is next at a syscall boundary (or interrupt its blocking call, which
// fails with EINTR or is restarted under SA_RESTART).
import { Worker, isMainThread } from 'node:worker_threads';
import { enableMemory64 } from './memory64.mjs';
import fs from 'node:fs';
import os from 'node:os';
import { SYSCALL_NAMES, E, SIG, ABI_VERSION, IMPORTS, IMPORT_MODULE, anyConstant, anyMaybeConstant } from './abi.mjs';
import { createChannel, writeReply, ACTION_RETURN, ACTION_RESTART, ACTION_EXIT } from './channel.mjs';
import { Process, bit, NSIG } from './process.mjs';
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
const DEFAULT_IGNORED = ['SIGCHLD', 'SIGURG', 'SIGWINCH', 'SIGCONT'];
const DEFAULT_STOP = ['SIGSTOP', 'SIGTSTP', 'SIGTTIN', 'SIGTTOU'];

export class Kernel {
  // root: host directory mounted as `/`; cwd: initial virtual cwd; stdio: host fds [in, out, err].
  constructor({ root = '/', cwd = '/', stdio = [0, 1, 2], traceEnosys = false, trace = false } = {}) {
    this.vfs = new Vfs(root);
    this.cwd = cwd;
    this.stdio = stdio;
    this.traceEnosys = traceEnosys;
    this.trace = trace;
    this.procs = new Map();
    this.vfs.processes = this.procs; // /proc/<pid>
    this.nextPid = 2;
    this.handlers = { ...fsSyscalls, ...procSyscalls, ...miscSyscalls, ...socketSyscalls, ...lockSyscalls, ...epollSyscalls, ...eventfdSyscalls };
    this.epolls = new Set(); // open epoll instances (epoll.mjs): their edge-triggered interests are sampled by reply()
    this.fileLocks = new FileLocks(() => this.scheduleWake());
    this.moduleCache = new Map(); // host path -> { identity, loaded }: see loadModule
    this.wakeScheduled = false;
    this.pool = [];
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
    if (info.arch === 'wasm64') enableMemory64();
    let module;
    try {
      module = new WebAssembly.Module(bytes);
    } catch (e) {
      throw new SysError('ENOEXEC', `${displayName}: invalid module: ${e.message}`);
    }
    const foreign = WebAssembly.Module.imports(module).filter((i) => i.module !== IMPORT_MODULE || !(i.name in IMPORTS));
    if (foreign.length > 0) {
      const names = foreign.slice(0, 3).map((i) => `${i.module}.${i.name}`).join(', ');
      throw new SysError('ENOEXEC', `${displayName}: imports ${names}${foreign.length > 3 ? ', ...' : ''}, outside the kernel ABI`);
    }
    const loaded = { module, arch: info.arch, info };
    this.moduleCache.set(hostPath, { identity, loaded });
    return loaded;
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
    this.startWorker(proc, { module: loaded.module });
    return done;
  }

  // A started worker with the runtime's modules loaded, waiting for its process.
  spareWorker() {
    const worker = new Worker(new URL('./worker.mjs', import.meta.url), {
      env: process.env.WPK_ABI_JS ? { WPK_ABI_JS: process.env.WPK_ABI_JS } : {},
      stdin: false,
      resourceLimits: { stackSizeMb: WORKER_STACK_MB }, // bounds the fork save buffer's need
    });
    worker.unref();
    return worker;
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

  // Takes the worker away from a process that ended or was replaced. A worker waiting for a
  // syscall reply is told the process is gone, unwinds, and comes back for reuse; one that is
  // running wasm (or a fatal error) is terminated.
  detachWorker(proc) {
    const worker = proc.worker;
    proc.worker = null;
    if (!worker) return;
    worker.removeAllListeners('message');
    worker.removeAllListeners('error');
    worker.removeAllListeners('exit');
    if (!proc.inSyscall || this.shuttingDown) {
      worker.terminate();
      return;
    }
    proc.inSyscall = false;
    writeReply(proc.chan, { ret: 0, action: ACTION_EXIT });
    const timer = setTimeout(() => worker.terminate(), 2000);
    timer.unref();
    worker.on('error', () => {});
    worker.on('message', (msg) => {
      if (!msg || msg.t !== 'recycled') return;
      clearTimeout(timer);
      worker.removeAllListeners('message');
      if (this.shuttingDown || this.pool.length >= 2) {
        worker.terminate();
      } else {
        worker.unref();
        this.pool.push(worker);
      }
    });
  }

  startWorker(proc, { module, fork = null, memoryState = null }) {
    proc.module = module;
    proc.chan = createChannel();
    proc.beginImage();
    const worker = this.takeWorker();
    worker.postMessage(
      { arch: proc.arch, argv: proc.argv, envp: proc.envp, chan: proc.chan, programName: proc.program, module, fork, memoryState },
      fork ? fork.memory.map((p) => p.bytes) : [],
    );
    proc.worker = worker;
    proc.inSyscall = false;
    worker.on('message', (msg) => {
      if (proc.worker === worker && proc.state === 'running') this.onMessage(proc, msg);
    });
    worker.on('error', (e) => {
      if (proc.worker !== worker || proc.state !== 'running') return;
      this.log(`${proc.program} (pid ${proc.pid}): ${e && e.message}`);
      this.terminate(proc, SIG.SIGABRT);
    });
    worker.on('exit', () => {
      if (proc.worker !== worker || proc.state !== 'running') return;
      this.log(`${proc.program} (pid ${proc.pid}): worker ended unexpectedly`);
      this.terminate(proc, SIG.SIGKILL);
    });
  }

  // ---- syscalls ---------------------------------------------------------------------------

  onMessage(proc, msg) {
    proc.inSyscall = true;
    if (msg.mem) proc.noteMemory(msg.mem);
    switch (msg.t) {
      case 'sys':
        return this.dispatch(proc, msg);
      case 'sigreturn':
        proc.mask = proc.savedMasks.pop() ?? proc.mask;
        // The restored mask may unblock a signal whose default action ends the process.
        this.processSignals(proc);
        return this.finish(proc, 0);
      case 'fork':
        // Replies carry no signal: the worker is between unwind and rewind.
        return this.replyPlain(proc, this.fork(proc, msg));
      case 'warn':
        this.log(msg.message);
        return this.replyPlain(proc, 0);
      case 'fatal':
        proc.inSyscall = false; // the worker waits to be terminated, not for a reply
        this.log(msg.message);
        if (msg.status !== undefined) return this.exitProcess(proc, (msg.status & 0xff) << 8);
        return this.terminate(proc, SIG.SIGABRT);
      case 'trap':
        proc.inSyscall = false;
        this.log(`${proc.program} (pid ${proc.pid}): wasm trap: ${msg.message}`);
        return this.terminate(proc, SIG[msg.signal] ?? SIG.SIGILL);
      default:
        this.log(`internal: unknown message ${msg.t}`);
    }
  }

  dispatch(proc, { nr, args, ins }) {
    const name = SYSCALL_NAMES[nr];
    const handler = name && this.handlers[name];
    if (!handler) {
      if (this.traceEnosys) this.log(`${proc.program} (pid ${proc.pid}): unimplemented syscall ${name ?? '?'} (${nr})`);
      return this.finish(proc, -E.ENOSYS);
    }
    let result;
    this.vfs.self = proc; // whose /proc/self path resolution shows
    try {
      result = handler(this, proc, args, ins);
    } catch (e) {
      result = this.errnoOf(e, proc, name);
    }
    if (this.trace) this.log(`[${proc.pid}] ${name}(${args.join(', ')}) = ${result instanceof Blocked ? '<blocks>' : typeof result === 'object' && result ? result.ret : String(result)}`);
    this.finish(proc, result);
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

  finish(proc, result) {
    if (result === NO_REPLY) return;
    if (result instanceof Blocked) {
      this.park(proc, result);
      return;
    }
    this.reply(proc, result);
    this.scheduleWake();
  }

  reply(proc, result, action = ACTION_RETURN) {
    if (proc.state !== 'running' || !proc.inSyscall) return;
    const r = typeof result === 'object' && result !== null ? result : { ret: result };
    const delivery = this.takeDeliverable(proc);
    proc.inSyscall = false;
    proc.parkEnds();
    writeReply(proc.chan, { ret: r.ret, outs: r.outs || [], action, ...delivery });
    // What this call made not ready (a read that drained a pipe) may become ready again:
    // edge-triggered epoll interests see the fall here, before any host event can undo it.
    for (const epoll of this.epolls) epoll.sampleEdges();
  }

  replyPlain(proc, ret) {
    proc.inSyscall = false;
    writeReply(proc.chan, { ret });
  }

  park(proc, blocked) {
    proc.blocked = blocked;
    proc.parkBegins(); // not CPU time (reply() ends it)
    // A signal that became deliverable during the call interrupts it at once.
    this.processSignals(proc);
    if (proc.blocked !== blocked) return;
    if (blocked.deadline !== null) this.armDeadline(proc, blocked);
  }

  // Timers may fire a little early against the monotonic clock; re-arm until the deadline.
  armDeadline(proc, blocked) {
    const left = blocked.deadline - performance.now();
    blocked.timer = setTimeout(() => {
      if (proc.blocked !== blocked) return;
      if (performance.now() < blocked.deadline) return this.armDeadline(proc, blocked);
      proc.blocked = null;
      this.reply(proc, blocked.onTimeout());
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
        const b = proc.blocked;
        if (!b || proc.state !== 'running') continue;
        let r;
        try {
          r = b.retry();
        } catch (e) {
          r = this.errnoOf(e, proc, 'retry');
        }
        if (r === BLOCKED) continue;
        proc.blocked = null;
        if (b.timer) clearTimeout(b.timer);
        this.reply(proc, r);
        progress = true;
      }
    }
  }

  // ---- signals ------------------------------------------------------------------------------

  isDefaultIgnored(sig) {
    return DEFAULT_IGNORED.some((n) => SIG[n] === sig) || DEFAULT_STOP.some((n) => SIG[n] === sig);
  }

  postSignal(proc, sig) {
    if (!proc || proc.state !== 'running' || sig === 0) return;
    if (sig === SIG.SIGKILL) return this.terminate(proc, sig);
    const act = proc.actions[sig];
    // An ignored signal is discarded, unless blocked: then it stays pending (sigwait can take it).
    const ignored = act.handler === this.SIG_IGN || (act.handler === this.SIG_DFL && this.isDefaultIgnored(sig));
    if (ignored && !(proc.mask & bit(sig))) return;
    proc.pending |= bit(sig);
    this.processSignals(proc);
    this.scheduleWake();
  }

  deliverableSet(proc) {
    return proc.pending & ~(proc.mask & ~(bit(SIG.SIGKILL) | bit(SIG.SIGSTOP)));
  }

  // Applies default actions now; interrupts a blocking call when a handler must run. Every
  // deliverable signal is looked at: a fatal one pending next to a handled one still ends the
  // process (it used to stay pending for ever once the handler's signal came first).
  processSignals(proc) {
    const set = this.deliverableSet(proc);
    if (set === 0n) return;
    let handled = 0;
    for (let sig = 1; sig < NSIG; sig++) {
      if (!(set & bit(sig))) continue;
      const act = proc.actions[sig];
      if (act.handler === this.SIG_DFL) {
        proc.pending &= ~bit(sig);
        if (!this.isDefaultIgnored(sig)) return this.terminate(proc, sig);
        continue;
      }
      if (act.handler === this.SIG_IGN) {
        proc.pending &= ~bit(sig);
        continue;
      }
      if (!handled) handled = sig;
    }
    if (handled) this.interruptForHandler(proc, proc.actions[handled]);
  }

  // A handler runs when the process is at a syscall boundary: a parked call ends now.
  interruptForHandler(proc, act) {
    const b = proc.blocked;
    if (!b) return;
    proc.blocked = null;
    if (b.timer) clearTimeout(b.timer);
    if (b.onInterrupt) b.onInterrupt();
    const done = b.partial();
    if (done !== null) return this.reply(proc, done);
    if (b.restartable && (act.flags & this.SA_RESTART) !== 0) return this.reply(proc, 0, ACTION_RESTART);
    this.reply(proc, { ret: -E.EINTR, outs: b.interruptedOuts() });
  }

  // Picks the next pending, unblocked signal with a handler and marks it delivered.
  takeDeliverable(proc) {
    const set = this.deliverableSet(proc);
    if (set === 0n) return {};
    for (let sig = 1; sig < NSIG; sig++) {
      if (!(set & bit(sig))) continue;
      const act = proc.actions[sig];
      if (act.handler === this.SIG_DFL || act.handler === this.SIG_IGN) continue;
      proc.pending &= ~bit(sig);
      proc.savedMasks.push(proc.suspendMask ?? proc.mask);
      proc.suspendMask = null;
      proc.mask |= act.mask;
      if (!(act.flags & this.SA_NODEFER)) proc.mask |= bit(sig);
      const delivery = { signo: sig, handler: act.handler, saFlags: act.flags };
      if (act.flags & this.SA_RESETHAND) proc.actions[sig] = { handler: this.SIG_DFL, flags: 0, mask: 0n };
      return delivery;
    }
    return {};
  }

  // Sends a signal to every process of a group (a terminal's job control).
  signalGroup(pgid, sig) {
    for (const p of [...this.procs.values()]) if (p.pgid === pgid) this.postSignal(p, sig);
  }

  // ---- life cycle --------------------------------------------------------------------------

  // Ends a process by a signal (default action or SIGKILL).
  terminate(proc, sig) {
    if (proc.state !== 'running') return;
    this.exitProcess(proc, sig & 0x7f);
  }

  exitProcess(proc, waitStatus) {
    if (proc.state !== 'running') return NO_REPLY;
    proc.state = 'zombie';
    proc.waitStatus = waitStatus;
    proc.ends();
    if (proc.blocked?.timer) clearTimeout(proc.blocked.timer);
    proc.blocked = null;
    this.detachWorker(proc);
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
      else this.postSignal(parent, SIG.SIGCHLD);
    } else {
      this.reap(proc);
    }
    if (proc === this.initial) this.resolveInitial(waitStatus);
    this.scheduleWake();
    return NO_REPLY;
  }

  reap(proc) {
    this.procs.delete(proc.pid);
    const parent = this.procs.get(proc.ppid);
    if (parent) parent.children.delete(proc);
  }

  fork(parent, msg) {
    const pid = this.nextPid++;
    const child = new Process({
      pid, ppid: parent.pid, pgid: parent.pgid, sid: parent.sid, arch: parent.arch, cwd: parent.cwd,
      umask: parent.umask, nice: parent.nice, argv: parent.argv, envp: parent.envp, program: parent.program, exe: parent.exe, comm: parent.comm, fileLocks: this.fileLocks,
      limits: parent.limits.copy(),
    });
    for (const [fd, e] of parent.fds) child.install(e.file, { fd, cloexec: e.cloexec });
    child.actions = parent.actions.map((a) => ({ ...a }));
    child.mask = parent.mask;
    this.procs.set(pid, child);
    parent.children.add(child);
    this.startWorker(child, { module: parent.module, fork: { memory: msg.memory, size: msg.size, buffer: msg.buffer, bufferBytes: msg.bufferBytes }, memoryState: msg.memoryState });
    return pid;
  }

  // Replaces the process image; on success the old worker is gone and nothing is replied.
  execve(proc, path, argv, envp) {
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
      proc.savedMasks = [];
      proc.cpuBaseMs = proc.cpuMs(); // the new image counts from its start
      proc.arch = loaded.arch;
      proc.argv = args;
      proc.envp = envp;
      proc.program = args[0] ?? target;
      proc.exe = r.virtual;
      proc.comm = path.slice(path.lastIndexOf('/') + 1).slice(0, 15); // the name given, as Linux's comm
      this.detachWorker(proc);
      this.startWorker(proc, { module: loaded.module });
      return NO_REPLY;
    }
  }

  // Stops every process (used when the initial process ends).
  shutdown() {
    this.shuttingDown = true;
    if (this.initialStdin instanceof HostInputFile) this.initialStdin.syncHostOffset();
    if (this.initialStdin instanceof HostInput) this.initialStdin.closeProbe();
    for (const w of this.pool) w.terminate();
    this.pool = [];
    for (const proc of this.procs.values()) {
      if (proc.worker) proc.worker.terminate();
      proc.worker = null;
      proc.state = 'zombie';
    }
  }
}
