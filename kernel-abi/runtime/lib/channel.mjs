// channel.mjs — the shared-memory mailbox between a process's worker and the kernel.
//
// The worker posts a request (postMessage) and sleeps on the mailbox's flag with Atomics.wait;
// the kernel (main thread) writes the reply into the SharedArrayBuffer and wakes it. A reply
// carries the syscall result, the bytes of its output buffers, an action (continue, restart
// the call after running a signal handler) and, optionally, a signal whose handler the worker
// must run before returning to the program, with the signal's siginfo as the program's arch lays
// it out (signal-origin.mjs), or say the process is gone. Layout (little-endian):
//   0 flag i32 (0 waiting, 1 reply ready) | 4 action i32 | 8 result f64 | 16 signo i32 |
//   20 handler u32 | 24 sa_flags u32 | 28 output count i32 | 32..64 output lengths i32[8] |
//   64..192 siginfo (when signo is set) | 192.. output bytes, concatenated.
export const SIGINFO_OFFSET = 64;
export const SIGINFO_BYTES = 128;
export const CHANNEL_DATA_OFFSET = SIGINFO_OFFSET + SIGINFO_BYTES;
export const CHANNEL_DATA_MAX = 1 << 20;
export const CHANNEL_BYTES = CHANNEL_DATA_OFFSET + CHANNEL_DATA_MAX;
export const MAX_OUTPUTS = 8;

export const ACTION_RETURN = 0;
export const ACTION_RESTART = 1;
// The process is gone (exit, exec, killed while in a syscall): unwind and wait for new work.
export const ACTION_EXIT = 2;

export function createChannel() {
  return new SharedArrayBuffer(CHANNEL_BYTES);
}

// Kernel side: writes a reply and wakes the worker.
export function writeReply(sab, { ret, outs = [], action = ACTION_RETURN, signo = 0, handler = 0, saFlags = 0, siginfo = null }) {
  const view = new DataView(sab);
  const bytes = new Uint8Array(sab);
  view.setInt32(4, action, true);
  view.setFloat64(8, ret, true);
  view.setInt32(16, signo, true);
  view.setUint32(20, handler >>> 0, true);
  view.setUint32(24, saFlags >>> 0, true);
  if (signo) {
    if (!siginfo || siginfo.length !== SIGINFO_BYTES) throw new Error('a signal without its siginfo');
    bytes.set(siginfo, SIGINFO_OFFSET);
  }
  view.setInt32(28, outs.length, true);
  let off = CHANNEL_DATA_OFFSET;
  outs.forEach((o, i) => {
    const len = o ? o.length : -1;
    view.setInt32(32 + 4 * i, len, true);
    if (o) {
      if (off + o.length > CHANNEL_BYTES) throw new Error('reply larger than the channel');
      bytes.set(o, off);
      off += o.length;
    }
  });
  const flag = new Int32Array(sab, 0, 1);
  Atomics.store(flag, 0, 1);
  Atomics.notify(flag, 0);
}

// Worker side: waits for the reply and returns it, outputs copied out of the channel.
// The flag is taken (1 -> 0) atomically, and a wake-up that finds it still 0 waits again: the
// kernel's notify comes after its store, so a worker that took the reply between the two (it saw
// the flag set without sleeping) can be woken by that late notify while it waits for its next
// reply; returning then would hand it the previous reply again, and every later call would get
// the reply of the call before it (sort wrote garbage, EFAULT, or spun on write(1, ..., 0)).
export function readReply(sab) {
  const flag = new Int32Array(sab, 0, 1);
  while (Atomics.compareExchange(flag, 0, 1, 0) !== 1) Atomics.wait(flag, 0, 0);
  const view = new DataView(sab);
  const count = view.getInt32(28, true);
  const outs = [];
  let off = CHANNEL_DATA_OFFSET;
  for (let i = 0; i < count; i++) {
    const len = view.getInt32(32 + 4 * i, true);
    if (len < 0) outs.push(null);
    else {
      outs.push(new Uint8Array(sab, off, len).slice());
      off += len;
    }
  }
  return {
    action: view.getInt32(4, true),
    ret: view.getFloat64(8, true),
    signo: view.getInt32(16, true),
    handler: view.getUint32(20, true),
    saFlags: view.getUint32(24, true),
    siginfo: view.getInt32(16, true) ? new Uint8Array(sab, SIGINFO_OFFSET, SIGINFO_BYTES).slice() : null,
    outs,
  };
}
