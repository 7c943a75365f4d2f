// fork_runtime.mjs — a small runtime implementing the fork protocol of instrument/PROTOCOL.md,
// for running instrumented modules in tests (not the project's reference runtime).
//
// A "process" is an instance of the module. The program runs from its `_start` export. The
// `wpk.fork` import unwinds the process (wpk_fork_unwind_begin), `_start` returns, the runtime
// copies linear memory into a new instance (the child), and both rewind and re-enter `_start`;
// the fork import then returns the child's pid in the parent and 0 in the child. Processes run
// one after another (parent to completion first), so the output order is deterministic.
//
// Imports offered besides wpk.fork: env.log_i32 / env.log_i64 / env.log_f64 (append to the
// process log), env.getpid, env.table_base (immutable i32 global, 2), and a minimal `wpk.syscall` (write to fd 1/2 and exit_group) for
// C programs.

import { createSharedMemory, growMemory } from '../../../kernel-abi/runtime/lib/shared-memory.mjs';
import { inspectModule } from '../../../kernel-abi/runtime/lib/wasm-info.mjs';

const PAGE = 65536;

export class ProcessExit extends Error {
  constructor(status) {
    super(`exit ${status}`);
    this.status = status;
  }
}

export function runProgram(bytes, { bufferBytes = 1 << 20, maxProcesses = 16, extraImports = {}, compiled = null } = {}) {
  const module = compiled || new WebAssembly.Module(bytes);
  const { arch, memoryImport } = inspectModule(new Uint8Array(bytes));
  const is64 = arch === 'wasm64';
  const processes = [];
  const report = [];
  let nextPid = 1;
  let current = null;

  const big = (v) => (is64 ? BigInt(v) : v);
  const num = (v) => Number(v);

  function makeImports(proc) {
    const decoder = new TextDecoder();
    const imports = {
      wpk: {
        fork() {
          const ex = proc.instance.exports;
          if (ex.wpk_fork_state() === 2) {
            ex.wpk_fork_rewind_end();
            return proc.forkResult;
          }
          if (processes.length >= maxProcesses) {
            return -11; // -EAGAIN
          }
          if (proc.buffer === undefined) {
            const memory = ex.memory;
            const pages = Math.ceil((bufferBytes + 64) / PAGE);
            const start = growMemory(memory, pages) * PAGE;
            proc.buffer = start;
          }
          writeHeader(proc, proc.buffer + 64, proc.buffer + 64 + bufferBytes);
          proc.forking = true;
          ex.wpk_fork_unwind_begin(big(proc.buffer));
          return 0;
        },
        // An import named with --entry in the tests: behaves exactly like fork.
        vfork() { return imports.wpk.fork(); },
        // argv is ["prog"], the environment is empty.
        args_sizes(countOut, sizeOut) { storePtr(proc, countOut, 1); storePtr(proc, sizeOut, 5); return 0; },
        args_get(argv, buf) {
          new Uint8Array(proc.instance.exports.memory.buffer).set([112, 114, 111, 103, 0], num(buf));
          storePtr(proc, argv, num(buf));
          return 0;
        },
        environ_sizes(countOut, sizeOut) { storePtr(proc, countOut, 0); storePtr(proc, sizeOut, 0); return 0; },
        environ_get() { return 0; },
        syscall(nr, a1, a2, a3) {
          nr = num(nr);
          if (nr === 64) { // write(fd, buf, len)
            const mem = new Uint8Array(proc.instance.exports.memory.buffer);
            const text = decoder.decode(mem.subarray(num(a2), num(a2) + num(a3)));
            proc.log.push(`fd${num(a1)}: ${JSON.stringify(text)}`);
            return big(a3);
          }
          if (nr === 66) { // writev(fd, iov, iovcnt)
            const view = new DataView(proc.instance.exports.memory.buffer);
            const mem = new Uint8Array(proc.instance.exports.memory.buffer);
            const step = is64 ? 16 : 8;
            let text = '', total = 0;
            for (let i = 0; i < num(a3); i++) {
              const at = num(a2) + i * step;
              const base = is64 ? Number(view.getBigUint64(at, true)) : view.getUint32(at, true);
              const len = is64 ? Number(view.getBigUint64(at + 8, true)) : view.getUint32(at + 4, true);
              text += decoder.decode(mem.subarray(base, base + len));
              total += len;
            }
            if (text.length) proc.log.push(`fd${num(a1)}: ${JSON.stringify(text)}`);
            return big(total);
          }
          if (nr === 94 || nr === 93) { // exit_group, exit
            throw new ProcessExit(num(a1));
          }
          if (nr === 172) { // getpid
            return big(proc.pid);
          }
          return big(-38); // -ENOSYS
        },
      },
      env: {
        log_i32(v) { proc.log.push(`log ${v}`); },
        log_i64(v) { proc.log.push(`log ${v}`); },
        log_f64(v) { proc.log.push(`log ${v}`); },
        getpid() { return proc.pid; },
        // An immutable global for element segments placed at `(global.get $base)` (as in
        // position-independent code): the table slot where such a segment starts.
        table_base: new WebAssembly.Global({ value: 'i32', mutable: false }, 2),
      },
    };
    for (const [mod, fields] of Object.entries(extraImports)) {
      imports[mod] = { ...(imports[mod] || {}), ...fields(proc) };
    }
    return imports;
  }

  function storePtr(proc, address, value) {
    const view = new DataView(proc.instance.exports.memory.buffer);
    if (is64) view.setBigUint64(num(address), BigInt(value), true);
    else view.setUint32(num(address), value, true);
  }

  function writeHeader(proc, cursor, limit) {
    const view = new DataView(proc.instance.exports.memory.buffer);
    if (is64) {
      view.setBigUint64(proc.buffer, BigInt(cursor), true);
      view.setBigUint64(proc.buffer + 8, BigInt(limit), true);
    } else {
      view.setUint32(proc.buffer, cursor, true);
      view.setUint32(proc.buffer + 4, limit, true);
    }
  }
  function readCursor(proc) {
    const view = new DataView(proc.instance.exports.memory.buffer);
    return is64 ? Number(view.getBigUint64(proc.buffer, true)) : view.getUint32(proc.buffer, true);
  }

  function spawn(parent) {
    const proc = { pid: nextPid++, log: [], forkResult: 0, buffer: parent ? parent.buffer : undefined };
    const imports = makeImports(proc);
    // A module that imports its memory (shared, as the wpk wrappers link every program) gets a
    // new one per process, made as the reference runtime makes it.
    if (memoryImport) imports.wpk.memory = createSharedMemory(memoryImport);
    proc.instance = new WebAssembly.Instance(module, imports);
    if (parent) {
      const src = parent.instance.exports.memory;
      const dst = proc.instance.exports.memory;
      const need = src.buffer.byteLength / PAGE - dst.buffer.byteLength / PAGE;
      if (need > 0) growMemory(dst, need);
      new Uint8Array(dst.buffer).set(new Uint8Array(src.buffer));
    }
    processes.push(proc);
    return proc;
  }

  function runToCompletion(proc) {
    const ex = proc.instance.exports;
    for (;;) {
      proc.forking = false;
      current = proc;
      let result;
      try {
        result = ex._start();
      } catch (e) {
        if (e instanceof ProcessExit) {
          return { pid: proc.pid, exit: e.status, log: proc.log };
        }
        return { pid: proc.pid, trap: String(e.message || e), log: proc.log };
      }
      if (!proc.forking) {
        return { pid: proc.pid, result: result === undefined ? null : String(result), log: proc.log };
      }
      const state = ex.wpk_fork_state();
      ex.wpk_fork_unwind_end();
      if (state === 3) {
        const need = readCursor(proc) - (proc.buffer + 64);
        return { pid: proc.pid, forkOverflow: { need, have: bufferBytes }, log: proc.log };
      }
      if (state !== 1) {
        return { pid: proc.pid, protocolError: `state ${state} after unwind`, log: proc.log };
      }
      const child = spawn(proc);
      proc.forkResult = child.pid;
      child.forkResult = 0;
      for (const p of [proc, child]) {
        writeHeader(p, proc.buffer + 64, proc.buffer + 64 + bufferBytes);
        p.instance.exports.wpk_fork_rewind_begin(big(proc.buffer));
      }
      pending.push(child);
    }
  }

  const pending = [spawn(null)];
  while (pending.length) {
    report.push(runToCompletion(pending.shift()));
  }
  return report;
}

export function formatReport(report) {
  const lines = [];
  for (const p of report) {
    for (const l of p.log) lines.push(`pid=${p.pid} ${l}`);
    if ('result' in p && p.result !== null) lines.push(`pid=${p.pid} result ${p.result}`);
    if ('exit' in p) lines.push(`pid=${p.pid} exit ${p.exit}`);
    if ('trap' in p) lines.push(`pid=${p.pid} trap ${p.trap}`);
    if ('forkOverflow' in p) lines.push(`pid=${p.pid} fork-overflow need=${p.forkOverflow.need} have=${p.forkOverflow.have}`);
    if ('protocolError' in p) lines.push(`pid=${p.pid} protocol-error ${p.protocolError}`);
  }
  return lines.join('\n');
}
