// socket-net.mjs — NetSocket: TCP over IPv4/IPv6, and AF_UNIX stream sockets bound to a path,
// through Node's `net`, so a listening socket accepts connections from anything on the host,
// not only from other processes of this runtime. An AF_UNIX path is resolved inside the root
// and the host socket file is created there (an abstract name, sun_path[0] == 0, is passed on
// as is).
// Node binds a TCP server only when it listens, and has no "bound, not listening" state.
// Design: bind() starts the host listener at once (the syscall parks until Node reports
// 'listening' or an error), so bind reports EADDRINUSE/EACCES/EADDRNOTAVAIL as Linux does and
// getsockname after bind gives the real (ephemeral) port; listen() then only marks the
// socket listening (listen without bind binds the wildcard address, port 0, first).
// Differences this leaves: connections that arrive between bind and listen are queued and
// accepted after listen (Linux refuses them), the listen backlog is not enforced, and the
// host listener always has SO_REUSEADDR (libuv sets it; Linux without it refuses a port
// still in TIME_WAIT). A socket bound and then connected gives its address to Node's
// connect (localAddress/localPort) instead of keeping the listener. AF_UNIX: closing a
// listener removes its socket file (libuv unlinks it; Linux leaves it), a socket bound to a
// path cannot then connect from that name, autobind (bind with an empty name) is EINVAL.
// Incoming data is buffered up to RX_LIMIT bytes per socket, the host socket paused beyond
// it (resumed when the program has read half of it); a write parks while Node's write buffer
// holds TX_LIMIT bytes or more. Errors from the host (ECONNREFUSED, ECONNRESET, EPIPE) are
// kept as the socket's pending error: SO_ERROR, POLLERR, the next send/recv.
import net from 'node:net';
import { anyConstant } from './abi.mjs';
import { SysError, WOULD_BLOCK } from './files.mjs';
import { Blocked, BLOCKED } from './blocking.mjs';
import { Queue, RCV, RX_LIMIT, SEND, Socket, TX_LIMIT } from './socket-base.mjs';
import { encodeAddress, hostErrno, unspecifiedAddress } from './socket-address.mjs';

const C = (n) => anyConstant(n);

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
  // Linux shuts the receive side on a FIN, SHUT_RD, and when a connection failed or was reset.
  pollRdHup() { return this.eof || (this.shut & RCV) !== 0 || this.state === 'failed'; }

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
