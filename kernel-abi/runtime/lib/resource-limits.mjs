// resource-limits.mjs — a process's resource limits (getrlimit, setrlimit, prlimit64).
//
// Each process has a soft (cur) and hard (max) value per resource, as BigInts (RLIM_INFINITY is
// 2^64-1, the value of struct rlimit's 64-bit fields on both arches). fork copies them, execve
// keeps them. The checks of setting follow Linux's do_prlimit: a resource past RLIMIT_NLIMITS or
// a soft value above the hard one is EINVAL; raising a hard value needs privilege (the runtime's
// host euid 0, as setpriority's check); RLIMIT_NOFILE's hard value cannot pass the descriptor
// table's size (Linux's nr_open), EPERM even with privilege.
//
// Enforced: RLIMIT_NOFILE (the lowest free descriptor, dup2's target, F_DUPFD's minimum),
// RLIMIT_FSIZE (writes and truncation of regular files: a write reaching the limit is cut short,
// one starting at it fails with EFBIG after SIGXFSZ), RLIMIT_STACK (execve's room for arguments).
// The others are kept and reported only: the runtime cannot bound a worker's CPU time or memory.
import { anyConstant } from './abi.mjs';
import { SysError } from './files.mjs';

// The size of a process's descriptor table: RLIMIT_NOFILE's hard value cannot pass it.
export const MAX_FDS = 1024;
export const RLIM_INFINITY = (1n << 64n) - 1n;
const NLIMITS = anyConstant('RLIMIT_NLIMITS');
const NOFILE = anyConstant('RLIMIT_NOFILE');
const FSIZE = anyConstant('RLIMIT_FSIZE');
const STACK = anyConstant('RLIMIT_STACK');

// What the first process starts with (what getrlimit reported before limits could be set).
function initialLimits() {
  const limits = Array.from({ length: NLIMITS }, () => ({ cur: RLIM_INFINITY, max: RLIM_INFINITY }));
  limits[NOFILE] = { cur: BigInt(MAX_FDS), max: BigInt(MAX_FDS) };
  limits[STACK] = { cur: 8n << 20n, max: 8n << 20n };
  return limits;
}

export class ResourceLimits {
  constructor(limits = initialLimits()) {
    this.limits = limits;
  }

  copy() {
    return new ResourceLimits(this.limits.map((l) => ({ ...l })));
  }

  get(resource) {
    if (resource < 0 || resource >= NLIMITS) throw new SysError('EINVAL');
    return this.limits[resource];
  }

  // Sets both values; `privileged` may raise the hard one.
  set(resource, { cur, max }, privileged) {
    const old = this.get(resource);
    if (cur > max) throw new SysError('EINVAL');
    if (max > old.max && !privileged) throw new SysError('EPERM');
    if (resource === NOFILE && max > BigInt(MAX_FDS)) throw new SysError('EPERM');
    this.limits[resource] = { cur, max };
  }

  // Descriptors must be below this number.
  descriptorLimit() {
    const cur = this.limits[NOFILE].cur;
    return cur < BigInt(MAX_FDS) ? Number(cur) : MAX_FDS;
  }

  // The largest size a regular file may be given (Infinity when unlimited).
  fileSizeLimit() {
    const cur = this.limits[FSIZE].cur;
    return cur === RLIM_INFINITY || cur >= 1n << 63n ? Infinity : Number(cur);
  }

  stackLimit() {
    const cur = this.limits[STACK].cur;
    return cur >= 1n << 53n ? Number.MAX_SAFE_INTEGER : Number(cur);
  }
}
