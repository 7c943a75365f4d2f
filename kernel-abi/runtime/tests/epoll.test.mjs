// EpollFile and EventFd as units: level- and edge-triggered reports, one-shot interests, the
// kernel's sampling of edges (sampleEdges, which Kernel.reply runs), interests removed with the
// watched description's last descriptor (closeDescription), and eventfd's counter.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Pipe } from '../lib/pipe.mjs';
import { PipeReader, PipeWriter, WOULD_BLOCK, SysError, closeDescription } from '../lib/files.mjs';
import { EpollFile } from '../lib/epoll.mjs';
import { EventFd } from '../lib/eventfd.mjs';
import { constant, layout } from '../lib/abi.mjs';

const EPOLLIN = constant('epoll', 'EPOLLIN');
const EPOLLET = constant('epoll', 'EPOLLET');
const EPOLLONESHOT = constant('epoll', 'EPOLLONESHOT');
const EPOLLHUP = constant('epoll', 'EPOLLHUP');

function fakeKernel() {
  return { epolls: new Set(), scheduleWake() {} };
}

// The (events, tag) pairs one wait reports.
function waitOnce(ep, max = 8) {
  const l = layout('epoll_event', 'wasm32');
  const { ret, outs } = ep.collect(max, 'wasm32');
  const dv = new DataView(outs[0].buffer);
  const got = [];
  for (let i = 0; i < ret; i++) {
    got.push([dv.getUint32(i * l.size + l.fields.events.offset, true), dv.getUint8(i * l.size + l.fields.data.offset)]);
  }
  return got;
}

function pipeEnds() {
  const p = new Pipe();
  return [new PipeReader(p, 0), new PipeWriter(p, 1)];
}

test('level-triggered: reported while ready', () => {
  const k = fakeKernel();
  const ep = new EpollFile(k, 0);
  const [r, w] = pipeEnds();
  ep.add(r, 3, EPOLLIN, Uint8Array.of(7, 0, 0, 0, 0, 0, 0, 0));
  assert.deepEqual(waitOnce(ep), []);
  assert.equal(ep.pollIn(), false);
  w.write(Buffer.from('ab'));
  assert.equal(ep.pollIn(), true);
  assert.deepEqual(waitOnce(ep), [[EPOLLIN, 7]]);
  assert.deepEqual(waitOnce(ep), [[EPOLLIN, 7]]);
  r.read(2);
  assert.deepEqual(waitOnce(ep), []);
});

test('edge-triggered: once per edge or arrival; the fall is seen by sampleEdges', () => {
  const k = fakeKernel();
  const ep = new EpollFile(k, 0);
  assert.ok(k.epolls.has(ep));
  const [r, w] = pipeEnds();
  ep.add(r, 3, EPOLLIN | EPOLLET, new Uint8Array(8));
  w.write(Buffer.from('abc'));
  assert.equal(waitOnce(ep).length, 1);
  assert.equal(waitOnce(ep).length, 0);
  r.read(1);
  ep.sampleEdges(); // still readable: nothing to re-arm
  assert.equal(waitOnce(ep).length, 0);
  w.write(Buffer.from('d')); // an arrival while readable
  assert.equal(waitOnce(ep).length, 1);
  r.read(10);
  ep.sampleEdges(); // drained: armed again
  w.write(Buffer.from('e'));
  assert.equal(waitOnce(ep).length, 1);
});

test('one-shot: disabled after a report until modified', () => {
  const ep = new EpollFile(fakeKernel(), 0);
  const [r, w] = pipeEnds();
  ep.add(r, 3, EPOLLIN | EPOLLONESHOT, new Uint8Array(8));
  w.write(Buffer.from('x'));
  assert.equal(waitOnce(ep).length, 1);
  assert.equal(waitOnce(ep).length, 0);
  ep.find(r, 3).set(EPOLLIN | EPOLLONESHOT, new Uint8Array(8));
  assert.equal(waitOnce(ep).length, 1);
});

test('hang-up is reported unasked; the last close of a watched description removes it', () => {
  const k = fakeKernel();
  const ep = new EpollFile(k, 0);
  const [r, w] = pipeEnds();
  ep.add(r, 3, 0, new Uint8Array(8));
  ep.add(w, 4, EPOLLIN, new Uint8Array(8));
  assert.ok(r.watchers.has(ep));
  closeDescription(w);
  assert.equal(ep.interests.size, 1);
  assert.deepEqual(waitOnce(ep).map(([e]) => e), [EPOLLHUP]);
  closeDescription(r);
  assert.equal(ep.interests.size, 0);
  ep.release();
  assert.equal(k.epolls.has(ep), false);
});

test('maxevents takes ready interests in turn', () => {
  const ep = new EpollFile(fakeKernel(), 0);
  for (let tag = 1; tag <= 3; tag++) {
    const [r, w] = pipeEnds();
    w.write(Buffer.from('x'));
    ep.add(r, tag, EPOLLIN, Uint8Array.of(tag, 0, 0, 0, 0, 0, 0, 0));
  }
  const first = waitOnce(ep, 2).map(([, t]) => t);
  const second = waitOnce(ep, 2).map(([, t]) => t);
  assert.deepEqual(new Set([...first, ...second]), new Set([1, 2, 3]));
});

test('eventfd: counter, semaphore, limits', () => {
  const u64 = (v) => {
    const b = new Uint8Array(8);
    new DataView(b.buffer).setBigUint64(0, v, true);
    return b;
  };
  const value = (b) => new DataView(b.buffer, b.byteOffset).getBigUint64(0, true);
  const e = new EventFd(3, false, 0);
  assert.equal(e.write(u64(4n)), 8);
  assert.equal(value(e.read(8)), 7n);
  assert.equal(e.read(8), WOULD_BLOCK);
  assert.throws(() => e.read(4), (x) => x instanceof SysError && x.errno === 'EINVAL');
  assert.throws(() => e.write(u64(0xffffffffffffffffn)), (x) => x instanceof SysError && x.errno === 'EINVAL');
  assert.equal(e.write(u64(0xfffffffffffffffen)), 8);
  assert.equal(e.pollOut(), false);
  assert.equal(e.write(u64(1n)), WOULD_BLOCK);
  const s = new EventFd(2, true, 0);
  assert.equal(value(s.read(8)), 1n);
  assert.equal(value(s.read(8)), 1n);
  assert.equal(s.pollIn(), false);
});
