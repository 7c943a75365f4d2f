// memory64.mjs — memory64 is behind a V8 flag in Node 20 (--experimental-wasm-memory64). The
// runtime turns it on (process-wide, workers included) just before it compiles the first wasm64
// module, so wpk-run needs no flag on its command line and wasm32 runs leave V8 untouched.
import v8 from 'node:v8';

let enabled = false;
export function enableMemory64() {
  if (!enabled) {
    v8.setFlagsFromString('--experimental-wasm-memory64');
    enabled = true;
  }
}
