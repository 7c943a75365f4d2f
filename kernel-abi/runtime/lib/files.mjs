// files.mjs — open file descriptions: what a file descriptor points at.
//
// An OpenFile is shared by every descriptor dup'ed or inherited from it (fork), so it carries
// the file position and status flags; `refs` counts those descriptors and release() runs when
// the last one closes (closing the host fd, or dropping a pipe end so the other side sees EOF or
// EPIPE). read/write return bytes / a count, WOULD_BLOCK when the caller must wait, or throw a
// SysError. pollIn/pollOut/pollHup/pollErr report readiness for poll/select (POLLIN, POLLOUT,
// POLLHUP, POLLERR); epollable() says whether epoll may watch it (not regular files and
// directories: EPERM, as on Linux) and arrivals() counts the events that wake its waiters on Linux
// (data arriving), which edge-triggered epoll reports even while the file stays readable.
// watchers: the epoll instances watching it, told by closeDescription() when the last
// descriptor goes (an interest belongs to the open file description). Files without a host inode (pipes, devices) describe themselves for stat:
// statKind() plus a stable inode() and rdev().
import fs from 'node:fs';
import crypto from 'node:crypto';
import { PIPE_BUF } from './pipe.mjs';
import { PROC_FILES, PROC_PID_FILES, PROC_PID_LINKS, PROC_SYS_KERNEL_FILES, PROC_TASK_FILES } from './procfs.mjs';

export const WOULD_BLOCK = Symbol('would block');

export class SysError extends Error {
  constructor(errno, what = '') {
    super(`${errno}${what ? ': ' + what : ''}`);
    this.errno = errno;
  }
}

export class OpenFile {
  constructor(flags) {
    this.flags = flags; // access mode + status flags, in ABI values
    this.refs = 0;
    this.pos = 0;
  }
  read() { throw new SysError('EINVAL'); }
  write() { throw new SysError('EINVAL'); }
  pollIn() { return true; }
  pollOut() { return true; }
  pollHup() { return false; }
  pollErr() { return false; }
  epollable() { return true; }
  arrivals() { return 0; }
  release() {}
  seekable() { return false; }
  statKind() { return null; }
  inode() { return null; }
  rdev() { return 0n; }
  // A host path naming this file for calls that only take paths (statfs), or null.
  hostPath() { return null; }
}

// The last descriptor of an open file description is gone: the epoll instances watching it drop
// their interests (Linux's eventpoll_release), then the file lets go of what it holds.
export function closeDescription(file) {
  if (file.watchers) for (const epoll of [...file.watchers]) epoll.forgetFile(file);
  file.release();
}

// A regular host file (the caller's /dev/tty is a HostTerminal, below).
export class HostFile extends OpenFile {
  constructor(hostFd, virtual, flags, append) {
    super(flags);
    this.hostFd = hostFd;
    this.virtual = virtual;
    this.append = append;
  }
  read(n, at = null) {
    const buf = Buffer.alloc(n);
    const pos = at ?? this.pos;
    const got = fs.readSync(this.hostFd, buf, 0, n, pos);
    if (at === null) this.pos += got;
    return buf.subarray(0, got);
  }
  // With O_APPEND every write lands at the end, a pwrite's too: Linux ignores pwrite's offset
  // there (and pwrite never moves the file offset).
  write(bytes, at = null) {
    const pos = this.writePosition(at);
    const n = fs.writeSync(this.hostFd, bytes, 0, bytes.length, pos);
    if (at === null) this.pos = pos + n;
    return n;
  }
  // Where a write (at: a pwrite's offset, null: the file position) lands.
  writePosition(at = null) { return this.append ? this.size() : at ?? this.pos; }
  seekable() { return true; }
  epollable() { return false; }
  size() { return fs.fstatSync(this.hostFd).size; }
  hostPath() { return hostFdPath(this.hostFd); }
  release() { fs.closeSync(this.hostFd); }
}

// The caller's terminal (/dev/tty): a stream, not seekable (lseek, pread and pwrite give
// ESPIPE). Reads and writes go to the terminal as it comes: node's positional I/O, which
// HostFile uses, fails with ESPIPE on a terminal.
export class HostTerminal extends HostFile {
  constructor(hostFd, flags) {
    super(hostFd, '/dev/tty', flags, false);
  }
  read(n) {
    const buf = Buffer.alloc(n);
    return buf.subarray(0, fs.readSync(this.hostFd, buf, 0, n, null));
  }
  write(bytes) {
    return fs.writeSync(this.hostFd, bytes, 0, bytes.length, null);
  }
  seekable() { return false; }
  epollable() { return true; }
}

// Linux's O_PATH (node does not export it; x86-64 and arm64 share the value).
export const HOST_O_PATH = 0o10000000;

// A host path naming the file an open host descriptor refers to, by its inode rather than by
// the name it was opened under: Linux's /proc/self/fd links. A directory or O_PATH descriptor
// must keep naming what it opened after its name is renamed or replaced (say by a symlink to a
// host directory outside the root), so their operations go through this path or the descriptor,
// never through the name they were opened by.
export function hostFdPath(hostFd) {
  return `/proc/self/fd/${hostFd}`;
}

// Opens `host` (a path the Vfs resolved, so its last component is a symlink only when the
// caller wants the link itself) without following a symlink there: a link swapped in since
// the resolution is not followed out of the root. pathOnly: an O_PATH descriptor (no access
// check, no I/O). Throws the host's error (EACCES, ENOENT, ...).
export function openHostNoFollow(host, { directory = false, pathOnly = false } = {}) {
  const c = fs.constants;
  let flags = c.O_NOFOLLOW | (pathOnly ? HOST_O_PATH : c.O_RDONLY);
  if (directory) flags |= c.O_DIRECTORY;
  return fs.openSync(host, flags);
}

// A directory, open on the host (O_RDONLY, or O_PATH when opened with O_PATH): listings, stat,
// fchmod and the like work on that descriptor. `virtual` is the name it was opened by.
export class Directory extends OpenFile {
  constructor(hostFd, virtual, flags) {
    super(flags);
    this.hostFd = hostFd;
    this.virtual = virtual;
    this.entries = null; // filled on the first getdents64, reset by lseek(0)
  }
  read() { throw new SysError('EISDIR'); }
  write() { throw new SysError('EBADF'); }
  seekable() { return true; }
  epollable() { return false; }
  hostPath() { return hostFdPath(this.hostFd); }
  release() { fs.closeSync(this.hostFd); }
  // The directory's virtual path now, found from its host descriptor, so that a directory
  // renamed since it was opened still serves as the base of *at() calls and fchdir, as on
  // Linux. null once it was removed; the name it was opened by when it lies outside the root
  // (moved there by the host), which the Vfs then resolves inside the root as any path.
  virtualNow(vfs) {
    if (fs.fstatSync(this.hostFd).nlink === 0) return null;
    return vfs.virtualOf(fs.readlinkSync(this.hostPath())) ?? this.virtual;
  }
}

// A virtual directory (see vfs.mjs: /dev when the root has no `dev` directory, /proc
// when it has no `proc`, /proc/self, /proc/self/fd): no host descriptor; its listing is made by
// getdents64 and its stat is a synthetic one (virtualDirIno).
export class VirtualDirectory extends Directory {
  constructor(path, flags) {
    super(null, path, flags);
  }
  hostPath() { return null; }
  release() {}
  virtualNow() { return this.virtual; }
}

// Inode numbers of the virtual directories (/dev, /proc, /proc/sys, /proc/sys/kernel,
// /proc/<pid>, /proc/<pid>/fd, /proc/<pid>/task, /proc/<pid>/task/<tid>) and of
// the links of /proc/<pid>/fd (one per descriptor number), far above the host's.
export const DEV_DIR_INO = (1n << 39n) - 1n;
export function virtualDirIno(path) {
  const parts = path.split('/');
  if (parts.length === 5 && parts[3] === 'task') return (1n << 40n) + BigInt(parts[4]); // /proc/<pid>/task/<tid>
  if (parts.length >= 3 && parts[1] === 'proc' && parts[2] !== 'sys') return (1n << 36n) + BigInt(parts[2]) * 4n + (parts.length === 4 ? (parts[3] === 'task' ? 2n : 1n) : 0n);
  return DEV_DIR_INO - BigInt(['/dev', '/proc', '/proc/sys', '/proc/sys/kernel'].indexOf(path));
}
export const fdLinkIno = (fd) => (1n << 38n) + BigInt(fd);
// Inode numbers of the files and links of /proc (procfs.mjs), one per name (and pid).
const PID_ENTRIES = [...PROC_PID_FILES, ...PROC_PID_LINKS];
export function procEntryIno(path) {
  const parts = path.split('/');
  if (parts.length === 6) return (1n << 41n) + BigInt(parts[4]) * 8n + BigInt(PROC_TASK_FILES.indexOf(parts[5])); // task files
  if (parts.length === 3) return (1n << 37n) + BigInt(['self', ...PROC_FILES].indexOf(parts[2]));
  if (parts[2] === 'sys') return (1n << 37n) + 64n + BigInt(PROC_SYS_KERNEL_FILES.indexOf(parts[4]));
  return (1n << 35n) + BigInt(parts[2]) * 64n + BigInt(PID_ENTRIES.indexOf(parts[3]));
}

// An open file of /proc: the text procfs.mjs made when it was opened, read like a regular file
// (read, pread, lseek from the start or the position; SEEK_END is EINVAL, as for Linux's
// generated files). It cannot be written (it is opened read-only). A read from offset 0 makes
// the text again (`remake`), as Linux's seq_file does: top and vmstat keep /proc/stat open and
// read it again after lseek(fd, 0, SEEK_SET) for each refresh.
export class ProcFile extends OpenFile {
  constructor(path, bytes, flags, remake = null) {
    super(flags);
    this.path = path;
    this.bytes = bytes;
    this.remake = remake;
    this.fresh = true; // the text was made at open and not read yet
  }
  read(n, at = null) {
    const pos = at ?? this.pos;
    if (pos === 0 && !this.fresh && this.remake) this.bytes = this.remake();
    this.fresh = false;
    const out = Uint8Array.from(this.bytes.subarray(pos, pos + n));
    if (at === null) this.pos = pos + out.length;
    return out;
  }
  write() { throw new SysError('EBADF'); }
  seekable() { return true; }
  epollable() { return false; }
  size() { throw new SysError('EINVAL'); }
  inode() { return procEntryIno(this.path); }
}

// An O_PATH descriptor: names a file without opening it for I/O (read and write fail with
// EBADF). With O_NOFOLLOW it names a symlink itself. fstat and *at calls with AT_EMPTY_PATH work
// on it (a directory opened with O_PATH is a Directory, usable as a dirfd). Held open on the
// host with O_PATH, so it keeps naming the file it opened.
export class PathFile extends OpenFile {
  constructor(hostFd, virtual, flags) {
    super(flags);
    this.hostFd = hostFd;
    this.virtual = virtual;
  }
  read() { throw new SysError('EBADF'); }
  write() { throw new SysError('EBADF'); }
  hostPath() { return hostFdPath(this.hostFd); }
  release() { fs.closeSync(this.hostFd); }
}

export class PipeReader extends OpenFile {
  constructor(pipe, flags) {
    super(flags);
    this.pipe = pipe;
    pipe.readers++;
  }
  // A zero-length read returns 0 at once, even on an empty pipe (it must not wait for data).
  read(n) {
    if (n === 0) return new Uint8Array(0);
    if (this.pipe.size > 0) return this.pipe.take(n);
    if (this.pipe.writers === 0) return new Uint8Array(0);
    return WOULD_BLOCK;
  }
  write() { throw new SysError('EBADF'); }
  // At EOF (no writer left) only POLLHUP: POLLIN means unread data, as on Linux.
  pollIn() { return this.pipe.size > 0; }
  pollOut() { return false; }
  pollHup() { return this.pipe.writers === 0; }
  arrivals() { return this.pipe.puts; }
  release() { this.pipe.readers--; }
  statKind() { return 'fifo'; }
  inode() { return this.pipe.ino; }
}

export class PipeWriter extends OpenFile {
  constructor(pipe, flags) {
    super(flags);
    this.pipe = pipe;
    pipe.writers++;
  }
  read() { throw new SysError('EBADF'); }
  // Writes what fits; a write of at most PIPE_BUF bytes goes in whole or not at all.
  write(bytes) {
    if (this.pipe.readers === 0) throw new SysError('EPIPE');
    const space = this.pipe.space();
    if (space === 0 || (bytes.length <= PIPE_BUF && space < bytes.length)) return WOULD_BLOCK;
    const n = Math.min(space, bytes.length);
    this.pipe.put(bytes.subarray(0, n));
    return n;
  }
  // Without readers a write end reports POLLERR (a write fails with EPIPE), and POLLOUT only
  // while the pipe has room, as on Linux.
  pollIn() { return false; }
  pollOut() { return this.pipe.space() >= PIPE_BUF; }
  pollErr() { return this.pipe.readers === 0; }
  release() { this.pipe.writers--; }
  statKind() { return 'fifo'; }
  inode() { return this.pipe.ino; }
}

// A pipe opened for reading and writing through /proc/self/fd/N (O_RDWR), which Linux allows
// for pipes as for FIFOs: one open file description that is a reader and a writer.
export class PipeDuplex extends OpenFile {
  constructor(pipe, flags) {
    super(flags);
    this.pipe = pipe;
    this.reader = new PipeReader(pipe, flags);
    this.writer = new PipeWriter(pipe, flags);
  }
  read(n) { return this.reader.read(n); }
  write(bytes) { return this.writer.write(bytes); }
  pollIn() { return this.reader.pollIn(); }
  pollOut() { return this.writer.pollOut(); }
  pollHup() { return false; } // its own write end is open
  arrivals() { return this.pipe.puts; }
  release() { this.reader.release(); this.writer.release(); }
  statKind() { return 'fifo'; }
  inode() { return this.pipe.ino; }
}

// The caller's standard input when it is a regular file (`wpk-run prog < file`): seekable like
// any regular file, starting at the host descriptor's position (Linux reports it in
// /proc/self/fdinfo). Reads are positional, so the host's own offset does not move; the
// descriptor belongs to the caller and is never closed here.
export class HostInputFile extends HostFile {
  constructor(hostFd, flags) {
    super(hostFd, '/dev/stdin', flags, false);
    this.pos = hostOffset(hostFd);
  }
  // Leaves the caller's offset where the program's is, so `{ head -n 1; cat; } < f` under
  // wpk-run continues after what head used (reads here are positional and do not move it).
  // Node has no lseek: the offset moves forwards by reading, never backwards.
  release() { this.syncHostOffset(); }
  syncHostOffset() {
    let behind = this.pos - hostOffset(this.hostFd);
    const scratch = Buffer.alloc(Math.min(Math.max(behind, 0), 1 << 20));
    while (behind > 0) {
      const got = fs.readSync(this.hostFd, scratch, 0, Math.min(behind, scratch.length), null);
      if (got <= 0) break;
      behind -= got;
    }
  }
}

function hostOffset(hostFd) {
  try {
    const info = fs.readFileSync(`/proc/self/fdinfo/${hostFd}`, 'utf8');
    const match = /^pos:\s*(\d+)/m.exec(info);
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

// Whether a host descriptor is a regular file (false when it is closed or not a file).
export function isRegularHostFile(hostFd) {
  try {
    return fs.fstatSync(hostFd).isFile();
  } catch {
    return false;
  }
}

// The caller's standard input when it is not a regular file (a pipe, a tty, /dev/null): read
// asynchronously so the kernel thread never blocks; readers wait until data or EOF arrives.
// Each host read asks for at most what the program asked for (poll for one byte): whatever the
// runtime takes from a shared pipe is lost to the processes that read it after wpk-run ends
// (`printf 'a\nb\n' | { wpk-run dash -c 'read x'; cat; }` must leave "b" to cat).
export class HostInput extends OpenFile {
  constructor(hostFd, flags, onData) {
    super(flags);
    this.hostFd = hostFd;
    this.isPipe = isHostPipe(hostFd);
    this.chunks = [];
    this.eof = false;
    this.inFlight = false;
    this.onData = onData;
  }
  fill(want) {
    if (this.inFlight || this.eof || this.chunks.length > 0) return;
    this.inFlight = true;
    const buf = Buffer.allocUnsafe(want);
    fs.read(this.hostFd, buf, 0, want, null, (err, n) => {
      this.inFlight = false;
      if (err && err.code === 'EAGAIN') {
        setTimeout(() => { this.fill(want); }, 5);
        return;
      }
      if (err || n === 0) this.eof = true;
      else this.chunks.push(buf.subarray(0, n));
      this.onData();
    });
  }
  read(n) {
    if (n === 0) return new Uint8Array(0); // never waits, like a zero-length read of a pipe
    this.fill(n);
    if (this.chunks.length === 0) return this.eof ? new Uint8Array(0) : WOULD_BLOCK;
    // Up to n bytes from as many chunks as hold them (a pipe read returns what is there).
    const parts = [];
    let got = 0;
    while (got < n && this.chunks.length > 0) {
      const head = this.chunks[0];
      const k = Math.min(head.length, n - got);
      parts.push(head.subarray(0, k));
      got += k;
      if (k === head.length) this.chunks.shift();
      else this.chunks[0] = head.subarray(k);
    }
    return parts.length === 1 ? parts[0] : Buffer.concat(parts);
  }
  write() { throw new SysError('EBADF'); }
  // FIONREAD on a pipe: what the runtime holds plus all the host pipe holds now, which it takes
  // (node has no ioctl, and no way to count a pipe's bytes but reading them): a read without
  // waiting through a second, O_NONBLOCK, description of the host pipe (opened through its
  // /proc/self/fd link). WOULD_BLOCK while a read of the first is under way (it would race
  // with this one for the order of the bytes). Other input (a terminal): what the runtime
  // holds.
  available() {
    if (!this.isPipe || this.eof) return this.buffered();
    if (this.inFlight) return WOULD_BLOCK;
    this.probeFd ??= fs.openSync(hostFdPath(this.hostFd), fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
    const buf = Buffer.allocUnsafe(65536);
    for (let taken = 0; taken < (1 << 20);) {
      let n;
      try {
        n = fs.readSync(this.probeFd, buf, 0, buf.length, null);
      } catch (e) {
        if (e.code === 'EAGAIN') break;
        throw e;
      }
      if (n === 0) {
        this.eof = true;
        break;
      }
      this.chunks.push(Buffer.from(buf.subarray(0, n)));
      taken += n;
    }
    return this.buffered();
  }
  buffered() { return this.chunks.reduce((sum, c) => sum + c.length, 0); }
  // The runtime ends: the second description FIONREAD opened is closed (the caller's own
  // descriptor never is).
  closeProbe() {
    if (this.probeFd !== undefined) fs.closeSync(this.probeFd);
    this.probeFd = undefined;
  }
  // At EOF a pipe reports POLLHUP alone, as Linux does once the writers are gone; other input
  // (/dev/null, a terminal after ^D, a socket) stays readable (POLLIN). EOF is only known once
  // the buffered data was read, so unread data with the writers gone shows as POLLIN alone.
  pollIn() {
    this.fill(1);
    return this.chunks.length > 0 || (this.eof && !this.isPipe);
  }
  pollHup() { return this.eof && this.isPipe; }
  pollOut() { return false; }
  statKind() { return { hostFd: this.hostFd }; }
}

function isHostPipe(hostFd) {
  try {
    return fs.fstatSync(hostFd).isFIFO();
  } catch {
    return false;
  }
}

// The caller's standard output or error: synchronous writes to the host descriptor.
export class HostOutput extends OpenFile {
  constructor(hostFd, flags) {
    super(flags);
    this.hostFd = hostFd;
  }
  read() { throw new SysError('EBADF'); }
  write(bytes) {
    let off = 0;
    while (off < bytes.length) {
      try {
        off += fs.writeSync(this.hostFd, bytes, off, bytes.length - off);
      } catch (e) {
        if (e.code === 'EAGAIN') {
          Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1);
          continue;
        }
        if (e.code === 'EPIPE') throw new SysError('EPIPE');
        throw e;
      }
    }
    return bytes.length;
  }
  epollable() { return !isRegularHostFile(this.hostFd); }
  statKind() { return { hostFd: this.hostFd }; }
}

// The devices' identity for stat: Linux's device numbers (major 1 is the memory devices, 5:0
// the terminal) and an inode number each, the same for every stat and fstat.
const DEVICE_NUMBERS = { null: [1, 3], zero: [1, 5], random: [1, 8], urandom: [1, 9], tty: [5, 0] };
const DEVICE_INO_BASE = 1n << 39n;
// The links of /dev (fd, stdin, stdout, stderr) have the inode numbers after the devices'.
export function devEntryIno(name) {
  const link = ['stdin', 'stdout', 'stderr', 'fd'].indexOf(name);
  if (link >= 0) return DEVICE_INO_BASE + BigInt(Object.keys(DEVICE_NUMBERS).length + link);
  return deviceIdentity(name).ino;
}

export function deviceIdentity(name) {
  const [major, minor] = DEVICE_NUMBERS[name];
  const index = Object.keys(DEVICE_NUMBERS).indexOf(name);
  return { ino: DEVICE_INO_BASE + BigInt(index), rdev: BigInt((major << 8) | minor) }; // makedev
}

// /dev/null, /dev/zero, /dev/random, /dev/urandom.
export class Device extends OpenFile {
  constructor(name, flags) {
    super(flags);
    this.name = name;
  }
  read(n) {
    if (this.name === 'null') return new Uint8Array(0);
    if (this.name === 'zero') return new Uint8Array(n);
    return crypto.randomBytes(n);
  }
  write(bytes) { return bytes.length; }
  // Linux's /dev/null and /dev/zero have no poll (epoll_ctl: EPERM); the random devices do.
  epollable() { return this.name.endsWith('random'); }
  statKind() { return 'chr'; }
  inode() { return deviceIdentity(this.name).ino; }
  rdev() { return deviceIdentity(this.name).rdev; }
}

// A device opened with O_PATH: names it (fstat, a dirfd's ENOTDIR) without I/O.
export class DevicePath extends OpenFile {
  constructor(name, flags) {
    super(flags);
    this.name = name;
  }
  read() { throw new SysError('EBADF'); }
  write() { throw new SysError('EBADF'); }
  statKind() { return 'chr'; }
  inode() { return deviceIdentity(this.name).ino; }
  rdev() { return deviceIdentity(this.name).rdev; }
}
