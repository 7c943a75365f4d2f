// socket-udp.mjs — UdpSocket: UDP over IPv4/IPv6 through Node's `dgram` (see the class).
import dgram from 'node:dgram';
import net from 'node:net';
import { anyConstant } from './abi.mjs';
import { SysError, WOULD_BLOCK } from './files.mjs';
import { Queue, RCV, SEND, Socket, UNIX_CAPACITY } from './socket-base.mjs';
import { encodeAddress, hostErrno, ipv6Bytes, ipv6Text, unspecifiedAddress } from './socket-address.mjs';

const C = (n) => anyConstant(n);

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
    if (to.port === 0) throw new SysError('EINVAL'); // Linux's udp_sendmsg; Node would throw a RangeError
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
  pollRdHup() { return (this.shut & RCV) !== 0; }

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
