// vfs.mjs — the filesystem a process sees: a host directory mounted as `/`.
//
// Every path a program passes is resolved here, component by component, against the virtual
// root: `..` never climbs above `/`, and symbolic links (absolute or relative) are read and
// resolved inside the root as well, so no path can name a host file outside the mounted
// directory. The result is the host path to operate on plus the canonical virtual path.
// Errors are thrown as VfsError carrying an errno name (ENOENT, ENOTDIR, ELOOP, ...).
import fs from 'node:fs';
import path from 'node:path';
import { hostFdPath } from './files.mjs';
import { PROC_FILES, PROC_PID_FILES, PROC_PID_LINKS, PROC_SYS_DIRS, PROC_SYS_KERNEL_FILES, PROC_TASK_FILES, procLinkTarget, processNamed, threadNamed } from './procfs.mjs';

export class VfsError extends Error {
  constructor(code, what) {
    super(`${code}: ${what}`);
    this.errno = code;
  }
}

const MAX_SYMLINKS = 40;

// Devices served by the runtime itself rather than the host directory: entries of `/dev`, found
// by path resolution like any file (through symlinks, `..`, relative paths and dirfds). `/dev` is
// the root's own `dev` directory when it has one (its host entries stay visible, the devices
// take the place of entries with their names), else a read-only virtual directory holding just
// the devices. Neither the virtual `/dev` nor a device has a host path (`host` is null).
export const DEVICE_NAMES = ['null', 'zero', 'random', 'urandom', 'tty'];
// Symbolic links of /dev, as Linux has them: /dev/fd names the process's descriptors
// (/proc/self/fd), /dev/stdin, /dev/stdout and /dev/stderr its descriptors 0, 1 and 2.
export const DEV_LINKS = { fd: '/proc/self/fd', stdin: '/proc/self/fd/0', stdout: '/proc/self/fd/1', stderr: '/proc/self/fd/2' };

// The runtime's /proc: a directory per process, `/proc/<pid>`, and `/proc/self`, a link to the
// caller's. `/proc/<pid>/fd` lists that process's descriptors and `/proc/<pid>/fd/N` is
// descriptor N's link, which the resolution follows to what N refers to (a directory: resolution
// goes on inside it; anything else: the open file itself, a 'fdfile' node). The files of /proc
// and /proc/<pid> and the links /proc/<pid>/exe and cwd are procfs.mjs's. `/proc` is the root's
// own `proc` directory when it has one (the runtime's entries take the place of those with their
// names), else a virtual directory holding just them. The virtual directories are /dev and /proc
// (when the root has none of its own), /proc/<pid>, /proc/<pid>/fd, /proc/<pid>/task and
// /proc/<pid>/task/<tid>.

// What path resolution reports as the stat of a virtual node. kind: 'dir' (a virtual directory,
// `path` its name), 'device' (`device` its path, /dev/null), 'link' (a symlink of /dev or /proc,
// `target`; `path` for those of /proc), 'procfile' (a file of /proc, `path`), 'fdlink'
// (/proc/<pid>/fd/N not followed: `fd` and its open `file`), 'fdfile' (what such a link
// led to: the open `file`).
export class VirtualStat {
  constructor(kind, { path = null, device = null, target = null, fd = null, file = null } = {}) {
    this.kind = kind;
    this.path = path;
    this.device = device;
    this.target = target;
    this.fd = fd;
    this.file = file;
    const c = fs.constants;
    this.mode = kind === 'dir' ? c.S_IFDIR | 0o755 : kind === 'device' ? c.S_IFCHR | 0o666 : kind === 'fdfile' ? 0
      : kind === 'procfile' ? c.S_IFREG | 0o444 : c.S_IFLNK | 0o777;
  }
  isDirectory() { return this.kind === 'dir'; }
  isSymbolicLink() { return this.kind === 'link' || this.kind === 'fdlink'; }
  isFile() { return this.kind === 'procfile'; }
  isCharacterDevice() { return this.kind === 'device'; }
}
const virtualDir = (p) => new VirtualStat('dir', { path: p });

// Host path of a directory that was removed while held open (a working directory or a dirfd):
// through the host's link of its descriptor, '.' making the host follow that link.
const deadHost = (dir) => `${hostFdPath(dir.hostFd)}/.`;

export class Vfs {
  constructor(hostRoot) {
    this.root = fs.realpathSync(hostRoot);
    this.rootStat = fs.statSync(this.root, { bigint: true });
    this.self = null; // the process whose syscall is being served (its /proc/self)
    this.processes = null; // the kernel's process table: pid -> Process (/proc/<pid>)
  }

  // Whether a host stat (bigint) is of the root directory itself.
  isRoot(st) {
    return st.dev === this.rootStat.dev && st.ino === this.rootStat.ino;
  }

  // The virtual path of a host path inside the root (a realpath, as /proc/self/fd links give),
  // or null when it lies outside.
  virtualOf(hostPath) {
    if (hostPath === this.root) return '/';
    const prefix = this.root === '/' ? '/' : this.root + '/';
    return hostPath.startsWith(prefix) ? '/' + hostPath.slice(prefix.length) : null;
  }

  // Whether the root has a directory `name` (dev, proc) of its own (not a symlink), which then
  // is `/name`.
  hasHostDir(name) {
    try {
      return fs.lstatSync(this.hostPathOf('/' + name)).isDirectory();
    } catch {
      return false;
    }
  }

  // Whether a host stat (bigint) is of the root's own `dev` (or `proc`) directory.
  isHostDev(st, name = 'dev') {
    try {
      const d = fs.lstatSync(this.hostPathOf('/' + name), { bigint: true });
      return d.isDirectory() && d.dev === st.dev && d.ino === st.ino;
    } catch {
      return false;
    }
  }

  // The process of /proc/<pid> when `parts` is ['proc', pid, ...], else null.
  processOf(parts) {
    return parts.length >= 2 && parts[0] === 'proc' ? processNamed(this.processes, parts[1]) : null;
  }

  // The virtual node `c` names in the directory `parts` (canonical components), or null.
  // /proc/self is a link to the calling process's /proc/<pid> (`this.self`, set by the kernel for
  // each syscall); /proc/<pid> exists while the process is in the table (`this.processes`, the
  // kernel's), and /proc/<pid>/fd/N while it has descriptor N.
  virtualChild(parts, c) {
    const dir = '/' + parts.join('/');
    if (dir === '/' && (c === 'dev' || c === 'proc') && !this.hasHostDir(c)) return virtualDir('/' + c);
    if (dir === '/dev' && DEVICE_NAMES.includes(c)) return new VirtualStat('device', { device: '/dev/' + c });
    if (dir === '/dev' && Object.hasOwn(DEV_LINKS, c)) return new VirtualStat('link', { target: DEV_LINKS[c] });
    if (dir === '/proc') {
      if (c === 'self') return this.self ? new VirtualStat('link', { path: '/proc/self', target: String(this.self.pid) }) : null;
      if (PROC_FILES.includes(c)) return new VirtualStat('procfile', { path: '/proc/' + c });
      if (c === 'sys') return virtualDir('/proc/sys');
      return processNamed(this.processes, c) ? virtualDir('/proc/' + c) : null;
    }
    if (dir === '/proc/sys') return c === 'kernel' ? virtualDir('/proc/sys/kernel') : null;
    if (dir === '/proc/sys/kernel') return PROC_SYS_KERNEL_FILES.includes(c) ? new VirtualStat('procfile', { path: `${dir}/${c}` }) : null;
    const owner = this.processOf(parts);
    if (owner === null) return null;
    if (parts.length === 2) {
      if (c === 'fd' || c === 'task') return virtualDir(`${dir}/${c}`);
      if (PROC_PID_FILES.includes(c)) return new VirtualStat('procfile', { path: `${dir}/${c}` });
      if (PROC_PID_LINKS.includes(c)) {
        const target = procLinkTarget(this, owner, c);
        return target === null ? null : new VirtualStat('link', { path: `${dir}/${c}`, target });
      }
    }
    // /proc/<pid>/task/<tid>/{comm,stat,status}: the process's threads.
    if (parts.length === 3 && parts[2] === 'task') return threadNamed(owner, c) ? virtualDir(`${dir}/${c}`) : null;
    if (parts.length === 4 && parts[2] === 'task' && threadNamed(owner, parts[3]) && PROC_TASK_FILES.includes(c)) {
      return new VirtualStat('procfile', { path: `${dir}/${c}` });
    }
    if (parts.length === 3 && parts[2] === 'fd' && /^(0|[1-9][0-9]*)$/.test(c)) {
      const e = owner.fds.get(Number(c));
      if (e) return new VirtualStat('fdlink', { fd: Number(c), file: e.file });
    }
    return null;
  }

  // Whether `parts` is a virtual directory (which has nothing but its virtual entries and no
  // host path).
  isVirtualDir(parts) {
    const dir = '/' + parts.join('/');
    if (dir === '/dev' || dir === '/proc') return !this.hasHostDir(parts[0]);
    if (PROC_SYS_DIRS.includes(dir)) return true;
    const owner = this.processOf(parts);
    if (owner === null) return false;
    if (parts.length === 2 || (parts.length === 3 && (parts[2] === 'fd' || parts[2] === 'task'))) return true;
    return parts.length === 4 && parts[2] === 'task' && threadNamed(owner, parts[3]) !== null;
  }

  // The stat of the directory `parts` (canonical components).
  dirStat(parts) {
    if (this.isVirtualDir(parts)) return virtualDir('/' + parts.join('/'));
    return fs.lstatSync(this.hostPathOf('/' + parts.join('/')));
  }

  // The virtual path of the directory a removed directory was in (the host keeps it as its
  // parent), '/' when that lies outside the root or was the root.
  parentOfRemoved(dir) {
    let fd = null;
    try {
      fd = fs.openSync(`${hostFdPath(dir.hostFd)}/..`, fs.constants.O_RDONLY | fs.constants.O_DIRECTORY);
      return this.virtualOf(fs.readlinkSync(hostFdPath(fd))) ?? '/';
    } finally {
      if (fd !== null) fs.closeSync(fd);
    }
  }

  hostPathOf(virtualPath) {
    return virtualPath === '/' ? this.root : this.root + virtualPath;
  }

  // Lexically normalises `p` against `cwd` (no symlink handling), keeping it inside `/`.
  normalize(p, cwd) {
    const parts = [];
    const start = p.startsWith('/') ? '' : cwd;
    for (const c of (start + '/' + p).split('/')) {
      if (c === '' || c === '.') continue;
      if (c === '..') parts.pop();
      else parts.push(c);
    }
    return '/' + parts.join('/');
  }

  // Resolves `p` relative to the virtual directory `base`, or to a directory that was removed
  // while held open (`base` is then its Directory; see baseDir in syscalls-fs.mjs): there '.'
  // is that directory, '..' the one it was removed from, and any other name ENOENT, as on Linux.
  // followLast: follow a symlink in the last component. mayNotExist: a missing last component
  // is fine (for creation); its parent must exist.
  // Returns {virtual, host, exists, stat, virtualNode}: for virtual nodes (the virtual /dev and
  // /proc directories, the devices, the links of /dev and /proc/self/fd, and what a followed
  // /proc/self/fd/N is) `stat` and `virtualNode` are a VirtualStat and `host` is null.
  resolve(p, base, { followLast = true, mayNotExist = false } = {}) {
    if (p === '') throw new VfsError('ENOENT', 'empty path');
    if (p.length > 4095) throw new VfsError('ENAMETOOLONG', p);
    let pending = p.split('/');
    let removed = null; // a removed directory we are in (only at the start or through a fd link)
    let parts = [];
    if (!p.startsWith('/')) {
      if (typeof base === 'string') parts = base.split('/').filter((c) => c !== '');
      else removed = base;
    }
    const trailingSlash = p.endsWith('/');
    let links = 0;
    // the base directory (the root for an absolute path)
    let st = removed ? fs.statSync(deadHost(removed)) : this.dirStat(parts);
    const enter = (dir) => {
      const now = dir.virtualNow(this);
      removed = now === null ? dir : null;
      parts = now === null ? [] : now.split('/').filter((x) => x !== '');
      st = removed ? fs.statSync(deadHost(removed)) : this.dirStat(parts);
    };
    while (pending.length > 0) {
      const c = pending.shift();
      if (c === '') continue;
      // '.' and '..' look the name up in what came before, which must be a directory
      // ("file/.." is ENOTDIR on Linux, it does not name file's directory).
      if ((c === '.' || c === '..') && !st.isDirectory()) throw new VfsError('ENOTDIR', '/' + parts.join('/'));
      if (c === '.') continue;
      if (c === '..') {
        if (removed) {
          parts = this.parentOfRemoved(removed).split('/').filter((x) => x !== '');
          removed = null;
        } else parts.pop();
        st = this.dirStat(parts);
        continue;
      }
      if (c.length > 255) throw new VfsError('ENAMETOOLONG', c);
      if (!st.isDirectory()) throw new VfsError('ENOTDIR', '/' + parts.join('/'));
      if (removed) throw new VfsError('ENOENT', c); // a removed directory has no entries
      const isLast = pending.every((x) => x === '' || x === '.');
      const candidate = '/' + [...parts, c].join('/');
      let cst = this.virtualChild(parts, c);
      // A virtual directory holds nothing else (and nothing can be created there: /dev is
      // read-only, EACCES). Its name is never passed to the host, where `dev` may be a symlink or
      // a file.
      if (cst === null && this.isVirtualDir(parts)) {
        throw new VfsError(isLast && mayNotExist && parts[0] === 'dev' ? 'EACCES' : 'ENOENT', candidate);
      }
      if (cst === null) {
        try {
          cst = fs.lstatSync(this.hostPathOf(candidate));
        } catch (e) {
          if (e.code === 'ENOENT' && isLast && mayNotExist) {
            return { virtual: candidate, host: this.hostPathOf(candidate), exists: false, stat: null, virtualNode: null };
          }
          if (e.code === 'ENOENT' || e.code === 'ENOTDIR') throw new VfsError(e.code, candidate);
          if (e.code === 'EACCES') throw new VfsError('EACCES', candidate);
          throw e;
        }
      }
      if (cst.isSymbolicLink() && (!isLast || followLast || trailingSlash)) {
        if (++links > MAX_SYMLINKS) throw new VfsError('ELOOP', p);
        if (cst.kind === 'fdlink') {
          // Descriptor N's link leads to what N refers to, not to a name: a directory (also one
          // removed since) is entered; anything else ends the path.
          const file = cst.file;
          if (typeof file.virtualNow === 'function') {
            enter(file);
            continue;
          }
          if (!isLast || trailingSlash) throw new VfsError('ENOTDIR', candidate);
          const node = new VirtualStat('fdfile', { fd: cst.fd, file });
          return { virtual: candidate, host: null, exists: true, stat: node, virtualNode: node };
        }
        const target = cst.kind === 'link' ? cst.target : fs.readlinkSync(this.hostPathOf(candidate));
        if (target.startsWith('/')) parts = [];
        pending = [...target.split('/'), ...pending];
        st = this.dirStat(parts);
        continue;
      }
      parts.push(c);
      st = cst;
    }
    if (trailingSlash && !st.isDirectory()) throw new VfsError('ENOTDIR', p);
    if (removed) return { virtual: removed.virtual, host: deadHost(removed), exists: true, stat: st, virtualNode: null, removed };
    const virtual = '/' + parts.join('/');
    if (st instanceof VirtualStat) return { virtual, host: null, exists: true, stat: st, virtualNode: st };
    return { virtual, host: this.hostPathOf(virtual), exists: true, stat: st, virtualNode: null };
  }

  // Host path of the directory that will contain a new entry, plus the entry's name.
  // `trailingSlash` says the path ended in '/': the host path has none, so callers must check
  // that such a name is (or becomes) a directory themselves. When the name is the virtual /dev
  // or a device (`virtualNode`), or lies in the virtual /dev, `host` is null: such entries can be
  // neither created, removed nor renamed.
  resolveParent(p, base) {
    const trimmed = p.replace(/\/+$/, '');
    if (trimmed === '' ) throw new VfsError('EEXIST', p); // "/" itself
    const slash = trimmed.lastIndexOf('/');
    const dir = slash < 0 ? '.' : trimmed.slice(0, slash) || '/';
    const name = slash < 0 ? trimmed : trimmed.slice(slash + 1);
    if (name === '.' || name === '..') throw new VfsError('EINVAL', p);
    const parent = this.resolve(dir, base);
    if (!parent.stat.isDirectory()) throw new VfsError('ENOTDIR', dir);
    const virtual = parent.virtual === '/' ? '/' + name : parent.virtual + '/' + name;
    const virtualNode = this.virtualChild(parent.virtual.split('/').filter((x) => x !== ''), name);
    const host = virtualNode || parent.host === null ? null : path.join(parent.host, name);
    return { parent, name, virtual, host, virtualNode, trailingSlash: trimmed !== p };
  }
}
