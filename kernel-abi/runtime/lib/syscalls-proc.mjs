// syscalls-proc.mjs — process and signal syscalls: identity, groups and sessions, exit,
// wait4, kill, tkill, sigaction, sigprocmask, sigsuspend, execve.
//
// Signal masks, suspend masks and thread-directed pending signals are the calling thread's
// (the handlers' fifth argument); dispositions and process-directed pending signals the
// process's.
//
// Wait statuses use the Linux encoding: (code & 0xff) << 8 for an exit, the signal number for
// a death by signal. Signal masks and sets cross as the kernel's 64-bit sigset.
import { SIG, anyConstant, encodeStruct, decodeStruct, layout } from './abi.mjs';
import { SysError } from './files.mjs';
import { Blocked, BLOCKED } from './blocking.mjs';
import { bit, NSIG, takePending, takePendingFor } from './process.mjs';
import { childEnded, sentBy, siginfoBytes } from './signal-origin.mjs';
import { NO_REPLY } from './kernel-symbols.mjs';

// The ABI's sigset is one 64-bit mask (STRUCTS.sigset: a single 8-byte field).
const sigset = (bytes) => new DataView(bytes.buffer, bytes.byteOffset, 8).getBigUint64(0, true);
function sigsetBytes(mask) {
  const out = new Uint8Array(8);
  new DataView(out.buffer).setBigUint64(0, BigInt.asUintN(64, mask), true);
  return out;
}
const UNBLOCKABLE = () => bit(SIG.SIGKILL) | bit(SIG.SIGSTOP);

// exit ends the calling thread (the process with its last thread), exit_group all of them.
function exit(k, proc, [code], ins, thread) {
  return k.exitThread(thread, (code & 0xff) << 8);
}
function exit_group(k, proc, [code]) {
  return k.exitProcess(proc, (code & 0xff) << 8);
}

function getpid(k, proc) {
  return proc.pid;
}
function getppid(k, proc) {
  return proc.ppid;
}

function lookup(k, pid) {
  const p = k.procs.get(pid);
  if (!p) throw new SysError('ESRCH');
  return p;
}

// The process `id` names: its pid, or (as Linux's kill accepts) the id of one of its threads.
function processWithId(k, id) {
  const p = k.procs.get(id);
  if (p) return p;
  for (const q of k.procs.values()) if (q.state === 'running' && q.threads.has(id)) return q;
  throw new SysError('ESRCH');
}

function getpgid(k, proc, [pid]) {
  return (pid === 0 ? proc : lookup(k, pid)).pgid;
}
function getsid(k, proc, [pid]) {
  return (pid === 0 ? proc : lookup(k, pid)).sid;
}

function setpgid(k, proc, [pid, pgid]) {
  const target = pid === 0 ? proc : lookup(k, pid);
  if (pgid < 0) throw new SysError('EINVAL');
  if (target !== proc && target.ppid !== proc.pid) throw new SysError('ESRCH');
  if (target.sid !== proc.sid) throw new SysError('EPERM');
  if (target.pid === target.sid) throw new SysError('EPERM');
  const group = pgid === 0 ? target.pid : pgid;
  if (group !== target.pid) {
    const exists = [...k.procs.values()].some((p) => p.pgid === group && p.sid === proc.sid && p.state === 'running');
    if (!exists) throw new SysError('EPERM');
  }
  target.pgid = group;
  return 0;
}

function setsid(k, proc) {
  const leader = [...k.procs.values()].some((p) => p.pgid === proc.pid);
  if (leader) throw new SysError('EPERM');
  proc.sid = proc.pid;
  proc.pgid = proc.pid;
  return proc.sid;
}

function checkSignal(sig) {
  if (sig < 0 || sig >= NSIG) throw new SysError('EINVAL');
}

function kill(k, proc, [pid, sig]) {
  checkSignal(sig);
  let targets;
  if (pid > 0) targets = [processWithId(k, pid)];
  else if (pid === 0) targets = [...k.procs.values()].filter((p) => p.pgid === proc.pgid);
  else if (pid === -1) targets = [...k.procs.values()].filter((p) => p !== proc);
  else targets = [...k.procs.values()].filter((p) => p.pgid === -pid);
  // Zombies still count as existing (as on Linux); signals to them do nothing.
  if (targets.length === 0) throw new SysError('ESRCH');
  for (const t of targets) k.postSignal(t, sig, sentBy(proc));
  // The caller may have signalled itself: its default action may have ended it.
  return proc.state === 'running' ? 0 : NO_REPLY;
}

// The thread `tid` of any process (of process `tgid` for tgkill), or ESRCH.
function threadNamed(k, tid, tgid = null) {
  if (tid <= 0) throw new SysError('EINVAL');
  if (tgid !== null && tgid <= 0) throw new SysError('EINVAL');
  const procs = tgid !== null ? [k.procs.get(tgid)].filter(Boolean) : k.procs.values();
  for (const p of procs) {
    if (p.state !== 'running') continue;
    const t = p.thread(tid);
    if (t) return t;
  }
  throw new SysError('ESRCH');
}

function signalThread(k, thread, target, sig) {
  checkSignal(sig);
  k.postThreadSignal(target, sig, sentBy(thread.proc, { thread: true }));
  // The caller may have signalled itself: the default action may have ended its process.
  return k.live(thread) ? 0 : NO_REPLY;
}
function tkill(k, proc, [tid, sig], ins, thread) {
  checkSignal(sig);
  return signalThread(k, thread, threadNamed(k, tid), sig);
}
function tgkill(k, proc, [tgid, tid, sig], ins, thread) {
  checkSignal(sig);
  return signalThread(k, thread, threadNamed(k, tid, tgid), sig);
}

// struct k_sigaction as the ABI lays it out: handler, flags, restorer, mask.
function sigactionFields() {
  return { handler: 'handler', flags: 'flags', mask: 'mask' };
}

function rt_sigaction(k, proc, [sig], [act]) {
  if (sig < 1 || sig >= NSIG) throw new SysError('EINVAL');
  const f = sigactionFields();
  const cur = proc.actions[sig];
  const old = encodeStruct('k_sigaction', proc.arch, { [f.handler]: cur.handler, [f.flags]: cur.flags, [f.mask]: cur.mask });
  if (act) {
    if (sig === SIG.SIGKILL || sig === SIG.SIGSTOP) throw new SysError('EINVAL');
    const v = decodeStruct('k_sigaction', proc.arch, act);
    proc.actions[sig] = { handler: v[f.handler], flags: v[f.flags], mask: maskFromStruct(proc.arch, act, f.mask) & ~UNBLOCKABLE() };
    if (v[f.handler] === k.SIG_IGN || (v[f.handler] === k.SIG_DFL && k.isDefaultIgnored(sig))) {
      takePending(proc, sig);
      for (const t of proc.threads.values()) takePending(t, sig);
    }
  }
  return { ret: 0, outs: [old] };
}

// sa_mask may be wider than 8 bytes in the struct; the kernel's view is its first 64 bits.
function maskFromStruct(arch, bytes, name) {
  const f = layout('k_sigaction', arch).fields[name];
  const dv = new DataView(bytes.buffer, bytes.byteOffset + f.offset, Math.min(8, f.size));
  return f.size >= 8 ? dv.getBigUint64(0, true) : BigInt(dv.getUint32(0, true));
}

function rt_sigprocmask(k, proc, [how], [set], thread) {
  const old = thread.mask;
  if (set) {
    const s = sigset(set);
    if (how === anyConstant('SIG_BLOCK')) thread.mask |= s;
    else if (how === anyConstant('SIG_UNBLOCK')) thread.mask &= ~s;
    else if (how === anyConstant('SIG_SETMASK')) thread.mask = s;
    else throw new SysError('EINVAL');
    thread.mask &= ~UNBLOCKABLE();
    k.processSignals(proc);
    if (proc.state !== 'running') return NO_REPLY;
  }
  return { ret: 0, outs: [sigsetBytes(old)] };
}

// The thread's own pending signals and the process's, that the thread blocks.
function rt_sigpending(k, proc, args, ins, thread) {
  return { ret: 0, outs: [sigsetBytes((thread.pending | proc.pending) & thread.mask)] };
}

// Makes `set` the thread's mask while a call waits (sigsuspend, and pselect6/ppoll given a
// mask). A handler that interrupts the wait runs with it, and its sigreturn restores the
// original (takeDeliverable saves proc.suspendMask); the returned function restores the original
// when the call ends without a handler.
export function useTemporaryMask(thread, set) {
  thread.suspendMask = thread.mask;
  thread.mask = sigset(set) & ~UNBLOCKABLE();
  return () => {
    if (thread.suspendMask !== null) {
      thread.mask = thread.suspendMask;
      thread.suspendMask = null;
    }
  };
}

// Waits with a temporary mask until a handler runs; always fails with EINTR.
function rt_sigsuspend(k, proc, args, [set], thread) {
  const restore = useTemporaryMask(thread, set);
  k.processSignals(proc);
  if (proc.state !== 'running') return NO_REPLY;
  return new Blocked(() => BLOCKED, { restartable: false, onTimeout: () => { restore(); return 0; } });
}

// struct rusage from a process's usage ({cpuMs, maxMemoryBytes}, process.mjs). The runtime
// cannot tell user from system time, so all CPU time is user time; ru_maxrss is in KiB; the
// other counters stay 0.
export function rusageBytes(arch, { cpuMs, maxMemoryBytes }) {
  const l = layout('rusage', arch);
  const out = encodeStruct('rusage', arch, { ru_maxrss: Math.floor(maxMemoryBytes / 1024) });
  const us = BigInt(Math.max(0, Math.floor(cpuMs * 1000)));
  out.set(encodeStruct('timeval', arch, { tv_sec: us / 1000000n, tv_usec: us % 1000000n }), l.fields.ru_utime.offset);
  return out;
}

// wait4 and waitid (without WNOWAIT) add the child's usage to the caller's RUSAGE_CHILDREN, and
// report the child's own usage plus that of the children it waited for, as Linux does.
function wait4(k, proc, [pid, , options]) {
  const WNOHANG = anyConstant('WNOHANG');
  const matches = (c) => (pid > 0 ? c.pid === pid : pid === -1 ? true : pid === 0 ? c.pgid === proc.pgid : c.pgid === -pid);
  const attempt = () => {
    const candidates = [...proc.children].filter(matches);
    if (candidates.length === 0) throw new SysError('ECHILD');
    const zombie = candidates.find((c) => c.state === 'zombie');
    if (zombie) {
      proc.addChildUsage(zombie);
      k.reap(zombie);
      const st = new Uint8Array(4);
      new DataView(st.buffer).setInt32(0, zombie.waitStatus, true);
      return { ret: zombie.pid, outs: [st, rusageBytes(proc.arch, zombie.totalUsage())] };
    }
    return BLOCKED;
  };
  const r = attempt();
  if (r !== BLOCKED) return r;
  if (options & WNOHANG) return 0;
  return new Blocked(attempt);
}

// rt_sigtimedwait(set, info, timeout): takes a pending signal of `set` (normally blocked ones),
// waiting for one up to the timeout (EAGAIN when it passes).
// The thread's own pending signals come first, then the process's.
function rt_sigtimedwait(k, proc, args, [set, timeout], thread) {
  const want = sigset(set);
  const take = () => {
    const ready = (thread.pending | proc.pending) & want;
    if (ready === 0n) return BLOCKED;
    let sig = 1;
    while (!(ready & bit(sig))) sig++;
    const origin = takePendingFor(thread, sig);
    return { ret: sig, outs: [siginfoBytes(proc.arch, sig, origin)] };
  };
  const r = take();
  if (r !== BLOCKED) return r;
  let deadline = null;
  if (timeout) {
    const t = decodeStruct('timespec', proc.arch, timeout, ['tv_sec', 'tv_nsec']);
    if (t.tv_sec === 0 && t.tv_nsec === 0) throw new SysError('EAGAIN');
    deadline = performance.now() + t.tv_sec * 1000 + t.tv_nsec / 1e6;
  }
  return new Blocked(take, { deadline, onTimeout: () => -k.errno('EAGAIN'), restartable: false });
}

// waitid(idtype, id, infop, options, rusage): like wait4, reporting through a siginfo.
function waitid(k, proc, [idtype, id, , options]) {
  const W = (n) => anyConstant(n);
  if (!(options & W('WEXITED'))) throw new SysError('EINVAL');
  const matches = (c) =>
    idtype === W('P_ALL') ? true : idtype === W('P_PID') ? c.pid === id : idtype === W('P_PGID') ? c.pgid === (id || proc.pgid) : false;
  if (![W('P_ALL'), W('P_PID'), W('P_PGID')].includes(idtype)) throw new SysError('EINVAL');
  const info = (c) => {
    if (!c) return new Uint8Array(layout('siginfo', proc.arch).size);
    return siginfoBytes(proc.arch, SIG.SIGCHLD, childEnded(c));
  };
  const attempt = () => {
    const candidates = [...proc.children].filter(matches);
    if (candidates.length === 0) throw new SysError('ECHILD');
    const zombie = candidates.find((c) => c.state === 'zombie');
    if (!zombie) return BLOCKED;
    if (!(options & W('WNOWAIT'))) {
      proc.addChildUsage(zombie);
      k.reap(zombie);
    }
    return { ret: 0, outs: [info(zombie), rusageBytes(proc.arch, zombie.totalUsage())] };
  };
  const r = attempt();
  if (r !== BLOCKED) return r;
  if (options & W('WNOHANG')) return { ret: 0, outs: [info(null), null] };
  return new Blocked(attempt);
}

function execve(k, proc, args, [path, argv, envp], thread) {
  if (path === null) throw new SysError('EFAULT');
  return k.execve(proc, path, argv ?? [], envp ?? [], thread);
}

export const procSyscalls = {
  exit, exit_group, getpid, getppid, getpgid, getsid, setpgid, setsid,
  kill, tkill, tgkill, rt_sigaction, rt_sigprocmask, rt_sigpending, rt_sigsuspend, rt_sigtimedwait, wait4, waitid, execve,
};
