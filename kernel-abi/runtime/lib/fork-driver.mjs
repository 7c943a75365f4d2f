// fork-driver.mjs — the runtime side of the fork protocol (kernel-abi/CONTRACT.md,
// instrument/PROTOCOL.md), inside one process's worker.
//
// fork() enters the `wpk.fork` import. Not rewinding: the driver points the module at its save
// buffer (header {cursor, limit} followed by the frame area) and starts an unwind; every
// instrumented frame saves itself and returns until `_start` returns to the worker. The worker
// then calls afterStartReturned(): end the unwind, ship a copy of linear memory to the kernel
// (which starts the child from it), reset the cursor, start the rewind and re-enter `_start`.
// Rewinding reaches the import again, which ends the rewind and returns the stored result: the
// child's pid in the parent, 0 in the child.
// A module without the wpk_fork_* exports gets a clear error and ENOSYS.
//
// The save buffer must hold every frame on the stack, and an overflow is found only after the
// unwind, when the stack is gone (PROTOCOL.md): it cannot be retried with a larger buffer. The
// need is bounded by the worker's stack, though: a frame saves its function's locals that are
// live across the call (at most 16 bytes each, plus its 8-byte resume slot) and V8 keeps each
// of those in a stack slot of the function's native frame (8 or 16 bytes, plus return address
// and frame pointer), so the frames of a stack that fits in WORKER_STACK_MB fit in
// SAVE_BUFFER_BYTES. That much is taken at each fork from a free region of the memory map (the
// first large enough, else the free region at the top of linear memory, grown for it): it stays
// free in the memory map (nothing allocates while the stack is unwound or rewound, and mmap
// zeroes what it hands out), so later forks find it again, and the pages the frames do not touch
// are never committed. (The C library's allocator grows memory itself, never taking the map's
// free regions.) The copy shipped to the child leaves out the map's free regions of 64 KiB and
// more, the saved frames excepted: the child grows its memory to the full size and writes the
// pieces (fresh pages are zero).
export const WORKER_STACK_MB = 16;
const SAVE_BUFFER_BYTES = (WORKER_STACK_MB + 1) << 20;
const WASM_PAGE = 65536;
const STATE_REWINDING = 2;
const STATE_UNWOUND_OVERFLOW = 3;

export class ForkDriver {
  constructor({ instance, memory, memoryMap, wide, programName, request, fatal, errnoNosys, errnoNomem }) {
    this.x = instance.exports;
    this.memory = memory;
    this.memoryMap = memoryMap;
    this.wide = wide;
    this.programName = programName;
    this.request = request;
    this.fatal = fatal;
    this.errnoNosys = errnoNosys;
    this.errnoNomem = errnoNomem;
    this.buffer = 0;
    this.bufferBytes = 0;
    this.unwinding = false;
    this.signalHandlers = 0; // handlers running now (called from JS, inside a system call)
    this.result = 0;
    this.instrumented = ['wpk_fork_unwind_begin', 'wpk_fork_unwind_end', 'wpk_fork_rewind_begin', 'wpk_fork_rewind_end', 'wpk_fork_state'].every(
      (n) => typeof this.x[n] === 'function',
    );
  }

  headerBytes() {
    return this.wide ? 16 : 8;
  }

  writeHeader(cursor, limit) {
    const dv = new DataView(this.memory.buffer);
    if (this.wide) {
      dv.setBigUint64(this.buffer, BigInt(cursor), true);
      dv.setBigUint64(this.buffer + 8, BigInt(limit), true);
    } else {
      dv.setUint32(this.buffer, cursor, true);
      dv.setUint32(this.buffer + 4, limit, true);
    }
  }

  readCursor() {
    const dv = new DataView(this.memory.buffer);
    return this.wide ? Number(dv.getBigUint64(this.buffer, true)) : dv.getUint32(this.buffer, true);
  }

  ptr(n) {
    return this.wide ? BigInt(n) : n;
  }

  resetForRewind() {
    this.writeHeader(this.buffer + this.headerBytes(), this.buffer + this.bufferBytes);
  }

  // The free region at the top of linear memory: [start, top), empty when the top is in use.
  freeTail() {
    const top = this.memory.buffer.byteLength;
    const free = this.memoryMap.state.free;
    const last = free[free.length - 1];
    return last && last[0] + last[1] === top ? last[0] : top;
  }

  // `bytes` from `start`, cut so that the header's limit (start + bytes) is a wasm32 address: a
  // buffer ending at the 4 GiB end of wasm32's memory had the limit 2^32, stored as 0, and the
  // first frame overflowed it.
  withinAddressSpace(start, bytes) {
    return this.wide ? bytes : Math.min(bytes, 2 ** 32 - 8 - start);
  }

  // Places the save buffer in the first free region that holds SAVE_BUFFER_BYTES, else at the
  // start of the free tail, growing memory so that the tail holds that much (or as much as the
  // module's maximum allows; the new pages join the free tail, and brk no longer ends at the top,
  // as after an mmap there). false: no room.
  placeBuffer() {
    const map = this.memoryMap;
    const fit = map.state.free.find(([, n]) => n >= SAVE_BUFFER_BYTES);
    if (fit) {
      this.buffer = fit[0];
      this.bufferBytes = this.withinAddressSpace(fit[0], SAVE_BUFFER_BYTES);
      return true;
    }
    let start = this.freeTail();
    const top = this.memory.buffer.byteLength;
    if (top - start < SAVE_BUFFER_BYTES) {
      for (let want = start + SAVE_BUFFER_BYTES; want > top; want = top + Math.floor((want - top) / 2)) {
        if (map.growTo(Math.ceil(want / WASM_PAGE) * WASM_PAGE)) break;
        if (want - top < WASM_PAGE) break;
      }
      const grown = this.memory.buffer.byteLength;
      if (grown > top) {
        map.release(top, grown - top);
        map.state.brkEndsAtTop = false;
        start = this.freeTail();
      }
    }
    const room = this.withinAddressSpace(start, this.memory.buffer.byteLength - start);
    if (room < 2 * this.headerBytes()) return false;
    this.buffer = start;
    this.bufferBytes = Math.min(room, SAVE_BUFFER_BYTES);
    return true;
  }

  // The `wpk.fork` import.
  forkImport() {
    if (!this.instrumented) {
      this.request({ t: 'warn', message: `${this.programName}: fork() called, but the module is not fork-instrumented (no wpk_fork_* exports); run wpk-fork-instrument on it` });
      return -this.errnoNosys;
    }
    if (this.x.wpk_fork_state() === STATE_REWINDING) {
      this.x.wpk_fork_rewind_end();
      return this.result;
    }
    if (this.signalHandlers > 0) {
      // The handler was called by the runtime in the middle of a system call, not through the
      // instrumented call path from _start: an unwind would save the handler's frames, return
      // into the interrupted code still unwinding, and take its stack for the fork's.
      this.request({ t: 'warn', message: `${this.programName}: fork() in a signal handler is not supported (the handler runs outside the instrumented call path); it fails with ENOSYS` });
      return -this.errnoNosys;
    }
    if (!this.placeBuffer()) return -this.errnoNomem;
    this.resetForRewind();
    this.x.wpk_fork_unwind_begin(this.ptr(this.buffer));
    this.unwinding = true;
    return 0;
  }

  // Called when `_start` returned; true when it returned because of a fork unwind.
  afterStartReturned() {
    if (!this.unwinding) return false;
    this.unwinding = false;
    const overflowed = this.x.wpk_fork_state() === STATE_UNWOUND_OVERFLOW;
    this.x.wpk_fork_unwind_end();
    if (overflowed) {
      const need = this.readCursor() - (this.buffer + this.headerBytes());
      this.fatal(`fork: save buffer overflow: need ${need} bytes, have ${this.bufferBytes - this.headerBytes()}`);
    }
    const size = this.memory.buffer.byteLength;
    const pieces = this.usedPieces(this.readCursor()).map(([from, to]) => ({ at: from, bytes: this.memory.buffer.slice(from, to) }));
    const reply = this.request(
      { t: 'fork', memory: pieces, size, buffer: this.buffer, bufferBytes: this.bufferBytes, memoryState: this.memoryMap.state },
      pieces.map((p) => p.bytes),
    );
    this.result = reply.ret;
    this.resetForRewind();
    this.x.wpk_fork_rewind_begin(this.ptr(this.buffer));
    return true;
  }

  // The ranges [from, to) of linear memory a child needs: all but the memory map's free regions
  // of 64 KiB and more, with the saved frames [buffer, frameEnd) put back.
  usedPieces(frameEnd) {
    const holes = this.memoryMap.state.free.filter(([, n]) => n >= WASM_PAGE).map(([a, n]) => [a, a + n]);
    const pieces = [];
    let at = 0;
    for (const [a, e] of holes) {
      if (a > at) pieces.push([at, a]);
      // the frames lie in one free region (the save buffer never extends past its region)
      if (a <= this.buffer && this.buffer < e) pieces.push([this.buffer, Math.min(e, frameEnd)]);
      at = Math.max(at, e);
    }
    const size = this.memory.buffer.byteLength;
    if (size > at) pieces.push([at, size]);
    return pieces.filter(([f, t]) => t > f);
  }

  // In a child: take the parent's memory and arrange for `_start` to rewind.
  startChild({ memory, size, buffer, bufferBytes }) {
    const need = size - this.memory.buffer.byteLength;
    if (need > 0) this.memory.grow(Math.ceil(need / WASM_PAGE));
    const view = new Uint8Array(this.memory.buffer);
    for (const { at, bytes } of memory) view.set(new Uint8Array(bytes), at);
    this.buffer = buffer;
    this.bufferBytes = bufferBytes;
    this.result = 0;
    this.resetForRewind();
    this.x.wpk_fork_rewind_begin(this.ptr(this.buffer));
  }
}
