// signal-poll.mjs — makes every loop of a program look for a pending signal, so that a signal
// handler runs also in a thread that computes without making system calls.
//
// Why. The runtime can only run a handler when the thread is in its hands: a thread runs wasm
// in its own worker, and JS cannot interrupt it there. Until this transform, handlers ran only at
// system calls, so a program that arms alarm() and then computes until its SIGALRM handler clears
// a flag never stopped: `openssl speed` (a loop of hashing until the alarm) ran forever. Any
// endless computation goes through a loop, so a look at the top of every loop bounds the delay.
//
// The transform. The kernel gives each thread a one-page shared memory of its own, `signals`,
// whose first word it sets to 1 when a signal with a handler is to be taken by that thread while
// it runs (kernel.mjs, processSignals) and back to 0 when the thread next enters the kernel (which
// delivers the signal with its reply). The module gets that memory as an added import,
// `wpk-runtime.signals`, and each `loop` gets at its top:
//
//   if (i32.atomic.load signals[0]) drop(wpk.syscall(SIGNAL_POLL, 0, 0, 0, 0, 0, 0))
//
// The worker answers SIGNAL_POLL itself (worker.mjs): it asks the kernel for nothing but the
// signals, and runs the handler the reply names, as after any system call. The call reuses the
// module's own `wpk.syscall` import, so no function index moves; the memory comes after the
// module's imported one (a module on shared memory defines none), so no memory index moves. The
// load is atomic so that the engine neither hoists it out of the loop nor caches it.
//
// Invariants. The added code leaves the operand stack as it was (a loop's parameters stay
// below it), calls nothing but the import, and branches nowhere outside its own `if`. Only a
// module on shared memory that imports `wpk.syscall` is rewritten (a module with its own memory
// keeps signals at system calls: its memory index 0 is the one it defines). The cost is a load
// and a branch per iteration (kernel-abi/bench/run-signal-poll-bench).
import { leb, signedLeb } from './wasm-code.mjs';

// The system call number of a poll: outside Linux's table (and the ABI's), taken by the worker
// before any syscall dispatch.
export const SIGNAL_POLL = 0x7770_0001;
export const SIGNALS_IMPORT = { module: 'wpk-runtime', name: 'signals' };

// The transform, for module-rewrite.mjs.
export function signalPoll({ memory64, sharedMemory }) {
  let syscallIndex = -1;
  let poll = null;
  return {
    name: 'signal-poll',
    begin(module) {
      if (!sharedMemory || module.definesMemory) return false;
      let functionIndex = 0;
      for (const i of module.imports) {
        if (i.kind !== 0) continue;
        if (i.module === 'wpk' && i.name === 'syscall') syscallIndex = functionIndex;
        functionIndex++;
      }
      if (syscallIndex < 0) return false;
      const signalsMemory = module.imports.filter((i) => i.kind === 2).length;
      poll = pollCode(syscallIndex, signalsMemory, memory64);
      return true;
    },
    wantsBody(bytes, from, to) {
      for (let i = from; i < to; i++) if (bytes[i] === 0x03) return true; // maybe a loop
      return false;
    },
    edit(body, at, end) {
      if (body[at] !== 0x03) return null; // loop
      return Buffer.concat([body.subarray(at, end), poll]);
    },
    finish() {
      const name = (s) => Buffer.concat([leb(Buffer.byteLength(s)), Buffer.from(s)]);
      // memory, limits flags 3 (a maximum, shared), 1 page, at most 1 page
      const entry = Buffer.concat([name(SIGNALS_IMPORT.module), name(SIGNALS_IMPORT.name), Uint8Array.of(2, 3, 1, 1)]);
      return { imports: [entry] };
    },
  };
}

function pollCode(syscallIndex, signalsMemory, memory64) {
  const argument = memory64 ? [0x42, 0x00] : [0x41, 0x00]; // iptr 0
  return Uint8Array.from([
    0x41, 0x00, // i32.const 0 (the word's address in `signals`)
    0xfe, 0x10, 0x42, ...leb(signalsMemory), 0x00, // i32.atomic.load align=4, memory `signals`, offset 0
    0x04, 0x40, // if
    0x41, ...signedLeb(SIGNAL_POLL),
    ...argument, ...argument, ...argument, ...argument, ...argument, ...argument,
    0x10, ...leb(syscallIndex), // call wpk.syscall
    0x1a, // drop
    0x0b, // end
  ]);
}
