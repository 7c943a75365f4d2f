// syscalls-fs.mjs — file, directory and descriptor syscalls.
//
// Paths go through the Vfs (vfs.mjs), which keeps them inside the mounted root; operations then
// run on the host path it returns. Host errors surface as their errno (the kernel maps e.code
// through the ABI's errno table). Every flag and struct comes from the ABI bindings; host flag
// values are obtained by translating names, never by passing ABI numbers to the host.
import fs from 'node:fs';
import os from 'node:os';
import tty from 'node:tty';
import { anyConstant, encodeStruct, layout, decodeStruct, writeInt } from './abi.mjs';
import {
  SysError, HostFile, HostTerminal, Directory, VirtualDirectory, PathFile, PipeReader, PipeWriter, PipeDuplex, Device,
  DevicePath, HostInput, HostInputFile, HostOutput, WOULD_BLOCK, deviceIdentity, devEntryIno, virtualDirIno, fdLinkIno,
  openHostNoFollow, hostFdPath, isRegularHostFile, HOST_O_PATH, ProcFile, procEntryIno,
} from './files.mjs';
import { PROC_FILES, PROC_PID_FILES, PROC_PID_LINKS, PROC_SYS_KERNEL_FILES, PROC_TASK_FILES, procText, processNamed, threadNamed } from './procfs.mjs';
import { Pipe } from './pipe.mjs';
import { DEVICE_NAMES, DEV_LINKS } from './vfs.mjs';
import { Blocked, BLOCKED } from './blocking.mjs';
import { CHANNEL_DATA_MAX } from './channel.mjs';
import { Socket, socketRead, socketWrite } from './sockets.mjs';
import { recordLock } from './file-locks.mjs';

const O = anyConstant;
const AT = anyConstant;
const F = anyConstant;
const S = anyConstant;

// O_RDONLY, O_WRONLY or O_RDWR (the ABI's O_ACCMODE also covers O_PATH).
function accessMode(flags) {
  return flags & (O('O_RDONLY') | O('O_WRONLY') | O('O_RDWR'));
}

// Virtual directory that relative paths in *at() calls start from: the directory dirfd (or the
// working directory) names now; once it was removed, the Directory itself, in which the Vfs
// finds '.' and '..' (its former parent) and nothing else (ENOENT), as Linux does.
export function baseDir(k, proc, dirfd, path) {
  if (path && path.startsWith('/')) return '/';
  const f = dirfd === AT('AT_FDCWD') ? proc.cwd : proc.file(dirfd);
  if (!(f instanceof Directory)) throw new SysError('ENOTDIR');
  return f.virtualNow(k.vfs) ?? f;
}

// A working directory for a process: the directory `virtual` resolves to, held open (O_PATH).
// Throws (ENOENT, ENOTDIR, ...) when it does not resolve to a directory.
export function openWorkingDirectory(k, virtual) {
  const r = k.vfs.resolve(virtual, '/');
  if (!r.stat.isDirectory()) throw new SysError('ENOTDIR');
  return directoryFor(r, O('O_PATH') | O('O_RDONLY'), { pathOnly: true });
}

// A Directory for a resolved directory (the virtual /dev has no host descriptor).
function directoryFor(r, flags, { pathOnly = false } = {}) {
  if (r.virtualNode) return new VirtualDirectory(r.virtualNode.path, flags);
  const hostFd = openHostNoFollow(r.host, { directory: true, pathOnly }); // EACCES without read permission
  return new Directory(hostFd, r.virtual, flags);
}

// A name that a call creates must not be the virtual /dev or a device (EEXIST) nor lie in the
// virtual /dev (EACCES: read-only, as /dev is for a user on Linux); one that it removes or
// renames must be a host file (EACCES).
function checkCreatable(p) {
  if (p.virtualNode) throw new SysError('EEXIST');
  if (p.host === null) throw new SysError('EACCES');
}
function checkRemovable(p) {
  if (p.host === null) throw new SysError('EACCES');
}

// Linux refuses flags a call does not know with EINVAL, before looking at the path.
function checkFlags(flags, ...known) {
  const allowed = known.reduce((m, n) => m | AT(n), 0);
  if (flags & ~allowed) throw new SysError('EINVAL');
}

function hostFlags(flags) {
  const c = fs.constants;
  let h = [c.O_RDONLY, c.O_WRONLY, c.O_RDWR][accessMode(flags)] ?? c.O_RDONLY;
  if (flags & O('O_CREAT')) h |= c.O_CREAT;
  if (flags & O('O_EXCL')) h |= c.O_EXCL;
  if (flags & O('O_TRUNC')) h |= c.O_TRUNC;
  if (flags & O('O_APPEND')) h |= c.O_APPEND;
  return h;
}

// Status flags kept on the open file (F_GETFL/F_SETFL).
const statusMask = () => O('O_RDONLY') | O('O_WRONLY') | O('O_RDWR') | O('O_APPEND') | O('O_NONBLOCK');

// Opens a device by its path (/dev/null).
function openDevice(k, proc, name, flags) {
  const acc = flags & statusMask();
  switch (name) {
    case '/dev/null': return new Device('null', acc);
    case '/dev/zero': return new Device('zero', acc);
    case '/dev/urandom': return new Device('urandom', acc);
    case '/dev/random': return new Device('random', acc);
    case '/dev/tty': {
      try {
        const fd = fs.openSync('/dev/tty', hostFlags(flags));
        return new HostTerminal(fd, acc);
      } catch {
        throw new SysError('ENXIO', '/dev/tty');
      }
    }
    default: throw new SysError('ENOENT');
  }
}

function openat(k, proc, [dirfd, , flags, mode], [path]) {
  if (path === null) throw new SysError('EFAULT');
  const cloexec = (flags & O('O_CLOEXEC')) !== 0;
  const creat = (flags & O('O_CREAT')) !== 0;
  const nofollow = (flags & O('O_NOFOLLOW')) !== 0;
  if (flags & O('O_PATH')) return proc.install(openPath(k, proc, dirfd, path, flags, nofollow), { cloexec });
  if (creat && path.endsWith('/')) return createWithTrailingSlash(k, proc, dirfd, path);
  // O_CREAT|O_EXCL never follows a final symlink: a dangling one gives EEXIST, not a new target.
  const excl = creat && (flags & O('O_EXCL')) !== 0;
  const r = k.vfs.resolve(path, baseDir(k, proc, dirfd, path), { followLast: !nofollow && !excl, mayNotExist: creat });
  if (r.exists) {
    if (creat && (flags & O('O_EXCL'))) throw new SysError('EEXIST');
    if (r.stat.isSymbolicLink()) throw new SysError('ELOOP');
    if (r.stat.isDirectory()) {
      if (accessMode(flags) !== O('O_RDONLY') || creat) throw new SysError('EISDIR');
      return proc.install(directoryFor(r, flags & statusMask()), { cloexec });
    }
    if (flags & O('O_DIRECTORY')) throw new SysError('ENOTDIR');
    if (r.virtualNode && r.virtualNode.kind === 'fdfile') return proc.install(reopen(k, r.virtualNode.file, flags), { cloexec });
    if (r.virtualNode && r.virtualNode.kind === 'procfile') return proc.install(openProcFile(k, r.virtualNode.path, flags), { cloexec });
    if (r.virtualNode) return proc.install(openDevice(k, proc, r.virtualNode.device, flags), { cloexec });
  }
  const hostFd = fs.openSync(r.host, hostFlags(flags) & ~fs.constants.O_APPEND, mode & ~proc.umask & 0o7777);
  const file = new HostFile(hostFd, r.virtual, flags & statusMask(), (flags & O('O_APPEND')) !== 0);
  return proc.install(file, { cloexec });
}

// Opening /proc/self/fd/N (/dev/fd/N, /dev/stdin...) when N is not a directory: a new open file
// description of what N refers to, with the flags given, as on Linux. A pipe gives a new end of
// the same pipe (O_RDONLY a reader, O_WRONLY a writer, O_RDWR both; never ENXIO nor waiting
// for the other end, which are a FIFO's rules, not a pipe's), a host file (also one removed since, or the caller's stdin/stdout when it
// is a regular file) is opened again through the host's link of its descriptor (offset 0), a
// device is opened again. The caller's stdin/stdout/stderr when they are a pipe or a terminal
// are the one description the runtime has of them: the same open file is returned.
function reopen(k, file, flags) {
  const acc = flags & statusMask();
  if (file instanceof PipeReader || file instanceof PipeWriter || file instanceof PipeDuplex) {
    const mode = accessMode(flags);
    if (mode === O('O_RDONLY')) return new PipeReader(file.pipe, acc);
    if (mode === O('O_RDWR')) return new PipeDuplex(file.pipe, acc);
    return new PipeWriter(file.pipe, acc);
  }
  if (file instanceof Device || file instanceof DevicePath) return new Device(file.name, acc);
  if (file instanceof HostTerminal) return openDevice(k, null, '/dev/tty', flags);
  const hostFd = hostFileFd(file);
  if (hostFd === null) return file;
  const fresh = fs.openSync(hostFdPath(hostFd), hostFlags(flags) & ~fs.constants.O_APPEND);
  return new HostFile(fresh, file.virtual ?? '/dev/stdin', acc, (flags & O('O_APPEND')) !== 0);
}

// The host descriptor of an open file that is a host file: one of the runtime's (also O_PATH),
// or the caller's stdin/stdout when it is a regular file; null for pipes, devices, terminals.
function hostFileFd(file) {
  if (file instanceof HostFile || file instanceof PathFile) return file.hostFd;
  if ((file instanceof HostInput || file instanceof HostOutput) && isRegularHostFile(file.hostFd)) return file.hostFd;
  return null;
}

// The host path (the host's link of its descriptor) of the host file a followed
// /proc/self/fd/N leads to (r.virtualNode an 'fdfile'), for the calls that change a file by its
// path (truncate, chmod, chown, utimensat), as Linux's do through the link; null otherwise.
function fdFileHost(r) {
  const node = r.virtualNode;
  if (!node || node.kind !== 'fdfile') return null;
  const hostFd = hostFileFd(node.file);
  return hostFd === null ? null : hostFdPath(hostFd);
}

// What readlink gives for /proc/self/fd/N, as Linux spells it: "pipe:[INO]" for a pipe, the path
// of a file or directory (with " (deleted)" once removed; the name it was opened by when the host
// moved it outside the root), the device's path. For the caller's stdin/stdout/stderr the host's
// link as it is (a pipe, a terminal, a file of the caller's), virtual when it lies in the root.
function fdLinkText(k, file) {
  if (file.pipe) return `pipe:[${file.pipe.ino}]`;
  if (file instanceof Device || file instanceof DevicePath) return '/dev/' + file.name;
  if (file instanceof HostTerminal) return '/dev/tty';
  if (file instanceof VirtualDirectory) return file.virtual;
  const own = file instanceof HostFile || file instanceof Directory || file instanceof PathFile;
  const hostFd = own || file instanceof HostInput || file instanceof HostOutput ? file.hostFd : null;
  if (hostFd === null) return 'anon_inode:[unknown]';
  const host = fs.readlinkSync(hostFdPath(hostFd));
  const inRoot = k.vfs.virtualOf(host.replace(/ \(deleted\)$/, ''));
  if (inRoot !== null) return inRoot + host.slice(host.replace(/ \(deleted\)$/, '').length);
  return own && !(file instanceof HostInputFile) ? file.virtual : host;
}

// open("name/", O_CREAT): open cannot create a directory, and Linux refuses the name with
// EISDIR whatever it names, once the directories leading to it resolve.
function createWithTrailingSlash(k, proc, dirfd, path) {
  if (path.replace(/\/+$/, '') !== '') k.vfs.resolveParent(path, baseDir(k, proc, dirfd, path));
  throw new SysError('EISDIR');
}

// A file of /proc (procfs.mjs): its text as of now, read-only (its mode is 0444; the runtime
// refuses writing also to root, EACCES).
function openProcFile(k, path, flags) {
  if (accessMode(flags) !== O('O_RDONLY') || (flags & O('O_TRUNC'))) throw new SysError('EACCES');
  const parts = path.split('/');
  const perProcess = parts.length >= 4 && parts[2] !== 'sys'; // /proc/<pid>/...
  const owner = perProcess ? processNamed(k.procs, parts[2]) : null;
  if (perProcess && owner === null) throw new SysError('ENOENT'); // reaped meanwhile
  const thread = parts.length === 6 ? threadNamed(owner, parts[4]) : null; // /proc/<pid>/task/<tid>/NAME
  if (parts.length === 6 && thread === null) throw new SysError('ENOENT'); // ended meanwhile
  return new ProcFile(path, procText(k, path, owner, thread), flags & statusMask(), () => procText(k, path, owner, thread));
}

// openat with O_PATH: only the file's identity; no access check, no I/O. Other flags than
// O_DIRECTORY, O_NOFOLLOW and O_CLOEXEC are ignored, as on Linux.
function openPath(k, proc, dirfd, path, flags, nofollow) {
  const r = k.vfs.resolve(path, baseDir(k, proc, dirfd, path), { followLast: !nofollow });
  const kept = O('O_PATH') | O('O_RDONLY');
  const directory = r.stat.isDirectory();
  if (!directory && (flags & O('O_DIRECTORY'))) throw new SysError('ENOTDIR');
  if (directory) return directoryFor(r, kept, { pathOnly: true });
  if (r.virtualNode) {
    const node = r.virtualNode;
    // The links of /dev and /proc/self/fd themselves (O_NOFOLLOW) have no host file to hold.
    if (node.isSymbolicLink()) throw new SysError('ELOOP');
    if (node.kind === 'device') return new DevicePath(node.device.slice('/dev/'.length), kept);
    if (node.kind === 'procfile') return new ProcFile(node.path, new Uint8Array(0), kept);
    // What /proc/self/fd/N led to: a host file is held again (O_PATH), anything else is N's
    // open file itself.
    const f = node.file;
    if (f instanceof HostFile || f instanceof PathFile) return new PathFile(fs.openSync(hostFdPath(f.hostFd), HOST_O_PATH), f.virtual, kept);
    return f;
  }
  return new PathFile(openHostNoFollow(r.host, { pathOnly: true }), r.virtual, kept);
}

function close(k, proc, [fd]) {
  proc.close(fd);
  return 0;
}

// read/write (and the socket calls) park the caller until the file can make progress, unless
// O_NONBLOCK; `options` are the Blocked's (deadline, partial, ...).
export function blockingIo(proc, file, attempt, options = {}) {
  const r = attempt();
  if (r !== WOULD_BLOCK) return r;
  if (file.flags & O('O_NONBLOCK')) throw new SysError('EAGAIN');
  return new Blocked(() => {
    const again = attempt();
    return again === WOULD_BLOCK ? BLOCKED : again;
  }, options);
}

function read(k, proc, [fd, , count]) {
  const file = proc.file(fd);
  if (file.flags & O('O_PATH')) throw new SysError('EBADF');
  if (accessMode(file.flags) === O('O_WRONLY')) throw new SysError('EBADF');
  const n = Math.min(Math.max(0, count), CHANNEL_DATA_MAX);
  if (file instanceof Socket) return socketRead(k, proc, file, n);
  return blockingIo(proc, file, () => {
    const data = file.read(n);
    return data === WOULD_BLOCK ? data : { ret: data.length, outs: [data] };
  });
}

// RLIMIT_FSIZE: how many of `length` bytes written at `at` (null: the file position) may go to
// a regular file. None (the write starts at or past the limit) is SIGXFSZ and EFBIG, as on Linux.
function fileSizeRoom(k, proc, file, at, length) {
  const limit = proc.limits.fileSizeLimit();
  if (limit === Infinity || !(file instanceof HostFile)) return length;
  const pos = file.writePosition(at);
  if (pos >= limit) {
    k.postSignalToCaller(proc, anyConstant('SIGXFSZ'));
    throw new SysError('EFBIG');
  }
  return Math.min(length, limit - pos);
}

// A regular file may not be made longer than RLIMIT_FSIZE by truncation either.
function checkTruncateLength(k, proc, length) {
  if (length > proc.limits.fileSizeLimit()) {
    k.postSignalToCaller(proc, anyConstant('SIGXFSZ'));
    throw new SysError('EFBIG');
  }
}

function write(k, proc, [fd, , count], [data]) {
  const file = proc.file(fd);
  if (accessMode(file.flags) === O('O_RDONLY')) throw new SysError('EBADF');
  const given = data ?? new Uint8Array(0);
  if (given.length === 0) return 0;
  if (file instanceof Socket) return socketWrite(k, proc, file, given);
  const bytes = given.subarray(0, fileSizeRoom(k, proc, file, null, given.length));
  let written = 0;
  const attempt = () => {
    try {
      const n = file.write(bytes.subarray(written));
      if (n === WOULD_BLOCK) return written > 0 && (file.flags & O('O_NONBLOCK')) ? written : WOULD_BLOCK;
      written += n;
      // A blocking write to a pipe completes in full (POSIX); partial progress keeps waiting,
      // and wakes the parked reader that can now drain the pipe (without that wake, a write
      // larger than the pipe's capacity waited forever on a reader that waited for it).
      if (written < bytes.length && (file instanceof PipeWriter || file instanceof PipeDuplex) && !(file.flags & O('O_NONBLOCK'))) {
        if (n > 0) k.scheduleWake();
        return WOULD_BLOCK;
      }
      return written;
    } catch (e) {
      if (e instanceof SysError && e.errno === 'EPIPE') k.postSignalToCaller(proc, anyConstant('SIGPIPE'));
      throw e;
    }
  };
  // A signal after partial progress ends the write with the count so far: EINTR would lose
  // those bytes, and a restart (SA_RESTART) would write them a second time.
  return blockingIo(proc, file, attempt, { partial: () => (written > 0 ? written : null) });
}

// sendfile: up to `count` bytes (one mailbox, 1 MiB, at most) of a regular file, from *offset or
// the file position, written to out_fd as write() would (a socket's send, a pipe's write...,
// parking the same way); *offset or the input's position then advances by what was written.
// As on Linux: in_fd must be a regular file (EINVAL for pipes, sockets, devices) readable
// (EBADF), out_fd writable (EBADF) and not O_APPEND (EINVAL).
function sendfile(k, proc, [outFd, inFd, offPtr, count], [offIn]) {
  const inFile = proc.file(inFd);
  const outFile = proc.file(outFd);
  if ((inFile.flags & O('O_PATH')) || accessMode(inFile.flags) === O('O_WRONLY')) throw new SysError('EBADF');
  if ((outFile.flags & O('O_PATH')) || accessMode(outFile.flags) === O('O_RDONLY')) throw new SysError('EBADF');
  if (!(inFile instanceof HostFile) || !inFile.seekable()) throw new SysError('EINVAL');
  if (outFile.flags & O('O_APPEND')) throw new SysError('EINVAL');
  const explicit = offPtr !== 0 && offIn;
  const pos = explicit ? Number(new DataView(offIn.buffer, offIn.byteOffset, 8).getBigInt64(0, true)) : inFile.pos;
  if (pos < 0 || count < 0) throw new SysError('EINVAL');
  const data = inFile.read(Math.min(count, CHANNEL_DATA_MAX), pos);
  const done = (written) => {
    if (typeof written !== 'number') return written; // an error reply (-errno object) as it is
    const moved = Math.max(0, written);
    if (!explicit) {
      if (written > 0) inFile.pos = pos + moved;
      return written;
    }
    const out = new Uint8Array(8);
    new DataView(out.buffer).setBigInt64(0, BigInt(pos + moved), true);
    return { ret: written, outs: [out] };
  };
  if (data.length === 0) return done(0);
  const r = outFile instanceof Socket ? socketWrite(k, proc, outFile, data) : write(k, proc, [outFd, 0, data.length], [data]);
  if (!(r instanceof Blocked)) return done(r);
  const { retry, partial } = r;
  r.retry = () => {
    const x = retry();
    return x === BLOCKED ? x : done(x);
  };
  r.partial = () => {
    const x = partial();
    return x === null ? x : done(x);
  };
  return r;
}

// pread/pwrite work on regular files and on the memory devices (/dev/null, /dev/zero, the
// random devices), which have no position and ignore the offset as on Linux.
function positional(file) {
  if (file.flags & O('O_PATH')) throw new SysError('EBADF');
  if (file instanceof Device || file instanceof ProcFile) return file;
  if (!(file instanceof HostFile) || !file.seekable()) throw new SysError(file instanceof Directory ? 'EISDIR' : 'ESPIPE');
  return file;
}

function pread64(k, proc, args) {
  const [fd, , count] = args;
  if (args[3] < 0) throw new SysError('EINVAL'); // checked first, as Linux does
  const file = positional(proc.file(fd));
  if (accessMode(file.flags) === O('O_WRONLY')) throw new SysError('EBADF');
  const data = file.read(Math.min(Math.max(0, count), CHANNEL_DATA_MAX), args[3]);
  return { ret: data.length, outs: [data] };
}

function pwrite64(k, proc, args, [data]) {
  if (args[3] < 0) throw new SysError('EINVAL');
  const file = positional(proc.file(args[0]));
  if (accessMode(file.flags) === O('O_RDONLY')) throw new SysError('EBADF');
  const bytes = data ?? new Uint8Array(0);
  if (bytes.length === 0) return 0;
  return file.write(bytes.subarray(0, fileSizeRoom(k, proc, file, args[3], bytes.length)), args[3]);
}

// A directory's position is the index of its next entry (what getdents64 reports as d_off), so
// telldir/seekdir and lseek(SEEK_CUR) then lseek(SEEK_SET) resume where the position was taken.
// Rewinding to 0 lists the directory afresh (rewinddir shows entries created since); any other
// position keeps the listing, so positions stay valid. SEEK_END is EINVAL, as on tmpfs.
function seekDirectory(dir, off, whence) {
  let pos;
  if (whence === anyConstant('SEEK_SET')) pos = off;
  else if (whence === anyConstant('SEEK_CUR')) pos = dir.pos + off;
  else throw new SysError('EINVAL');
  if (pos < 0) throw new SysError('EINVAL');
  if (pos === 0) dir.entries = null;
  dir.pos = pos;
  return pos;
}

const WHENCES = ['SEEK_SET', 'SEEK_CUR', 'SEEK_END', 'SEEK_DATA', 'SEEK_HOLE'];

function seekTo(file, off, whence) {
  if (file instanceof Directory) return seekDirectory(file, off, whence);
  // The memory devices have no position: Linux's lseek on them returns 0 whatever it is asked
  // (once the whence is one it knows).
  if (file instanceof Device) {
    if (!WHENCES.some((w) => anyConstant(w) === whence)) throw new SysError('EINVAL');
    return 0;
  }
  if (!file.seekable()) throw new SysError('ESPIPE');
  let base;
  if (whence === anyConstant('SEEK_SET')) base = 0;
  else if (whence === anyConstant('SEEK_CUR')) base = file.pos;
  else if (whence === anyConstant('SEEK_END')) base = file.size();
  else throw new SysError('EINVAL');
  if (base + off < 0) throw new SysError('EINVAL');
  file.pos = base + off;
  return file.pos;
}

function lseek(k, proc, args) {
  const file = proc.file(args[0]);
  return seekTo(file, args[1], args[2]);
}

// ---- stat ------------------------------------------------------------------------------------

// A host time in nanoseconds (bigint) as a struct timespec [tv_sec, tv_nsec]: floored, so a time
// before 1970 with a fraction has 0 <= tv_nsec < 1e9, and cut to whole microseconds, the
// precision at which utimensat can set times (see there), so a time copied from stat to another
// file (cp -p, tar) compares equal to the original.
export function timespecOfNs(ns) {
  let sec = ns / 1000000000n;
  let nsec = ns % 1000000000n;
  if (nsec < 0n) {
    nsec += 1000000000n;
    sec -= 1n;
  }
  return [sec, nsec - (nsec % 1000n)];
}

// Values of struct stat's fields from a host stat (bigint) or a synthetic description.
function statValues(st) {
  return {
    dev: st.dev, ino: st.ino, mode: st.mode, nlink: st.nlink, uid: st.uid, gid: st.gid, rdev: st.rdev,
    size: st.size, blksize: st.blksize, blocks: st.blocks,
    atime: timespecOfNs(st.atimeNs),
    mtime: timespecOfNs(st.mtimeNs),
    ctime: timespecOfNs(st.ctimeNs),
  };
}

// Fills struct stat by field name; time fields are embedded struct timespecs (st_atim, ...).
function encodeStat(arch, st) {
  const v = statValues(st);
  const l = layout('stat', arch);
  const plain = {};
  const times = [];
  for (const [name, f] of Object.entries(l.fields)) {
    const n = name.replace(/^st_/, '');
    const time = /^([amc])tim/.exec(n);
    if (time) times.push([f.offset, v[time[1] + 'time']]);
    else if (n in v) plain[name] = v[n];
  }
  const bytes = encodeStruct('stat', arch, plain);
  for (const [offset, [sec, nsec]] of times) {
    bytes.set(encodeStruct('timespec', arch, { tv_sec: sec, tv_nsec: nsec }), offset);
  }
  return bytes;
}

// A file without a host inode (a pipe, a socket, a device); `ino` and `rdev` are the file's own, so stat
// and fstat agree and two ends of one pipe compare equal.
// kind 'anon': Linux's anonymous inodes (epoll, eventfd): mode 0600 and no file type.
function syntheticStat(kind, { ino, rdev }) {
  const now = BigInt(Date.now()) * 1000000n;
  return {
    dev: 0n, ino, mode: BigInt({ fifo: S('S_IFIFO') | 0o600, sock: S('S_IFSOCK') | 0o777, anon: 0o600 }[kind] ?? S('S_IFCHR') | 0o666),
    nlink: 1n, uid: BigInt(process.getuid()), gid: BigInt(process.getgid()), rdev, size: 0n, blksize: 4096n, blocks: 0n,
    atimeNs: now, mtimeNs: now, ctimeNs: now,
  };
}

// The virtual directories as Linux has them: /dev owned by root, 0755; /proc root's, 0555;
// /proc/<pid> the process's, 0555, and /proc/<pid>/fd 0500.
function virtualDirStat(path) {
  const now = BigInt(Date.now()) * 1000000n;
  const own = path.startsWith('/proc/') && !path.startsWith('/proc/sys');
  const perm = { '/dev': 0o755, '/proc': 0o555 }[path] ?? (path.endsWith('/fd') ? 0o500 : 0o555);
  return {
    dev: 0n, ino: virtualDirIno(path), mode: BigInt(S('S_IFDIR') | perm), nlink: 2n,
    uid: own ? BigInt(process.getuid()) : 0n, gid: own ? BigInt(process.getgid()) : 0n, rdev: 0n,
    size: 0n, blksize: 4096n, blocks: 0n, atimeNs: now, mtimeNs: now, ctimeNs: now,
  };
}

// lstat of a link of /dev (root's, 0777, its size the target's length), of /proc/<pid>/fd/N
// (the process's, size 64; r/w/x bits for the owner after N's access mode, as Linux gives), of
// /proc/<pid>/exe and cwd (the process's, 0777, size 0) or of /proc/self (root's, 0777, size 0).
function virtualLinkStat(k, node) {
  const now = BigInt(Date.now()) * 1000000n;
  let perm = 0o777;
  if (node.kind === 'fdlink') {
    const mode = node.file.flags & O('O_PATH') ? -1 : accessMode(node.file.flags);
    perm = (mode === O('O_WRONLY') ? 0 : 0o500) | (mode === O('O_WRONLY') || mode === O('O_RDWR') ? 0o300 : 0);
  }
  const procLink = node.kind === 'link' && node.path !== null; // /proc/self, /proc/<pid>/exe, cwd: size 0
  const own = node.kind === 'fdlink' || (procLink && node.path !== '/proc/self');
  const ino = node.kind === 'fdlink' ? fdLinkIno(node.fd) : procLink ? procEntryIno(node.path)
    : devEntryIno(Object.keys(DEV_LINKS).find((n) => DEV_LINKS[n] === node.target));
  const size = node.kind === 'fdlink' ? 64n : procLink ? 0n : BigInt(node.target.length);
  return {
    dev: 0n, ino, mode: BigInt(S('S_IFLNK') | perm), nlink: 1n, uid: own ? BigInt(process.getuid()) : 0n,
    gid: own ? BigInt(process.getgid()) : 0n, rdev: 0n, size, blksize: 4096n,
    blocks: 0n, atimeNs: now, mtimeNs: now, ctimeNs: now,
  };
}

// The files of /proc: regular, size 0, r--r--r--, the process's own under /proc/<pid>, as on
// Linux (the size of generated text is not known before it is read).
function procFileStat(path) {
  const now = BigInt(Date.now()) * 1000000n;
  const own = path.split('/').length === 4;
  return {
    dev: 0n, ino: procEntryIno(path), mode: BigInt(S('S_IFREG') | 0o444), nlink: 1n,
    uid: own ? BigInt(process.getuid()) : 0n, gid: own ? BigInt(process.getgid()) : 0n, rdev: 0n,
    size: 0n, blksize: 1024n, blocks: 0n, atimeNs: now, mtimeNs: now, ctimeNs: now,
  };
}

// The stat of a virtual node found by path resolution.
function virtualNodeStat(k, proc, node) {
  if (node.kind === 'dir') return virtualDirStat(node.path);
  if (node.kind === 'procfile') return procFileStat(node.path);
  if (node.kind === 'link' || node.kind === 'fdlink') return virtualLinkStat(k, node);
  if (node.kind === 'fdfile') return statOfFile(node.file);
  if (node.device === '/dev/tty') return syntheticStat('chr', deviceIdentity('tty'));
  return statOfFile(openDevice(k, proc, node.device, O('O_RDONLY')));
}

function statOfFile(file) {
  if (file instanceof VirtualDirectory) return virtualDirStat(file.virtual);
  if (file instanceof ProcFile) return procFileStat(file.path);
  if (file instanceof HostFile || file instanceof Directory || file instanceof PathFile) {
    return fs.fstatSync(file.hostFd, { bigint: true });
  }
  const kind = file.statKind();
  if (kind && typeof kind === 'object') return fs.fstatSync(kind.hostFd, { bigint: true });
  return syntheticStat(kind ?? 'chr', { ino: file.inode() ?? 0n, rdev: file.rdev() });
}

function fstat(k, proc, [fd]) {
  return { ret: 0, outs: [encodeStat(proc.arch, statOfFile(proc.file(fd)))] };
}

function newfstatat(k, proc, [dirfd, , , flags], [path]) {
  if (path === null) throw new SysError('EFAULT');
  checkFlags(flags, 'AT_SYMLINK_NOFOLLOW', 'AT_NO_AUTOMOUNT', 'AT_EMPTY_PATH');
  if (path === '' && (flags & AT('AT_EMPTY_PATH'))) return fstat(k, proc, [dirfd]);
  const follow = !(flags & AT('AT_SYMLINK_NOFOLLOW'));
  const r = k.vfs.resolve(path, baseDir(k, proc, dirfd, path), { followLast: follow });
  const st = r.virtualNode ? virtualNodeStat(k, proc, r.virtualNode) : fs.lstatSync(r.host, { bigint: true });
  return { ret: 0, outs: [encodeStat(proc.arch, st)] };
}

// ---- directories -------------------------------------------------------------------------------

function direntType(dirent) {
  const d = anyConstant;
  if (dirent.isDirectory()) return d('DT_DIR');
  if (dirent.isFile()) return d('DT_REG');
  if (dirent.isSymbolicLink()) return d('DT_LNK');
  if (dirent.isFIFO()) return d('DT_FIFO');
  if (dirent.isCharacterDevice()) return d('DT_CHR');
  if (dirent.isBlockDevice()) return d('DT_BLK');
  if (dirent.isSocket()) return d('DT_SOCK');
  return d('DT_UNKNOWN');
}

// Records of struct dirent64 (the ABI's layout), each cut after its name's NUL and padded to
// the struct's alignment.
function getdents64(k, proc, [fd, , count]) {
  const f = layout('dirent64', proc.arch).fields;
  const align = layout('dirent64', proc.arch).align;
  const dir = proc.file(fd);
  if (dir.flags & O('O_PATH')) throw new SysError('EBADF'); // names the directory, no I/O
  if (!(dir instanceof Directory)) throw new SysError('ENOTDIR');
  // A removed directory has no entries, not even '.' and '..': Linux fails the read (ENOENT).
  if (!(dir instanceof VirtualDirectory) && fs.fstatSync(dir.hostFd).nlink === 0) throw new SysError('ENOENT');
  if (dir.entries === null) dir.entries = listDirectory(k, proc, dir);
  const out = new Uint8Array(Math.min(count, CHANNEL_DATA_MAX));
  const view = new DataView(out.buffer);
  let off = 0;
  while (dir.pos < dir.entries.length) {
    const e = dir.entries[dir.pos];
    const name = Buffer.from(e.name);
    const reclen = Math.ceil((f.d_name.offset + name.length + 1) / align) * align;
    if (off + reclen > out.length) {
      if (off === 0) throw new SysError('EINVAL');
      break;
    }
    writeInt(view, off + f.d_ino.offset, f.d_ino.size, e.ino);
    writeInt(view, off + f.d_off.offset, f.d_off.size, dir.pos + 1);
    writeInt(view, off + f.d_reclen.offset, f.d_reclen.size, reclen);
    writeInt(view, off + f.d_type.offset, f.d_type.size, e.type);
    out.set(name, off + f.d_name.offset);
    off += reclen;
    dir.pos++;
  }
  return { ret: off, outs: [out.subarray(0, off)] };
}

// The entries of a directory ('.', '..', then the names). /dev lists the devices: alone when it
// is virtual, in place of the host entries with their names when the root has a `dev`.
function listDirectory(k, proc, dir) {
  const DT = anyConstant;
  // The runtime's entries of /dev and /proc, made only when one of those is listed.
  const devices = () => [
    ...DEVICE_NAMES.map((name) => ({ name, ino: devEntryIno(name), type: DT('DT_CHR') })),
    ...Object.keys(DEV_LINKS).map((name) => ({ name, ino: devEntryIno(name), type: DT('DT_LNK') })),
  ];
  const procEntries = () => [
    { name: 'self', ino: procEntryIno('/proc/self'), type: DT('DT_LNK') },
    ...PROC_FILES.map((name) => ({ name, ino: procEntryIno('/proc/' + name), type: DT('DT_REG') })),
    { name: 'sys', ino: virtualDirIno('/proc/sys'), type: DT('DT_DIR') },
    ...[...k.procs.keys()].sort((a, b) => a - b)
      .map((pid) => ({ name: String(pid), ino: virtualDirIno(`/proc/${pid}`), type: DT('DT_DIR') })),
  ];
  if (dir instanceof VirtualDirectory) {
    const path = dir.virtual;
    const up = path.slice(0, path.lastIndexOf('/'));
    const parentIno = up === '' ? fs.lstatSync(k.vfs.root, { bigint: true }).ino
      : k.vfs.isVirtualDir(up.split('/').filter((x) => x !== '')) ? virtualDirIno(up)
        : fs.lstatSync(k.vfs.hostPathOf(up), { bigint: true }).ino;
    const head = [{ name: '.', ino: virtualDirIno(path), type: DT('DT_DIR') }, { name: '..', ino: parentIno, type: DT('DT_DIR') }];
    if (path === '/dev') return [...head, ...devices()];
    if (path === '/proc') return [...head, ...procEntries()];
    if (path === '/proc/sys') return [...head, { name: 'kernel', ino: virtualDirIno('/proc/sys/kernel'), type: DT('DT_DIR') }];
    if (path === '/proc/sys/kernel') {
      return [...head, ...PROC_SYS_KERNEL_FILES.map((name) => ({ name, ino: procEntryIno(`${path}/${name}`), type: DT('DT_REG') }))];
    }
    // /proc/<pid> and /proc/<pid>/fd: gone with the process (ENOENT, as a removed directory).
    const owner = k.vfs.processOf(path.split('/').filter((x) => x !== ''));
    if (owner === null) throw new SysError('ENOENT');
    const rest = path.split('/').slice(3); // after /proc/<pid>
    if (rest[0] === 'task' && rest.length === 1) {
      const tids = [...owner.threads.keys()].sort((a, b) => a - b);
      return [...head, ...tids.map((tid) => ({ name: String(tid), ino: virtualDirIno(`${path}/${tid}`), type: DT('DT_DIR') }))];
    }
    if (rest[0] === 'task') {
      if (!threadNamed(owner, rest[1])) throw new SysError('ENOENT'); // the thread ended
      return [...head, ...PROC_TASK_FILES.map((name) => ({ name, ino: procEntryIno(`${path}/${name}`), type: DT('DT_REG') }))];
    }
    if (!path.endsWith('/fd')) {
      return [...head, { name: 'fd', ino: virtualDirIno(`${path}/fd`), type: DT('DT_DIR') },
        { name: 'task', ino: virtualDirIno(`${path}/task`), type: DT('DT_DIR') },
        ...PROC_PID_FILES.map((name) => ({ name, ino: procEntryIno(`${path}/${name}`), type: DT('DT_REG') })),
        ...PROC_PID_LINKS.map((name) => ({ name, ino: procEntryIno(`${path}/${name}`), type: DT('DT_LNK') }))];
    }
    const fds = [...owner.fds.keys()].sort((a, b) => a - b);
    return [...head, ...fds.map((fd) => ({ name: String(fd), ino: fdLinkIno(fd), type: DT('DT_LNK') }))];
  }
  const host = dir.hostPath();
  const self = fs.fstatSync(dir.hostFd, { bigint: true });
  // The root's '..' is the root itself, as for '/' on Linux.
  const parent = k.vfs.isRoot(self) ? self : fs.statSync(host + '/..', { bigint: true });
  const entries = [
    { name: '.', ino: self.ino, type: DT('DT_DIR') },
    { name: '..', ino: parent.ino, type: DT('DT_DIR') },
  ];
  for (const d of fs.readdirSync(host, { withFileTypes: true })) {
    let ino = 0n;
    try {
      ino = fs.lstatSync(host + '/' + d.name, { bigint: true }).ino;
    } catch {
      continue;
    }
    entries.push({ name: d.name, ino, type: direntType(d) });
  }
  // The root's own /dev or /proc: the runtime's entries take the place of those with their names.
  const own = k.vfs.isHostDev(self) ? devices() : k.vfs.isHostDev(self, 'proc') ? procEntries() : null;
  if (own === null) return entries;
  const byName = new Map(own.map((d) => [d.name, d]));
  const merged = entries.map((e) => byName.get(e.name) ?? e);
  for (const d of own) if (!entries.some((e) => e.name === d.name)) merged.push(d);
  return merged;
}

// mkdir, symlink and link of a path whose last name is "." or "..": that entry always exists, so
// Linux fails with EEXIST once the path resolves (ENOENT, ENOTDIR before); resolveParent's EINVAL
// is for the calls that remove or rename. tar extracts its "./" member with mkdir(".") and takes
// only EEXIST as "already there".
function refuseDotName(k, proc, dirfd, path) {
  const name = path.replace(/\/+$/, '').split('/').pop();
  if (name !== '.' && name !== '..') return;
  k.vfs.resolve(path, baseDir(k, proc, dirfd, path));
  throw new SysError('EEXIST');
}

function mkdirat(k, proc, [dirfd, , mode], [path]) {
  refuseDotName(k, proc, dirfd, path);
  const p = k.vfs.resolveParent(path, baseDir(k, proc, dirfd, path));
  checkCreatable(p);
  fs.mkdirSync(p.host, { mode: mode & ~proc.umask & 0o7777 });
  return 0;
}

function unlinkat(k, proc, [dirfd, , flags], [path]) {
  checkFlags(flags, 'AT_REMOVEDIR');
  const p = k.vfs.resolveParent(path, baseDir(k, proc, dirfd, path));
  if (p.host === null && !p.virtualNode) throw new SysError('ENOENT'); // nothing else in the virtual /dev
  checkRemovable(p);
  if (flags & AT('AT_REMOVEDIR')) fs.rmdirSync(p.host);
  else {
    const st = fs.lstatSync(p.host);
    if (st.isDirectory()) throw new SysError('EISDIR');
    if (p.trailingSlash) throw new SysError('ENOTDIR'); // unlink("file/")
    fs.unlinkSync(p.host);
  }
  return 0;
}

function renameat2(k, proc, [olddirfd, , newdirfd, , flags], [oldpath, newpath]) {
  if (flags) throw new SysError('EINVAL');
  const from = k.vfs.resolveParent(oldpath, baseDir(k, proc, olddirfd, oldpath));
  const to = k.vfs.resolveParent(newpath, baseDir(k, proc, newdirfd, newpath));
  if (from.host === null && !from.virtualNode) throw new SysError('ENOENT');
  checkRemovable(from);
  checkRemovable(to);
  // A trailing slash on either name is only allowed when a directory is renamed.
  if ((from.trailingSlash || to.trailingSlash) && !fs.lstatSync(from.host).isDirectory()) throw new SysError('ENOTDIR');
  fs.renameSync(from.host, to.host);
  return 0;
}

// The name a symlink or hard link creates cannot end in '/' (only directories can): EEXIST when
// it exists anyway, else ENOENT, as Linux reports.
function checkNewNonDirectory(p) {
  if (!p.trailingSlash) return;
  throw new SysError(fs.existsSync(p.host) || isSymlink(p.host) ? 'EEXIST' : 'ENOENT');
}

function isSymlink(host) {
  try {
    return fs.lstatSync(host).isSymbolicLink();
  } catch {
    return false;
  }
}

function symlinkat(k, proc, [, newdirfd], [target, linkpath]) {
  refuseDotName(k, proc, newdirfd, linkpath);
  const p = k.vfs.resolveParent(linkpath, baseDir(k, proc, newdirfd, linkpath));
  checkCreatable(p);
  checkNewNonDirectory(p);
  fs.symlinkSync(target, p.host);
  return 0;
}

function linkat(k, proc, [olddirfd, , newdirfd, , flags], [oldpath, newpath]) {
  const follow = (flags & AT('AT_SYMLINK_FOLLOW')) !== 0;
  const from = k.vfs.resolve(oldpath, baseDir(k, proc, olddirfd, oldpath), { followLast: follow });
  if (from.virtualNode) throw new SysError('EXDEV'); // the devices are another file system
  refuseDotName(k, proc, newdirfd, newpath);
  const to = k.vfs.resolveParent(newpath, baseDir(k, proc, newdirfd, newpath));
  checkCreatable(to);
  checkNewNonDirectory(to);
  fs.linkSync(from.host, to.host);
  return 0;
}

function readlinkat(k, proc, [dirfd, , , size], [path]) {
  const r = k.vfs.resolve(path, baseDir(k, proc, dirfd, path), { followLast: false });
  if (!r.stat.isSymbolicLink()) throw new SysError('EINVAL');
  const node = r.virtualNode;
  const target = node ? Buffer.from(node.kind === 'link' ? node.target : fdLinkText(k, node.file))
    : fs.readlinkSync(r.host, { encoding: 'buffer' });
  if (size <= 0) throw new SysError('EINVAL');
  const out = target.subarray(0, Math.min(size, target.length));
  return { ret: out.length, outs: [out] };
}

function faccessat(k, proc, [dirfd, , mode, flags], [path]) {
  if (mode & ~7) throw new SysError('EINVAL'); // F_OK or R_OK|W_OK|X_OK
  checkFlags(flags, 'AT_EACCESS', 'AT_SYMLINK_NOFOLLOW', 'AT_EMPTY_PATH');
  const r = k.vfs.resolve(path, baseDir(k, proc, dirfd, path), { followLast: !(flags & AT('AT_SYMLINK_NOFOLLOW')) });
  if (r.virtualNode) {
    // The devices are rw-rw-rw-, the virtual directories r-x for all (/dev also w for root,
    // /proc/self/fd r-x for the owner only), the links rwx; what /proc/self/fd/N leads to is
    // checked on the host when it is a host file, else (a pipe, a device) allowed.
    const node = r.virtualNode;
    if (node.kind === 'fdfile') {
      const f = node.file;
      if (f instanceof HostFile || f instanceof PathFile) fs.accessSync(hostFdPath(f.hostFd), mode & 7);
      return 0;
    }
    const root = process.getuid() === 0;
    const allowed = node.kind === 'dir' ? (root && node.path === '/dev' ? 7 : 5) : node.kind === 'device' ? 6 : node.kind === 'procfile' ? 4 : 7;
    if (mode & 7 & ~allowed) throw new SysError('EACCES');
    return 0;
  }
  fs.accessSync(r.host, mode & 7);
  return 0;
}

function fchmodat(k, proc, [dirfd, , mode], [path]) {
  const r = k.vfs.resolve(path, baseDir(k, proc, dirfd, path));
  const fdHost = fdFileHost(r);
  if (r.virtualNode && fdHost === null) throw new SysError('EPERM'); // the runtime's, not the caller's
  fs.chmodSync(fdHost ?? r.host, mode & 0o7777);
  return 0;
}

// On the host descriptor: an O_PATH one fails with EBADF there, as on Linux.
function fchmod(k, proc, [fd, mode]) {
  const f = proc.file(fd);
  if (f instanceof VirtualDirectory) throw new SysError('EPERM');
  if (f instanceof HostFile || f instanceof Directory || f instanceof PathFile) fs.fchmodSync(f.hostFd, mode & 0o7777);
  return 0;
}

function fchownat(k, proc, [dirfd, , uid, gid, flags], [path]) {
  const r = k.vfs.resolve(path, baseDir(k, proc, dirfd, path), { followLast: !(flags & AT('AT_SYMLINK_NOFOLLOW')) });
  const fdHost = fdFileHost(r);
  if (r.virtualNode && fdHost === null) throw new SysError('EPERM');
  if (fdHost !== null) fs.chownSync(fdHost, uid, gid);
  else (r.stat.isSymbolicLink() ? fs.lchownSync : fs.chownSync)(r.host, uid, gid);
  return 0;
}

function fchown(k, proc, [fd, uid, gid]) {
  const f = proc.file(fd);
  if (f instanceof VirtualDirectory) throw new SysError('EPERM');
  if (f instanceof HostFile || f instanceof Directory || f instanceof PathFile) fs.fchownSync(f.hostFd, uid, gid);
  return 0;
}

// The host kernel's file clock now, in nanoseconds (bigint): the mtime a truncation stamps on a
// scratch file of the runtime's (created on first use, unlinked at once). Date.now() reads the
// fine real-time clock, while writes stamp files with the kernel's coarse one, up to a tick
// behind: a file touched with Date.now() could look newer than one written right after it.
// Without a writable tmpdir it falls back to Date.now().
let clockFd = -1;
function fileClockNowNs() {
  if (clockFd === -1) {
    clockFd = null;
    try {
      const dir = fs.mkdtempSync(`${os.tmpdir()}/wpk-run-clock-`);
      try {
        clockFd = fs.openSync(`${dir}/clock`, 'w');
        fs.unlinkSync(`${dir}/clock`);
      } finally {
        fs.rmdirSync(dir);
      }
    } catch {
      // no scratch file: Date.now() below
    }
  }
  if (clockFd === null) return BigInt(Date.now()) * 1000000n;
  fs.ftruncateSync(clockFd, 0);
  return fs.fstatSync(clockFd, { bigint: true }).mtimeNs;
}

// A time in nanoseconds (bigint) as what node's utimes takes: seconds in a string (a negative
// number would be replaced by the current time). Node 24's libuv sets the nanoseconds of that
// double as they come (Node 20's cut them to whole microseconds), and a double near 2^31 s is
// exact only to about 240 ns: the value is placed half a microsecond past the wanted microsecond
// (later in time, before 1970 too), so the host keeps a time inside that microsecond, which stat
// reports floored to microseconds, for any time before the year 2242.
function hostTimeArg(ns) {
  const [sec, nsec] = timespecOfNs(ns);
  const usec = Number(nsec / 1000n);
  return String(Number(sec) + (usec + 0.5) / 1e6);
}

function utimensat(k, proc, [dirfd, , , flags], [path, times]) {
  const UTIME_NOW = anyConstant('UTIME_NOW');
  const UTIME_OMIT = anyConstant('UTIME_OMIT');
  const asked = [0, 1].map((i) => {
    if (!times) return { now: true };
    const ts = decodeStruct('timespec', proc.arch, times.subarray(i * layout('timespec', proc.arch).size), ['tv_sec', 'tv_nsec']);
    if (ts.tv_nsec === UTIME_NOW) return { now: true };
    if (ts.tv_nsec === UTIME_OMIT) return { omit: true };
    return { sec: ts.tv_sec, nsec: ts.tv_nsec };
  });
  // Linux returns before looking at the path (or the flags) when both times are UTIME_OMIT.
  if (asked[0].omit && asked[1].omit) return 0;
  checkFlags(flags, 'AT_SYMLINK_NOFOLLOW', 'AT_EMPTY_PATH');
  let target;
  if (path === null) {
    // futimens: on the host descriptor (an O_PATH one gives EBADF, as on Linux); a pipe or a
    // device has no host inode whose times could change.
    const f = proc.file(dirfd);
    if (!(f instanceof HostFile || f instanceof Directory || f instanceof PathFile) || f instanceof VirtualDirectory) return 0;
    target = { fd: f.hostFd };
  } else {
    const r = k.vfs.resolve(path, baseDir(k, proc, dirfd, path), { followLast: !(flags & AT('AT_SYMLINK_NOFOLLOW')) });
    // The devices' times are not kept; a host file reached through /proc/self/fd/N is changed.
    const fdHost = fdFileHost(r);
    if (r.virtualNode && fdHost === null) return 0;
    target = { host: fdHost ?? r.host, link: fdHost === null && r.stat.isSymbolicLink() };
  }
  // An invalid tv_nsec is EINVAL once the file was found (ENOENT and EBADF come first).
  if (asked.some((a) => a.nsec !== undefined && (a.nsec < 0 || a.nsec > 999999999))) throw new SysError('EINVAL');
  // Node cannot pass UTIME_OMIT: an omitted time is set again to the value it has.
  let st = null;
  if (asked[0].omit || asked[1].omit) {
    if (target.fd !== undefined) st = fs.fstatSync(target.fd, { bigint: true });
    else st = (target.link ? fs.lstatSync : fs.statSync)(target.host, { bigint: true });
  }
  let now = null;
  const arg = (a, currentNs) => {
    if (a.omit) return hostTimeArg(currentNs);
    if (a.now) return hostTimeArg(now ??= fileClockNowNs());
    return hostTimeArg(BigInt(a.sec) * 1000000000n + BigInt(a.nsec));
  };
  const atime = arg(asked[0], st?.atimeNs);
  const mtime = arg(asked[1], st?.mtimeNs);
  if (target.fd !== undefined) fs.futimesSync(target.fd, atime, mtime);
  else if (target.link) fs.lutimesSync(target.host, atime, mtime);
  else fs.utimesSync(target.host, atime, mtime);
  return 0;
}

function truncate(k, proc, args, [path]) {
  if (args[1] < 0) throw new SysError('EINVAL'); // node would take a negative length as 0
  const r = k.vfs.resolve(path, baseDir(k, proc, AT('AT_FDCWD'), path));
  const fdHost = fdFileHost(r);
  if (r.virtualNode && fdHost === null) throw new SysError(r.stat.isDirectory() ? 'EISDIR' : 'EINVAL');
  checkTruncateLength(k, proc, args[1]);
  fs.truncateSync(fdHost ?? r.host, args[1]);
  return 0;
}

function ftruncate(k, proc, args) {
  if (args[1] < 0) throw new SysError('EINVAL');
  const f = proc.file(args[0]);
  if (!(f instanceof HostFile)) throw new SysError('EINVAL');
  checkTruncateLength(k, proc, args[1]);
  fs.ftruncateSync(f.hostFd, args[1]);
  return 0;
}

// fallocate(2). Mode 0 makes sure offset..offset+len is allocated: a file shorter than that grows
// to the end of the range, and the new part is written with zeros (so it takes disk space now,
// as with Linux's allocation, instead of being a hole). Blocks inside the old size are left as
// they are: a host file's holes cannot be told from written zeros. The other modes (keep size,
// punch hole, zero/collapse/insert range) would need the host's fallocate, which Node does not
// offer: EOPNOTSUPP, which Linux also gives on a filesystem without them, and which callers
// (posix_fallocate users such as InnoDB) take as "fall back to writing". Errors in Linux's
// order (vfs_fallocate): the range, the mode, the access mode, then the kind of file.
const FALLOCATE_ZEROS = Buffer.alloc(1 << 20);
function fallocate(k, proc, [fd, mode, offset, len]) {
  if (offset < 0 || len <= 0) throw new SysError('EINVAL');
  if (mode !== 0) throw new SysError('EOPNOTSUPP');
  const f = proc.file(fd);
  if (accessMode(f.flags) === O('O_RDONLY') || f instanceof PathFile) throw new SysError('EBADF');
  if (f instanceof PipeReader || f instanceof PipeWriter || f instanceof PipeDuplex) throw new SysError('ESPIPE');
  if (!(f instanceof HostFile)) throw new SysError('ENODEV');
  const st = fs.fstatSync(f.hostFd);
  if (st.isFIFO()) throw new SysError('ESPIPE');
  if (!st.isFile()) throw new SysError('ENODEV');
  const end = offset + len;
  checkTruncateLength(k, proc, end);
  for (let at = st.size; at < end;) {
    const n = Math.min(end - at, FALLOCATE_ZEROS.length);
    at += fs.writeSync(f.hostFd, FALLOCATE_ZEROS, 0, n, at);
  }
  return 0;
}

// The working directory's name now: after a rename of it (or of a directory above it) the new
// one, ENOENT once it was removed, as on Linux.
function getcwd(k, proc, [, size]) {
  const b = Buffer.from(proc.cwdPath(k.vfs) + '\0');
  if (size < b.length) throw new SysError('ERANGE');
  return { ret: b.length, outs: [b] };
}

// The working directory is held as the directory itself (a host O_PATH descriptor, see
// Process.setCwd), so renames of it or of its parents do not lose it.
function chdir(k, proc, args, [path]) {
  const r = k.vfs.resolve(path, baseDir(k, proc, AT('AT_FDCWD'), path));
  if (!r.stat.isDirectory()) throw new SysError('ENOTDIR');
  if (!r.virtualNode) fs.accessSync(r.host, fs.constants.X_OK);
  proc.setCwd(directoryFor(r, O('O_PATH') | O('O_RDONLY'), { pathOnly: true }));
  return 0;
}

// The descriptor's directory itself becomes the working directory (also one renamed or removed
// since it was opened, as on Linux); it needs search permission.
function fchdir(k, proc, [fd]) {
  const f = proc.file(fd);
  if (!(f instanceof Directory)) throw new SysError('ENOTDIR');
  if (f.hostPath() !== null) fs.accessSync(f.hostPath(), fs.constants.X_OK);
  proc.setCwd(f);
  return 0;
}

function umask(k, proc, [mask]) {
  const old = proc.umask;
  proc.umask = mask & 0o777;
  return old;
}

// ---- descriptors ---------------------------------------------------------------------------------

function dup(k, proc, [fd]) {
  return proc.install(proc.file(fd));
}

function dup3(k, proc, [oldfd, newfd, flags]) {
  if (flags & ~O('O_CLOEXEC')) throw new SysError('EINVAL');
  const file = proc.file(oldfd);
  if (oldfd === newfd) throw new SysError('EINVAL');
  if (newfd < 0 || newfd >= proc.limits.descriptorLimit()) throw new SysError('EBADF');
  return proc.install(file, { fd: newfd, cloexec: (flags & O('O_CLOEXEC')) !== 0 });
}

// F_DUPFD's lowest descriptor must be below the descriptor limit (RLIMIT_NOFILE's soft value):
// EINVAL otherwise, also when negative, as Linux checks it.
function dupFrom(proc, file, min, cloexec) {
  if (min < 0 || min >= proc.limits.descriptorLimit()) throw new SysError('EINVAL');
  return proc.install(file, { min, cloexec });
}

function fcntl(k, proc, [fd, cmd, arg], ins) {
  const file = proc.file(fd);
  const entry = proc.fds.get(fd);
  switch (cmd) {
    case F('F_DUPFD'): return dupFrom(proc, file, arg, false);
    case F('F_DUPFD_CLOEXEC'): return dupFrom(proc, file, arg, true);
    case F('F_GETFD'): return entry.cloexec ? F('FD_CLOEXEC') : 0;
    case F('F_SETFD'): entry.cloexec = (arg & F('FD_CLOEXEC')) !== 0; return 0;
    case F('F_GETFL'): return file.flags;
    case F('F_SETFL'): {
      // O_ASYNC changes only where there is signal-driven I/O (elsewhere Linux ignores it
      // silently); it is recorded, but no SIGIO is ever sent (README).
      const settable = O('O_APPEND') | O('O_NONBLOCK') | (hasSignalDrivenIo(file) ? O('O_ASYNC') : 0);
      file.flags = (file.flags & ~settable) | (arg & settable);
      if (file instanceof HostFile) file.append = (arg & O('O_APPEND')) !== 0;
      return 0;
    }
    // The owner of the open file description (shared by dup and fork) that would receive SIGIO:
    // a pid, or a process group as a negative number; 0 for none. A pid or group nobody has is
    // ESRCH, as on Linux. (musl asks F_GETOWN_EX first; its EINVAL sends it to F_GETOWN.)
    case F('F_SETOWN'): {
      const who = arg | 0;
      const id = Math.abs(who);
      const exists = [...k.procs.values()].some((p) => p.pid === id || p.pgid === id || p.sid === id);
      if (who !== 0 && !exists) throw new SysError('ESRCH');
      file.owner = who;
      return 0;
    }
    case F('F_GETOWN'): return file.owner ?? 0;
    // Advisory record locks (file-locks.mjs). wasm32's libc uses the *LK64 numbers, a 64-bit
    // libc the plain ones; both carry the same struct flock.
    case F('F_GETLK'):
    case F('F_GETLK64'):
      return recordLock(k, proc, fd, 'F_GETLK', ins[0]);
    case F('F_SETLK'):
    case F('F_SETLK64'):
      return recordLock(k, proc, fd, 'F_SETLK', ins[0]);
    case F('F_SETLKW'):
    case F('F_SETLKW64'):
      return recordLock(k, proc, fd, 'F_SETLKW', ins[0]);
    default:
      throw new SysError('EINVAL');
  }
}

function pipe2(k, proc, [, flags]) {
  const pipe = new Pipe();
  const status = flags & O('O_NONBLOCK');
  const cloexec = (flags & O('O_CLOEXEC')) !== 0;
  const r = proc.install(new PipeReader(pipe, O('O_RDONLY') | status), { cloexec });
  const w = proc.install(new PipeWriter(pipe, O('O_WRONLY') | status), { cloexec });
  const out = new Uint8Array(8);
  const dv = new DataView(out.buffer);
  dv.setInt32(0, r, true);
  dv.setInt32(4, w, true);
  return { ret: 0, outs: [out] };
}

function sync() {
  return 0;
}

// Nothing is flushed (the host writes through its page cache anyway), but pipes and devices,
// which have no fsync on Linux, refuse it with EINVAL, and O_PATH descriptors with EBADF.
function fsync(k, proc, [fd]) {
  const f = proc.file(fd);
  if (f.flags & O('O_PATH')) throw new SysError('EBADF');
  if (f instanceof PipeReader || f instanceof PipeWriter || f instanceof PipeDuplex || f instanceof Device || f instanceof HostTerminal) {
    throw new SysError('EINVAL');
  }
  return 0;
}

// Whether a file has signal-driven I/O on Linux (its driver's fasync): sockets, pipes and
// terminals, also the caller's stdio when it is one of these; regular files, directories and
// the devices have none, so FIOASYNC refuses to turn O_ASYNC on there (ENOTTY).
export function hasSignalDrivenIo(file) {
  if (file instanceof Socket || file.pipe || isTerminal(file)) return true;
  if (!(file instanceof HostInput || file instanceof HostOutput)) return false;
  try {
    const st = fs.fstatSync(file.hostFd);
    return st.isFIFO() || st.isSocket() || tty.isatty(file.hostFd);
  } catch {
    return false;
  }
}

export function isTerminal(file) {
  const kind = file.statKind && file.statKind();
  const hostFd = file instanceof HostFile ? file.hostFd : kind && typeof kind === 'object' ? kind.hostFd : null;
  if (hostFd === null) return false;
  try {
    return fs.fstatSync(hostFd).isCharacterDevice() && tty.isatty(hostFd);
  } catch {
    return false;
  }
}

export const fsSyscalls = {
  openat, close, read, write, pread64, pwrite64, lseek, fstat, newfstatat, fstatat64: newfstatat,
  getdents64, mkdirat, unlinkat, renameat: (k, p, a, i) => renameat2(k, p, [a[0], a[1], a[2], a[3], 0], i), renameat2,
  symlinkat, linkat, readlinkat, faccessat, faccessat2: faccessat, fchmodat, fchmod, fchownat, fchown, utimensat,
  truncate, ftruncate, truncate64: truncate, ftruncate64: ftruncate, fallocate, getcwd, chdir, fchdir, umask, dup, dup3, fcntl, fcntl64: fcntl, pipe2,
  sync, fsync, fdatasync: fsync, syncfs: fsync, sendfile,
};
