// socket-address.mjs — sockaddrs between the program and Node, and host errors.
//
// encodeAddress gives a host address (as Node reports it) as the family's sockaddr,
// decodeAddress a program's AF_INET/AF_INET6 sockaddr as {host, port}; unspecifiedAddress is a
// family's empty address; ipv6Bytes/ipv6Text convert IPv6 text. hostErrno names the errno of an
// error Node reports. AF_UNIX path addresses are resolved by sockets.mjs (unixAddress, in the
// root), which needs the VFS.
import net from 'node:net';
import { anyConstant } from './abi.mjs';
import { SysError } from './files.mjs';

const C = (n) => anyConstant(n);

// ---- addresses ---------------------------------------------------------------------------------

export function hostErrno(e) {
  const code = e && e.code;
  return typeof code === 'string' && /^E[A-Z0-9]+$/.test(code) ? code : 'EIO';
}

export function unspecifiedAddress(family) {
  if (family === C('AF_INET6')) return encodeAddress(family, '::', 0);
  if (family === C('AF_INET')) return encodeAddress(family, '0.0.0.0', 0);
  const out = new Uint8Array(2);
  new DataView(out.buffer).setUint16(0, family, true);
  return out;
}

function ipv4Bytes(s) {
  return s.split('.').map((x) => Number(x));
}

export function ipv6Bytes(s) {
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

export function ipv6Text(b) {
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
