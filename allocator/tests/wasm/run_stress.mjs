// run_stress.mjs MODULE.wasm SEED OPS SLOTS MAX_SIZE — runs the wasm stress test under Node and
// checks that wpkmalloc's custom section identifies the allocator. Exit 0 when all blocks stayed
// intact.
import { readFileSync } from "node:fs";

const [file, seed, ops, slots, maxSize] = process.argv.slice(2);
const bytes = readFileSync(file);
const module = new WebAssembly.Module(bytes);
const sections = WebAssembly.Module.customSections(module, "wpk.allocator");
if (sections.length !== 1) {
  console.error(`FAIL: expected one wpk.allocator custom section, found ${sections.length}`);
  process.exit(1);
}
const ident = new TextDecoder().decode(sections[0]);
if (!/^wpkmalloc \d+\.\d+\.\d+$/.test(ident)) {
  console.error(`FAIL: wpk.allocator section reads '${ident}'`);
  process.exit(1);
}
let memory;
const env = {
  // wpkmalloc's fatal errors (double free, invalid pointer): print them, the module then traps.
  wpk_fatal(what, pointer) {
    const bytes = new Uint8Array(memory.buffer);
    let end = Number(what);
    while (bytes[end]) end++;
    const text = new TextDecoder().decode(bytes.subarray(Number(what), end));
    console.error(`wpkmalloc: ${text} 0x${pointer.toString(16)}`);
  },
};
const { exports } = new WebAssembly.Instance(module, { env });
memory = exports.memory;
const error = exports.stress_run(Number(seed), Number(ops), Number(slots), Number(maxSize));
if (error !== 0) {
  console.error(`FAIL: stress error ${error} at op ${exports.stress_op()} (${file}, seed ${seed})`);
  process.exit(1);
}
const impossible = exports.impossible_requests();
if (impossible !== 0) {
  console.error(`FAIL: impossible_requests() = ${impossible} (${file})`);
  process.exit(1);
}
const peak = exports.stress_peak_live();
const system = exports.stress_system_bytes();
console.log(`stress ok: ${file.split("/").pop()} [${ident}] seed ${seed}, ${ops} ops, ` +
  `${exports.stress_allocs()} allocations, peak live ${peak} B, heap ${system} B (${(system / peak).toFixed(2)}x)`);
