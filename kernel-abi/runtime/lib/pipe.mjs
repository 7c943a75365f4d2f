// pipe.mjs — a pipe shared by processes: a bounded byte queue with reader/writer counts.
//
// The kernel (main thread) owns every pipe; processes reach it through syscalls, and a process
// whose read or write cannot proceed is parked until the pipe changes (see kernel.mjs). The
// invariants: writes of at most PIPE_BUF bytes are atomic; read returns 0 (EOF) only once every
// write end is closed and the queue is empty; writing with no reader left fails with EPIPE.
export const PIPE_CAPACITY = 65536;
export const PIPE_BUF = 4096;

// Inode numbers of pipes (both ends share their pipe's, as on Linux), far above the host's.
let lastPipeIno = 1n << 40n;

export class Pipe {
  constructor() {
    this.ino = ++lastPipeIno;
    this.chunks = [];
    this.size = 0;
    this.readers = 0;
    this.writers = 0;
    this.puts = 0; // writes that added data (edge-triggered epoll reports each)
  }

  // Bytes that can be written now without blocking.
  space() {
    return PIPE_CAPACITY - this.size;
  }

  // Copies up to `max` bytes out of the queue.
  take(max) {
    const n = Math.min(max, this.size);
    const out = new Uint8Array(n);
    let off = 0;
    while (off < n) {
      const head = this.chunks[0];
      const k = Math.min(head.length, n - off);
      out.set(head.subarray(0, k), off);
      off += k;
      if (k === head.length) this.chunks.shift();
      else this.chunks[0] = head.subarray(k);
    }
    this.size -= n;
    return out;
  }

  put(bytes) {
    if (bytes.length === 0) return;
    this.chunks.push(Uint8Array.from(bytes));
    this.size += bytes.length;
    this.puts++;
  }
}
