// process.mjs — one entry of the process table, as the kernel sees it.
//
// Holds identity (pid, parent, process group, session), the descriptor table (fd -> {file,
// cloexec}; files are shared OpenFile objects, see files.mjs), cwd (a Directory, see setCwd),
// umask and nice value, resource limits (resource-limits.mjs), signal state
// (dispositions, mask and pending set as 64-bit masks with bit sig-1), and the life-cycle state:
// 'running' until exit or a fatal signal, then 'zombie' until its parent reaps it.
import { SysError, closeDescription } from './files.mjs';
import { MAX_FDS, ResourceLimits } from './resource-limits.mjs';

export { MAX_FDS };
export const NSIG = 65;

export const bit = (sig) => 1n << BigInt(sig - 1);

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
    this.mask = 0n;
    this.pending = 0n;
    this.savedMasks = [];
    this.suspendMask = null;
    this.worker = null;
    this.chan = null;
    this.module = null;
    this.blocked = null;
    this.inSyscall = false;
    // CPU time (ms) is approximated as time alive minus time parked in blocking syscalls:
    // node 20 has no per-thread CPU clock (process.cpuUsage() counts every worker), and a
    // process's worker thread does nothing but run it. See cpuMs(); execve keeps the total.
    this.cpuBaseMs = 0; // used by earlier images (execve)
    this.endedCpuMs = null; // the total, once the process has ended
    this.beginImage();
    // ru_maxrss: the largest linear memory the worker reported (memory only grows); execve keeps
    // it, as Linux keeps the maximum of the images a process ran.
    this.maxMemoryBytes = 0;
    // RUSAGE_CHILDREN: what the children this process waited for used, themselves and through
    // the children they waited for in turn (Linux counts no child that was never waited for).
    this.childrenUsage = { cpuMs: 0, maxMemoryBytes: 0 };
  }

  // A new image starts running (startWorker; execve first moves the total into cpuBaseMs).
  beginImage() {
    this.startedAt = performance.now();
    this.parkedMs = 0;
    this.parkedSince = null;
  }
  parkBegins() { this.parkedSince = performance.now(); }
  parkEnds() {
    if (this.parkedSince === null) return;
    this.parkedMs += performance.now() - this.parkedSince;
    this.parkedSince = null;
  }

  // The process ended: its CPU time stops (a zombie's usage is what its parent's wait reports).
  ends() { this.endedCpuMs = this.cpuMs(); }

  cpuMs(now = performance.now()) {
    if (this.endedCpuMs !== null) return this.endedCpuMs;
    const parked = this.parkedMs + (this.parkedSince === null ? 0 : now - this.parkedSince);
    return this.cpuBaseMs + (now - this.startedAt) - parked;
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
