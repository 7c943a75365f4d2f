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
// The entry may be `_start` or, in a thread made by clone, __wpk_thread_start: the unwind returns
// from whichever export the worker entered, and the worker (and the child's) re-enters it.
// On shared memory (a module importing wpk.memory) the kernel holds the memory map: it places the
// save buffer (forkPlace, which also waits for another thread's fork of the process to end),
// copies the memory for the child itself, and frees the buffer's region when the rewind ends
// (forkDone); other threads keep running meanwhile.
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
import { growMemory } from './shared-memory.mjs';

export const WORKER_STACK_MB = 16;
const SAVE_BUFFER_BYTES = (WORKER_STACK_MB + 1) << 20;
const WASM_PAGE = 65536;
const STATE_NORMAL = 0; // wpk_fork_state()
const STATE_UNWINDING = 1;
const STATE_REWINDING = 2;
const STATE_UNWOUND_OVERFLOW = 3;

export class ForkDriver {
  // memoryMap: the worker's (a module with its own memory); shared: the process's memory is
  // shared and its map is the kernel's.
  constructor({ instance, memory, memoryMap, shared = false, wide, programName, request, fatal, errnoNosys, errnoNomem }) {
    this.x = instance.exports;
    this.memory = memory;
    this.memoryMap = memoryMap;
    this.shared = shared;
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

  // Places the save buffer (memory-map.mjs: placeSaveBuffer). A process on shared memory has
  // its memory map in the kernel, which also serialises the forks of its threads: the request
  // waits while another thread of the process forks, and the kernel keeps the buffer out of the
  // map's free regions until the parent's rewind is over (forkDone), so that other threads,
  // which keep running, do not map it. false: no room.
  placeBuffer() {
    let placed;
    if (this.shared) {
      const r = this.request({ t: 'forkPlace', bytes: SAVE_BUFFER_BYTES, wide: this.wide });
      if (r.ret < 0) return false;
      placed = { buffer: r.ret, bufferBytes: new DataView(r.outs[0].buffer, r.outs[0].byteOffset).getFloat64(0, true) };
    } else {
      placed = this.memoryMap.placeSaveBuffer(SAVE_BUFFER_BYTES, this.wide);
      if (!placed) return false;
    }
    this.buffer = placed.buffer;
    this.bufferBytes = placed.bufferBytes;
    return true;
  }

  // The instrumentation's state (wpk_fork_state), normal for a module without it.
  state() {
    return this.instrumented ? this.x.wpk_fork_state() : STATE_NORMAL;
  }

  // Whether a fork is unwinding or rewinding the stack now.
  inProgress() {
    return this.state() !== STATE_NORMAL;
  }

  // Whether a fork is unwinding the stack now.
  isUnwinding() {
    return this.state() === STATE_UNWINDING;
  }

  // The `wpk.fork` import.
  forkImport() {
    if (!this.instrumented) {
      this.request({ t: 'warn', message: `${this.programName}: fork() called, but the module is not fork-instrumented (no wpk_fork_* exports); run wpk-fork-instrument on it` });
      return -this.errnoNosys;
    }
    if (this.x.wpk_fork_state() === STATE_REWINDING) {
      this.x.wpk_fork_rewind_end();
      if (this.shared) this.request({ t: 'forkDone' }); // the buffer's region is free again
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
    let reply;
    if (this.shared) {
      // The kernel copies the shared memory itself (it holds the map and the Memory).
      reply = this.request({ t: 'fork', shared: true, frameEnd: this.readCursor(), buffer: this.buffer, bufferBytes: this.bufferBytes });
    } else {
      const size = this.memory.buffer.byteLength;
      const pieces = this.memoryMap.usedPieces(this.buffer, this.readCursor()).map(([from, to]) => ({ at: from, bytes: this.memory.buffer.slice(from, to) }));
      reply = this.request(
        { t: 'fork', memory: pieces, size, buffer: this.buffer, bufferBytes: this.bufferBytes, memoryState: this.memoryMap.state },
        pieces.map((p) => p.bytes),
      );
    }
    this.result = reply.ret;
    this.resetForRewind();
    this.x.wpk_fork_rewind_begin(this.ptr(this.buffer));
    return true;
  }

  // In a child: take the parent's memory and arrange for `_start` to rewind.
  // (A child on shared memory got its memory from the kernel, already a copy.)
  startChild({ memory, size, buffer, bufferBytes }) {
    if (!this.shared) {
      const need = size - this.memory.buffer.byteLength;
      if (need > 0) growMemory(this.memory, Math.ceil(need / WASM_PAGE));
      const view = new Uint8Array(this.memory.buffer);
      for (const { at, bytes } of memory) view.set(new Uint8Array(bytes), at);
    }
    this.buffer = buffer;
    this.bufferBytes = bufferBytes;
    this.result = 0;
    this.resetForRewind();
    this.x.wpk_fork_rewind_begin(this.ptr(this.buffer));
  }
}
