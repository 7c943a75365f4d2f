// socket-pair.mjs — UnixSocket, the socketpair(AF_UNIX) endpoints, and SCM_RIGHTS.
//
// UnixSocket: socketpair(AF_UNIX) endpoints, entirely in the kernel. Each end has a receive
// queue the other end writes into (STREAM: bytes; DGRAM/SEQPACKET: whole messages, a read
// takes one message and truncates it, MSG_TRUNC). Shutdown state is Linux's: a bit for
// receiving and one for sending, SHUT_WR on one end being SHUT_RD-like on the other, the
// last close of one end shutting both directions of the other (stream and seqpacket).
// SCM_RIGHTS passes descriptors between socketpair ends: the open files travel with the data
// (passedFiles takes them from sendmsg's ancillary data, rightsMessage installs them in the
// receiver; MSG_CMSG_CLOEXEC, MSG_CTRUNC). sendmsg/recvmsg themselves are in sockets.mjs.
import { anyConstant, layout } from './abi.mjs';
import { SysError, WOULD_BLOCK, closeDescription } from './files.mjs';
import { Queue, RCV, SEND, Socket, UNIX_CAPACITY } from './socket-base.mjs';
import { unspecifiedAddress } from './socket-address.mjs';

const C = (n) => anyConstant(n);

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
        // The descriptors come out only with a read that reaches their chunk; a shorter one
        // leaves them on it for the read that does.
        const reached = carrier && n > upTo - carrier.length;
        const files = reached && !peek ? carrier.files : null;
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
  pollRdHup() { return (this.shut & RCV) !== 0; }
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
  for (const f of files) if (--f.refs === 0) closeDescription(f);
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
export function passedFiles(proc, control) {
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
export function rightsMessage(proc, files, room, cloexec) {
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
