// Sockets between a wasm process and the host (lib/sockets.mjs, lib/socket-*.mjs): a Node client
// connects to a wasm TCP server (bound to 127.0.0.1 port 0; it reports its address by writing the
// sockaddr getsockname gave to stdout) and gets back 3 MiB it sent, echoed; and a wasm client
// connects to a Node server whose address it reads from stdin.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { runProgram } from '../lib/index.mjs';
import { SYSCALLS } from '../lib/abi.mjs';
import { watProgram } from './wat-program.mjs';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wpk-sockets-'));
const nr = (n) => SYSCALLS[n].nr;
const sys = (name, ...args) => {
  while (args.length < 6) args.push('(i32.const 0)');
  return `(call $sys (i32.const ${nr(name)}) ${args.join(' ')})`;
};
const i = (v) => `(i32.const ${v})`;
const l = (name) => `(local.get $${name})`;

// Addresses: 256 the sockaddr (0 would be a null pointer to the runtime), 32 its length, 64
// messages, 4096 the copy buffer.

// Copies from descriptor `from` to `to` in 64 KiB pieces until EOF.
const copyLoop = (from, to) => `(block $done (loop $more
    (local.set $n ${sys('read', from, i(4096), i(65536))})
    (br_if $done (i32.le_s ${l('n')} ${i(0)}))
    (drop ${sys('write', to, i(4096), l('n'))})
    (br $more)))`;

// The start of both servers: socket, bind 127.0.0.1:0 (the sockaddr at 256, its length at 32),
// listen, write the bound sockaddr to stdout, accept one connection into $c.
const acceptOnLoopback = () => `
      (local.set $s ${sys('socket', i(2), i(1), i(0))})
      (drop ${sys('bind', l('s'), i(256), i(16))})
      (drop ${sys('listen', l('s'), i(4))})
      (drop ${sys('getsockname', l('s'), i(256), i(32))})
      (drop ${sys('write', i(1), i(256), i(16))})
      (local.set $c ${sys('accept', l('s'), i(0), i(0))})`;

// socket, bind 127.0.0.1:0, listen, write the bound sockaddr to stdout, accept one connection,
// echo it until EOF, then write "<eof>" on it and exit.
function echoServer() {
  const wat = `(module
    (import "wpk" "syscall" (func $sys (param i32 i32 i32 i32 i32 i32 i32) (result i32)))
    (memory (export "memory") 2)
    (data (i32.const 256) "\\02\\00\\00\\00\\7f\\00\\00\\01")
    (data (i32.const 32) "\\10\\00\\00\\00")
    (data (i32.const 64) "<eof>")
    (func (export "_start") (local $s i32) (local $c i32) (local $n i32)
      ${acceptOnLoopback()}
      ${copyLoop(l('c'), l('c'))}
      (drop ${sys('write', l('c'), i(64), i(5))})
      (drop ${sys('close', l('c'))})
      (drop ${sys('exit_group', l('n'))})))`;
  return watProgram(dir, 'echo-server', wat);
}

// Reads a sockaddr_in from stdin, connects there, sends "hello from wasm", shuts down writing
// and copies what comes back to stdout.
function client() {
  const wat = `(module
    (import "wpk" "syscall" (func $sys (param i32 i32 i32 i32 i32 i32 i32) (result i32)))
    (memory (export "memory") 2)
    (data (i32.const 64) "hello from wasm")
    (func (export "_start") (local $s i32) (local $n i32)
      (drop ${sys('read', i(0), i(256), i(16))})
      (local.set $s ${sys('socket', i(2), i(1), i(0))})
      (local.set $n ${sys('connect', l('s'), i(256), i(16))})
      (if (i32.lt_s ${l('n')} ${i(0)}) (then (drop ${sys('exit_group', i(2))})))
      (drop ${sys('write', l('s'), i(64), i(15))})
      (drop ${sys('shutdown', l('s'), i(1))})
      ${copyLoop(l('s'), i(1))}
      (drop ${sys('exit_group', i(0))})))`;
  return watProgram(dir, 'client', wat);
}

// Like echoServer, but sleeps 1.5 s after accepting before it reads (and discards) everything.
function slowReader() {
  const wat = `(module
    (import "wpk" "syscall" (func $sys (param i32 i32 i32 i32 i32 i32 i32) (result i32)))
    (memory (export "memory") 2)
    (data (i32.const 256) "\\02\\00\\00\\00\\7f\\00\\00\\01")
    (data (i32.const 32) "\\10\\00\\00\\00")
    (data (i32.const 128) "\\01\\00\\00\\00\\00\\00\\00\\00\\00\\65\\cd\\1d")
    (func (export "_start") (local $s i32) (local $c i32) (local $n i32)
      ${acceptOnLoopback()}
      (drop ${sys('nanosleep', i(128), i(0))})
      (block $done (loop $more
        (local.set $n ${sys('read', l('c'), i(4096), i(65536))})
        (br_if $done (i32.le_s ${l('n')} ${i(0)}))
        (br $more)))
      (drop ${sys('exit_group', i(0))})))`;
  return watProgram(dir, 'slow-reader', wat);
}

async function waitForBytes(file, n) {
  for (let k = 0; k < 500; k++) {
    const b = fs.readFileSync(file);
    if (b.length >= n) return b;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`${file}: fewer than ${n} bytes`);
}

test('a host client talks to a wasm TCP server (3 MiB echoed)', async () => {
  const outPath = path.join(dir, 'server.out');
  const out = fs.openSync(outPath, 'w');
  const run = runProgram({ program: echoServer(), args: ['echo-server'], stdio: [0, out, 2] });
  const addr = await waitForBytes(outPath, 16);
  assert.equal(addr.readUInt16LE(0), 2);
  assert.equal([...addr.subarray(4, 8)].join('.'), '127.0.0.1');
  const port = addr.readUInt16BE(2);
  assert.ok(port > 0);
  const payload = crypto.randomBytes(3 << 20);
  const received = await new Promise((resolve, reject) => {
    const chunks = [];
    const sock = net.connect({ host: '127.0.0.1', port, allowHalfOpen: true }, () => sock.end(payload));
    sock.on('data', (c) => chunks.push(c));
    sock.on('end', () => resolve(Buffer.concat(chunks)));
    sock.on('error', reject);
  });
  const r = await run;
  fs.closeSync(out);
  assert.equal(r.exitCode, 0);
  assert.equal(received.length, payload.length + 5);
  assert.ok(received.subarray(0, payload.length).equals(payload), 'echoed bytes differ');
  assert.equal(received.subarray(payload.length).toString(), '<eof>');
});

test('a wasm client talks to a host TCP server', async () => {
  const server = net.createServer({ allowHalfOpen: true }, (sock) => {
    const chunks = [];
    sock.on('data', (c) => chunks.push(c));
    sock.on('end', () => sock.end(`${Buffer.concat(chunks).toString().toUpperCase()} from ${sock.remoteAddress}\n`));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const addr = Buffer.alloc(16);
  addr.writeUInt16LE(2, 0);
  addr.writeUInt16BE(server.address().port, 2);
  addr.set([127, 0, 0, 1], 4);
  const inPath = path.join(dir, 'client.in');
  fs.writeFileSync(inPath, addr);
  const outPath = path.join(dir, 'client.out');
  const fdIn = fs.openSync(inPath, 'r');
  const out = fs.openSync(outPath, 'w');
  const r = await runProgram({ program: client(), args: ['client'], stdio: [fdIn, out, 2] });
  fs.closeSync(out);
  fs.closeSync(fdIn);
  server.close();
  assert.equal(r.exitCode, 0);
  assert.equal(fs.readFileSync(outPath, 'utf8'), 'HELLO FROM WASM from 127.0.0.1\n');
});

// Backpressure: while the program does not read, the runtime buffers at most RX_LIMIT bytes and
// pauses the host socket, so most of 32 MiB stays in the sender's buffer (without the pause the
// runtime would take it all at once and the sender's buffer would be empty).
test('a wasm server that does not read holds back a host sender (host socket paused)', async () => {
  const outPath = path.join(dir, 'slow.out');
  const out = fs.openSync(outPath, 'w');
  const run = runProgram({ program: slowReader(), args: ['slow-reader'], stdio: [0, out, 2] });
  const addr = await waitForBytes(outPath, 16);
  const sock = net.connect({ host: '127.0.0.1', port: addr.readUInt16BE(2) });
  await new Promise((resolve) => sock.once('connect', resolve));
  sock.write(Buffer.alloc(32 << 20, 7));
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const held = sock.writableLength;
  sock.end();
  const r = await run;
  fs.closeSync(out);
  assert.equal(r.exitCode, 0);
  assert.ok(held > 8 << 20, `only ${held} bytes were still waiting in the sender after 1 s`);
});
