// The worker <-> kernel mailbox: a reply is read once, and only after the kernel wrote it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Worker } from 'node:worker_threads';
import { createChannel, writeReply, readReply, SIGINFO_BYTES } from '../lib/channel.mjs';

const channelUrl = new URL('../lib/channel.mjs', import.meta.url).href;

// A worker that reads `count` replies from the channel and posts each result as it gets it.
function reader(sab, count) {
  const source = `
    const { parentPort, workerData } = require('node:worker_threads');
    import(workerData.url).then(({ readReply }) => {
      for (let i = 0; i < workerData.count; i++) parentPort.postMessage(readReply(workerData.sab).ret);
    });`;
  return new Worker(source, { eval: true, workerData: { sab, count, url: channelUrl } });
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

test('replies are read in order, each once', () => {
  const sab = createChannel();
  writeReply(sab, { ret: 7, outs: [new Uint8Array([1, 2, 3])] });
  const r = readReply(sab);
  assert.equal(r.ret, 7);
  assert.deepEqual([...r.outs[0]], [1, 2, 3]);
  writeReply(sab, { ret: 8 });
  assert.equal(readReply(sab).ret, 8);
});

test('a reply that delivers a signal carries its siginfo next to the outputs', () => {
  const sab = createChannel();
  const siginfo = Uint8Array.from({ length: SIGINFO_BYTES }, (_, i) => i + 1);
  writeReply(sab, { ret: 3, outs: [new Uint8Array([9, 8])], signo: 10, handler: 5, saFlags: 4, siginfo });
  const r = readReply(sab);
  assert.deepEqual([r.signo, r.handler, r.saFlags, r.ret], [10, 5, 4, 3]);
  assert.deepEqual([...r.siginfo], [...siginfo]);
  assert.deepEqual([...r.outs[0]], [9, 8]);
  writeReply(sab, { ret: 0 });
  assert.equal(readReply(sab).siginfo, null);
  assert.throws(() => writeReply(sab, { ret: 0, signo: 10, handler: 5 }), /a signal without its siginfo/);
});

// The kernel's notify follows its store of the flag. A worker that took the reply in between
// (it found the flag set without sleeping), ran on and now waits for its next reply gets that
// late notify: it must go on waiting, not return the previous reply a second time (which left
// every later syscall with the result of the one before: sort under bash wrote wrong bytes, got
// EFAULT or looped on zero-length writes, now and then on a loaded machine).
test('a wake-up without a new reply does not return the previous one', async () => {
  const sab = createChannel();
  const flag = new Int32Array(sab, 0, 1);
  writeReply(sab, { ret: 1 });
  const w = reader(sab, 2);
  const got = [];
  const second = new Promise((resolve) => {
    w.on('message', (ret) => {
      got.push(ret);
      if (got.length === 2) resolve();
    });
  });
  while (got.length === 0) await sleep(5); // the first reply was taken
  await sleep(50); // the worker now sleeps in its second readReply
  Atomics.notify(flag, 0); // the late notify of the first reply, no new reply
  await sleep(100);
  assert.deepEqual(got, [1], 'readReply returned without a new reply');
  writeReply(sab, { ret: 2 });
  await second;
  assert.deepEqual(got, [1, 2]);
  await w.terminate();
});
