// utimensat's "now" (times NULL) without a usable tmpdir: the runtime takes "now" from a scratch
// file there (the kernel's file clock) and falls back to Date.now() when it cannot make one. Its
// own file, so this process's kernel has not made the scratch file yet.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runProgram } from '../lib/index.mjs';
import { SYSCALLS, anyConstant } from '../lib/abi.mjs';
import { watProgram } from './wat-program.mjs';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wpk-file-clock-'));
const nr = (n) => SYSCALLS[n].nr;

// Sets the times of "/f" under its root to now and exits with the errno (0 on success).
function touchProgram() {
  const wat = `(module
    (import "wpk" "syscall" (func $sys (param i32 i32 i32 i32 i32 i32 i32) (result i32)))
    (memory (export "memory") 1)
    (data (i32.const 16) "/f\\00")
    (func (export "_start")
      (drop (call $sys (i32.const ${nr('exit_group')})
        (i32.sub (i32.const 0) (call $sys (i32.const ${nr('utimensat')}) (i32.const ${anyConstant('AT_FDCWD')})
          (i32.const 16) (i32.const 0) (i32.const 0) (i32.const 0) (i32.const 0)))
        (i32.const 0) (i32.const 0) (i32.const 0) (i32.const 0) (i32.const 0)))))`;
  return watProgram(dir, 'touch', wat);
}

test('utimensat(NULL) works when no scratch file can be made in the tmpdir', async () => {
  const program = touchProgram();
  const root = path.join(dir, 'root');
  fs.mkdirSync(root);
  fs.writeFileSync(path.join(root, 'f'), '');
  fs.utimesSync(path.join(root, 'f'), 1000, 1000);
  const saved = process.env.TMPDIR;
  process.env.TMPDIR = path.join(dir, 'missing');
  try {
    const before = Date.now();
    const r = await runProgram({ program, root, stdio: [0, 1, 2] });
    assert.equal(r.exitCode, 0);
    const mtime = fs.statSync(path.join(root, 'f')).mtimeMs;
    assert.ok(mtime >= before - 1000 && mtime <= Date.now() + 1000, `mtime ${mtime} is now`);
  } finally {
    if (saved === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = saved;
  }
});
