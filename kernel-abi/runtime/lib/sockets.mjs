// sockets.mjs — the socket syscalls (socket ... recvmsg, get/setsockopt) and the send/receive
// paths read/write share (socketRead/socketWrite), with their option tables.
//
// Three kinds of socket, all OpenFiles (files.mjs), so read/write/readv/writev, poll/select,
// fcntl (O_NONBLOCK), dup, fork (the description is shared), execve (CLOEXEC), close and fstat
// (S_IFSOCK) work on them as on pipes:
//  - UnixSocket (socket-pair.mjs): socketpair(AF_UNIX) endpoints, entirely in the kernel.
//  - NetSocket (socket-net.mjs): TCP over IPv4/IPv6, and AF_UNIX stream sockets bound to a
//    path, through Node's `net`.
//  - UdpSocket (socket-udp.mjs): UDP over IPv4/IPv6 through Node's `dgram`.
// Their base class, Queue and buffer limits are in socket-base.mjs, sockaddr encoding and
// host errors in socket-address.mjs; AF_UNIX path addresses are resolved here (unixAddress).
// The names other modules import from this file are re-exported from those.
// A blocking call parks (blocking.mjs) and is retried when the kernel's state changes; every
// event of a host socket asks the kernel for such a wake-up. SO_RCVTIMEO/SO_SNDTIMEO bound the
// wait (EAGAIN). Ancillary data: SCM_RIGHTS passes descriptors between socketpair ends (the
// open files travel with the data; MSG_CMSG_CLOEXEC, MSG_CTRUNC; socket-pair.mjs); host
// AF_UNIX sockets cannot carry them (EOPNOTSUPP), TCP and UDP ignore ancillary data as Linux
// does. AF_UNIX datagram and seqpacket sockets exist only as socketpairs: socket(AF_UNIX,
// SOCK_DGRAM) fails with ESOCKTNOSUPPORT rather than returning a socket that cannot work.
import fs from 'node:fs';
import { E, anyConstant, anyMaybeConstant, decodeStruct, encodeStruct } from './abi.mjs';
import { SysError, WOULD_BLOCK } from './files.mjs';
import { baseDir, blockingIo } from './syscalls-fs.mjs';
import { Blocked, BLOCKED } from './blocking.mjs';
import { RCV, SEND, Socket } from './socket-base.mjs';
import { decodeAddress, unspecifiedAddress } from './socket-address.mjs';
import { UnixSocket, passedFiles, rightsMessage } from './socket-pair.mjs';
import { NetSocket } from './socket-net.mjs';
import { UdpSocket } from './socket-udp.mjs';

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
    return { path: hostSocketPath(p.host), name };
  }
  const r = k.vfs.resolve(text, base);
  if (!r.host || !r.stat.isSocket()) throw new SysError('ECONNREFUSED');
  return { path: hostSocketPath(r.host), name };
}

// The host's sun_path holds 108 bytes, and libuv silently cuts a longer path to them, which
// would bind or connect another file (outside the root when the root's own path is that
// long) and leave it behind: such a host path is ENAMETOOLONG, a difference from Linux, where
// the program's shorter name fits.
function hostSocketPath(host) {
  if (Buffer.byteLength(host) > 108) throw new SysError('ENAMETOOLONG');
  return host;
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
  if (nonblock) { // MSG_DONTWAIT, or accept on a nonblocking listener: never parks
    const r = attempt();
    if (r !== WOULD_BLOCK) return r;
    throw new SysError('EAGAIN');
  }
  return blockingIo(null, s, attempt, {
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

// A NULL optlen, or a NULL optval for an answer of at least one byte, is EFAULT, as on Linux.
function getsockopt(k, proc, [fd, level, name, optval, optlen], [optlenIn]) {
  const s = socketOf(proc, fd);
  if (!optlen || !optlenIn) throw new SysError('EFAULT');
  const room = intOf(optlenIn);
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
  if (!optval && Math.min(out.length, room) > 0) throw new SysError('EFAULT');
  return { ret: 0, outs: [out.subarray(0, Math.min(out.length, room)), lenBytes(Math.min(out.length, room))] };
}

// ---- data ------------------------------------------------------------------------------------------

// `dest`: the sockaddr given to sendto/sendmsg, or null (used by UDP; a connected stream
// socket ignores it, as Linux's TCP does).
function sendData(k, proc, s, bytes, flags, dest, files = null) {
  if (flags & C('MSG_OOB')) throw new SysError('EOPNOTSUPP');
  // An AF_UNIX stream socket takes no address: EISCONN when connected, else EOPNOTSUPP (Linux's
  // unix_stream_sendmsg; a socketpair end is connected).
  if (dest && dest.length > 0 && s.family === C('AF_UNIX') && s.stream()) {
    throw new SysError(s instanceof UnixSocket || s.state === 'connected' ? 'EISCONN' : 'EOPNOTSUPP');
  }
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
      if (e instanceof SysError && e.errno === 'EPIPE' && !(flags & C('MSG_NOSIGNAL'))) k.postSignalToCaller(proc, C('SIGPIPE'));
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

export { RX_LIMIT, Socket, TX_LIMIT, UNIX_CAPACITY } from './socket-base.mjs';
export { decodeAddress, encodeAddress } from './socket-address.mjs';
export { UnixSocket } from './socket-pair.mjs';
export { NetSocket } from './socket-net.mjs';
export { UdpSocket } from './socket-udp.mjs';

export const socketSyscalls = {
  socket, socketpair, bind, listen, accept: (k, p, a, i) => accept4(k, p, [a[0], a[1], a[2], 0], i), accept4, connect,
  getsockname, getpeername, setsockopt, getsockopt, shutdown, sendto, recvfrom, sendmsg, recvmsg,
};
