// Pipe ends: EOF, EPIPE, atomic small writes, would-block.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Pipe, PIPE_CAPACITY, PIPE_BUF } from '../lib/pipe.mjs';
import { PipeReader, PipeWriter, WOULD_BLOCK, SysError } from '../lib/files.mjs';

test('data, then EOF once the writer is gone', () => {
  const p = new Pipe();
  const r = new PipeReader(p, 0);
  const w = new PipeWriter(p, 1);
  assert.equal(r.read(10), WOULD_BLOCK);
  assert.equal(w.write(Buffer.from('hello')), 5);
  assert.equal(Buffer.from(r.read(3)).toString(), 'hel');
  assert.equal(Buffer.from(r.read(10)).toString(), 'lo');
  w.release();
  assert.equal(r.read(10).length, 0);
  assert.equal(r.pollHup(), true);
  assert.equal(r.pollIn(), false); // EOF is POLLHUP alone, as on Linux
});

test('EPIPE without readers; small writes are atomic', () => {
  const p = new Pipe();
  const r = new PipeReader(p, 0);
  const w = new PipeWriter(p, 1);
  assert.equal(w.write(new Uint8Array(PIPE_CAPACITY - 10)), PIPE_CAPACITY - 10);
  assert.equal(w.write(new Uint8Array(PIPE_BUF)), WOULD_BLOCK);
  assert.equal(w.write(new Uint8Array(PIPE_BUF + 1)), 10);
  assert.equal(w.pollErr(), false);
  r.release();
  assert.equal(w.pollErr(), true);
  assert.equal(w.pollOut(), false); // no room: POLLERR without POLLOUT
  assert.throws(() => w.write(new Uint8Array(1)), (e) => e instanceof SysError && e.errno === 'EPIPE');
});
