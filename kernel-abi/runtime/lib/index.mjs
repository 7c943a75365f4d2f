// index.mjs — the library API of the reference runtime.
//
//   import { runProgram } from '.../kernel-abi/runtime/lib/index.mjs';
//   const { exitCode, status, signal } = await runProgram({ program: 'hello.wasm', args: ['x'] });
//
// program: host path of a wpk wasm program (wasm32 or wasm64); args: argv[1..]; argv0 defaults
// to program; env: array of "K=V" (default: the caller's environment); root: host directory
// mounted as `/` (default `/`); cwd: virtual working directory (default: the caller's cwd when
// it lies inside root, else `/`); stdio: host fds for the program's 0, 1, 2; forwardSignals:
// deliver SIGINT/SIGTERM/SIGHUP/SIGQUIT received by this Node process to the program's group.
// Resolves when the program's first process ends (other processes are then stopped) with its
// wait status, the shell-style exit code (128+signal for a death by signal) and the signal.
// Load failures reject with a RunError carrying a one-line message and the shell's exit code
// (127: not found, 126: not executable / not a wpk program / wrong ABI version).
import fs from 'node:fs';
import path from 'node:path';
import { engineProblem } from './engine.mjs';
import { Kernel } from './kernel.mjs';
import { CacheSettingError, cacheFromEnvironment } from './rewrite-cache.mjs';
import { SysError } from './files.mjs';
import { inspectModule, WasmInfoError } from './wasm-info.mjs';
import { SIG } from './abi.mjs';

export class RunError extends Error {
  constructor(message, exitCode) {
    super(message);
    this.exitCode = exitCode;
  }
}

// Reads just enough of a program to know its arch; throws RunError for unusable input.
export function programArch(program) {
  let bytes;
  try {
    bytes = fs.readFileSync(program);
  } catch (e) {
    if (e.code === 'ENOENT' || e.code === 'ENOTDIR') throw new RunError(`${program}: No such file or directory`, 127);
    if (e.code === 'EISDIR') throw new RunError(`${program}: Is a directory`, 126);
    throw new RunError(`${program}: ${e.code === 'EACCES' ? 'Permission denied' : e.message}`, 126);
  }
  try {
    return inspectModule(bytes).arch;
  } catch (e) {
    if (e instanceof WasmInfoError) throw new RunError(`${program}: cannot execute: ${e.message}`, 126);
    throw e;
  }
}

function virtualCwd(root) {
  const host = process.cwd();
  const realRoot = fs.realpathSync(root);
  if (realRoot === '/') return host;
  const rel = path.relative(realRoot, host);
  if (rel.startsWith('..') || path.isAbsolute(rel)) return '/';
  return '/' + rel;
}

export function waitStatusToExitCode(status) {
  const sig = status & 0x7f;
  if (sig === 0) return (status >> 8) & 0xff;
  return 128 + sig;
}

export async function runProgram({
  program, args = [], argv0 = program, env = null, root = '/', cwd = null, stdio = [0, 1, 2],
  traceEnosys = process.env.WPK_RUN_TRACE_ENOSYS === '1', trace = process.env.WPK_RUN_TRACE === '1',
  bulkMemoryGuard = process.env.WPK_RUN_BULK_MEMORY_GUARD !== '0', signalPoll = process.env.WPK_RUN_SIGNAL_POLL !== '0',
  forwardSignals = false,
}) {
  const engine = engineProblem();
  if (engine) throw new RunError(engine, 126);
  programArch(program); // fails early, with the shell's exit code, on unusable input
  let rootStat;
  try {
    rootStat = fs.statSync(root);
  } catch {
    throw new RunError(`--root ${root}: No such directory`, 127);
  }
  if (!rootStat.isDirectory()) throw new RunError(`--root ${root}: Not a directory`, 127);
  const envp = env ?? Object.entries(process.env).map(([k, v]) => `${k}=${v}`);
  let rewriteCache;
  try {
    rewriteCache = cacheFromEnvironment();
  } catch (e) {
    if (e instanceof CacheSettingError) throw new RunError(e.message, 126);
    throw e;
  }
  const kernel = new Kernel({ root, cwd: cwd ?? virtualCwd(root), stdio, traceEnosys, trace, bulkMemoryGuard, signalPoll, rewriteCache });
  let done;
  try {
    done = kernel.spawnInitial(program, [argv0, ...args], envp);
  } catch (e) {
    if (e instanceof SysError) throw new RunError(e.message.replace(/^[A-Z]+: /, '') + '', e.errno === 'ENOENT' ? 127 : 126);
    throw e;
  }
  // Ctrl-C and friends sent to wpk-run go to the program's process group, as a shell's
  // terminal would deliver them.
  const forwarded = forwardSignals ? ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGQUIT'] : [];
  const forward = (name) => kernel.signalGroup(kernel.initial.pgid, SIG[name]);
  for (const name of forwarded) process.on(name, forward);
  const status = await done;
  for (const name of forwarded) process.off(name, forward);
  await kernel.shutdown();
  const sig = status & 0x7f;
  return { status, exitCode: waitStatusToExitCode(status), signal: sig || null };
}
