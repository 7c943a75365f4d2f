// eventfd.mjs — eventfd2: an open file description holding a 64-bit counter (Linux's eventfd).
//
// write adds an 8-byte value to the counter (parking, or EAGAIN with O_NONBLOCK, while the sum
// would pass 2^64-2; the value 2^64-1 is EINVAL); read takes the counter and resets it to 0,
// or with EFD_SEMAPHORE takes 1 from it, parking (EAGAIN) while it is 0. Buffers of fewer than
// 8 bytes are EINVAL. Readable while the counter is not 0, writable while it is below 2^64-2,
// so poll, select and epoll watch it; each write is an arrival for edge-triggered epoll.
import { anyConstant, constant } from './abi.mjs';
import { OpenFile, SysError, WOULD_BLOCK } from './files.mjs';

const MAX = 0xfffffffffffffffen; // the largest count (ULLONG_MAX - 1)

export class EventFd extends OpenFile {
  constructor(initval, semaphore, flags) {
    super(anyConstant('O_RDWR') | flags);
    this.count = BigInt(initval);
    this.semaphore = semaphore;
    this.writes = 0;
  }
  read(n) {
    if (n < 8) throw new SysError('EINVAL');
    if (this.count === 0n) return WOULD_BLOCK;
    const value = this.semaphore ? 1n : this.count;
    this.count -= value;
    const out = new Uint8Array(8);
    new DataView(out.buffer).setBigUint64(0, value, true);
    return out;
  }
  write(bytes) {
    if (bytes.length < 8) throw new SysError('EINVAL');
    const value = new DataView(bytes.buffer, bytes.byteOffset, 8).getBigUint64(0, true);
    if (value === MAX + 1n) throw new SysError('EINVAL');
    if (MAX - this.count < value) return WOULD_BLOCK;
    this.count += value;
    this.writes++;
    return 8;
  }
  pollIn() { return this.count > 0n; }
  pollOut() { return this.count < MAX; }
  arrivals() { return this.writes; }
  statKind() { return 'anon'; }
}

function eventfd2(k, proc, [initval, flags]) {
  const semaphore = constant('eventfd', 'EFD_SEMAPHORE');
  const nonblock = constant('eventfd', 'EFD_NONBLOCK');
  const cloexec = constant('eventfd', 'EFD_CLOEXEC');
  if (flags & ~(semaphore | nonblock | cloexec)) throw new SysError('EINVAL');
  const file = new EventFd(initval >>> 0, (flags & semaphore) !== 0, flags & nonblock ? anyConstant('O_NONBLOCK') : 0);
  return proc.install(file, { cloexec: (flags & cloexec) !== 0 });
}

export const eventfdSyscalls = { eventfd2 };
