// procfs.mjs — the files of the runtime's /proc and what they say, in Linux's formats.
//
// Path resolution (vfs.mjs) finds these names as virtual nodes; opening one gives a ProcFile
// (files.mjs) holding the text made at that moment, read like a regular file (read, pread,
// lseek), never written; stat calls them regular files of size 0, mode 0444, as Linux does.
//   /proc/{cpuinfo,loadavg,meminfo,mounts,stat,uptime,version,vmstat}: the machine, which is the
//     host's CPUs, memory, load and uptime (processes run as worker threads on them) and the
//     runtime's one mount, the root (plus /proc); vmstat has the counters procps' vmstat reads;
//   /proc/<pid>/{cmdline,comm,environ,mountinfo,mounts,stat,statm,status}: each process of the
//     runtime (a zombie too, until it is reaped);
//   /proc/sys/kernel/{osrelease,pid_max}: the release uname gives and Linux's default pid limit
//     (procps sizes its PID columns by pid_max and top picks its CPU line by the release);
//   /proc/<pid>/task/<tid>/{cmdline,comm,environ,stat,statm,status}: each thread of a process (Pid is the thread's id,
//     Tgid the process's, signal mask and thread-directed pending signals the thread's), as
//     procps `ps -L` and `top -H` read them; /proc/<pid>/status counts the threads;
//   /proc/<pid>/exe and /proc/<pid>/cwd: symbolic links to its program and working directory;
//   /proc/self: a symbolic link to the caller's /proc/<pid> (fd/ there: see vfs.mjs).
// Values the runtime does not have (page faults, context switches, I/O counters) are 0.
import os from 'node:os';
import path from 'node:path';
import fs from 'node:fs';
import { threadComm } from './process.mjs';

export const PROC_FILES = ['cpuinfo', 'loadavg', 'meminfo', 'mounts', 'stat', 'uptime', 'version', 'vmstat'];
export const PROC_PID_FILES = ['cmdline', 'comm', 'environ', 'mountinfo', 'mounts', 'stat', 'statm', 'status'];
export const PROC_SYS_DIRS = ['/proc/sys', '/proc/sys/kernel'];
export const PROC_SYS_KERNEL_FILES = ['osrelease', 'pid_max'];
export const PROC_PID_LINKS = ['cwd', 'exe'];
export const PROC_TASK_FILES = ['cmdline', 'comm', 'environ', 'stat', 'statm', 'status'];

// The process whose directory `name` (a component of /proc) is, or null: a pid of the runtime's
// process table (a running process or a zombie not yet reaped).
export function processNamed(processes, name) {
  if (!processes || !/^[1-9][0-9]*$/.test(name)) return null;
  return processes.get(Number(name)) ?? null;
}

export const KERNEL_RELEASE = '6.1.0-wpk';
export const KERNEL_VERSION = '#1 wpk';

const TICKS_PER_SECOND = 100; // USER_HZ
const PAGE = 4096;

// The target of /proc/<pid>/NAME (cwd, exe): a virtual path, with " (deleted)" after a removed
// working directory as Linux writes it; a zombie has neither (ENOENT, as on Linux).
export function procLinkTarget(vfs, proc, name) {
  if (name === 'exe') return proc.exe;
  if (!proc.cwd) return null;
  const now = proc.cwd.virtualNow(vfs);
  return now === null ? `${proc.cwd.virtual} (deleted)` : now;
}

// The thread of /proc/<pid>/task/<tid> when `name` is a thread id of the process, else null.
export function threadNamed(proc, name) {
  if (!proc || !/^[1-9][0-9]*$/.test(name)) return null;
  return proc.threads.get(Number(name)) ?? null;
}

// The text of /proc/NAME, of /proc/sys/kernel/NAME, of /proc/<pid>/NAME for the process `proc`,
// or of /proc/<pid>/task/<tid>/NAME for its thread `thread`.
export function procText(kernel, path, proc, thread = null) {
  const parts = path.split('/');
  const key = parts.length === 3 ? parts[2] : parts[2] === 'sys' ? parts.slice(2).join('/') : parts.length === 6 ? 'task/' + parts[5] : 'pid/' + parts[3];
  const make = GENERATORS[key];
  if (!make) throw new Error(`procfs: no file ${path}`);
  return Buffer.from(make(kernel, proc, thread));
}

const comm = (proc, thread = null) => threadComm(proc, thread);
const nul = (list) => list.map((s) => s + '\0').join('');
const ticks = (ms) => Math.floor((ms * TICKS_PER_SECOND) / 1000);
const bootEpochMs = () => Date.now() - os.uptime() * 1000;
const kb = (label, bytes) => `${(label + ':').padEnd(16)}${String(Math.floor(bytes / 1024)).padStart(8)} kB\n`;
const hex64 = (mask) => BigInt.asUintN(64, mask).toString(16).padStart(16, '0');

// Linux's encoding of a device number as major:minor.
function majorMinor(dev) {
  const d = BigInt(dev);
  const major = ((d >> 8n) & 0xfffn) | ((d >> 32n) & ~0xfffn);
  const minor = (d & 0xffn) | ((d >> 12n) & ~0xffn);
  return `${major}:${minor}`;
}

function mounts() {
  return 'wpk-root / wpkfs rw 0 0\nproc /proc proc rw,nosuid,nodev,noexec 0 0\n';
}

function mountinfo(kernel) {
  const rootDev = majorMinor(fs.statSync(kernel.vfs.root, { bigint: true }).dev);
  return `1 0 ${rootDev} / / rw - wpkfs wpk-root rw\n2 1 0:0 / /proc rw,nosuid,nodev,noexec - proc proc rw\n`;
}

// A process sleeps when all its threads are parked; a thread when it is.
function processState(kernel, proc, thread = null) {
  if (proc.state !== 'running') return 'Z (zombie)';
  return (thread ? thread.blocked : proc.sleeping()) ? 'S (sleeping)' : 'R (running)';
}

// /proc/<pid>/stat (and /proc/<pid>/task/<tid>/stat): the 52 fields of Linux's proc_pid_stat.
function pidStat(kernel, proc, thread = null) {
  const children = proc.childrenUsage;
  const memory = proc.maxMemoryBytes;
  const start = ticks(proc.createdAtMs - bootEpochMs());
  const fields = [
    thread ? thread.tid : proc.pid, `(${comm(proc, thread)})`, processState(kernel, proc, thread)[0], proc.ppid, proc.pgid, proc.sid,
    0, -1, 0x400000, // tty_nr, tpgid, flags
    0, 0, 0, 0, // minflt, cminflt, majflt, cmajflt
    ticks((thread ?? proc).cpuMs()), 0, ticks(children.cpuMs), 0, // utime (the thread's in task/), stime, cutime, cstime
    20 + proc.nice, proc.nice, Math.max(1, proc.threads.size), 0, Math.max(0, start), // priority, nice, threads, itrealvalue, starttime
    memory, Math.ceil(memory / PAGE), '18446744073709551615', // vsize, rss, rsslim
    0, 0, 0, 0, 0, // startcode, endcode, startstack, kstkesp, kstkeip
    0, 0, 0, 0, // signal, blocked, sigignore, sigcatch (obsolete decimal fields; see status)
    0, 0, 0, 17, 0, 0, 0, 0, 0, // wchan, nswap, cnswap, exit_signal, processor, rt_priority, policy, delayacct, guest_time
    0, 0, 0, 0, 0, 0, 0, 0, 0, // cguest_time, start_data, end_data, start_brk, arg_start, arg_end, env_start, env_end, exit_code
  ];
  return fields.join(' ') + '\n';
}

// /proc/<pid>/statm: sizes in pages (size resident shared text lib data dt); the runtime knows
// one size, the process's memory, which is all resident data.
function pidStatm(kernel, proc) {
  const pages = Math.ceil(proc.maxMemoryBytes / PAGE);
  return `${pages} ${pages} 0 0 0 ${pages} 0\n`;
}

function pidStatus(kernel, proc, thread = null) {
  const shown = thread ?? proc.mainThread(); // mask and own pending signals: the main thread's
  const uid = process.getuid();
  const gid = process.getgid();
  let ignored = 0n;
  let caught = 0n;
  proc.actions.forEach((a, sig) => {
    if (sig === 0) return;
    if (a.handler === kernel.SIG_IGN) ignored |= 1n << BigInt(sig - 1);
    else if (a.handler !== kernel.SIG_DFL) caught |= 1n << BigInt(sig - 1);
  });
  const memoryKb = Math.floor(proc.maxMemoryBytes / 1024);
  const lines = [
    `Name:\t${comm(proc, thread)}`,
    `Umask:\t${proc.umask.toString(8).padStart(4, '0')}`,
    `State:\t${processState(kernel, proc, thread)}`,
    `Tgid:\t${proc.pid}`,
    'Ngid:\t0',
    `Pid:\t${thread ? thread.tid : proc.pid}`,
    `PPid:\t${proc.ppid}`,
    'TracerPid:\t0',
    `Uid:\t${uid}\t${uid}\t${uid}\t${uid}`,
    `Gid:\t${gid}\t${gid}\t${gid}\t${gid}`,
    `FDSize:\t${proc.limits.descriptorLimit()}`,
    `Groups:\t${gid}`,
    `VmPeak:\t${String(memoryKb).padStart(8)} kB`,
    `VmSize:\t${String(memoryKb).padStart(8)} kB`,
    `VmHWM:\t${String(memoryKb).padStart(8)} kB`,
    `VmRSS:\t${String(memoryKb).padStart(8)} kB`,
    `Threads:\t${Math.max(1, proc.threads.size)}`,
    `SigQ:\t0/${os.cpus().length * 1024}`,
    `SigPnd:\t${hex64(shown ? shown.pending : 0n)}`,
    `ShdPnd:\t${hex64(proc.pending)}`,
    `SigBlk:\t${hex64(shown ? shown.mask : 0n)}`,
    `SigIgn:\t${hex64(ignored)}`,
    `SigCgt:\t${hex64(caught)}`,
    `Cpus_allowed_list:\t0-${os.availableParallelism() - 1}`,
    'voluntary_ctxt_switches:\t0',
    'nonvoluntary_ctxt_switches:\t0',
  ];
  return lines.join('\n') + '\n';
}

function cpuinfo() {
  const cpus = os.cpus();
  let out = '';
  for (let i = 0; i < os.availableParallelism(); i++) {
    const c = cpus[i] ?? cpus[0];
    out += `processor\t: ${i}\nmodel name\t: ${c.model}\ncpu MHz\t\t: ${c.speed.toFixed(3)}\n\n`;
  }
  return out;
}

function stat(kernel) {
  const cpus = os.cpus();
  const line = (name, t) => `${name} ${ticks(t.user)} ${ticks(t.nice)} ${ticks(t.sys)} ${ticks(t.idle)} 0 ${ticks(t.irq)} 0 0 0 0\n`;
  const total = { user: 0, nice: 0, sys: 0, idle: 0, irq: 0 };
  for (const c of cpus) for (const k of Object.keys(total)) total[k] += c.times[k];
  let out = line('cpu ', total);
  cpus.forEach((c, i) => { out += line(`cpu${i}`, c.times); });
  const procs = [...kernel.procs.values()];
  out += 'intr 0\nctxt 0\n';
  out += `btime ${Math.floor(bootEpochMs() / 1000)}\n`;
  out += `processes ${kernel.nextPid - 2}\n`;
  out += `procs_running ${procs.filter((p) => p.state === 'running' && !p.sleeping()).length}\n`;
  out += `procs_blocked 0\n`;
  return out;
}

const GENERATORS = {
  cpuinfo,
  loadavg: (kernel) => {
    const [a, b, c] = os.loadavg();
    const procs = [...kernel.procs.values()].filter((p) => p.state === 'running');
    const running = procs.filter((p) => !p.sleeping()).length;
    return `${a.toFixed(2)} ${b.toFixed(2)} ${c.toFixed(2)} ${running}/${procs.length} ${kernel.nextPid - 1}\n`;
  },
  meminfo: () => {
    const total = os.totalmem();
    const free = os.freemem();
    return kb('MemTotal', total) + kb('MemFree', free) + kb('MemAvailable', free) + kb('Buffers', 0) +
      kb('Cached', 0) + kb('SwapCached', 0) + kb('SwapTotal', 0) + kb('SwapFree', 0);
  },
  mounts,
  stat,
  uptime: () => {
    const idleMs = os.cpus().reduce((s, c) => s + c.times.idle, 0);
    return `${os.uptime().toFixed(2)} ${(idleMs / 1000).toFixed(2)}\n`;
  },
  // The free pages, then the paging and swapping counters (none here), in Linux's order.
  vmstat: () => `nr_free_pages ${Math.floor(os.freemem() / PAGE)}\n` +
    ['pgpgin', 'pgpgout', 'pswpin', 'pswpout', 'pgfault', 'pgmajfault'].map((name) => `${name} 0\n`).join(''),
  version: () => `Linux version ${KERNEL_RELEASE} (wpk@wpk) (wpk-run, Node ${process.versions.node}) ${KERNEL_VERSION}\n`,
  'pid/cmdline': (kernel, proc) => nul(proc.argv),
  'pid/comm': (kernel, proc, thread) => comm(proc, thread) + '\n',
  'pid/environ': (kernel, proc) => nul(proc.envp),
  'pid/mountinfo': mountinfo,
  'pid/mounts': mounts,
  'pid/stat': pidStat,
  'pid/statm': pidStatm,
  'pid/status': pidStatus,
  'sys/kernel/osrelease': () => KERNEL_RELEASE + '\n',
  // Linux's default for machines of up to 32 CPUs (the runtime's pids stay far below it).
  'sys/kernel/pid_max': () => '32768\n',
};
// /proc/<pid>/task/<tid>/ has these files of /proc/<pid>/, made by the same functions (stat and
// status are given the thread).
for (const name of ['cmdline', 'comm', 'environ', 'stat', 'statm', 'status']) {
  GENERATORS['task/' + name] = GENERATORS['pid/' + name];
}
