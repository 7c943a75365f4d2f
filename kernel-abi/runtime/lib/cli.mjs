// cli.mjs — `wpk-run [--root DIR] [--argv0 NAME] PROGRAM.wasm [ARGS...]`: runs a wpk program in
// the reference runtime with the caller's stdin/stdout/stderr and exits with its status
// (128+signal when a signal ended it). --argv0 sets argv[0] (default: PROGRAM.wasm as given), as
// `exec -a` does: a multicall program (coreutils) picks its tool by that name. Usage errors exit 2; a missing program 127; a file that is not a runnable
// wpk program (not wasm, wrong ABI version) 126 — always with one line on stderr.
import fs from 'node:fs';

function die(message, code) {
  try {
    fs.writeSync(2, `wpk-run: ${message}\n`);
  } catch {
    // nothing left to report to
  }
  process.exit(code);
}

process.on('uncaughtException', (e) => die(`internal error: ${e && e.message}`, 70));
process.on('unhandledRejection', (e) => die(`internal error: ${e && e.message}`, 70));

const usage = 'usage: wpk-run [--root DIR] [--argv0 NAME] PROGRAM.wasm [ARGS...]';
const argv = process.argv.slice(2);
let root = '/';
let argv0 = null;
while (argv.length > 0 && argv[0].startsWith('--')) {
  const opt = argv.shift();
  if (opt === '--') break;
  if (opt === '--root') {
    if (argv.length === 0) die(`--root needs a directory\n${usage}`, 2);
    root = argv.shift();
  } else if (opt.startsWith('--root=')) root = opt.slice(7);
  else if (opt === '--argv0') {
    if (argv.length === 0) die(`--argv0 needs a name\n${usage}`, 2);
    argv0 = argv.shift();
  } else if (opt.startsWith('--argv0=')) argv0 = opt.slice(8);
  else if (opt === '--help') {
    fs.writeSync(1, usage + '\n');
    process.exit(0);
  } else die(`unknown option ${opt}\n${usage}`, 2);
}
if (argv.length === 0) die(usage, 2);
const [program, ...args] = argv;

let lib;
try {
  lib = await import('./index.mjs');
} catch (e) {
  die(e.message, 70);
}
try {
  const r = await lib.runProgram({ program, args, root, argv0: argv0 ?? program, forwardSignals: true });
  process.exit(r.exitCode);
} catch (e) {
  if (e instanceof lib.RunError) die(e.message, e.exitCode);
  die(`internal error: ${e && e.message}`, 70);
}
