// Path resolution inside the mounted root: `..`, absolute and relative symlinks never leave it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Vfs, VfsError } from '../lib/vfs.mjs';

function scratch() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wpk-vfs-'));
  const root = path.join(dir, 'root');
  fs.mkdirSync(path.join(root, 'a/b'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'outside'), 'OUTSIDE');
  fs.writeFileSync(path.join(root, 'a/file'), 'inside');
  return { dir, root, vfs: new Vfs(root) };
}

test('dot-dot stops at the root', () => {
  const { vfs, root } = scratch();
  const r = vfs.resolve('../../a/../a/b/../file', '/a/b');
  assert.equal(r.virtual, '/a/file');
  assert.equal(r.host, fs.realpathSync(root) + '/a/file');
  assert.throws(() => vfs.resolve('../outside', '/'), (e) => e instanceof VfsError && e.errno === 'ENOENT');
});

test('absolute symlinks resolve inside the root', () => {
  const { vfs, root } = scratch();
  fs.symlinkSync('/a/file', path.join(root, 'abs'));
  fs.symlinkSync('/etc', path.join(root, 'etc-link'));
  assert.equal(vfs.resolve('/abs', '/').virtual, '/a/file');
  assert.throws(() => vfs.resolve('/etc-link/passwd', '/'), (e) => e.errno === 'ENOENT');
});

test('relative symlinks climbing out are clamped at the root', () => {
  const { vfs, root } = scratch();
  fs.symlinkSync('../../../../..', path.join(root, 'a/up'));
  assert.equal(vfs.resolve('/a/up', '/').virtual, '/');
  assert.throws(() => vfs.resolve('/a/up/outside', '/'), (e) => e.errno === 'ENOENT');
  const created = vfs.resolve('/a/up/new', '/', { mayNotExist: true });
  assert.equal(created.virtual, '/new');
  assert.equal(created.exists, false);
});

test('lstat semantics, loops and non-directories', () => {
  const { vfs, root } = scratch();
  fs.symlinkSync('loop2', path.join(root, 'loop1'));
  fs.symlinkSync('loop1', path.join(root, 'loop2'));
  assert.throws(() => vfs.resolve('/loop1', '/'), (e) => e.errno === 'ELOOP');
  assert.equal(vfs.resolve('/loop1', '/', { followLast: false }).virtual, '/loop1');
  assert.throws(() => vfs.resolve('/a/file/x', '/'), (e) => e.errno === 'ENOTDIR');
  assert.throws(() => vfs.resolve('/a/file/', '/'), (e) => e.errno === 'ENOTDIR');
  assert.throws(() => vfs.resolve('', '/'), (e) => e.errno === 'ENOENT');
});

test('parents of new entries', () => {
  const { vfs } = scratch();
  const p = vfs.resolveParent('b/new', '/a');
  assert.equal(p.virtual, '/a/b/new');
  assert.equal(p.name, 'new');
  assert.throws(() => vfs.resolveParent('missing/new', '/'), (e) => e.errno === 'ENOENT');
});

test('virtualOf: host paths inside the root only, a sibling sharing its prefix is outside', () => {
  const { vfs, dir } = scratch();
  const root = fs.realpathSync(path.join(dir, 'root'));
  assert.equal(vfs.virtualOf(root), '/');
  assert.equal(vfs.virtualOf(root + '/a/b'), '/a/b');
  assert.equal(vfs.virtualOf(root + '-sibling/a'), null);
  assert.equal(vfs.virtualOf(fs.realpathSync(dir)), null);
  assert.equal(new Vfs('/').virtualOf('/usr/lib'), '/usr/lib');
});

test('devices are found by resolution; /dev is virtual unless the root has a dev directory', () => {
  const { vfs, root, dir } = scratch();
  fs.symlinkSync('/dev/null', path.join(root, 'nulllink'));
  fs.symlinkSync('../../dev/./zero', path.join(root, 'a/b/zerolink'));
  assert.equal(vfs.resolve('/nulllink', '/').virtualNode.device, '/dev/null');
  assert.equal(vfs.resolve('zerolink', '/a/b').virtual, '/dev/zero');
  assert.equal(vfs.resolve('null', '/dev').host, null);
  const d = vfs.resolve('/dev/', '/');
  assert.ok(d.stat.isDirectory() && d.host === null && d.virtualNode.device === null);
  assert.equal(vfs.resolve('/dev/..', '/').virtual, '/');
  for (const p of ['/dev/null/', '/dev/null/x', '/dev/null/..', '/nulllink/']) {
    assert.throws(() => vfs.resolve(p, '/'), (e) => e.errno === 'ENOTDIR', p);
  }
  assert.throws(() => vfs.resolve('/dev/other', '/'), (e) => e.errno === 'ENOENT');
  assert.throws(() => vfs.resolve('/dev/new', '/', { mayNotExist: true }), (e) => e.errno === 'EACCES');
  assert.equal(vfs.resolveParent('/dev/null', '/').host, null);
  assert.equal(vfs.resolveParent('/dev/new', '/').host, null);
  // A `dev` symlink in the root pointing outside is not followed: /dev stays the virtual one.
  fs.mkdirSync(path.join(dir, 'hostdev'));
  fs.writeFileSync(path.join(dir, 'hostdev/secret'), 'OUTSIDE');
  fs.symlinkSync(path.join(dir, 'hostdev'), path.join(root, 'dev'));
  assert.throws(() => vfs.resolve('/dev/secret', '/'), (e) => e.errno === 'ENOENT');
  assert.equal(vfs.resolve('/dev', '/').host, null);
  // A real dev directory in the root is /dev: its entries, with the devices in front.
  fs.unlinkSync(path.join(root, 'dev'));
  fs.mkdirSync(path.join(root, 'dev'));
  fs.writeFileSync(path.join(root, 'dev/null'), 'a file');
  fs.mkdirSync(path.join(root, 'dev/shm'));
  assert.equal(vfs.resolve('/dev', '/').host, path.join(fs.realpathSync(root), 'dev'));
  assert.equal(vfs.resolve('/dev/shm', '/').stat.isDirectory(), true);
  assert.equal(vfs.resolve('/dev/null', '/').virtualNode.device, '/dev/null');
});

test('/dev/fd and /proc/self/fd: links to the calling process descriptors', () => {
  const { vfs } = scratch();
  const pipeEnd = { flags: 0 };
  vfs.self = { pid: 7, fds: new Map([[3, { file: pipeEnd }]]), exe: '/bin/prog' };
  vfs.processes = new Map([[7, vfs.self]]);
  const r = vfs.resolve('/dev/fd/3', '/');
  assert.equal(r.virtualNode.kind, 'fdfile');
  assert.equal(r.virtualNode.file, pipeEnd);
  assert.equal(vfs.resolve('/dev/stdin', '/', { followLast: false }).virtualNode.target, '/proc/self/fd/0');
  assert.equal(vfs.resolve('/proc/self/fd/3', '/', { followLast: false }).virtualNode.kind, 'fdlink');
  assert.equal(vfs.resolve('/proc/self', '/', { followLast: false }).virtualNode.target, '7');
  assert.equal(vfs.resolve('/proc/self/fd', '/').virtual, '/proc/7/fd');
  assert.throws(() => vfs.resolve('/proc/8', '/'), (e) => e.errno === 'ENOENT'); // no such process
  assert.ok(vfs.resolve('/dev/fd', '/').stat.isDirectory());
  assert.throws(() => vfs.resolve('/dev/fd/4', '/'), (e) => e.errno === 'ENOENT');
  assert.throws(() => vfs.resolve('/dev/stdin', '/'), (e) => e.errno === 'ENOENT'); // fd 0 closed
  assert.throws(() => vfs.resolve('/dev/fd/3/x', '/'), (e) => e.errno === 'ENOTDIR');
  assert.equal(vfs.resolve('/proc/self/exe', '/', { followLast: false }).virtualNode.target, '/bin/prog');
  assert.equal(vfs.resolve('/proc/self/status', '/').virtualNode.kind, 'procfile');
  assert.throws(() => vfs.resolve('/proc/self/maps', '/'), (e) => e.errno === 'ENOENT'); // not provided
  // a directory descriptor is entered
  vfs.self.fds.set(5, { file: { virtualNow: () => '/a' } });
  assert.equal(vfs.resolve('/dev/fd/5/file', '/').virtual, '/a/file');
});
