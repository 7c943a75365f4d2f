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

// Names of devices served by the runtime itself rather than the host directory.
export const DEVICES = new Set(['/dev/null', '/dev/tty', '/dev/zero', '/dev/stdin', '/dev/stdout', '/dev/stderr', '/dev/urandom', '/dev/random']);

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
  // Returns {virtual, host, exists, stat}.
  resolve(p, base, { followLast = true, mayNotExist = false } = {}) {
    if (p === '') throw new VfsError('ENOENT', 'empty path');
    if (p.length > 4095) throw new VfsError('ENAMETOOLONG', p);
    let pending = p.split('/');
    let parts = p.startsWith('/') ? [] : base.split('/').filter((c) => c !== '');
    const trailingSlash = p.endsWith('/');
    let links = 0;
    let st = fs.lstatSync(this.root);
    while (pending.length > 0) {
      const c = pending.shift();
      if (c === '') continue;
      // '.' and '..' look the name up in what came before, which must be a directory
      // ("file/.." is ENOTDIR on Linux, it does not name file's directory).
      if ((c === '.' || c === '..') && !st.isDirectory()) throw new VfsError('ENOTDIR', '/' + parts.join('/'));
      if (c === '.') continue;
      if (c === '..') {
        parts.pop();
        st = fs.lstatSync(this.hostPathOf('/' + parts.join('/')));
        continue;
      }
      if (c.length > 255) throw new VfsError('ENAMETOOLONG', c);
      if (!st.isDirectory()) throw new VfsError('ENOTDIR', '/' + parts.join('/'));
      const isLast = pending.every((x) => x === '' || x === '.');
      const candidate = '/' + [...parts, c].join('/');
      let cst;
      try {
        cst = fs.lstatSync(this.hostPathOf(candidate));
      } catch (e) {
        if (e.code === 'ENOENT' && isLast && mayNotExist) {
          return { virtual: candidate, host: this.hostPathOf(candidate), exists: false, stat: null };
        }
        if (e.code === 'ENOENT' || e.code === 'ENOTDIR') throw new VfsError(e.code, candidate);
        if (e.code === 'EACCES') throw new VfsError('EACCES', candidate);
        throw e;
      }
      if (cst.isSymbolicLink() && (!isLast || followLast || trailingSlash)) {
        if (++links > MAX_SYMLINKS) throw new VfsError('ELOOP', p);
        const target = fs.readlinkSync(this.hostPathOf(candidate));
        if (target.startsWith('/')) parts = [];
        pending = [...target.split('/'), ...pending];
        st = fs.lstatSync(this.hostPathOf('/' + parts.join('/')));
        continue;
      }
      parts.push(c);
      st = cst;
    }
    if (trailingSlash && !st.isDirectory()) throw new VfsError('ENOTDIR', p);
    const virtual = '/' + parts.join('/');
    return { virtual, host: this.hostPathOf(virtual), exists: true, stat: st };
  }

  // Host path of the directory that will contain a new entry, plus the entry's name.
  // `trailingSlash` says the path ended in '/': the host path has none, so callers must check
  // that such a name is (or becomes) a directory themselves.
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
    return { parent, name, virtual, host: path.join(parent.host, name), trailingSlash: trimmed !== p };
  }
}
