// engine.mjs — the runtime needs Node.js 24 or later; bin/wpk-node runs the one it is pinned to
// (../engine). What 24 brings: memory64 without flags (its JS API: `address: 'i64'`, BigInt limits
// and grow deltas), and memory grown by one thread usable at once by the others. Node 20's and
// 22's V8 bounds-checked memory64 against a size each instance cached and refreshed only at an
// interrupt check, so a thread touching pages another had just grown trapped
// (kernel-abi/tests/programs/threads_memory_grow.c: 10 of 10 runs trapped on wasm64 under Node 20).
export const MINIMUM_NODE_MAJOR = 24;

// null when this Node.js can run the runtime, else why not (one line).
export function engineProblem() {
  const major = Number(process.versions.node.split('.')[0]);
  if (major >= MINIMUM_NODE_MAJOR) return null;
  return `Node.js ${process.version} cannot run the runtime (it needs >= ${MINIMUM_NODE_MAJOR}): run it through kernel-abi/runtime/bin/wpk-node`;
}
