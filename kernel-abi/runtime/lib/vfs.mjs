// vfs.mjs — the filesystem a process sees: a host directory mounted as `/`.
//
// Every path a program passes is resolved here, component by component, against the virtual
// root: `..` never climbs above `/`, and symbolic links (absolute or relative) are read and
// resolved inside the root as well, so no path can name a host file outside the mounted
// directory. The result is the host path to operate on plus the canonical virtual path.
// Errors are thrown as VfsError carrying an errno name (ENOENT, ENOTDIR, ELOOP, ...).
import fs from 'node:fs';
import path from 'node:path';

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
export const DEVICE_NAMES = ['null', 'zero', 'random', 'urandom', 'tty', 'stdin', 'stdout', 'stderr'];
export const DEVICES = new Set(DEVICE_NAMES.map((n) => '/dev/' + n));

// What path resolution reports as the stat of a virtual node: `device` is the device's path
// (/dev/null), null for the virtual /dev directory.
export class VirtualStat {
  constructor(device) {
    this.device = device;
    this.mode = device ? fs.constants.S_IFCHR | 0o666 : fs.constants.S_IFDIR | 0o755;
  }
  isDirectory() { return this.device === null; }
  isSymbolicLink() { return false; }
  isFile() { return false; }
  isCharacterDevice() { return this.device !== null; }
}
const VIRTUAL_DEV_DIR = new VirtualStat(null);

export class Vfs {
  constructor(hostRoot) {
    this.root = fs.realpathSync(hostRoot);
    this.rootStat = fs.statSync(this.root, { bigint: true });
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

  // Whether the root has a `dev` directory of its own (not a symlink), which then is `/dev`.
  hasHostDev() {
    try {
      return fs.lstatSync(this.hostPathOf('/dev')).isDirectory();
    } catch {
      return false;
    }
  }

  // Whether a host stat (bigint) is of the root's own `dev` directory.
  isHostDev(st) {
    try {
      const d = fs.lstatSync(this.hostPathOf('/dev'), { bigint: true });
      return d.isDirectory() && d.dev === st.dev && d.ino === st.ino;
    } catch {
      return false;
    }
  }

  // The virtual node `c` names in the directory `parts` (canonical components), or null.
  virtualChild(parts, c) {
    if (parts.length === 0 && c === 'dev' && !this.hasHostDev()) return VIRTUAL_DEV_DIR;
    if (parts.length === 1 && parts[0] === 'dev' && DEVICE_NAMES.includes(c)) return new VirtualStat('/dev/' + c);
    return null;
  }

  // Whether `parts` is the virtual /dev (which has nothing but the devices and no host path).
  isVirtualDev(parts) {
    return parts.length === 1 && parts[0] === 'dev' && !this.hasHostDev();
  }

  // The stat of the directory `parts` (canonical components).
  dirStat(parts) {
    if (this.isVirtualDev(parts)) return VIRTUAL_DEV_DIR;
    return fs.lstatSync(this.hostPathOf('/' + parts.join('/')));
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

  // Resolves `p` relative to the virtual directory `base`.
  // followLast: follow a symlink in the last component. mayNotExist: a missing last component
  // is fine (for creation); its parent must exist.
  // Returns {virtual, host, exists, stat, virtualNode}: for the virtual /dev and the devices
  // `stat` and `virtualNode` are a VirtualStat and `host` is null.
  resolve(p, base, { followLast = true, mayNotExist = false } = {}) {
    if (p === '') throw new VfsError('ENOENT', 'empty path');
    if (p.length > 4095) throw new VfsError('ENAMETOOLONG', p);
    let pending = p.split('/');
    let parts = p.startsWith('/') ? [] : base.split('/').filter((c) => c !== '');
    const trailingSlash = p.endsWith('/');
    let links = 0;
    let st = this.dirStat(parts); // the base directory (the root for an absolute path)
    while (pending.length > 0) {
      const c = pending.shift();
      if (c === '') continue;
      // '.' and '..' look the name up in what came before, which must be a directory
      // ("file/.." is ENOTDIR on Linux, it does not name file's directory).
      if ((c === '.' || c === '..') && !st.isDirectory()) throw new VfsError('ENOTDIR', '/' + parts.join('/'));
      if (c === '.') continue;
      if (c === '..') {
        parts.pop();
        st = this.dirStat(parts);
        continue;
      }
      if (c.length > 255) throw new VfsError('ENAMETOOLONG', c);
      if (!st.isDirectory()) throw new VfsError('ENOTDIR', '/' + parts.join('/'));
      const isLast = pending.every((x) => x === '' || x === '.');
      const candidate = '/' + [...parts, c].join('/');
      let cst = this.virtualChild(parts, c);
      // The virtual /dev holds nothing else (and nothing can be created there). Its name is
      // never passed to the host, where `dev` may be a symlink or a file.
      if (cst === null && this.isVirtualDev(parts)) {
        throw new VfsError(isLast && mayNotExist ? 'EACCES' : 'ENOENT', candidate);
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
        const target = fs.readlinkSync(this.hostPathOf(candidate));
        if (target.startsWith('/')) parts = [];
        pending = [...target.split('/'), ...pending];
        st = this.dirStat(parts);
        continue;
      }
      parts.push(c);
      st = cst;
    }
    if (trailingSlash && !st.isDirectory()) throw new VfsError('ENOTDIR', p);
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
