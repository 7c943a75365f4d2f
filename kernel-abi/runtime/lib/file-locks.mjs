// file-locks.mjs — advisory file locks, shared by every process of one kernel: POSIX record
// locks (fcntl F_GETLK/F_SETLK/F_SETLKW and the *LK64 numbers the wasm32 libc sends) and
// flock(2) locks.
//
// A file is known by its identity (host st_dev:st_ino; a pipe or device by its own inode), so
// two descriptions of one file, opened twice or by two processes, lock the same thing. Record
// locks belong to a process (pid): its own locks merge, split and convert and never conflict
// with each other; closing ANY descriptor of the file releases all of them (POSIX), so exit
// does too; fork does not inherit them and execve keeps them (the pid stays). flock locks belong
// to the open file description (shared by dup and fork) and go when its last descriptor closes.
// The two kinds do not see each other, as on Linux. Ranges are inclusive [start, end], end is
// Infinity for a lock "to EOF" (l_len 0). When a lock goes away, the kernel's wake() lets parked
// F_SETLKW and flock calls retry. These locks live in the kernel only: other wpk-run instances
// and host processes do not see them (node has no fcntl/flock to take host locks with).
import fs from 'node:fs';
import { anyConstant, layout, decodeStruct, writeInt } from './abi.mjs';
import { SysError } from './files.mjs';
import { Blocked, BLOCKED } from './blocking.mjs';

const C = anyConstant;

export class FileLocks {
  constructor(wake) {
    this.wake = wake;
    this.records = new Map(); // key -> [{pid, write, start, end}]
    this.recordKeys = new Map(); // pid -> Set of keys it holds record locks on
    this.flocks = new Map(); // key -> [{file, write}]
    this.waiting = new Map(); // pid -> {proc, blocked, key, pid, write, start, end}: a parked F_SETLKW
  }

  // The other owners' record locks that conflict with `want` (a write lock conflicts with any
  // lock over a common byte, a read lock with write locks), lowest start first.
  recordConflicts(want) {
    const list = this.records.get(want.key) ?? [];
    return list
      .filter((l) => l.pid !== want.pid && (l.write || want.write) && l.start <= want.end && want.start <= l.end)
      .sort((a, b) => a.start - b.start);
  }

  // Sets (or with write === null removes) want.pid's lock over [start, end]: its own locks
  // there are cut out, the new one merges with adjacent or overlapping own locks of its type.
  setRecord({ key, pid, write, start, end }) {
    const list = this.records.get(key) ?? [];
    const kept = [];
    let changed = false;
    let lock = write === null ? null : { pid, write, start, end };
    for (const l of list) {
      if (l.pid !== pid || l.end < start - 1 || l.start > end + 1) {
        kept.push(l);
        continue;
      }
      // Adjacent or overlapping: one of the same type merges into the new lock.
      if (lock && l.write === write) {
        lock.start = Math.min(lock.start, l.start);
        lock.end = Math.max(lock.end, l.end);
        continue;
      }
      if (l.end < start || l.start > end) {
        kept.push(l); // only adjacent, of the other type (or an unlock): stays as it is
        continue;
      }
      changed = true;
      if (l.start < start) kept.push({ ...l, end: start - 1 });
      if (l.end > end) kept.push({ ...l, start: end + 1 });
    }
    if (lock) kept.push(lock);
    if (kept.length > 0) this.records.set(key, kept);
    else this.records.delete(key);
    const mine = kept.some((l) => l.pid === pid);
    let keys = this.recordKeys.get(pid);
    if (mine) {
      if (!keys) this.recordKeys.set(pid, (keys = new Set()));
      keys.add(key);
    } else if (keys) {
      keys.delete(key);
      if (keys.size === 0) this.recordKeys.delete(pid);
    }
    if (changed) this.wake();
  }

  // Whether waiting for `conflicts` would close a cycle back to `pid`: an owner of one of them
  // is itself parked in F_SETLKW on a lock that `pid` (or a process it waits for) holds.
  wouldDeadlock(pid, conflicts) {
    const seen = new Set();
    let owners = conflicts.map((l) => l.pid);
    while (owners.length > 0) {
      const next = [];
      for (const owner of owners) {
        if (owner === pid) return true;
        if (seen.has(owner)) continue;
        seen.add(owner);
        const w = this.waiting.get(owner);
        if (!w || w.proc.state !== 'running' || !w.proc.parkedOn(w.blocked)) continue;
        for (const l of this.recordConflicts(w)) next.push(l.pid);
      }
      owners = next;
    }
    return false;
  }

  // A process closed a descriptor of `file` (`last`: the description's last one).
  closed(proc, file, last) {
    const keys = this.recordKeys.get(proc.pid);
    if (keys) {
      const key = lockKey(file);
      if (key !== null && keys.has(key)) this.setRecord({ key, pid: proc.pid, write: null, start: 0, end: Infinity });
    }
    if (last && file.lockKey) this.dropFlock(file, file.lockKey);
  }

  dropFlock(file, key) {
    const list = this.flocks.get(key);
    if (!list || !list.some((l) => l.file === file)) return;
    const kept = list.filter((l) => l.file !== file);
    if (kept.length > 0) this.flocks.set(key, kept);
    else this.flocks.delete(key);
    this.wake();
  }

  // flock's LOCK_SH/LOCK_EX for `file`: true when taken. A conversion first drops the lock the
  // description holds, as Linux does (a conversion that cannot proceed loses it).
  takeFlock(file, key, write) {
    const list = this.flocks.get(key) ?? [];
    const mine = list.find((l) => l.file === file);
    if (mine && mine.write === write) return true;
    if (mine) this.dropFlock(file, key);
    const now = this.flocks.get(key) ?? [];
    if (now.some((l) => l.write || write)) return false;
    now.push({ file, write });
    this.flocks.set(key, now);
    return true;
  }
}

// The identity locks are kept under: host device and inode, else the file's own inode (pipes,
// devices), else the open file description itself. Kept on the OpenFile (it never changes).
let nextPrivateKey = 1;
export function lockKey(file) {
  if (file.lockKey !== undefined) return file.lockKey;
  let key;
  if (typeof file.hostFd === 'number') {
    try {
      const st = fs.fstatSync(file.hostFd, { bigint: true });
      key = `${st.dev}:${st.ino}`;
    } catch {
      return null;
    }
  } else if (file.inode() !== null) {
    key = `inode:${file.inode()}`;
  } else {
    key = `file:${nextPrivateKey++}`;
  }
  file.lockKey = key;
  return key;
}

function accessMode(flags) {
  return flags & (C('O_RDONLY') | C('O_WRONLY') | C('O_RDWR'));
}

function fileSize(file) {
  return typeof file.hostFd === 'number' ? fs.fstatSync(file.hostFd).size : 0;
}

// struct flock -> the byte range it names (l_whence SEEK_SET/SEEK_CUR/SEEK_END; l_len 0 is to
// EOF and beyond, a negative l_len the bytes before l_start). EINVAL for an unknown whence or a
// range starting before byte 0, as Linux.
function rangeOf(file, fl) {
  let base;
  if (fl.l_whence === C('SEEK_SET')) base = 0;
  else if (fl.l_whence === C('SEEK_CUR')) base = file.pos;
  else if (fl.l_whence === C('SEEK_END')) base = fileSize(file);
  else throw new SysError('EINVAL');
  let start = base + fl.l_start;
  let end;
  if (fl.l_len > 0) end = start + fl.l_len - 1;
  else if (fl.l_len === 0) end = Infinity;
  else {
    end = start - 1;
    start += fl.l_len;
  }
  if (start < 0) throw new SysError('EINVAL');
  return { start, end };
}

const SIGNED = ['l_type', 'l_whence', 'l_start', 'l_len', 'l_pid'];

// fcntl's record-lock commands on descriptor `fd`; `cmd` is F_GETLK, F_SETLK or F_SETLKW (the
// caller maps the *LK64 numbers), `bytes` the caller's struct flock.
export function recordLock(k, proc, fd, cmd, bytes) {
  const file = proc.file(fd);
  if (file.flags & C('O_PATH')) throw new SysError('EBADF');
  const fl = decodeStruct('flock', proc.arch, bytes, SIGNED);
  const type = fl.l_type;
  if (type !== C('F_RDLCK') && type !== C('F_WRLCK') && type !== C('F_UNLCK')) throw new SysError('EINVAL');
  const { start, end } = rangeOf(file, fl);
  const key = lockKey(file);
  if (key === null) throw new SysError('EBADF');
  const want = { key, pid: proc.pid, write: type === C('F_UNLCK') ? null : type === C('F_WRLCK'), start, end };
  const locks = k.fileLocks;
  if (cmd === 'F_GETLK') {
    if (want.write === null) throw new SysError('EINVAL');
    const out = Uint8Array.from(bytes);
    const view = new DataView(out.buffer);
    const f = layout('flock', proc.arch).fields;
    const [l] = locks.recordConflicts(want);
    if (!l) {
      writeInt(view, f.l_type.offset, f.l_type.size, C('F_UNLCK'));
    } else {
      writeInt(view, f.l_type.offset, f.l_type.size, l.write ? C('F_WRLCK') : C('F_RDLCK'));
      writeInt(view, f.l_whence.offset, f.l_whence.size, C('SEEK_SET'));
      writeInt(view, f.l_start.offset, f.l_start.size, l.start);
      writeInt(view, f.l_len.offset, f.l_len.size, l.end === Infinity ? 0 : l.end - l.start + 1);
      writeInt(view, f.l_pid.offset, f.l_pid.size, l.pid);
    }
    return { ret: 0, outs: [out] };
  }
  const acc = accessMode(file.flags);
  if (want.write === false && acc === C('O_WRONLY')) throw new SysError('EBADF');
  if (want.write === true && acc === C('O_RDONLY')) throw new SysError('EBADF');
  if (want.write === null || locks.recordConflicts(want).length === 0) {
    locks.setRecord(want);
    return 0;
  }
  if (cmd === 'F_SETLK') throw new SysError('EAGAIN');
  const attempt = () => {
    const conflicts = locks.recordConflicts(want);
    if (conflicts.length === 0) {
      locks.waiting.delete(proc.pid);
      locks.setRecord(want);
      return 0;
    }
    if (locks.wouldDeadlock(proc.pid, conflicts)) {
      locks.waiting.delete(proc.pid);
      throw new SysError('EDEADLK');
    }
    return BLOCKED;
  };
  attempt(); // EDEADLK at once when waiting would close a cycle
  const blocked = new Blocked(attempt, { onInterrupt: () => locks.waiting.delete(proc.pid) });
  locks.waiting.set(proc.pid, { proc, blocked, ...want });
  return blocked;
}

// flock(fd, LOCK_SH | LOCK_EX | LOCK_UN, optionally | LOCK_NB): EWOULDBLOCK (EAGAIN) with
// LOCK_NB when another description holds a conflicting lock, else the caller waits.
function flock(k, proc, [fd, operation]) {
  const file = proc.file(fd);
  if (file.flags & C('O_PATH')) throw new SysError('EBADF');
  const nonblocking = (operation & C('LOCK_NB')) !== 0;
  const op = operation & ~C('LOCK_NB');
  if (op !== C('LOCK_SH') && op !== C('LOCK_EX') && op !== C('LOCK_UN')) throw new SysError('EINVAL');
  const key = lockKey(file);
  if (key === null) throw new SysError('EBADF');
  const locks = k.fileLocks;
  if (op === C('LOCK_UN')) {
    locks.dropFlock(file, key);
    return 0;
  }
  const write = op === C('LOCK_EX');
  if (locks.takeFlock(file, key, write)) return 0;
  if (nonblocking) throw new SysError('EWOULDBLOCK');
  return new Blocked(() => (locks.takeFlock(file, key, write) ? 0 : BLOCKED));
}

export const lockSyscalls = { flock };
