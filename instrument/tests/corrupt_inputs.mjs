// corrupt_inputs.mjs — bad input never crashes the instrumenter: N seeded random corruptions
// (1-4 bytes) of a valid module must each end with exit status 0 or 1, never a signal.
//   node corrupt_inputs.mjs WPK_FORK_INSTRUMENT MODULE.wasm WORK_DIR [N]
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

const [tool, input, work, countArg] = process.argv.slice(2);
const count = Number(countArg || 300);
mkdirSync(work, { recursive: true });
const original = readFileSync(input);
let state = 20251121;
const random = (n) => { state = (Math.imul(state, 1103515245) + 12345) >>> 0; return state % n; };
const statuses = {};
let failures = 0;
for (let i = 0; i < count; i++) {
  const bytes = Buffer.from(original);
  for (let k = 1 + random(4); k > 0; k--) bytes[8 + random(bytes.length - 8)] = random(256);
  const file = join(work, 'corrupt.wasm');
  writeFileSync(file, bytes);
  const r = spawnSync(tool, [file, '-o', join(work, 'corrupt.out.wasm')], { encoding: 'utf8' });
  const key = r.signal ? `signal ${r.signal}` : `exit ${r.status}`;
  statuses[key] = (statuses[key] || 0) + 1;
  if (r.signal || (r.status !== 0 && r.status !== 1)) {
    failures++;
    writeFileSync(join(work, `crash-${i}.wasm`), bytes);
    console.error(`FAIL: corruption ${i}: ${key}: ${r.stderr.slice(-300)}`);
  } else if (r.status === 1 && !/wpk-fork-instrument: .*corrupt\.wasm: /.test(r.stderr)) {
    failures++;
    console.error(`FAIL: corruption ${i}: exit 1 without a message naming the file: ${r.stderr}`);
  }
}
console.log(JSON.stringify(statuses));
process.exit(failures ? 1 : 0);
