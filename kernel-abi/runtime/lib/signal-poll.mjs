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
// `wpk-runtime.signals`. A loop L whose block type has no parameters becomes
//
//   block $done (type of L)            ;; L's results leave through here
//     loop $retry (type of L)          ;; the poll re-enters L from its top
//       block $poll
//         loop L (type of L)
//           br_if $poll (i32.atomic.load signals[0])
//           ...L's body...
//         end
//         br $done
//       end
//       drop(wpk.syscall(SIGNAL_POLL, 0, 0, 0, 0, 0, 0))
//       br $retry
//     end
//   end
//
// so that the loop itself holds no call: V8 compiles a loop with a call in it (even one never
// taken) much slower. loop_bench's loop of two integer operations ran at 0.61 of its unpolled
// speed with the call in the loop and 0.81 this way, xz at 0.77 and 0.88 (session 18,
// kernel-abi/bench/README.md). Leaving L at its top and entering it again is the same as
// going on, as nothing of the turn has run. Branches inside L to labels outside it now cross
// three more labels: their depths grow by 3 for each such wrapped loop they leave (br, br_if,
// br_table, rethrow, delegate). A loop with parameters (a type-index block type) keeps the call
// in its top instead, `if (i32.atomic.load signals[0]) drop(wpk.syscall(SIGNAL_POLL, 0...))`;
// clang does not emit such loops.
//
// The worker answers SIGNAL_POLL itself (worker.mjs): it asks the kernel for nothing but the
// signals, and runs the handler the reply names, as after any system call. The call reuses the
// module's own `wpk.syscall` import, so no function index moves; the memory comes after the
// module's imported one (a module on shared memory defines none), so no memory index moves. The
// load is atomic so that the engine neither hoists it out of the loop nor caches it.
//
// Invariants. The added code leaves the operand stack as it was at the loop's top, calls
// nothing but the import, and branches only to its own labels or, through the adjusted depths,
// where the program branched before. Only a module on shared memory that imports `wpk.syscall`
// is rewritten (a module with its own memory keeps signals at system calls: its memory index 0
// is the one it defines). The cost is a load and a branch per iteration
// (kernel-abi/bench/run-signal-poll-bench).
import { readLeb } from './wasm-info.mjs';
import { leb, signedLeb } from './wasm-code.mjs';

// The system call number of a poll: outside Linux's table (and the ABI's), taken by the worker
// before any syscall dispatch.
export const SIGNAL_POLL = 0x7770_0001;
export const SIGNALS_IMPORT = { module: 'wpk-runtime', name: 'signals' };

// The transform, for module-rewrite.mjs.
export function signalPoll({ memory64, sharedMemory }) {
  let syscallIndex = -1;
  let signalsMemory = -1;
  let frames = []; // the open blocks of the body being walked: true for a wrapped loop
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
      signalsMemory = module.imports.filter((i) => i.kind === 2).length;
      return true;
    },
    wantsBody(bytes, from, to) {
      for (let i = from; i < to; i++) if (bytes[i] === 0x03) return true; // maybe a loop
      return false;
    },
    beginBody() {
      frames = [];
    },
    edit(body, at, end) {
      const op = body[at];
      if (op === 0x02 || op === 0x04 || op === 0x06) {
        frames.push(false); // block, if, try
        return null;
      }
      if (op === 0x03) return enterLoop(body.subarray(at, end));
      if (op === 0x0b) return frames.pop() ? leaveWrappedLoop() : null; // end (the body's own: none)
      if (op === 0x0c || op === 0x0d || op === 0x09) return branch(body, at, end); // br, br_if, rethrow
      if (op === 0x0e) return branchTable(body, at, end);
      if (op === 0x18) {
        frames.pop(); // delegate ends its try, and names a label outside it
        return branch(body, at, end);
      }
      return null;
    },
    finish() {
      const name = (s) => Buffer.concat([leb(Buffer.byteLength(s)), Buffer.from(s)]);
      // memory, limits flags 3 (a maximum, shared), 1 page, at most 1 page
      const entry = Buffer.concat([name(SIGNALS_IMPORT.module), name(SIGNALS_IMPORT.name), Uint8Array.of(2, 3, 1, 1)]);
      return { imports: [entry] };
    },
  };

  function enterLoop(loop) {
    const look = Uint8Array.of(0x41, 0x00, 0xfe, 0x10, 0x42, ...leb(signalsMemory), 0x00); // i32.atomic.load signals[0]
    const type = loop[1];
    if (type !== 0x40 && !(type >= 0x6f && type <= 0x7f)) {
      frames.push(false); // parameters (a type index): the call stays in the loop
      return Buffer.concat([loop, look, Uint8Array.of(0x04, 0x40), pollCall(), Uint8Array.of(0x0b)]);
    }
    frames.push(true);
    return Buffer.concat([
      Uint8Array.of(0x02, type, 0x03, type, 0x02, 0x40), // block $done, loop $retry, block $poll
      loop,
      look, Uint8Array.of(0x0d, 0x01), // br_if $poll
    ]);
  }

  function leaveWrappedLoop() {
    return Buffer.concat([
      Uint8Array.of(0x0b, 0x0c, 0x02, 0x0b), // end (L), br $done, end ($poll)
      pollCall(),
      Uint8Array.of(0x0c, 0x00, 0x0b, 0x0b), // br $retry, end ($retry), end ($done)
    ]);
  }

  function pollCall() {
    const argument = memory64 ? [0x42, 0x00] : [0x41, 0x00]; // iptr 0
    return Uint8Array.from([
      0x41, ...signedLeb(SIGNAL_POLL),
      ...argument, ...argument, ...argument, ...argument, ...argument, ...argument,
      0x10, ...leb(syscallIndex), // call wpk.syscall
      0x1a, // drop
    ]);
  }

  // A label depth from the current position, grown by 3 for each wrapped loop it leaves.
  function adjusted(depth) {
    let extra = 0;
    const crossed = Math.min(depth, frames.length);
    for (let i = frames.length - crossed; i < frames.length; i++) if (frames[i]) extra += 3;
    return depth + extra;
  }

  function branch(body, at, end) {
    const [depth] = readLeb(body, at + 1);
    const moved = adjusted(depth);
    return moved === depth ? null : Buffer.concat([Uint8Array.of(body[at]), leb(moved)]);
  }

  function branchTable(body, at, end) {
    let [count, p] = readLeb(body, at + 1);
    const depths = [];
    for (let i = 0; i <= count; i++) {
      let depth;
      [depth, p] = readLeb(body, p);
      depths.push(depth);
    }
    const moved = depths.map(adjusted);
    if (moved.every((d, i) => d === depths[i])) return null;
    return Buffer.concat([Uint8Array.of(0x0e), leb(count), ...moved.map((d) => leb(d))]);
  }
}
