// fork-driver.mjs — the runtime side of the fork protocol (kernel-abi/CONTRACT.md,
// instrument/PROTOCOL.md), inside one process's worker.
//
// fork() enters the `wpk.fork` import. Not rewinding: the driver points the module at its save
// buffer (header {cursor, limit} followed by the frame area, allocated once per process from the
// memory map so it exists at the same address in every copy of the memory) and starts an
// unwind; every instrumented frame saves itself and returns until `_start` returns to the
// worker. The worker then calls afterStartReturned(): end the unwind, ship a copy of linear
// memory to the kernel (which starts the child from it), reset the cursor, start the rewind
// and re-enter `_start`. Rewinding reaches the import again, which ends the rewind and returns
// the stored result: the child's pid in the parent, 0 in the child.
// A module without the wpk_fork_* exports gets a clear error and ENOSYS.
const SAVE_BUFFER_BYTES = 1 << 20;
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
    this.writeHeader(this.buffer + this.headerBytes(), this.buffer + SAVE_BUFFER_BYTES);
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
    if (!this.buffer) {
      const at = this.memoryMap.allocate(SAVE_BUFFER_BYTES);
      if (at === null) return -this.errnoNomem;
      this.buffer = at;
    }
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
      this.fatal(`fork: save buffer overflow: need ${need} bytes, have ${SAVE_BUFFER_BYTES - this.headerBytes()}`);
    }
    const copy = this.memory.buffer.slice(0);
    const reply = this.request(
      { t: 'fork', memory: copy, buffer: this.buffer, memoryState: this.memoryMap.state },
      [copy],
    );
    this.result = reply.ret;
    this.resetForRewind();
    this.x.wpk_fork_rewind_begin(this.ptr(this.buffer));
    return true;
  }

  // In a child: take the parent's memory and arrange for `_start` to rewind.
  startChild({ memory, buffer }) {
    const need = memory.byteLength - this.memory.buffer.byteLength;
    if (need > 0) this.memory.grow(Math.ceil(need / 65536));
    new Uint8Array(this.memory.buffer).set(new Uint8Array(memory));
    this.buffer = buffer;
    this.result = 0;
    this.resetForRewind();
    this.x.wpk_fork_rewind_begin(this.ptr(this.buffer));
  }
}
