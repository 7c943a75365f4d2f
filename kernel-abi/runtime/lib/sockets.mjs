// sockets.mjs — socket open file descriptions and the socket syscalls.
//
// Three kinds of socket, all OpenFiles (files.mjs), so read/write/readv/writev, poll/select,
// fcntl (O_NONBLOCK), dup, fork (the description is shared), execve (CLOEXEC), close and fstat
// (S_IFSOCK) work on them as on pipes:
//  - UnixSocket: socketpair(AF_UNIX) endpoints, entirely in the kernel. Each end has a receive
//    queue the other end writes into (STREAM: bytes; DGRAM/SEQPACKET: whole messages, a read
//    takes one message and truncates it, MSG_TRUNC). Shutdown state is Linux's: a bit for
//    receiving and one for sending, SHUT_WR on one end being SHUT_RD-like on the other, the
//    last close of one end shutting both directions of the other (stream and seqpacket).
//  - NetSocket: TCP over IPv4/IPv6, and AF_UNIX stream sockets bound to a path, through Node's
//    `net`, so a listening socket accepts connections from anything on the host, not only from
//    other processes of this runtime. An AF_UNIX path is resolved inside the root and the host
//    socket file is created there (an abstract name, sun_path[0] == 0, is passed on as is).
//    Node binds a TCP server only when it listens, and has no "bound, not listening" state.
//    Design: bind() starts the host listener at once (the syscall parks until Node reports
//    'listening' or an error), so bind reports EADDRINUSE/EACCES/EADDRNOTAVAIL as Linux does and
//    getsockname after bind gives the real (ephemeral) port; listen() then only marks the
//    socket listening (listen without bind binds the wildcard address, port 0, first).
//    Differences this leaves: connections that arrive between bind and listen are queued and
//    accepted after listen (Linux refuses them), the listen backlog is not enforced, and the
//    host listener always has SO_REUSEADDR (libuv sets it; Linux without it refuses a port
//    still in TIME_WAIT). A socket bound and then connected gives its address to Node's
//    connect (localAddress/localPort) instead of keeping the listener. AF_UNIX: closing a
//    listener removes its socket file (libuv unlinks it; Linux leaves it), a socket bound to a
//    path cannot then connect from that name, autobind (bind with an empty name) is EINVAL.
//    Incoming data is buffered up to RX_LIMIT bytes per socket, the host socket paused beyond
//    it (resumed when the program has read half of it); a write parks while Node's write buffer
//    holds TX_LIMIT bytes or more. Errors from the host (ECONNREFUSED, ECONNRESET, EPIPE) are
//    kept as the socket's pending error: SO_ERROR, POLLERR, the next send/recv.
//  - UdpSocket: UDP over IPv4/IPv6 through Node's `dgram` (see the class).
// A blocking call parks (blocking.mjs) and is retried when the kernel's state changes; every
// event of a host socket asks the kernel for such a wake-up. SO_RCVTIMEO/SO_SNDTIMEO bound the
// wait (EAGAIN). Ancillary data: SCM_RIGHTS passes descriptors between socketpair ends (the
// open files travel with the data; MSG_CMSG_CLOEXEC, MSG_CTRUNC); host AF_UNIX sockets cannot
// carry them (EOPNOTSUPP), TCP and UDP ignore ancillary data as Linux does. AF_UNIX datagram and
// seqpacket sockets exist only as socketpairs: socket(AF_UNIX, SOCK_DGRAM) fails with
// ESOCKTNOSUPPORT rather than returning a socket that cannot work.
import dgram from 'node:dgram';
import net from 'node:net';
import { E, anyConstant, anyMaybeConstant, decodeStruct, encodeStruct, layout } from './abi.mjs';
import fs from 'node:fs';
import { OpenFile, SysError, WOULD_BLOCK } from './files.mjs';
import { baseDir } from './syscalls-fs.mjs';
import { Blocked, BLOCKED } from './blocking.mjs';

const C = (n) => anyConstant(n);
// Linux values the ABI does not list (asm-generic/socket.h, linux/in6.h).
const SO_PROTOCOL = 38;
const SO_DOMAIN = 39;
const IPV6_V6ONLY = 26;
// TCP options (linux/tcp.h) kept as values: Linux's default and valid range of each. They are
// stored and reported; TCP_KEEPIDLE also sets Node's keep-alive delay, the others (TCP_CORK,
// TCP_KEEPINTVL, TCP_KEEPCNT, TCP_USER_TIMEOUT) have no effect. (The defaults of the keep-alive
// ones are the host's sysctls on Linux: these are Linux's own.)
const TCP_VALUES = new Map([
  [3, { def: 0 }], // TCP_CORK
  [4, { def: 7200, min: 1, max: 32767 }], // TCP_KEEPIDLE
  [5, { def: 75, min: 1, max: 32767 }], // TCP_KEEPINTVL
  [6, { def: 9, min: 1, max: 127 }], // TCP_KEEPCNT
  [18, { def: 0, min: 0 }], // TCP_USER_TIMEOUT
]);
const TCP_KEEPIDLE = 4;

export const UNIX_CAPACITY = 212992; // Linux's default socket buffer (net.core.wmem_default)
export const RX_LIMIT = 256 * 1024;
export const TX_LIMIT = 256 * 1024;
const RCV = 1;
const SEND = 2;

let lastSocketIno = 3n << 40n; // socket inode numbers, apart from the host's and the pipes'

// A byte or message queue.
class Queue {
  constructor() {
    this.items = [];
    this.size = 0;
  }
  push(bytes) {
    this.items.push(bytes);
    this.size += bytes.length;
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

class Socket extends OpenFile {
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
  }
  statKind() { return 'sock'; }
  inode() { return this.ino; }
  wake() { this.kernel.scheduleWake(); }
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
  listen() { throw new SysError('EOPNOTSUPP'); }
  accept() { throw new SysError('EOPNOTSUPP'); }
  connect() { throw new SysError('EISCONN'); }
  setOption() {}
}

// ---- AF_UNIX socketpair ---------------------------------------------------------------------

export class UnixSocket extends Socket {
  constructor(kernel, type, flags) {
    super(kernel, C('AF_UNIX'), type, flags);
    this.rx = new Queue();
    this.peer = null;
    this.peerGone = false;
  }
  static pair(kernel, type, flags) {
    const a = new UnixSocket(kernel, type, flags);
    const b = new UnixSocket(kernel, type, flags);
    a.peer = b;
    b.peer = a;
    return [a, b];
  }
  // Descriptors passed with SCM_RIGHTS travel on the chunk or message they were sent with
  // (`files`, each holding a reference while in flight) and come out with it: a stream read
  // stops after such a chunk, as Linux's does. MSG_PEEK leaves them queued.
  recv(n, peek) {
    if (this.rx.items.length > 0) {
      if (this.stream()) {
        let upTo = 0;
        let carrier = null;
        for (const item of this.rx.items) {
          upTo += item.length;
          if (item.files) {
            carrier = item;
            break;
          }
        }
        const files = carrier && !peek ? carrier.files : null;
        return { data: this.rx.takeBytes(Math.min(n, upTo), peek), files };
      }
      const m = this.rx.takeMessage(peek);
      return { data: m.subarray(0, n), full: m.length, files: peek ? null : m.files ?? null };
    }
    if (this.shut & RCV) return { data: new Uint8Array(0) };
    return WOULD_BLOCK;
  }
  // Stream: what fits in the peer's queue; messages: whole or not at all. `files`: open files
  // passed along (SCM_RIGHTS), referenced until the receiver takes or drops them.
  send(bytes, dest = null, files = null) {
    if (this.shut & SEND) throw new SysError('EPIPE');
    if (!this.peer || this.peerGone) throw new SysError(this.stream() ? 'EPIPE' : 'ECONNREFUSED');
    const q = this.peer.rx;
    if (this.stream()) {
      if (bytes.length === 0) return 0;
      const n = Math.min(UNIX_CAPACITY - q.size, bytes.length);
      if (n <= 0) return WOULD_BLOCK;
      q.push(carrying(Uint8Array.from(bytes.subarray(0, n)), files));
      return n;
    }
    if (bytes.length > UNIX_CAPACITY) throw new SysError('EMSGSIZE');
    if (q.size + bytes.length > UNIX_CAPACITY && q.items.length > 0) return WOULD_BLOCK;
    q.push(carrying(Uint8Array.from(bytes), files));
    return bytes.length;
  }
  shutdown(bits) {
    this.shut |= bits;
    if (this.peer && !this.peerGone && this.type !== C('SOCK_DGRAM')) {
      this.peer.shut |= (bits & RCV ? SEND : 0) | (bits & SEND ? RCV : 0);
    }
  }
  unread() {
    if (this.stream()) return this.rx.size;
    return this.rx.items.length > 0 ? this.rx.items[0].length : 0;
  }
  pollIn() { return this.rx.items.length > 0 || (this.shut & RCV) !== 0; }
  pollOut() {
    if (this.peerGone || !this.peer || (this.shut & SEND)) return true;
    return this.peer.rx.size <= UNIX_CAPACITY / 2;
  }
  pollHup() { return this.shut === (RCV | SEND); }
  peerAddress() {
    if (!this.peer) throw new SysError('ENOTCONN');
    return unspecifiedAddress(this.family);
  }
  // A connected pair end cannot listen or accept: EINVAL for stream and seqpacket (not
  // listening, no name), EOPNOTSUPP for datagrams, as Linux.
  listen() { throw new SysError(this.type === C('SOCK_DGRAM') ? 'EOPNOTSUPP' : 'EINVAL'); }
  accept() { throw new SysError(this.type === C('SOCK_DGRAM') ? 'EOPNOTSUPP' : 'EINVAL'); }
  release() {
    for (const item of this.rx.items) if (item.files) dropFiles(item.files);
    this.rx.clear();
    if (this.peer && !this.peerGone) {
      this.peer.peerGone = true;
      if (this.type !== C('SOCK_DGRAM')) this.peer.shut = RCV | SEND;
      this.wake();
    }
  }
}

function carrying(chunk, files) {
  if (files && files.length > 0) {
    for (const f of files) f.refs++;
    chunk.files = files;
  }
  return chunk;
}

// Drops the in-flight references of passed files (closing those nobody else holds).
function dropFiles(files) {
  for (const f of files) if (--f.refs === 0) f.release();
}

// ---- TCP (AF_INET, AF_INET6) ------------------------------------------------------------

export class NetSocket extends Socket {
  constructor(kernel, family, flags) {
    super(kernel, family, C('SOCK_STREAM'), flags);
    this.state = 'init'; // binding, bound, listening, connecting, connected, failed
    this.server = null;
    this.pending = []; // accepted connections (NetSockets), oldest first
    this.sock = null;
    this.rx = new Queue();
    this.eof = false;
    this.broken = false; // an error was reported: later sends fail with EPIPE
    this.v6only = false;
    this.noDelay = false;
    this.keepAlive = false;
    this.lingerZero = false;
    this.unreported = false; // a nonblocking connect no connect() call has reported the end of
    this.localName = null; // AF_UNIX: the sockaddr bound (getsockname), also for accepted sockets
    this.peerName = null; // AF_UNIX: the sockaddr connected to (getpeername)
  }

  // A connected host socket: buffer what arrives, wake the kernel on every change.
  attach(sock) {
    this.sock = sock;
    this.state = 'connected';
    sock.on('data', (chunk) => {
      if (this.released) return;
      this.rx.push(chunk);
      if (this.rx.size >= RX_LIMIT) sock.pause();
      this.wake();
    });
    sock.on('end', () => {
      this.eof = true;
      this.wake();
    });
    sock.on('error', (e) => {
      if (!this.released) this.error = hostErrno(e);
      this.wake();
    });
    sock.on('close', () => this.wake());
    sock.on('drain', () => this.wake());
  }

  applyOptions(sock) {
    if (this.noDelay) sock.setNoDelay(true);
    if (this.keepAlive) sock.setKeepAlive(true);
  }

  bind(addr) {
    if (this.state === 'binding') return this.bindWait();
    if (this.state !== 'init') throw new SysError('EINVAL');
    this.startListener(addr);
    return this.bindWait();
  }

  // addr: {host, port}, or {path, name} for AF_UNIX (the host path, the sockaddr to report).
  startListener(addr) {
    this.state = 'binding';
    if (addr.name) this.localName = addr.name;
    const server = net.createServer({ allowHalfOpen: true });
    this.server = server;
    server.on('connection', (sock) => {
      if (this.server !== server) return sock.destroy();
      const s = new NetSocket(this.kernel, this.family, 0);
      s.localName = this.localName;
      s.attach(sock);
      s.applyOptions(sock);
      this.pending.push(s);
      this.wake();
    });
    server.once('listening', () => {
      if (this.state === 'binding') this.state = 'bound';
      this.wake();
    });
    server.on('error', (e) => {
      if (this.state === 'binding') {
        this.state = 'init';
        this.server = null;
        this.localName = null;
        this.bindError = hostErrno(e);
      }
      this.wake();
    });
    if (addr.path !== undefined) server.listen({ path: addr.path, backlog: 511 });
    else server.listen({ host: addr.host, port: addr.port, ipv6Only: this.v6only, backlog: 511 });
  }

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

  listen() {
    if (this.state === 'listening') return 0;
    if (this.state === 'bound') {
      this.state = 'listening';
      return 0;
    }
    if (this.state === 'init' && this.family === C('AF_UNIX')) throw new SysError('EINVAL');
    if (this.state === 'init') {
      // Linux binds an unbound socket to the wildcard address and an ephemeral port.
      this.startListener({ host: this.family === C('AF_INET6') ? '::' : '0.0.0.0', port: 0 });
      const r = this.bindWait();
      const listening = () => {
        this.state = 'listening';
        return 0;
      };
      if (r instanceof Blocked) return new Blocked(() => (r.retry() === BLOCKED ? BLOCKED : listening()));
      return listening();
    }
    throw new SysError('EINVAL');
  }

  accept() {
    if (this.state !== 'listening') throw new SysError('EINVAL');
    return this.pending.length > 0 ? this.pending.shift() : WOULD_BLOCK;
  }

  // Starts the connection; the caller waits for connectDone() (or gets EINPROGRESS).
  connect(addr) {
    if (this.state === 'connecting') throw new SysError('EALREADY');
    // The first connect after a nonblocking one completed reports how it ended, as Linux's
    // (0, or the error: ECONNABORTED when SO_ERROR took it already).
    if (this.unreported && this.state === 'connected') {
      this.unreported = false;
      return 0;
    }
    if (this.unreported && this.state === 'failed') {
      this.unreported = false;
      this.state = 'init';
      throw new SysError(this.takeError() ?? 'ECONNABORTED');
    }
    if (this.state === 'connected' || this.state === 'listening') throw new SysError('EISCONN');
    if (this.state === 'binding') throw new SysError('EALREADY');
    const options = addr.path !== undefined ? { path: addr.path } : { host: addr.host, port: addr.port };
    this.peerName = addr.name ?? null;
    if (this.state === 'bound' && this.server && this.family !== C('AF_UNIX')) {
      const a = this.server.address();
      options.localAddress = a.address;
      options.localPort = a.port;
      this.server.close();
      this.server = null;
    }
    this.state = 'connecting';
    this.error = null;
    const sock = new net.Socket({ allowHalfOpen: true });
    this.sock = sock;
    sock.once('connect', () => {
      if (this.sock !== sock) return;
      this.attach(sock);
      this.applyOptions(sock);
      this.wake();
    });
    sock.once('error', (e) => {
      if (this.sock !== sock || this.state !== 'connecting') return;
      this.state = 'failed';
      this.sock = null;
      this.error = hostErrno(e);
      this.wake();
    });
    sock.connect(options);
  }

  connectDone() {
    if (this.state === 'connecting') return BLOCKED;
    if (this.state === 'failed') {
      const e = this.takeError() ?? 'ECONNREFUSED';
      throw new SysError(e);
    }
    return 0;
  }

  recv(n, peek) {
    if (this.state === 'listening' || this.state === 'init' || this.state === 'bound' || this.state === 'binding') {
      throw new SysError('ENOTCONN');
    }
    if (this.rx.size > 0) {
      const data = this.rx.takeBytes(n, peek);
      if (this.sock && this.sock.isPaused() && this.rx.size < RX_LIMIT / 2) this.sock.resume();
      return { data };
    }
    if (this.error && !this.broken) {
      this.broken = true;
      throw new SysError(this.takeError());
    }
    if (this.eof || this.broken || this.state === 'failed' || (this.shut & RCV)) return { data: new Uint8Array(0) };
    return WOULD_BLOCK;
  }

  send(bytes) {
    if (this.state === 'connecting') return WOULD_BLOCK;
    if (this.state !== 'connected' || (this.shut & SEND)) throw new SysError('EPIPE');
    if (this.error && !this.broken) {
      this.broken = true;
      throw new SysError(this.takeError());
    }
    if (this.broken || this.sock.destroyed) throw new SysError('EPIPE');
    if (this.sock.writableLength >= TX_LIMIT) return WOULD_BLOCK;
    if (bytes.length === 0) return 0;
    this.sock.write(Buffer.from(bytes));
    return bytes.length;
  }

  shutdown(bits) {
    if (this.state !== 'connected') throw new SysError('ENOTCONN');
    if ((bits & SEND) && !(this.shut & SEND)) this.sock.end();
    this.shut |= bits;
  }

  unread() { return this.rx.size; }

  pollIn() {
    if (this.state === 'listening') return this.pending.length > 0;
    if (this.state !== 'connected' && this.state !== 'failed') return false;
    return this.rx.size > 0 || this.eof || this.error !== null || this.broken || this.state === 'failed' || (this.shut & RCV) !== 0;
  }
  // A socket neither connected nor listening (closed, in Linux's terms) polls as POLLOUT|POLLHUP.
  unconnected() { return this.state === 'init' || this.state === 'binding' || this.state === 'bound'; }
  pollOut() {
    if (this.state === 'failed' || this.broken || this.error !== null || this.unconnected()) return true;
    if (this.state !== 'connected') return false;
    if (this.shut & SEND) return true;
    return this.sock.writableLength < TX_LIMIT;
  }
  pollHup() {
    if (this.state === 'failed' || this.broken || this.unconnected()) return true;
    if (this.state !== 'connected') return false;
    return (this.eof || (this.shut & RCV) !== 0) && (this.shut & SEND) !== 0;
  }
  pollErr() { return this.error !== null; }

  localAddress() {
    if (this.family === C('AF_UNIX')) return this.localName ?? unspecifiedAddress(this.family);
    if (this.server) {
      const a = this.server.address();
      if (a) return encodeAddress(this.family, a.address, a.port);
    }
    if (this.sock && this.sock.localAddress) return encodeAddress(this.family, this.sock.localAddress, this.sock.localPort);
    return unspecifiedAddress(this.family);
  }
  peerAddress() {
    if (this.family === C('AF_UNIX') && this.state === 'connected') return this.peerName ?? unspecifiedAddress(this.family);
    if (this.state !== 'connected' || !this.sock || this.sock.remoteAddress === undefined) throw new SysError('ENOTCONN');
    return encodeAddress(this.family, this.sock.remoteAddress, this.sock.remotePort);
  }

  release() {
    this.released = true;
    if (this.server) this.server.close();
    this.server = null;
    for (const s of this.pending) s.release();
    this.pending = [];
    const sock = this.sock;
    this.sock = null;
    if (!sock) return;
    // Unread data or SO_LINGER {1, 0}: a reset, as Linux sends; otherwise an orderly close
    // after what was written is sent.
    if (this.state === 'connected' && (this.rx.size > 0 || this.lingerZero) && sock.resetAndDestroy) sock.resetAndDestroy();
    else if (this.state === 'connected') {
      sock.resume();
      sock.destroySoon();
    } else sock.destroy();
    this.rx.clear();
  }
}

// ---- UDP (AF_INET, AF_INET6 SOCK_DGRAM) ------------------------------------------------------

// A UDP socket through Node's `dgram`. bind parks until the host socket is bound; a send
// before any bind binds the wildcard address and an ephemeral port (Node does so itself), as
// does connect, which only records the peer here: sends without an address go there and
// datagrams from elsewhere are dropped, as on Linux (Node's own connect is not used, it would
// refuse sendto with an address afterwards). Received datagrams queue up to UNIX_CAPACITY
// bytes; beyond that they are dropped, as a full receive buffer drops them. Sends are
// asynchronous on the host: an error Node reports afterwards (EMSGSIZE...) becomes the
// socket's pending error (SO_ERROR), not the result of the send.
export class UdpSocket extends Socket {
  constructor(kernel, family, flags) {
    super(kernel, family, C('SOCK_DGRAM'), flags);
    this.dg = null;
    this.state = 'init'; // binding, bound
    this.bindError = null;
    this.peer = null; // {host, port} after connect
    this.rx = new Queue();
    this.v6only = false;
    this.broadcast = false;
  }

  host() {
    if (this.dg) return this.dg;
    const dg = dgram.createSocket({ type: this.family === C('AF_INET6') ? 'udp6' : 'udp4', ipv6Only: this.v6only, reuseAddr: !!this.opts.get(`${C('SOL_SOCKET')}:${C('SO_REUSEADDR')}`) });
    this.dg = dg;
    dg.on('message', (msg, rinfo) => {
      if (this.released) return;
      if (this.peer && !(sameHost(rinfo.address, this.peer.host) && rinfo.port === this.peer.port)) return;
      if (this.rx.size + msg.length > UNIX_CAPACITY) return;
      const item = Uint8Array.from(msg);
      item.from = encodeAddress(this.family, rinfo.address, rinfo.port);
      this.rx.push(item);
      this.wake();
    });
    dg.on('listening', () => {
      if (this.state !== 'bound') this.state = 'bound';
      if (this.broadcast) dg.setBroadcast(true);
      this.wake();
    });
    dg.on('error', (e) => {
      if (this.state === 'binding') {
        this.state = 'init';
        this.bindError = hostErrno(e);
        this.dg = null;
        dg.close();
      } else this.error = hostErrno(e);
      this.wake();
    });
    return dg;
  }

  bind(addr) {
    if (this.state === 'binding') return this.bindWait();
    if (this.state !== 'init') throw new SysError('EINVAL');
    this.state = 'binding';
    this.host().bind({ address: addr.host, port: addr.port, exclusive: true });
    return this.bindWait();
  }

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

  wildcard() {
    return { host: this.family === C('AF_INET6') ? '::' : '0.0.0.0', port: 0 };
  }

  // Records the peer (AF_UNSPEC dissolves the association), binding first when unbound.
  connect(addr) {
    if (addr === null) {
      this.peer = null;
      return 0;
    }
    this.peer = addr;
    this.rx.items = this.rx.items.filter((m) => {
      const keep = sameSockaddr(m.from, this.family, addr);
      if (!keep) this.rx.size -= m.length;
      return keep;
    });
    return this.state === 'init' ? this.bind(this.wildcard()) : this.bindWait();
  }

  recv(n, peek) {
    if (this.rx.items.length > 0) {
      const m = this.rx.takeMessage(peek);
      return { data: m.subarray(0, n), full: m.length, from: m.from };
    }
    if (this.shut & RCV) return { data: new Uint8Array(0) };
    return WOULD_BLOCK;
  }

  send(bytes, dest = null) {
    if (this.shut & SEND) throw new SysError('EPIPE');
    const to = dest ?? this.peer;
    if (!to) throw new SysError('EDESTADDRREQ');
    const max = this.family === C('AF_INET6') ? 65527 : 65507;
    if (bytes.length > max) throw new SysError('EMSGSIZE');
    this.host().send(Buffer.from(bytes), to.port, to.host, (e) => {
      if (e) {
        this.error = hostErrno(e);
        this.wake();
      }
    });
    return bytes.length;
  }

  shutdown(bits) {
    if (!this.peer) throw new SysError('ENOTCONN');
    this.shut |= bits;
    this.wake();
  }

  unread() { return this.rx.items.length > 0 ? this.rx.items[0].length : 0; }
  pollIn() { return this.rx.items.length > 0 || (this.shut & RCV) !== 0 || this.error !== null; }
  pollOut() { return true; }
  pollErr() { return this.error !== null; }

  localAddress() {
    if (this.dg && this.state === 'bound') {
      const a = this.dg.address();
      return encodeAddress(this.family, a.address, a.port);
    }
    return unspecifiedAddress(this.family);
  }
  peerAddress() {
    if (!this.peer) throw new SysError('ENOTCONN');
    return encodeAddress(this.family, this.peer.host, this.peer.port);
  }
  release() {
    this.released = true;
    if (this.dg) {
      try {
        this.dg.close();
      } catch {
        // never bound: nothing to close
      }
    }
    this.dg = null;
    this.rx.clear();
  }
}

function sameHost(a, b) {
  const strip = (x) => (x.startsWith('::ffff:') ? x.slice(7) : x);
  if (net.isIPv6(strip(a)) && net.isIPv6(strip(b))) return ipv6Text(ipv6Bytes(a)) === ipv6Text(ipv6Bytes(b));
  return strip(a) === strip(b);
}

function sameSockaddr(bytes, family, { host, port }) {
  return Buffer.from(bytes).equals(Buffer.from(encodeAddress(family, host, port)));
}

// ---- addresses ---------------------------------------------------------------------------------

function hostErrno(e) {
  const code = e && e.code;
  return typeof code === 'string' && /^E[A-Z0-9]+$/.test(code) ? code : 'EIO';
}

function unspecifiedAddress(family) {
  if (family === C('AF_INET6')) return encodeAddress(family, '::', 0);
  if (family === C('AF_INET')) return encodeAddress(family, '0.0.0.0', 0);
  const out = new Uint8Array(2);
  new DataView(out.buffer).setUint16(0, family, true);
  return out;
}

function ipv4Bytes(s) {
  return s.split('.').map((x) => Number(x));
}

function ipv6Bytes(s) {
  let text = s.replace(/%.*$/, '');
  const out = new Uint8Array(16);
  let tail = [];
  const v4 = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (v4) {
    tail = ipv4Bytes(v4[1]);
    text = text.slice(0, -v4[1].length);
    if (text.endsWith(':') && !text.endsWith('::')) text = text.slice(0, -1);
  }
  const [head, rest] = text.includes('::') ? text.split('::') : [text, null];
  const words = (t) => (t ? t.split(':').filter((w) => w !== '').map((w) => parseInt(w, 16)) : []);
  const hw = words(head);
  const rw = rest === null ? [] : words(rest);
  const total = 8 - tail.length / 2;
  const all = rest === null ? hw : [...hw, ...new Array(total - hw.length - rw.length).fill(0), ...rw];
  all.forEach((w, i) => {
    out[2 * i] = w >> 8;
    out[2 * i + 1] = w & 0xff;
  });
  out.set(tail, 16 - tail.length);
  return out;
}

function ipv6Text(b) {
  const words = [];
  for (let i = 0; i < 16; i += 2) words.push(((b[i] << 8) | b[i + 1]).toString(16));
  return words.join(':');
}

// A host address (as Node reports it) as the socket family's sockaddr.
export function encodeAddress(family, address, port) {
  if (family === C('AF_INET')) {
    const out = new Uint8Array(16);
    const dv = new DataView(out.buffer);
    dv.setUint16(0, family, true);
    dv.setUint16(2, port, false);
    const v4 = address.startsWith('::ffff:') ? address.slice(7) : address;
    out.set(net.isIPv4(v4) ? ipv4Bytes(v4) : [0, 0, 0, 0], 4);
    return out;
  }
  const out = new Uint8Array(28);
  const dv = new DataView(out.buffer);
  dv.setUint16(0, family, true);
  dv.setUint16(2, port, false);
  out.set(net.isIPv4(address) ? ipv6Bytes(`::ffff:${address}`) : ipv6Bytes(address), 8);
  return out;
}

// A sockaddr from the program: {host, port} for Node; EINVAL when too short, EAFNOSUPPORT
// when of another family (as Linux checks bind/connect).
export function decodeAddress(family, bytes, len) {
  if (!bytes || len < 2) throw new SysError('EINVAL');
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.length);
  const given = dv.getUint16(0, true);
  if (family === C('AF_INET')) {
    if (len < 16) throw new SysError('EINVAL');
    if (given !== family) throw new SysError('EAFNOSUPPORT');
    return { host: Array.from(bytes.subarray(4, 8)).join('.'), port: dv.getUint16(2, false) };
  }
  if (len < 24) throw new SysError('EINVAL');
  if (given !== family) throw new SysError('EAFNOSUPPORT');
  return { host: ipv6Text(bytes.subarray(8, 24)), port: dv.getUint16(2, false) };
}

// An AF_UNIX sockaddr from the program: {path, name}, `path` the host path (or the abstract
// name, starting with NUL, which Node passes on), `name` the sockaddr getsockname/getpeername
// report. A path is resolved inside the root: for bind its directory must exist and the name
// must not (EADDRINUSE), for connect it must exist (ENOENT) and be a socket (ECONNREFUSED).
function unixAddress(k, proc, bytes, len, forBind) {
  if (!bytes || len < 2 || len > 110) throw new SysError('EINVAL');
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.length);
  if (dv.getUint16(0, true) !== C('AF_UNIX')) throw new SysError('EINVAL');
  const raw = bytes.subarray(2, len);
  if (raw.length === 0) throw new SysError('EINVAL'); // autobind (an abstract name) is not implemented
  if (raw[0] === 0) {
    const text = Buffer.from(raw).toString('latin1');
    return { path: text, name: Uint8Array.from(bytes.subarray(0, len)) };
  }
  const end = raw.indexOf(0);
  const text = Buffer.from(end < 0 ? raw : raw.subarray(0, end)).toString('utf8');
  const name = new Uint8Array(2 + Buffer.byteLength(text) + 1);
  name.set(bytes.subarray(0, 2), 0);
  name.set(Buffer.from(text), 2);
  const base = baseDir(k, proc, C('AT_FDCWD'), text);
  if (forBind) {
    const p = k.vfs.resolveParent(text, base);
    if (p.virtualNode) throw new SysError('EADDRINUSE');
    if (p.host === null) throw new SysError('EACCES');
    if (fs.existsSync(p.host) || isLink(p.host)) throw new SysError('EADDRINUSE');
    return { path: p.host, name };
  }
  const r = k.vfs.resolve(text, base);
  if (!r.host || !r.stat.isSocket()) throw new SysError('ECONNREFUSED');
  return { path: r.host, name };
}

function isLink(host) {
  try {
    return fs.lstatSync(host).isSymbolicLink();
  } catch {
    return false;
  }
}

function addressOf(k, proc, s, bytes, len, forBind) {
  if (s.family === C('AF_UNIX')) return unixAddress(k, proc, bytes, len, forBind);
  return decodeAddress(s.family, bytes, len);
}

// ---- syscalls ------------------------------------------------------------------------------------

function socketOf(proc, fd) {
  const f = proc.file(fd);
  if (!(f instanceof Socket)) throw new SysError('ENOTSOCK');
  return f;
}

// The base type and the descriptor flags of socket()'s type argument.
function splitType(type) {
  const extra = C('SOCK_NONBLOCK') | C('SOCK_CLOEXEC');
  const base = type & ~extra;
  if (base < 0 || base > 10) throw new SysError('EINVAL'); // Linux's SOCK_MAX is 11
  return { base, status: type & C('SOCK_NONBLOCK') ? C('O_NONBLOCK') : 0, cloexec: (type & C('SOCK_CLOEXEC')) !== 0 };
}

// Which sockets exist, with Linux's errors for the others: an unknown family EAFNOSUPPORT; for
// AF_UNIX a protocol other than 0 EPROTONOSUPPORT, a type other than stream, datagram and
// seqpacket ESOCKTNOSUPPORT (SOCK_RAW is taken as SOCK_DGRAM, as Linux does); for
// AF_INET/AF_INET6 a protocol that is not the type's EPROTONOSUPPORT, other types (raw,
// seqpacket) ESOCKTNOSUPPORT. Not implemented here (Linux has them): raw sockets (Linux gives
// EPERM unprivileged) and AF_UNIX datagram/seqpacket sockets outside socketpair (ESOCKTNOSUPPORT).
function checkKind(domain, base, protocol, forPair) {
  if (domain === C('AF_UNIX')) {
    if (protocol !== 0 && protocol !== C('AF_UNIX')) throw new SysError('EPROTONOSUPPORT');
    if (![C('SOCK_STREAM'), C('SOCK_DGRAM'), C('SOCK_SEQPACKET'), C('SOCK_RAW')].includes(base)) throw new SysError('ESOCKTNOSUPPORT');
    if (!forPair && base !== C('SOCK_STREAM')) throw new SysError('ESOCKTNOSUPPORT');
    return;
  }
  if (domain === C('AF_INET') || domain === C('AF_INET6')) {
    if (forPair) throw new SysError('EOPNOTSUPP');
    if (base === C('SOCK_STREAM')) {
      if (protocol !== 0 && protocol !== C('IPPROTO_TCP')) throw new SysError('EPROTONOSUPPORT');
      return;
    }
    if (base === C('SOCK_DGRAM')) {
      if (protocol !== 0 && protocol !== C('IPPROTO_UDP')) throw new SysError('EPROTONOSUPPORT');
      return;
    }
    throw new SysError('ESOCKTNOSUPPORT');
  }
  throw new SysError('EAFNOSUPPORT');
}

function socket(k, proc, [domain, type, protocol]) {
  const { base, status, cloexec } = splitType(type);
  checkKind(domain, base, protocol, false);
  const s = base === C('SOCK_DGRAM') ? new UdpSocket(k, domain, status) : new NetSocket(k, domain, status);
  return proc.install(s, { cloexec });
}

function socketpair(k, proc, [domain, type, protocol]) {
  const { base, status, cloexec } = splitType(type);
  checkKind(domain, base, protocol, true);
  const [a, b] = UnixSocket.pair(k, base === C('SOCK_RAW') ? C('SOCK_DGRAM') : base, status);
  const fa = proc.install(a, { cloexec });
  const fb = proc.install(b, { cloexec });
  const out = new Uint8Array(8);
  const dv = new DataView(out.buffer);
  dv.setInt32(0, fa, true);
  dv.setInt32(4, fb, true);
  return { ret: 0, outs: [out] };
}

function bind(k, proc, [fd, , len], [addr]) {
  const s = socketOf(proc, fd);
  if (!(s instanceof NetSocket || s instanceof UdpSocket)) throw new SysError('EINVAL');
  if (s.state === 'binding') return s.bindWait();
  return s.bind(addressOf(k, proc, s, addr, len, true));
}

function listen(k, proc, [fd]) {
  return socketOf(proc, fd).listen();
}

// Waits (unless nonblocking) for `attempt` to give something other than WOULD_BLOCK, within
// the socket's timeout (EAGAIN when it passes).
function park(s, attempt, { nonblock = false, timeoutMs = 0, partial = () => null, restartable = true } = {}) {
  const r = attempt();
  if (r !== WOULD_BLOCK) return r;
  if (nonblock || (s.flags & C('O_NONBLOCK'))) throw new SysError('EAGAIN');
  return new Blocked(() => {
    const again = attempt();
    return again === WOULD_BLOCK ? BLOCKED : again;
  }, {
    deadline: timeoutMs > 0 ? performance.now() + timeoutMs : null,
    // Through the Blocked's own partial(), which callers may wrap (recvfrom, sendfile).
    onTimeout() {
      return this.partial() ?? -E.EAGAIN;
    },
    partial,
    restartable,
  });
}

function accept4(k, proc, [fd, , , flags]) {
  if (flags & ~(C('SOCK_NONBLOCK') | C('SOCK_CLOEXEC'))) throw new SysError('EINVAL');
  const s = socketOf(proc, fd);
  return park(s, () => {
    const c = s.accept();
    if (c === WOULD_BLOCK) return c;
    if (flags & C('SOCK_NONBLOCK')) c.flags |= C('O_NONBLOCK');
    const nfd = proc.install(c, { cloexec: (flags & C('SOCK_CLOEXEC')) !== 0 });
    const addr = safePeer(c);
    return { ret: nfd, outs: [addr, lenBytes(addr.length)] };
  }, { timeoutMs: s.rcvTimeoMs });
}

function safePeer(c) {
  try {
    return c.peerAddress();
  } catch {
    return unspecifiedAddress(c.family);
  }
}

function lenBytes(n) {
  const out = new Uint8Array(4);
  new DataView(out.buffer).setUint32(0, n, true);
  return out;
}

function connect(k, proc, [fd, , len], [addr]) {
  const s = socketOf(proc, fd);
  if (s instanceof UdpSocket) {
    const family = addr && len >= 2 ? new DataView(addr.buffer, addr.byteOffset).getUint16(0, true) : -1;
    return s.connect(family === C('AF_UNSPEC') ? null : decodeAddress(s.family, addr, len));
  }
  if (!(s instanceof NetSocket)) throw new SysError('EISCONN');
  if (s.connect(addressOf(k, proc, s, addr, len, false)) === 0) return 0;
  if (s.flags & C('O_NONBLOCK')) {
    s.unreported = true;
    throw new SysError('EINPROGRESS');
  }
  const done = () => s.connectDone();
  const r = done();
  return r === BLOCKED ? new Blocked(done, { restartable: false }) : r;
}

function getsockname(k, proc, [fd]) {
  const a = socketOf(proc, fd).localAddress();
  return { ret: 0, outs: [a, lenBytes(a.length)] };
}

function getpeername(k, proc, [fd]) {
  const a = socketOf(proc, fd).peerAddress();
  return { ret: 0, outs: [a, lenBytes(a.length)] };
}

function shutdown(k, proc, [fd, how]) {
  const s = socketOf(proc, fd);
  const bits = { [C('SHUT_RD')]: RCV, [C('SHUT_WR')]: SEND, [C('SHUT_RDWR')]: RCV | SEND }[how];
  if (bits === undefined) throw new SysError('EINVAL');
  s.shutdown(bits);
  return 0;
}

// ---- options ---------------------------------------------------------------------------------------

const intOf = (bytes) => new DataView(bytes.buffer, bytes.byteOffset, bytes.length).getInt32(0, true);

function timeoutMs(arch, bytes) {
  const v = decodeStruct('timeval', arch, bytes, ['tv_sec', 'tv_usec']);
  const ms = Number(v.tv_sec) * 1000 + Number(v.tv_usec) / 1000;
  return ms > 0 ? Math.max(1, ms) : 0;
}

function isOption(level, name, ...names) {
  return names.some((n) => anyMaybeConstant(n) === name);
}

function setsockopt(k, proc, [fd, level, name, , optlen], [optval]) {
  const s = socketOf(proc, fd);
  const bytes = optval ?? new Uint8Array(0);
  if (level === C('SOL_SOCKET') && isOption(level, name, 'SO_RCVTIMEO', 'SO_RCVTIMEO_NEW', 'SO_SNDTIMEO', 'SO_SNDTIMEO_NEW')) {
    if (optlen < 16) throw new SysError('EINVAL');
    const ms = timeoutMs(proc.arch, bytes);
    if (isOption(level, name, 'SO_RCVTIMEO', 'SO_RCVTIMEO_NEW')) s.rcvTimeoMs = ms;
    else s.sndTimeoMs = ms;
    return 0;
  }
  if (level === C('SOL_SOCKET') && name === C('SO_LINGER')) {
    if (optlen < 8) throw new SysError('EINVAL');
    const dv = new DataView(bytes.buffer, bytes.byteOffset, 8);
    s.lingerZero = dv.getInt32(0, true) !== 0 && dv.getInt32(4, true) === 0;
    s.opts.set(`${level}:${name}`, Uint8Array.from(bytes.subarray(0, 8)));
    return 0;
  }
  if (optlen < 4) throw new SysError('EINVAL');
  const v = intOf(bytes);
  const known = knownIntOption(s, level, name);
  if (!known) throw new SysError('ENOPROTOOPT');
  if (known === 'readonly') throw new SysError('ENOPROTOOPT');
  if (level === C('SOL_SOCKET') && (name === C('SO_RCVBUF') || name === C('SO_SNDBUF'))) {
    // Linux doubles the value (bookkeeping overhead) and keeps a minimum.
    s.opts.set(`${level}:${name}`, Math.max(name === C('SO_RCVBUF') ? 2304 : 4608, Math.min(v, 212992) * 2));
    return 0;
  }
  const tcpValue = level === C('IPPROTO_TCP') ? TCP_VALUES.get(name) : undefined;
  if (tcpValue) {
    if ((tcpValue.min !== undefined && v < tcpValue.min) || (tcpValue.max !== undefined && v > tcpValue.max)) throw new SysError('EINVAL');
    s.opts.set(`${level}:${name}`, name === 3 ? (v !== 0 ? 1 : 0) : v);
    if (name === TCP_KEEPIDLE && s.keepAlive && s.sock && s.state === 'connected') s.sock.setKeepAlive(true, v * 1000);
    return 0;
  }
  // SO_RCVLOWAT keeps its value (0 counts as 1, as on Linux), the others are flags.
  if (level === C('SOL_SOCKET') && name === C('SO_RCVLOWAT')) s.opts.set(`${level}:${name}`, Math.max(1, v));
  else s.opts.set(`${level}:${name}`, v !== 0 ? 1 : 0);
  if (s instanceof NetSocket) {
    if (level === C('IPPROTO_TCP') && name === C('TCP_NODELAY')) {
      s.noDelay = v !== 0;
      if (s.sock && s.state === 'connected') s.sock.setNoDelay(s.noDelay);
    }
    if (level === C('SOL_SOCKET') && name === C('SO_KEEPALIVE')) {
      s.keepAlive = v !== 0;
      if (s.sock && s.state === 'connected') s.sock.setKeepAlive(s.keepAlive);
    }
    if (level === C('IPPROTO_IPV6') && name === IPV6_V6ONLY) s.v6only = v !== 0;
  }
  if (s instanceof UdpSocket) {
    if (level === C('IPPROTO_IPV6') && name === IPV6_V6ONLY) s.v6only = v !== 0;
    if (level === C('SOL_SOCKET') && name === C('SO_BROADCAST')) {
      s.broadcast = v !== 0;
      if (s.dg && s.state === 'bound') s.dg.setBroadcast(s.broadcast);
    }
  }
  return 0;
}

// 'rw' for options stored and reported, 'readonly' for those only getsockopt knows, null else.
function knownIntOption(s, level, name) {
  if (level === C('SOL_SOCKET')) {
    if (['SO_REUSEADDR', 'SO_REUSEPORT', 'SO_KEEPALIVE', 'SO_RCVBUF', 'SO_SNDBUF', 'SO_BROADCAST', 'SO_OOBINLINE', 'SO_DONTROUTE', 'SO_RCVLOWAT', 'SO_DEBUG'].some((n) => C(n) === name)) return 'rw';
    // SO_SNDLOWAT cannot be changed on Linux (ENOPROTOOPT), it reads as 1.
    if ([C('SO_TYPE'), C('SO_ERROR'), C('SO_ACCEPTCONN'), C('SO_SNDLOWAT'), SO_DOMAIN, SO_PROTOCOL].includes(name)) return 'readonly';
    return null;
  }
  if (s instanceof NetSocket && s.family !== C('AF_UNIX') && level === C('IPPROTO_TCP') && (name === C('TCP_NODELAY') || TCP_VALUES.has(name))) return 'rw';
  if ((s instanceof NetSocket || s instanceof UdpSocket) && s.family === C('AF_INET6') && level === C('IPPROTO_IPV6') && name === IPV6_V6ONLY) return 'rw';
  return null;
}

function getsockopt(k, proc, [fd, level, name], [optlenIn]) {
  const s = socketOf(proc, fd);
  const room = optlenIn ? intOf(optlenIn) : 0;
  if (room < 0) throw new SysError('EINVAL');
  let out;
  const key = `${level}:${name}`;
  if (level === C('SOL_SOCKET') && isOption(level, name, 'SO_RCVTIMEO', 'SO_RCVTIMEO_NEW', 'SO_SNDTIMEO', 'SO_SNDTIMEO_NEW')) {
    const ms = isOption(level, name, 'SO_RCVTIMEO', 'SO_RCVTIMEO_NEW') ? s.rcvTimeoMs : s.sndTimeoMs;
    const us = BigInt(Math.round(ms * 1000));
    out = encodeStruct('timeval', proc.arch, { tv_sec: us / 1000000n, tv_usec: us % 1000000n });
  } else if (level === C('SOL_SOCKET') && name === C('SO_LINGER')) {
    out = s.opts.get(key) ?? new Uint8Array(8);
  } else {
    const known = knownIntOption(s, level, name);
    if (!known) throw new SysError('ENOPROTOOPT');
    let v;
    if (level === C('SOL_SOCKET') && name === C('SO_TYPE')) v = s.type;
    else if (name === SO_DOMAIN && level === C('SOL_SOCKET')) v = s.family;
    else if (name === SO_PROTOCOL && level === C('SOL_SOCKET')) v = s instanceof NetSocket && s.family !== C('AF_UNIX') ? C('IPPROTO_TCP') : s instanceof UdpSocket ? C('IPPROTO_UDP') : 0;
    else if (level === C('SOL_SOCKET') && name === C('SO_ACCEPTCONN')) v = s.state === 'listening' ? 1 : 0;
    else if (level === C('SOL_SOCKET') && name === C('SO_ERROR')) {
      const e = s.takeError();
      if (e && s instanceof NetSocket && s.state !== 'failed') s.broken = true;
      v = e ? k.errno(e) ?? k.errno('EIO') : 0;
    } else if (level === C('SOL_SOCKET') && (name === C('SO_RCVBUF') || name === C('SO_SNDBUF'))) v = s.opts.get(key) ?? 212992;
    else if (level === C('SOL_SOCKET') && (name === C('SO_RCVLOWAT') || name === C('SO_SNDLOWAT'))) v = s.opts.get(key) ?? 1;
    else if (level === C('IPPROTO_TCP') && TCP_VALUES.has(name)) v = s.opts.get(key) ?? TCP_VALUES.get(name).def;
    else v = s.opts.get(key) ?? 0;
    out = new Uint8Array(4);
    new DataView(out.buffer).setInt32(0, v, true);
  }
  return { ret: 0, outs: [out.subarray(0, Math.min(out.length, room)), lenBytes(Math.min(out.length, room))] };
}

// ---- data ------------------------------------------------------------------------------------------

// `dest`: the sockaddr given to sendto/sendmsg, or null (used by UDP; a connected stream
// socket ignores it, as Linux's TCP does).
function sendData(k, proc, s, bytes, flags, dest, files = null) {
  if (flags & C('MSG_OOB')) throw new SysError('EOPNOTSUPP');
  const to = s instanceof UdpSocket && dest ? decodeAddress(s.family, dest, dest.length) : null;
  if (s instanceof UdpSocket && s.state !== 'bound' && (dest || s.peer)) {
    // An unbound UDP socket is bound (wildcard, ephemeral port) before its first datagram
    // leaves, so getsockname right after the send reports the port, as on Linux.
    const b = s.state === 'init' ? s.bind(s.wildcard()) : s.bindWait();
    if (b instanceof Blocked) return new Blocked(() => (b.retry() === BLOCKED ? BLOCKED : sendData(k, proc, s, bytes, flags, dest, files)));
  }
  let sent = 0;
  const nonblock = (flags & C('MSG_DONTWAIT')) !== 0 || (s.flags & C('O_NONBLOCK')) !== 0;
  const attempt = () => {
    try {
      const n = files ? s.send(bytes.subarray(sent), to, files) : s.send(bytes.subarray(sent), to);
      if (n !== WOULD_BLOCK && n > 0) files = null; // they went with the first piece
      if (n === WOULD_BLOCK) return sent > 0 && nonblock ? sent : WOULD_BLOCK;
      sent += n;
      // A blocking stream send moves everything (Linux waits for room); a nonblocking one what fits.
      if (sent < bytes.length && s.stream() && !nonblock) {
        if (n > 0) k.scheduleWake();
        return WOULD_BLOCK;
      }
      return sent;
    } catch (e) {
      if (e instanceof SysError && e.errno === 'EPIPE' && !(flags & C('MSG_NOSIGNAL'))) k.postSignal(proc, C('SIGPIPE'));
      throw e;
    }
  };
  return park(s, attempt, { nonblock, timeoutMs: s.sndTimeoMs, partial: () => (sent > 0 ? sent : null) });
}

// Receives up to n bytes: {ret, outs: [data, address, msg_flags, control]}. controlRoom: the
// room recvmsg has for ancillary data (descriptors passed with SCM_RIGHTS are installed and
// reported there, MSG_CTRUNC and closed when they do not fit); other callers drop them.
function recvData(k, proc, s, n, flags, controlRoom = 0) {
  if (flags & C('MSG_OOB')) throw new SysError(s instanceof NetSocket ? 'EINVAL' : 'EOPNOTSUPP');
  const peek = (flags & C('MSG_PEEK')) !== 0;
  const waitAll = (flags & C('MSG_WAITALL')) !== 0 && s.stream() && !peek;
  const nonblock = (flags & C('MSG_DONTWAIT')) !== 0 || (s.flags & C('O_NONBLOCK')) !== 0;
  const parts = [];
  let got = 0;
  let from = null; // a datagram's source; none on stream and socketpair sockets (length 0)
  let files = null; // descriptors that came with the data (SCM_RIGHTS)
  const finish = (extraFlags = 0, full = null) => {
    const data = new Uint8Array(got);
    let off = 0;
    for (const p of parts) {
      data.set(p, off);
      off += p.length;
    }
    const ret = full !== null && (flags & C('MSG_TRUNC')) ? full : got;
    let control = null;
    if (files) {
      const cloexec = (flags & C('MSG_CMSG_CLOEXEC')) !== 0;
      const r = rightsMessage(proc, files, controlRoom, cloexec);
      control = r.bytes;
      if (r.truncated) extraFlags |= C('MSG_CTRUNC');
      files = null;
    }
    return { ret, outs: [data, from, lenBytes(extraFlags), control] };
  };
  const attempt = () => {
    let r;
    try {
      r = s.recv(n - got, peek);
    } catch (e) {
      if (got > 0) return finish();
      throw e;
    }
    if (r === WOULD_BLOCK) return got > 0 && nonblock ? finish() : WOULD_BLOCK;
    parts.push(r.data);
    got += r.data.length;
    from = r.from ?? null;
    if (r.files) {
      files = r.files;
      return finish(r.full !== undefined && r.full > r.data.length ? C('MSG_TRUNC') : 0, r.full ?? null);
    }
    if (r.full !== undefined) return finish(r.full > r.data.length ? C('MSG_TRUNC') : 0, r.full);
    if (waitAll && r.data.length > 0 && got < n && !nonblock) return WOULD_BLOCK;
    return finish();
  };
  return park(s, attempt, { nonblock, timeoutMs: s.rcvTimeoMs, partial: () => (got > 0 ? finish() : null) });
}

// ---- SCM_RIGHTS ----------------------------------------------------------------------------------

// cmsghdr geometry: the header (CMSG_LEN(0)) and CMSG_ALIGN's unit (sizeof(size_t)).
function cmsgGeometry(arch) {
  return { l: layout('cmsghdr', arch), align: arch === 'wasm64' ? 8 : 4 };
}
const alignUp = (n, a) => Math.ceil(n / a) * a;

// The open files a sendmsg's ancillary data passes (SCM_RIGHTS), [] when none. Linux's checks:
// a header shorter than cmsghdr or running past msg_controllen is EINVAL, a descriptor that is
// not open EBADF, more than 253 descriptors EINVAL; other SOL_SOCKET types than SCM_RIGHTS and
// SCM_CREDENTIALS (accepted, ignored) EINVAL; other levels are ignored.
function passedFiles(proc, control) {
  if (!control || control.length === 0) return [];
  const { l, align } = cmsgGeometry(proc.arch);
  const dv = new DataView(control.buffer, control.byteOffset, control.length);
  const files = [];
  let off = 0;
  while (off + l.size <= control.length) {
    const len = dv.getUint32(off + l.fields.cmsg_len.offset, true);
    const level = dv.getInt32(off + l.fields.cmsg_level.offset, true);
    const type = dv.getInt32(off + l.fields.cmsg_type.offset, true);
    if (len < l.size || off + len > control.length) throw new SysError('EINVAL');
    if (level === C('SOL_SOCKET')) {
      if (type === C('SCM_RIGHTS')) {
        for (let p = off + l.size; p + 4 <= off + len; p += 4) files.push(proc.file(dv.getInt32(p, true)));
        if (files.length > 253) throw new SysError('EINVAL');
      } else if (type !== 2 /* SCM_CREDENTIALS */) throw new SysError('EINVAL');
    }
    off += alignUp(len, align);
  }
  return files;
}

// Installs received descriptors in the receiver and builds the SCM_RIGHTS message for `room`
// bytes of msg_control; those that do not fit are closed (MSG_CTRUNC), as on Linux.
function rightsMessage(proc, files, room, cloexec) {
  const { l, align } = cmsgGeometry(proc.arch);
  const fit = room >= l.size ? Math.min(files.length, Math.floor((room - l.size) / 4)) : 0;
  const fds = [];
  for (let i = 0; i < fit; i++) fds.push(proc.install(files[i], { cloexec }));
  dropFiles(files);
  if (fit === 0) return { bytes: null, truncated: files.length > 0 };
  const space = Math.min(room, alignUp(l.size, align) + alignUp(4 * fit, align));
  const bytes = new Uint8Array(Math.max(space, l.size + 4 * fit));
  const dv = new DataView(bytes.buffer);
  dv.setUint32(l.fields.cmsg_len.offset, l.size + 4 * fit, true);
  dv.setInt32(l.fields.cmsg_level.offset, C('SOL_SOCKET'), true);
  dv.setInt32(l.fields.cmsg_type.offset, C('SCM_RIGHTS'), true);
  fds.forEach((fd, i) => dv.setInt32(l.size + 4 * i, fd, true));
  return { bytes: bytes.subarray(0, space), truncated: fit < files.length };
}

function sendto(k, proc, [fd, , len, flags, addrPtr], [buf, addr]) {
  const s = socketOf(proc, fd);
  return sendData(k, proc, s, (buf ?? new Uint8Array(0)).subarray(0, len), flags, addrPtr !== 0 ? addr : null);
}

// recvfrom's outputs: the data, the source address and its length.
function recvfrom(k, proc, [fd, , len, flags]) {
  const s = socketOf(proc, fd);
  const withLen = (r) => {
    if (!r || r === BLOCKED || typeof r !== 'object' || !r.outs) return r;
    const addr = r.outs[1];
    return { ret: r.ret, outs: [r.outs[0], addr ?? new Uint8Array(0), lenBytes(addr ? addr.length : 0)] };
  };
  const r = recvData(k, proc, s, Math.max(0, len), flags);
  if (r instanceof Blocked) {
    const retry = r.retry;
    const partial = r.partial;
    r.retry = () => withLen(retry());
    r.partial = () => withLen(partial());
    return r;
  }
  return withLen(r);
}

// The worker's sendmsg/recvmsg (worker.mjs) pass [fd, 0, length, flags, has a name, namelen,
// controllen] with the gathered data and the name.
// Descriptors (SCM_RIGHTS) pass between socketpair ends; a host socket cannot carry them
// (AF_UNIX path sockets: EOPNOTSUPP), and TCP/UDP ignore ancillary data as Linux does.
function sendmsg(k, proc, [fd, , , flags, hasName], [data, name, control]) {
  const s = socketOf(proc, fd);
  const files = passedFiles(proc, control);
  if (files.length > 0 && !(s instanceof UnixSocket)) {
    if (s.family === C('AF_UNIX')) throw new SysError('EOPNOTSUPP');
    files.length = 0;
  }
  return sendData(k, proc, s, data ?? new Uint8Array(0), flags, hasName !== 0 ? name : null, files.length > 0 ? files : null);
}

function recvmsg(k, proc, [fd, , len, flags, , , controlRoom]) {
  const s = socketOf(proc, fd);
  return recvData(k, proc, s, Math.max(0, len), flags, controlRoom);
}

// read/write/readv/writev on a socket descriptor (syscalls-fs.mjs): recv/send without flags.
export function socketRead(k, proc, s, n) {
  const only = (r) => (r && typeof r === 'object' && r.outs ? { ret: r.ret, outs: [r.outs[0]] } : r);
  const r = recvData(k, proc, s, n, 0);
  if (!(r instanceof Blocked)) return only(r);
  const { retry, partial } = r;
  r.retry = () => only(retry());
  r.partial = () => only(partial());
  return r;
}

export function socketWrite(k, proc, s, bytes) {
  return sendData(k, proc, s, bytes, 0, null);
}

export { Socket };

export const socketSyscalls = {
  socket, socketpair, bind, listen, accept: (k, p, a, i) => accept4(k, p, [a[0], a[1], a[2], 0], i), accept4, connect,
  getsockname, getpeername, setsockopt, getsockopt, shutdown, sendto, recvfrom, sendmsg, recvmsg,
};
