// run_module.mjs — run an instrumented module with the test fork runtime and print what every
// process did, one line per event: `pid=N log V`, `pid=N result V`, `pid=N exit S`, ...
//   node run_module.mjs MODULE.wasm [--buffer-bytes N]
import { readFileSync } from 'node:fs';
import { runProgram, formatReport } from './fork_runtime.mjs';

const args = process.argv.slice(2);
let bufferBytes = 1 << 20;
const files = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--buffer-bytes') bufferBytes = Number(args[++i]);
  else files.push(args[i]);
}
if (files.length !== 1) {
  console.error('usage: node run_module.mjs MODULE.wasm [--buffer-bytes N]');
  process.exit(2);
}
const bytes = readFileSync(files[0]);
if (!WebAssembly.validate(bytes)) {
  console.error(`${files[0]}: WebAssembly.validate failed`);
  process.exit(1);
}
console.log(formatReport(runProgram(bytes, { bufferBytes })));
