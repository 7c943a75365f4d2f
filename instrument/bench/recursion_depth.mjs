// recursion_depth.mjs — deepest `walk(depth)` of a module that V8 survives, by binary search.
//   node [V8 flags] recursion_depth.mjs MODULE.wasm
// Run it with a fixed execution tier (--liftoff --no-wasm-tier-up, or --no-liftoff): with
// dynamic tier-up the answer depends on when the optimizing compiler replaces the code.
import { readFileSync } from 'node:fs';

const module = new WebAssembly.Module(readFileSync(process.argv[2]));
const instance = new WebAssembly.Instance(module, { wpk: { fork: () => 0 } });
const walk = instance.exports.walk;
const survives = (depth) => {
  try {
    walk(depth);
    return true;
  } catch (e) {
    if (e instanceof RangeError) return false;
    throw e;
  }
};
let lo = 1, hi = 1 << 24;
while (lo + 1 < hi) {
  const mid = Math.floor((lo + hi) / 2);
  if (survives(mid)) lo = mid; else hi = mid;
}
console.log(lo);
