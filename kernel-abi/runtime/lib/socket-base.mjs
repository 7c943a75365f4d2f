// socket-base.mjs — what the socket kinds share: Socket, their OpenFile base class (defaults
// for what a kind lacks, the pending error, SO_RCVTIMEO/SO_SNDTIMEO, stored options, socket
// inode numbers), Queue (a byte or message queue), the shutdown bits (RCV, SEND) and the
// buffer limits. The kinds: UnixSocket (socket-pair.mjs), NetSocket (socket-net.mjs),
// UdpSocket (socket-udp.mjs); their syscalls are in sockets.mjs.
import { anyConstant } from './abi.mjs';
import { OpenFile, SysError, WOULD_BLOCK } from './files.mjs';
import { Blocked, BLOCKED } from './blocking.mjs';
import { unspecifiedAddress } from './socket-address.mjs';

const C = (n) => anyConstant(n);

export const UNIX_CAPACITY = 212992; // Linux's default socket buffer (net.core.wmem_default)
export const RX_LIMIT = 256 * 1024;
export const TX_LIMIT = 256 * 1024;
export const RCV = 1;
export const SEND = 2;

let lastSocketIno = 3n << 40n; // socket inode numbers, apart from the host's and the pipes'

// A byte or message queue.
export class Queue {
  constructor() {
    this.items = [];
    this.size = 0;
    this.pushes = 0; // edge-triggered epoll reports each arrival
  }
  push(bytes) {
    this.items.push(bytes);
    this.size += bytes.length;
    this.pushes++;
  }
  // Up to `max` bytes across items (a stream); peek leaves them queued.
  takeBytes(max, peek) {
    const n = Math.min(max, this.size);
    const out = new Uint8Array(n);
    let off = 0;
    let i = 0;
    while (off < n) {
      const head = this.items[i];
      const k = Math.min(head.length, n - off);
      out.set(head.subarray(0, k), off);
      off += k;
      if (peek) i++;
      else if (k === head.length) this.items.shift();
      else this.items[0] = head.subarray(k);
    }
    if (!peek) this.size -= n;
    return out;
  }
  // One whole message (a datagram or seqpacket record).
  takeMessage(peek) {
    const m = this.items[0];
    if (!peek) {
      this.items.shift();
      this.size -= m.length;
    }
    return m;
  }
  clear() {
    this.items = [];
    this.size = 0;
  }
}

export class Socket extends OpenFile {
  constructor(kernel, family, type, flags) {
    super(C('O_RDWR') | flags);
    this.kernel = kernel;
    this.family = family;
    this.type = type;
    this.ino = ++lastSocketIno;
    this.shut = 0;
    this.error = null; // pending error (errno name): SO_ERROR, POLLERR
    this.rcvTimeoMs = 0;
    this.sndTimeoMs = 0;
    this.opts = new Map(); // stored SOL_SOCKET/IPPROTO_* options, by "level:name"
    this.hostEvents = 0; // wake()s: the host socket's data, end, error, drain, connection
  }
  statKind() { return 'sock'; }
  inode() { return this.ino; }
  wake() {
    this.hostEvents++;
    this.kernel.scheduleWake();
  }
  // What wakes a Linux socket's waiters (edge-triggered epoll reports each): data queued for it
  // (by its socketpair peer or the host) and the host socket's events.
  arrivals() { return this.hostEvents + (this.rx ? this.rx.pushes : 0); }
  stream() { return this.type === C('SOCK_STREAM'); }
  // read()/write() of files.mjs: recv/send without flags or addresses.
  read(n) {
    const r = this.recv(n, false);
    return r === WOULD_BLOCK ? r : r.data;
  }
  write(bytes) { return this.send(bytes); }
  takeError() {
    const e = this.error;
    this.error = null;
    return e;
  }
  unread() { return 0; }
  localAddress() { return unspecifiedAddress(this.family); }
  peerAddress() { throw new SysError('ENOTCONN'); }
  bind() { throw new SysError('EINVAL'); }
  // A host socket's bind (TCP, UDP, AF_UNIX path) in progress: parks while this.state is
  // 'binding', then throws the host's error (this.bindError) once, else returns 0.
  bindWait() {
    const done = () => {
      if (this.state === 'binding') return BLOCKED;
      if (this.bindError) {
        const e = this.bindError;
        this.bindError = null;
        throw new SysError(e);
      }
      return 0;
    };
    const r = done();
    return r === BLOCKED ? new Blocked(done) : r;
  }
  // POLLRDHUP: the receive side is shut (the peer's SHUT_WR or close, the socket's own SHUT_RD).
  pollRdHup() { return false; }
  listen() { throw new SysError('EOPNOTSUPP'); }
  accept() { throw new SysError('EOPNOTSUPP'); }
  connect() { throw new SysError('EISCONN'); }
  setOption() {}
}
