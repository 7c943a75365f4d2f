// syscalls-misc.mjs — time, sleeping, poll/select, identity, limits and terminal ioctls.
//
// Clocks: REALTIME from the host's wall clock, MONOTONIC/BOOTTIME from the host's monotonic
// clock, the CPU-time clocks from the threads' own CPU clocks (process.mjs, Thread.cpuMs);
// others are EINVAL.
// poll/select compute readiness from the open files (files.mjs) and park the caller until
// something is ready or the timeout passes. Identity syscalls report the host user, so a
// program sees the same uid/gid under the runtime as natively. Terminal ioctls work on the
// caller's terminal when the descriptor is one, and fail with ENOTTY otherwise.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import tty from 'node:tty';
import { anyConstant, anyMaybeConstant, constant, encodeStruct, decodeStruct, layout } from './abi.mjs';
import { SysError, Device, Directory, HostFile, HostInput, WOULD_BLOCK } from './files.mjs';
import { Blocked, BLOCKED } from './blocking.mjs';
import { isTerminal, baseDir, hasSignalDrivenIo } from './syscalls-fs.mjs';
import { Socket } from './sockets.mjs';
import { rusageBytes } from './syscalls-proc.mjs';
import { fileReadiness, waitForReadiness } from './readiness.mjs';
import { KERNEL_RELEASE, KERNEL_VERSION } from './procfs.mjs';

const NS = 1000000000n;
const TIMER_ABSTIME = constant('timer', 'TIMER_ABSTIME');
const startMono = process.hrtime.bigint();

const WALL_CLOCKS = ['CLOCK_REALTIME', 'CLOCK_REALTIME_COARSE', 'CLOCK_REALTIME_ALARM', 'CLOCK_TAI'];
const MONOTONIC_CLOCKS = ['CLOCK_MONOTONIC', 'CLOCK_MONOTONIC_RAW', 'CLOCK_MONOTONIC_COARSE', 'CLOCK_BOOTTIME', 'CLOCK_BOOTTIME_ALARM'];
const CPU_CLOCKS = ['CLOCK_PROCESS_CPUTIME_ID', 'CLOCK_THREAD_CPUTIME_ID'];
const CPUCLOCK_PERTHREAD = 4; // bit of a clock id from pthread_getcpuclockid
const isOneOf = (clock, names) => names.some((n) => anyMaybeConstant(n) === clock);

// What a clock id measures: 'wall', 'monotonic', or the process or thread whose CPU time it
// counts (anything with cpuMs(): CLOCK_THREAD_CPUTIME_ID is the calling thread's). Negative ids
// are the CPU clocks of clock_getcpuclockid/pthread_getcpuclockid: ~id << 3 | type, with
// CPUCLOCK_PERTHREAD (4) in the type for a thread id (id 0: the caller). Others: EINVAL.
function clockSource(k, proc, clock) {
  if (isOneOf(clock, WALL_CLOCKS)) return 'wall';
  if (isOneOf(clock, MONOTONIC_CLOCKS)) return 'monotonic';
  if (clock === anyMaybeConstant('CLOCK_THREAD_CPUTIME_ID')) return callerThread(k, proc);
  if (isOneOf(clock, CPU_CLOCKS)) return proc;
  if (clock < 0 && (clock & 3) !== 3) {
    const id = ~(clock >> 3);
    if (clock & CPUCLOCK_PERTHREAD) {
      const target = id === 0 ? callerThread(k, proc) : proc.thread(id) ?? [...k.procs.values()].map((p) => p.thread(id)).find(Boolean);
      if (target) return target;
    } else {
      const target = id === 0 ? proc : k.procs.get(id);
      if (target) return target;
    }
  }
  throw new SysError('EINVAL');
}

// The thread being served (its CPU clock), or the process when there is none.
function callerThread(k, proc) {
  return k.current && k.current.proc === proc ? k.current : proc;
}

export function nowNs(k, proc, clock) {
  const source = clockSource(k, proc, clock);
  if (source === 'wall') return BigInt(Math.round((performance.timeOrigin + performance.now()) * 1000)) * 1000n;
  if (source === 'monotonic') return process.hrtime.bigint() - startMono + NS; // starts at 1 s
  return BigInt(Math.round(source.cpuMs() * 1e6));
}

function timespec(arch, ns) {
  return encodeStruct('timespec', arch, { tv_sec: ns / NS, tv_nsec: ns % NS });
}
export function readTimespecMs(arch, bytes) {
  const v = decodeStruct('timespec', arch, bytes, ['tv_sec', 'tv_nsec']);
  const sec = v.tv_sec;
  const nsec = v.tv_nsec;
  if (sec < 0 || nsec < 0 || nsec >= 1e9) throw new SysError('EINVAL');
  return sec * 1000 + nsec / 1e6;
}

function clock_gettime(k, proc, [clock]) {
  return { ret: 0, outs: [timespec(proc.arch, nowNs(k, proc, clock))] };
}
function clock_getres(k, proc, [clock]) {
  clockSource(k, proc, clock); // EINVAL for an unknown clock
  return { ret: 0, outs: [timespec(proc.arch, 1n)] };
}
function gettimeofday(k, proc) {
  const ns = nowNs(k, proc, anyConstant('CLOCK_REALTIME'));
  return { ret: 0, outs: [encodeStruct('timeval', proc.arch, { tv_sec: ns / NS, tv_usec: (ns % NS) / 1000n })] };
}

// A sleep cut short by a signal reports the time left (nanosleep's rem).
function sleepUntil(proc, deadline) {
  const left = () => BigInt(Math.max(0, Math.round((deadline - performance.now()) * 1e6)));
  return new Blocked(() => BLOCKED, {
    deadline,
    restartable: false,
    onTimeout: () => ({ ret: 0, outs: [timespec(proc.arch, 0n)] }),
    interruptedOuts: () => [timespec(proc.arch, left())],
  });
}

function nanosleep(k, proc, args, [req]) {
  if (!req) throw new SysError('EFAULT');
  return sleepUntil(proc, performance.now() + readTimespecMs(proc.arch, req));
}

// Clocks Linux has no sleep for (EOPNOTSUPP): the thread CPU clock, and the raw and coarse
// clocks, which have no timers.
const NO_SLEEP_CLOCKS = ['CLOCK_THREAD_CPUTIME_ID', 'CLOCK_MONOTONIC_RAW', 'CLOCK_MONOTONIC_COARSE', 'CLOCK_REALTIME_COARSE'];

// The libc refuses CLOCK_THREAD_CPUTIME_ID itself (EINVAL); the system call is checked as Linux
// checks it: an unknown clock is EINVAL, one without sleep EOPNOTSUPP, and the caller's own
// per-thread CPU clock EINVAL (it would wait on a clock only it advances).
function checkSleepClock(k, proc, clock) {
  const source = clockSource(k, proc, clock);
  if (isOneOf(clock, NO_SLEEP_CLOCKS)) throw new SysError('EOPNOTSUPP');
  if (clock < 0 && (clock & CPUCLOCK_PERTHREAD) && source === callerThread(k, proc)) throw new SysError('EINVAL');
}

function clock_nanosleep(k, proc, [clock, flags], [req]) {
  checkSleepClock(k, proc, clock);
  if (!req) throw new SysError('EFAULT');
  let ms = readTimespecMs(proc.arch, req);
  if (flags & TIMER_ABSTIME) ms -= Number(nowNs(k, proc, clock) / 1000000n);
  const r = sleepUntil(proc, performance.now() + Math.max(0, ms));
  return r;
}

function uname(k, proc) {
  const l = layout('utsname', proc.arch);
  const out = new Uint8Array(l.size);
  const values = { sysname: 'Linux', nodename: 'wpk', release: KERNEL_RELEASE, version: KERNEL_VERSION, machine: proc.arch, domainname: '(none)' };
  for (const [name, f] of Object.entries(l.fields)) {
    const key = Object.keys(values).find((v) => name.includes(v));
    if (key) out.set(Buffer.from(values[key]).subarray(0, f.size - 1), f.offset);
  }
  return { ret: 0, outs: [out] };
}

function getrandom(k, proc, [, len]) {
  const out = crypto.randomBytes(Math.max(0, Math.min(len, 1 << 20)));
  return { ret: out.length, outs: [out] };
}

const getuid = () => process.getuid();
const getgid = () => process.getgid();
const geteuid = () => process.geteuid();
const getegid = () => process.getegid();
// getresuid/getresgid(real*, effective*, saved*): the host's ids.
function idTriple(id) {
  const out = new Uint8Array(4);
  new DataView(out.buffer).setUint32(0, id, true);
  return { ret: 0, outs: [out, out, out] };
}
const getresuid = () => idTriple(process.getuid());
const getresgid = () => idTriple(process.getgid());
// set*id: allowed when nothing changes (or for root); the runtime has a single identity.
function setid(k, proc, args) {
  const ids = [process.getuid(), process.geteuid(), process.getgid(), process.getegid(), -1, 0xffffffff];
  if (process.getuid() === 0 || args.slice(0, 3).every((a) => a === undefined || ids.includes(a))) return 0;
  throw new SysError('EPERM');
}

// ---- poll / select -----------------------------------------------------------------------------

function readiness(proc, fd) {
  const e = proc.fds.get(fd);
  return e ? fileReadiness(e.file) : null;
}

function ppoll(k, proc, [, nfds], [fdsIn, tmo, mask]) {
  const l = layout('pollfd', proc.arch);
  const { fd: fFd, events: fEv, revents: fRe } = l.fields;
  const P = (n) => anyConstant(n);
  const fds = fdsIn ? Uint8Array.from(fdsIn) : new Uint8Array(0);
  const dv = new DataView(fds.buffer);
  const scan = () => {
    let count = 0;
    for (let i = 0; i < nfds; i++) {
      const base = i * l.size;
      const fd = dv.getInt32(base + fFd.offset, true);
      const events = dv.getInt16(base + fEv.offset, true);
      let rev = 0;
      if (fd >= 0) {
        const r = readiness(proc, fd);
        if (!r) rev = P('POLLNVAL');
        else {
          if (r.in && (events & (P('POLLIN') | P('POLLRDNORM')))) rev |= events & (P('POLLIN') | P('POLLRDNORM'));
          if (r.out && (events & (P('POLLOUT') | P('POLLWRNORM')))) rev |= events & (P('POLLOUT') | P('POLLWRNORM'));
          // Only when asked for: the peer shut its sending side (a socket's receive side is shut).
          if (r.rdhup && (events & P('POLLRDHUP'))) rev |= P('POLLRDHUP');
          // Reported whether asked for or not.
          if (r.hup) rev |= P('POLLHUP');
          if (r.err) rev |= P('POLLERR');
        }
      }
      dv.setInt16(base + fRe.offset, rev, true);
      if (rev) count++;
    }
    return count;
  };
  const result = () => ({ ret: scan(), outs: [fds] });
  const timeoutMs = tmo ? readTimespecMs(proc.arch, tmo) : null;
  const first = result();
  if (first.ret > 0 || timeoutMs === 0) return first;
  return waitForReadiness(k.current, mask, timeoutMs, result);
}

// The worker adds the signal set the sixth argument points at as the last input (worker.mjs).
function pselect6(k, proc, [nfds], [rIn, wIn, eIn, tmo, , mask]) {
  const copy = (b) => (b ? Uint8Array.from(b) : null);
  const test = (b, fd) => b && (b[fd >> 3] & (1 << (fd & 7))) !== 0;
  const scan = () => {
    const r = copy(rIn) && new Uint8Array(rIn.length);
    const w = copy(wIn) && new Uint8Array(wIn.length);
    const e = copy(eIn) && new Uint8Array(eIn.length);
    let count = 0;
    for (let fd = 0; fd < nfds; fd++) {
      const wantR = test(rIn, fd);
      const wantW = test(wIn, fd);
      if (!wantR && !wantW && !test(eIn, fd)) continue;
      const st = readiness(proc, fd);
      if (!st) throw new SysError('EBADF');
      // As Linux's select: POLLHUP and POLLERR make a descriptor readable, POLLERR writable (so a
      // pipe at EOF is readable, and a write end without readers is both).
      if (wantR && (st.in || st.hup || st.err)) {
        r[fd >> 3] |= 1 << (fd & 7);
        count++;
      }
      if (wantW && (st.out || st.err)) {
        w[fd >> 3] |= 1 << (fd & 7);
        count++;
      }
    }
    return { count, outs: [r, w, e] };
  };
  const result = () => {
    const s = scan();
    return { ret: s.count, outs: s.outs };
  };
  const timeoutMs = tmo ? readTimespecMs(proc.arch, tmo) : null;
  const first = result();
  if (first.ret > 0 || timeoutMs === 0) return first;
  return waitForReadiness(k.current, mask, timeoutMs, result);
}

// ---- terminal ------------------------------------------------------------------------------------

// FIONREAD: a pipe's unread bytes (asked on either end), a socket's, a regular file's bytes from the offset
// to the end (negative past the end, as Linux computes it). Directories and the devices have no
// such ioctl: ENOTTY, EINVAL for the random devices (their ioctl handler refuses unknown
// requests), also for the caller's stdin when it is a device other than a terminal
// (/dev/null). The caller's stdin when it is a pipe: see HostInput.available (the runtime takes
// the bytes it counts); its terminal: what the runtime holds of it, mostly 0.
function bytesToRead(file) {
  if (file.pipe) return file.pipe.size;
  if (file instanceof Socket) return file.unread(); // a stream's bytes, a datagram's length
  if (file instanceof Device) throw new SysError(file.name.endsWith('random') ? 'EINVAL' : 'ENOTTY');
  if (file instanceof Directory) throw new SysError('ENOTTY');
  if (file instanceof HostFile && file.seekable()) return file.size() - file.pos;
  return 0;
}

function isNonTerminalDevice(hostFd) {
  try {
    return fs.fstatSync(hostFd).isCharacterDevice() && !tty.isatty(hostFd);
  } catch {
    return false;
  }
}

function ioctl(k, proc, [fd, request], ins) {
  const file = proc.file(fd);
  if (file.flags & anyConstant('O_PATH')) throw new SysError('EBADF'); // no I/O on it, as on Linux
  const req = request >>> 0;
  const is = (n) => anyMaybeConstant(n) === req;
  if (is('FIONBIO')) {
    const on = new DataView(ins[0].buffer, ins[0].byteOffset).getInt32(0, true) !== 0;
    const nb = anyConstant('O_NONBLOCK');
    file.flags = on ? file.flags | nb : file.flags & ~nb;
    return 0;
  }
  // FIOASYNC sets or clears O_ASYNC (as F_SETFL does); a change needs signal-driven I/O
  // (ENOTTY otherwise), asking for the state the flag already has is 0. nginx's master sets it
  // on each worker's channel. No SIGIO is ever sent (README).
  if (is('FIOASYNC')) {
    const on = new DataView(ins[0].buffer, ins[0].byteOffset).getInt32(0, true) !== 0;
    const flag = anyConstant('O_ASYNC');
    if (on === ((file.flags & flag) !== 0)) return 0;
    if (!hasSignalDrivenIo(file)) throw new SysError('ENOTTY');
    file.flags = on ? file.flags | flag : file.flags & ~flag;
    return 0;
  }
  if (is('FIONREAD')) {
    const answer = (n) => {
      const out = new Uint8Array(4);
      new DataView(out.buffer).setInt32(0, n, true);
      return { ret: 0, outs: [out] };
    };
    if (!(file instanceof HostInput)) return answer(bytesToRead(file));
    if (isNonTerminalDevice(file.hostFd)) throw new SysError('ENOTTY');
    // The caller's stdin: while a host read is under way, wait for it (briefly: on an empty
    // pipe it stays under way, and the answer is then what the runtime holds).
    const attempt = () => {
      const n = file.available();
      return n === WOULD_BLOCK ? BLOCKED : answer(n);
    };
    const first = attempt();
    if (first !== BLOCKED) return first;
    return new Blocked(attempt, { deadline: performance.now() + 20, onTimeout: () => answer(file.buffered()) });
  }
  if (!isTerminal(file)) throw new SysError('ENOTTY');
  if (is('TIOCGWINSZ')) {
    const rows = Number(process.env.LINES) || 24;
    const cols = Number(process.env.COLUMNS) || 80;
    const a = proc.arch;
    return { ret: 0, outs: [encodeStruct('winsize', a, { ws_row: rows, ws_col: cols })] };
  }
  if (is('TCGETS')) {
    proc.termios ??= new Uint8Array(layout('termios', proc.arch).size);
    return { ret: 0, outs: [proc.termios] };
  }
  if (is('TCSETS') || is('TCSETSW') || is('TCSETSF')) {
    proc.termios = Uint8Array.from(ins[0]);
    return 0;
  }
  if (is('TIOCGPGRP')) {
    const out = new Uint8Array(4);
    new DataView(out.buffer).setInt32(0, proc.pgid, true);
    return { ret: 0, outs: [out] };
  }
  if (is('TIOCSPGRP')) return 0;
  throw new SysError('EINVAL');
}

// ---- scheduling priority (nice) ---------------------------------------------------------------

// Every process has a nice value (-20..19): the host process's for the first one, inherited by
// fork and kept by execve. It is bookkeeping only: the workers all run at the host's priority.
// The raw syscalls speak in 20 - nice (libc converts), as Linux's do.
function prioTargets(k, proc, which, who) {
  const all = [...k.procs.values()];
  if (which === anyConstant('PRIO_PROCESS')) return all.filter((p) => p.pid === (who === 0 ? proc.pid : who));
  if (which === anyConstant('PRIO_PGRP')) return all.filter((p) => p.pgid === (who === 0 ? proc.pgid : who));
  if (which === anyConstant('PRIO_USER')) {
    // Every process of the runtime has the host's real uid; no process has another.
    return (who === 0 ? process.getuid() : who >>> 0) === process.getuid() ? all : [];
  }
  throw new SysError('EINVAL');
}

function getpriority(k, proc, [which, who]) {
  const targets = prioTargets(k, proc, which, who);
  if (targets.length === 0) throw new SysError('ESRCH');
  return Math.max(...targets.map((p) => 20 - p.nice));
}

// Lowering a nice value needs CAP_SYS_NICE (with the default RLIMIT_NICE of 0): root may, others
// get EACCES (for that process; the others of a group or user still change, and the call fails).
function setpriority(k, proc, [which, who, prio]) {
  const targets = prioTargets(k, proc, which, who);
  const nice = Math.min(19, Math.max(-20, prio));
  let error = 'ESRCH';
  for (const p of targets) {
    if (nice < p.nice && process.geteuid() !== 0) {
      error = 'EACCES';
    } else {
      p.nice = nice;
      if (error === 'ESRCH') error = null;
    }
  }
  if (error) throw new SysError(error);
  return 0;
}

// ---- CPUs ------------------------------------------------------------------------------------

// Every process (a worker thread) may run on each CPU the host gives the runtime, so a process's
// affinity is that many CPUs, 0..n-1, in a mask of whole 64-bit words (what a 64-bit Linux's
// kernel mask is for up to 64 CPUs). As on Linux: the mask's byte count is returned; a size
// smaller than the mask or not a multiple of 8 is EINVAL; an unknown pid ESRCH. musl's sysconf
// (_SC_NPROCESSORS_ONLN, nproc) counts this mask.
function sched_getaffinity(k, proc, [pid, size]) {
  if (pid !== 0 && !k.procs.has(pid)) throw new SysError('ESRCH');
  const cpus = os.availableParallelism();
  const maskBytes = Math.max(1, Math.ceil(cpus / 64)) * 8;
  if (size < maskBytes || size % 8 !== 0) throw new SysError('EINVAL');
  const mask = new Uint8Array(maskBytes);
  for (let cpu = 0; cpu < cpus; cpu++) mask[cpu >> 3] |= 1 << (cpu & 7);
  return { ret: maskBytes, outs: [mask] };
}

// ---- limits and accounting ------------------------------------------------------------------

function rlimitBytes(arch, { cur, max }) {
  return encodeStruct('rlimit', arch, { rlim_cur: cur, rlim_max: max });
}
// Read as BigInts: decodeStruct's Numbers cannot hold RLIM_INFINITY (2^64-1).
function readRlimit(arch, bytes) {
  const l = layout('rlimit', arch);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { cur: view.getBigUint64(l.fields.rlim_cur.offset, true), max: view.getBigUint64(l.fields.rlim_max.offset, true) };
}

// prlimit64 reads (old_limit) and sets (new_limit) the limits of the caller (pid 0) or of
// another process of the runtime (all of them are the host's one uid); the old values are
// those before the change. getrlimit and setrlimit act on the caller (musl uses prlimit64).
function prlimit64(k, proc, [pid, resource], [newLimit]) {
  const target = pid === 0 ? proc : k.procs.get(pid);
  if (!target || target.state !== 'running') throw new SysError('ESRCH');
  const old = target.limits.get(resource);
  if (newLimit) target.limits.set(resource, readRlimit(proc.arch, newLimit), process.geteuid() === 0);
  return { ret: 0, outs: [rlimitBytes(proc.arch, old)] };
}
function getrlimit(k, proc, [resource]) {
  return { ret: 0, outs: [rlimitBytes(proc.arch, proc.limits.get(resource))] };
}
function setrlimit(k, proc, [resource], [limit]) {
  if (!limit) throw new SysError('EFAULT'); // a NULL struct, as Linux answers
  proc.limits.set(resource, readRlimit(proc.arch, limit), process.geteuid() === 0);
  return 0;
}
// getrusage and times report the process's CPU time (process.mjs: its threads' CPU clocks)
// and that of the children it waited for; one thread per process, so RUSAGE_THREAD is
// RUSAGE_SELF.
function getrusage(k, proc, [who]) {
  let usage;
  if (who === anyConstant('RUSAGE_SELF') || who === anyConstant('RUSAGE_THREAD')) {
    usage = { cpuMs: proc.cpuMs(), maxMemoryBytes: proc.maxMemoryBytes };
  } else if (who === anyConstant('RUSAGE_CHILDREN')) {
    usage = proc.childrenUsage;
  } else {
    throw new SysError('EINVAL');
  }
  return { ret: 0, outs: [rusageBytes(proc.arch, usage)] };
}

const TICK_MS = 10; // clock_t counts sysconf(_SC_CLK_TCK) = 100 ticks a second
function times(k, proc) {
  const ticks = (ms) => Math.floor(ms / TICK_MS);
  const tms = encodeStruct('tms', proc.arch, { tms_utime: ticks(proc.cpuMs()), tms_cutime: ticks(proc.childrenUsage.cpuMs) });
  return { ret: Number((process.hrtime.bigint() - startMono) / 10000000n), outs: [tms] };
}
function sysinfo(k, proc) {
  const a = proc.arch;
  const l = layout('sysinfo', a);
  const values = {};
  for (const name of Object.keys(l.fields)) {
    if (/uptime/.test(name)) values[name] = Math.floor(os.uptime());
    else if (/totalram/.test(name)) values[name] = os.totalmem() / 4096 >>> 0;
    else if (/freeram/.test(name)) values[name] = os.freemem() / 4096 >>> 0;
    else if (/mem_unit/.test(name)) values[name] = 4096;
    else if (/procs/.test(name)) values[name] = k.procs.size;
  }
  return { ret: 0, outs: [encodeStruct('sysinfo', a, values)] };
}
function getgroups() {
  return { ret: 0, outs: [new Uint8Array(0)] };
}
const zero = () => 0;

// ---- interval timers (ITIMER_REAL: SIGALRM) ----------------------------------------------------
const ITIMER_REAL = constant('timer', 'ITIMER_REAL');
const US = 1000000n;

function readTimevalUs(arch, bytes, offset) {
  const v = decodeStruct('timeval', arch, bytes.subarray(offset), ['tv_sec', 'tv_usec']);
  return v.tv_sec * 1e6 + v.tv_usec;
}
function timevalBytes(arch, us) {
  const u = BigInt(Math.max(0, Math.round(us)));
  return encodeStruct('timeval', arch, { tv_sec: u / US, tv_usec: u % US });
}
function itimerBytes(proc) {
  const l = layout('itimerval', proc.arch);
  const out = new Uint8Array(l.size);
  const t = proc.realTimer;
  if (t) {
    out.set(timevalBytes(proc.arch, t.intervalUs), l.fields.it_interval.offset);
    out.set(timevalBytes(proc.arch, Math.max(1, (t.due - Date.now()) * 1000)), l.fields.it_value.offset);
  }
  return out;
}

function getitimer(k, proc, [which]) {
  if (which !== ITIMER_REAL) throw new SysError('EINVAL');
  return { ret: 0, outs: [itimerBytes(proc)] };
}

function setitimer(k, proc, [which], [value]) {
  if (which !== ITIMER_REAL) throw new SysError('EINVAL');
  const old = itimerBytes(proc);
  if (proc.realTimer) clearTimeout(proc.realTimer.handle);
  proc.realTimer = null;
  if (value) {
    const l = layout('itimerval', proc.arch);
    const valueUs = readTimevalUs(proc.arch, value, l.fields.it_value.offset);
    const intervalUs = readTimevalUs(proc.arch, value, l.fields.it_interval.offset);
    if (valueUs > 0) {
      const arm = (us) => {
        const t = { intervalUs, due: Date.now() + us / 1000 };
        t.handle = setTimeout(() => {
          if (proc.realTimer !== t) return;
          proc.realTimer = null;
          if (intervalUs > 0) arm(intervalUs);
          k.postSignal(proc, anyConstant('SIGALRM'));
        }, us / 1000);
        t.handle.unref?.();
        proc.realTimer = t;
      };
      arm(valueUs);
    }
  }
  return { ret: 0, outs: [old] };
}

function statfsBytes(arch, host) {
  const s = fs.statfsSync(host, { bigint: true });
  return encodeStruct('statfs', arch, {
    f_type: s.type, f_bsize: s.bsize, f_blocks: s.blocks, f_bfree: s.bfree, f_bavail: s.bavail,
    f_files: s.files, f_ffree: s.ffree, f_namelen: 255n, f_frsize: s.bsize,
  });
}
function statfs(k, proc, args, [path]) {
  const r = k.vfs.resolve(path, baseDir(k, proc, anyConstant('AT_FDCWD'), path));
  return { ret: 0, outs: [statfsBytes(proc.arch, r.host ?? k.vfs.root)] };
}
function fstatfs(k, proc, [fd]) {
  const f = proc.file(fd);
  return { ret: 0, outs: [statfsBytes(proc.arch, f.hostPath() ?? k.vfs.root)] };
}
function noXattr() {
  throw new SysError('EOPNOTSUPP');
}

export const miscSyscalls = {
  clock_gettime, clock_getres, gettimeofday, nanosleep, clock_nanosleep, uname, getrandom,
  getuid, getgid, geteuid, getegid, getresuid, getresgid,
  setuid: setid, setgid: setid, setreuid: setid, setregid: setid, setresuid: setid, setresgid: setid, setgroups: zero,
  ppoll, pselect6, ioctl, prlimit64, getrlimit, setrlimit, getrusage, times, sysinfo, getgroups,
  getpriority, setpriority, getitimer, setitimer, statfs, fstatfs,
  fadvise64: zero,
  getxattr: noXattr, lgetxattr: noXattr, fgetxattr: noXattr, listxattr: () => 0, llistxattr: () => 0, flistxattr: () => 0, sched_getaffinity,
};
