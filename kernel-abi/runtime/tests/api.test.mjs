// The library API (lib/index.mjs): runProgram with a root, arguments, environment and
// redirected stdio; RunError for unusable programs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runProgram, RunError, waitStatusToExitCode } from '../lib/index.mjs';
import { SYSCALLS, anyConstant } from '../lib/abi.mjs';
import { watProgram } from './wat-program.mjs';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wpk-api-'));
const nr = (n) => SYSCALLS[n].nr;

// A program that opens "/greeting" under its root, copies it to stdout, and exits with argc.
function catProgram() {
  const wat = `(module
    (import "wpk" "syscall" (func $sys (param i32 i32 i32 i32 i32 i32 i32) (result i32)))
    (import "wpk" "args_sizes" (func $args_sizes (param i32 i32) (result i32)))
    (memory (export "memory") 1)
    (data (i32.const 16) "/greeting\\00")
    (func (export "_start") (local $fd i32) (local $n i32)
      (local.set $fd (call $sys (i32.const ${nr('openat')}) (i32.const ${anyConstant('AT_FDCWD')}) (i32.const 16)
        (i32.const ${anyConstant('O_RDONLY')}) (i32.const 0) (i32.const 0) (i32.const 0)))
      (local.set $n (call $sys (i32.const ${nr('read')}) (local.get $fd) (i32.const 256) (i32.const 200) (i32.const 0) (i32.const 0) (i32.const 0)))
      (drop (call $sys (i32.const ${nr('write')}) (i32.const 1) (i32.const 256) (local.get $n) (i32.const 0) (i32.const 0) (i32.const 0)))
      (drop (call $args_sizes (i32.const 64) (i32.const 68)))
      (drop (call $sys (i32.const ${nr('exit_group')}) (i32.load (i32.const 64)) (i32.const 0) (i32.const 0) (i32.const 0) (i32.const 0) (i32.const 0)))))`;
  return watProgram(dir, 'cat', wat);
}

test('runProgram: root, argv, redirected stdout, exit code', async () => {
  const root = path.join(dir, 'root');
  fs.mkdirSync(root);
  fs.writeFileSync(path.join(root, 'greeting'), 'hello from the root\n');
  const outPath = path.join(dir, 'out.txt');
  const out = fs.openSync(outPath, 'w');
  const r = await runProgram({ program: catProgram(), args: ['a', 'b'], root, env: ['X=1'], stdio: [0, out, 2] });
  fs.closeSync(out);
  assert.equal(r.exitCode, 3);
  assert.equal(r.signal, null);
  assert.equal(fs.readFileSync(outPath, 'utf8'), 'hello from the root\n');
});

test('runProgram rejects unusable programs with the shell exit code', async () => {
  await assert.rejects(runProgram({ program: path.join(dir, 'missing.wasm') }), (e) => e instanceof RunError && e.exitCode === 127);
  fs.writeFileSync(path.join(dir, 'text'), 'not wasm');
  await assert.rejects(runProgram({ program: path.join(dir, 'text') }), (e) => e instanceof RunError && e.exitCode === 126);
});

test('wait status to exit code', () => {
  assert.equal(waitStatusToExitCode(7 << 8), 7);
  assert.equal(waitStatusToExitCode(9), 137);
});
