// epoll.mjs — epoll instances (EpollFile) and their syscalls: epoll_create1, epoll_ctl,
// epoll_pwait, epoll_pwait2.
//
// An epoll instance is an open file description like any other (dup, fork, SCM_RIGHTS share it,
// EPOLL_CLOEXEC, close), readable (poll, select, an outer epoll) while it has an event to report.
// Its interest list is keyed by (open file description, descriptor number), as Linux's: an
// interest lives until EPOLL_CTL_DEL or until the last descriptor of the watched description is
// closed (files.mjs closeDescription), not the descriptor it was added by. Readiness is what
// poll sees (readiness.mjs); epoll_pwait parks like ppoll and is retried whenever the kernel's
// state changes.
//
// Level-triggered (default): every ready interest is reported by every wait (ready ones are
// reported in turn: a reported interest goes to the back, so a small maxevents sees them all).
// EPOLLET: an event is reported once, then again only after the file was seen not ready for it
// (the kernel samples ET interests at every syscall's end: Kernel.reply) or after something
// arrived for it (files.mjs arrivals(): a pipe write, data or an event on a socket, an eventfd
// write). EPOLLONESHOT: after one report the interest reports nothing until EPOLL_CTL_MOD.
// EPOLLERR and EPOLLHUP are always watched. EPOLLEXCLUSIVE is accepted (with Linux's checks) but
// every waiter is woken. EPOLLWAKEUP is ignored (no suspend here). Nested instances work; a
// cycle, or a chain deeper than Linux's 5 levels, is ELOOP.
import { anyConstant, constant, layout } from './abi.mjs';
import { OpenFile, SysError, Directory } from './files.mjs';
import { fileReadiness, waitForReadiness } from './readiness.mjs';
import { readTimespecMs } from './syscalls-misc.mjs';
import { CHANNEL_DATA_MAX } from './channel.mjs';

const EP = (n) => constant('epoll', n);
const EPOLLIN = EP('EPOLLIN');
const EPOLLOUT = EP('EPOLLOUT');
const EPOLLRDNORM = EP('EPOLLRDNORM');
const EPOLLWRNORM = EP('EPOLLWRNORM');
const EPOLLRDHUP = EP('EPOLLRDHUP');
const EPOLLERR = EP('EPOLLERR');
const EPOLLHUP = EP('EPOLLHUP');
const EPOLLET = EP('EPOLLET') >>> 0;
const EPOLLONESHOT = EP('EPOLLONESHOT');
const EPOLLEXCLUSIVE = EP('EPOLLEXCLUSIVE');
const EPOLLWAKEUP = EP('EPOLLWAKEUP');
const EPOLLPRI = EP('EPOLLPRI');
const ALWAYS = EPOLLERR | EPOLLHUP;
// What EPOLLEXCLUSIVE may be combined with (Linux's EPOLLEXCLUSIVE_OK_BITS).
const EXCLUSIVE_OK = EPOLLIN | EPOLLOUT | EPOLLRDNORM | EPOLLWRNORM | EPOLLERR | EPOLLHUP | EPOLLWAKEUP | EPOLLET | EPOLLEXCLUSIVE;
const EVENT_BITS = EPOLLIN | EPOLLOUT | EPOLLRDNORM | EPOLLWRNORM | EPOLLRDHUP | EPOLLERR | EPOLLHUP | EPOLLPRI;
// Linux's EP_MAX_NESTS: instances nested deeper than this are ELOOP.
const MAX_NESTS = 4;
// Linux's EP_MAX_EVENTS: INT_MAX / sizeof(struct epoll_event).
const MAX_EVENTS = Math.floor(0x7fffffff / 16);

// The EPOLL* bits a file's readiness gives.
function readyBits(file) {
  const r = fileReadiness(file);
  let bits = 0;
  if (r.in) bits |= EPOLLIN | EPOLLRDNORM;
  if (r.out) bits |= EPOLLOUT | EPOLLWRNORM;
  if (r.rdhup) bits |= EPOLLRDHUP;
  if (r.hup) bits |= EPOLLHUP;
  if (r.err) bits |= EPOLLERR;
  return bits;
}

// One entry of an interest list.
class Interest {
  constructor(file, fd, events, data) {
    this.file = file;
    this.fd = fd;
    this.set(events, data);
  }
  // ADD and MOD: the mask (plus EPOLLERR|EPOLLHUP) and the user's 8 bytes; an edge-triggered
  // interest starts armed, so what is ready now is reported once.
  set(events, data) {
    this.events = events >>> 0;
    this.mask = (events & EVENT_BITS) | ALWAYS;
    this.data = data;
    this.armed = ~0;
    this.seenArrivals = this.file.arrivals();
    this.disabled = false; // a EPOLLONESHOT interest that reported
  }
  edgeTriggered() { return (this.events & EPOLLET) !== 0; }
  // The bits a wait would report now (without consuming them).
  pending() {
    if (this.disabled) return 0;
    const bits = readyBits(this.file) & this.mask;
    if (!bits || !this.edgeTriggered()) return bits;
    if (this.file.arrivals() !== this.seenArrivals) return bits;
    return bits & this.armed;
  }
  // The bits were reported.
  reported(bits) {
    if (this.events & EPOLLONESHOT) this.disabled = true;
    this.armed &= ~bits;
    this.seenArrivals = this.file.arrivals();
  }
  // What is not ready now may be reported again once it is (EPOLLET).
  sample() {
    if (this.edgeTriggered() && !this.disabled) this.armed |= ~readyBits(this.file);
  }
}

export class EpollFile extends OpenFile {
  constructor(kernel, flags) {
    super(anyConstant('O_RDWR') | flags);
    this.kernel = kernel;
    this.interests = new Map(); // insertion order = report order: `${id}:${fd}` -> Interest
    kernel.epolls.add(this);
  }
  read() { throw new SysError('EINVAL'); }
  write() { throw new SysError('EINVAL'); }
  pollIn() { return this.hasEvents(); }
  pollOut() { return false; }
  hasEvents() {
    for (const i of this.interests.values()) if (i.pending()) return true;
    return false;
  }

  find(file, fd) { return this.interests.get(keyOf(file, fd)); }
  add(file, fd, events, data) {
    const i = new Interest(file, fd, events, data);
    this.interests.set(keyOf(file, fd), i);
    (file.watchers ??= new Set()).add(this);
  }
  remove(interest) {
    this.interests.delete(keyOf(interest.file, interest.fd));
    if ([...this.interests.values()].every((i) => i.file !== interest.file)) interest.file.watchers?.delete(this);
  }
  // The last descriptor of a watched description was closed: its interests go (files.mjs).
  forgetFile(file) {
    for (const i of [...this.interests.values()]) if (i.file === file) this.interests.delete(keyOf(i.file, i.fd));
    file.watchers?.delete(this);
  }

  // Up to `max` ready events as struct epoll_event records; reported level-triggered interests
  // move to the back of the list.
  collect(max, arch) {
    const l = layout('epoll_event', arch);
    const out = [];
    for (const i of [...this.interests.values()]) {
      if (out.length >= max) break;
      const bits = i.pending();
      if (!bits) continue;
      i.reported(bits);
      const rec = new Uint8Array(l.size);
      new DataView(rec.buffer).setUint32(l.fields.events.offset, bits >>> 0, true);
      rec.set(i.data, l.fields.data.offset);
      out.push(rec);
      if (!i.edgeTriggered() && !(i.events & EPOLLONESHOT)) {
        const key = keyOf(i.file, i.fd);
        this.interests.delete(key);
        this.interests.set(key, i);
      }
    }
    const bytes = new Uint8Array(out.length * l.size);
    out.forEach((rec, n) => bytes.set(rec, n * l.size));
    return { ret: out.length, outs: [bytes] };
  }

  // Called by the kernel when any syscall ends: edge-triggered interests note what is not ready.
  sampleEdges() {
    for (const i of this.interests.values()) i.sample();
  }

  // The instances this one watches, directly or through others, and the longest chain below it.
  depthBelow(seen = new Set()) {
    let depth = 0;
    seen.add(this);
    for (const i of this.interests.values()) {
      if (i.file instanceof EpollFile) depth = Math.max(depth, 1 + (seen.has(i.file) ? MAX_NESTS + 1 : i.file.depthBelow(seen)));
    }
    seen.delete(this);
    return depth;
  }
  reaches(target) {
    if (this === target) return true;
    for (const i of this.interests.values()) if (i.file instanceof EpollFile && i.file.reaches(target)) return true;
    return false;
  }
  // How many instances watch this one, through the longest chain above it.
  depthAbove() {
    let depth = 0;
    for (const w of this.watchers ?? []) depth = Math.max(depth, 1 + w.depthAbove());
    return depth;
  }

  release() {
    for (const i of this.interests.values()) i.file.watchers?.delete(this);
    this.interests.clear();
    this.kernel.epolls.delete(this);
  }
  statKind() { return 'anon'; }
}

// Interests are keyed by the open file description (an id given to each on first use) and fd.
let lastFileId = 0;
const fileIds = new WeakMap();
function keyOf(file, fd) {
  let id = fileIds.get(file);
  if (id === undefined) fileIds.set(file, (id = ++lastFileId));
  return `${id}:${fd}`;
}

function epoll_create1(k, proc, [flags]) {
  const cloexec = anyConstant('O_CLOEXEC');
  if (flags & ~cloexec) throw new SysError('EINVAL');
  return proc.install(new EpollFile(k, 0), { cloexec: (flags & cloexec) !== 0 });
}

// A descriptor epoll may watch: EBADF for an O_PATH one (no file operations), EPERM for files
// Linux has no poll for (regular files, directories, /dev/null).
function watchable(proc, fd) {
  const file = proc.file(fd);
  if (file.flags & anyConstant('O_PATH')) throw new SysError('EBADF');
  if (file instanceof Directory || !file.epollable()) throw new SysError('EPERM');
  return file;
}

// Checks in Linux's order (fs/eventpoll.c do_epoll_ctl): the event is read for every op but
// DEL (EFAULT), both descriptors (EBADF), the target's poll (EPERM), epfd itself (EINVAL when it
// is the target or not an epoll instance), EPOLLEXCLUSIVE's limits (EINVAL), nesting (ELOOP),
// then the op.
function epoll_ctl(k, proc, [epfd, op, fd], [event]) {
  const ADD = EP('EPOLL_CTL_ADD');
  const MOD = EP('EPOLL_CTL_MOD');
  const DEL = EP('EPOLL_CTL_DEL');
  const hasEvent = op !== DEL;
  if (hasEvent && !event) throw new SysError('EFAULT');
  const ep = proc.file(epfd);
  const target = watchable(proc, fd);
  if (ep === target || !(ep instanceof EpollFile)) throw new SysError('EINVAL');
  let events = 0;
  let data = null;
  if (hasEvent) {
    const l = layout('epoll_event', proc.arch);
    events = new DataView(event.buffer, event.byteOffset).getUint32(l.fields.events.offset, true);
    data = Uint8Array.from(event.subarray(l.fields.data.offset, l.fields.data.offset + 8));
    if (events & EPOLLEXCLUSIVE) {
      if (op === MOD) throw new SysError('EINVAL');
      if (op === ADD && (target instanceof EpollFile || (events & ~EXCLUSIVE_OK))) throw new SysError('EINVAL');
    }
  }
  if (op === ADD && target instanceof EpollFile) {
    if (target.reaches(ep)) throw new SysError('ELOOP');
    if (target.depthBelow() + 1 + ep.depthAbove() > MAX_NESTS) throw new SysError('ELOOP');
  }
  const found = ep.find(target, fd);
  if (op === ADD) {
    if (found) throw new SysError('EEXIST');
    ep.add(target, fd, events, data);
  } else if (op === DEL) {
    if (!found) throw new SysError('ENOENT');
    ep.remove(found);
  } else if (op === MOD) {
    if (!found) throw new SysError('ENOENT');
    if (found.events & EPOLLEXCLUSIVE) throw new SysError('EINVAL');
    found.set(events, data);
  } else {
    throw new SysError('EINVAL');
  }
  k.scheduleWake(); // a waiter may have an event now
  return 0;
}

// epoll_pwait and epoll_pwait2: the signal set's size first (EINVAL), maxevents (EINVAL), then
// epfd (EBADF, EINVAL when not an instance); timeoutMs null waits without limit.
function waitForEvents(k, proc, epfd, maxevents, timeoutMs, mask, sigsetsize) {
  if (mask && sigsetsize !== 8) throw new SysError('EINVAL');
  if (maxevents <= 0 || maxevents > MAX_EVENTS) throw new SysError('EINVAL');
  const ep = proc.file(epfd);
  if (!(ep instanceof EpollFile)) throw new SysError('EINVAL');
  // One reply carries at most CHANNEL_DATA_MAX bytes: 65536 events.
  const max = Math.min(maxevents, Math.floor(CHANNEL_DATA_MAX / layout('epoll_event', proc.arch).size));
  const scan = () => ep.collect(max, proc.arch);
  const first = scan();
  if (first.ret > 0 || timeoutMs === 0) return first;
  return waitForReadiness(k.current, mask, timeoutMs, scan);
}

function epoll_pwait(k, proc, [epfd, , maxevents, timeout, , sigsetsize], [mask]) {
  return waitForEvents(k, proc, epfd, maxevents, timeout < 0 ? null : timeout, mask, sigsetsize);
}

function epoll_pwait2(k, proc, [epfd, , maxevents, , , sigsetsize], [tmo, mask]) {
  const timeoutMs = tmo ? readTimespecMs(proc.arch, tmo) : null;
  return waitForEvents(k, proc, epfd, maxevents, timeoutMs, mask, sigsetsize);
}

export const epollSyscalls = { epoll_create1, epoll_ctl, epoll_pwait, epoll_pwait2 };
