// marshal.mjs — which syscall arguments are buffers, and how big they are.
//
// A process's linear memory lives in its worker and is not shared with the kernel, so every
// syscall crosses as (arguments, input buffers) -> (result, output buffers). For each syscall
// this table names the pointer arguments the worker copies in before the call (`in`) and the
// ones it copies back after it (`out`), with their size: a number of bytes, the name of an ABI
// struct, `str` (NUL-terminated string), `strv` (NULL-terminated array of string pointers), or
// a function of the arguments. A null pointer crosses as null. Syscalls absent from the table
// take and return plain integers. Sizes come from the ABI's struct layouts, never literals,
// except where Linux fixes them for every arch (linux_dirent64, sigset_t as the kernel sees it).
import { layout } from './abi.mjs';

const SIGSET_BYTES = 8; // the kernel's sigset: 64 signals, on every arch.
const sz = (struct) => (args, arch) => layout(struct, arch).size;
const arg = (i) => (args) => args[i];
const times = (struct, n) => (args, arch) => layout(struct, arch).size * n;

export const MARSHAL = {
  read: { out: [[1, arg(2)]] },
  pread64: { out: [[1, arg(2)]] },
  write: { in: [[1, arg(2)]] },
  pwrite64: { in: [[1, arg(2)]] },
  openat: { in: [[1, 'str']] },
  getcwd: { out: [[0, arg(1)]] },
  chdir: { in: [[0, 'str']] },
  mkdirat: { in: [[1, 'str']] },
  mknodat: { in: [[1, 'str']] },
  unlinkat: { in: [[1, 'str']] },
  symlinkat: { in: [[0, 'str'], [2, 'str']] },
  linkat: { in: [[1, 'str'], [3, 'str']] },
  renameat: { in: [[1, 'str'], [3, 'str']] },
  renameat2: { in: [[1, 'str'], [3, 'str']] },
  readlinkat: { in: [[1, 'str']], out: [[2, arg(3)]] },
  newfstatat: { in: [[1, 'str']], out: [[2, sz('stat')]] },
  fstat: { out: [[1, sz('stat')]] },
  statx: { in: [[1, 'str']], out: [[4, sz('statx')]] },
  llseek: { out: [[3, 8]] },
  _llseek: { out: [[3, 8]] },
  statfs: { in: [[0, 'str']], out: [[1, sz('statfs')]] },
  fstatfs: { out: [[1, sz('statfs')]] },
  faccessat: { in: [[1, 'str']] },
  faccessat2: { in: [[1, 'str']] },
  fchmodat: { in: [[1, 'str']] },
  fchownat: { in: [[1, 'str']] },
  utimensat: { in: [[1, 'str'], [2, times('timespec', 2)]] },
  truncate: { in: [[0, 'str']] },
  getdents64: { out: [[1, arg(2)]] },
  pipe2: { out: [[0, 8]] },
  ppoll: { in: [[0, (a, arch) => a[1] * layout('pollfd', arch).size], [2, sz('timespec')]], out: [[0, (a, arch) => a[1] * layout('pollfd', arch).size]] },
  pselect6: {
    in: [[1, fdsetBytes], [2, fdsetBytes], [3, fdsetBytes], [4, sz('timespec')]],
    out: [[1, fdsetBytes], [2, fdsetBytes], [3, fdsetBytes]],
  },
  clock_gettime: { out: [[1, sz('timespec')]] },
  clock_getres: { out: [[1, sz('timespec')]] },
  gettimeofday: { out: [[0, sz('timeval')]] },
  nanosleep: { in: [[0, sz('timespec')]], out: [[1, sz('timespec')]] },
  clock_nanosleep: { in: [[2, sz('timespec')]], out: [[3, sz('timespec')]] },
  uname: { out: [[0, sz('utsname')]] },
  getrandom: { out: [[0, arg(1)]] },
  rt_sigaction: { in: [[1, sz('k_sigaction')]], out: [[2, sz('k_sigaction')]] },
  rt_sigprocmask: { in: [[1, SIGSET_BYTES]], out: [[2, SIGSET_BYTES]] },
  rt_sigpending: { out: [[0, SIGSET_BYTES]] },
  rt_sigsuspend: { in: [[0, SIGSET_BYTES]] },
  wait4: { out: [[1, 4], [3, sz('rusage')]] },
  getrusage: { out: [[1, sz('rusage')]] },
  prlimit64: { in: [[2, sz('rlimit')]], out: [[3, sz('rlimit')]] },
  getrlimit: { out: [[1, sz('rlimit')]] },
  setrlimit: { in: [[1, sz('rlimit')]] },
  times: { out: [[0, sz('tms')]] },
  sysinfo: { out: [[0, sz('sysinfo')]] },
  execve: { in: [[0, 'str'], [1, 'strv'], [2, 'strv']] },
  ioctl: ioctlSpec,
  fcntl: null,
  getgroups: { out: [[1, (a) => 4 * Math.max(0, a[0])]] },
  sched_getaffinity: { out: [[2, arg(1)]] },
};

function fdsetBytes(args, arch) {
  const word = arch === 'wasm64' ? 8 : 4;
  return Math.ceil(Math.max(0, args[0]) / (8 * word)) * word;
}

// ioctl's third argument depends on the request; ioctl.mjs in the kernel decides the meaning,
// the worker only needs sizes, which come from the request's struct.
import { maybeConstant } from './abi.mjs';
function ioctlSpec(args, arch) {
  const req = args[1] >>> 0;
  const is = (name) => maybeConstant('ioctl', name) === req;
  if (is('TIOCGWINSZ')) return { out: [[2, layout('winsize', arch).size]] };
  if (is('TIOCSWINSZ')) return { in: [[2, layout('winsize', arch).size]] };
  if (is('TCGETS')) return { out: [[2, layout('termios', arch).size]] };
  if (is('TCSETS') || is('TCSETSW') || is('TCSETSF')) return { in: [[2, layout('termios', arch).size]] };
  if (is('FIONREAD') || is('TIOCGPGRP')) return { out: [[2, 4]] };
  if (is('FIONBIO') || is('TIOCSPGRP')) return { in: [[2, 4]] };
  return {};
}

export function specFor(name, args, arch) {
  const s = MARSHAL[name];
  if (typeof s === 'function') return s(args, arch);
  return s || {};
}
