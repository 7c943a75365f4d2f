/* handler_first.c's program, but its wasm build is rewritten by Binaryen's --fpcast-emu (see
 * fpcast_emulated in ../conformance), as bash's is: every function in the table then takes i64
 * parameters, and the runtime must call the signal handler with BigInt arguments. */
#include "handler_first.c"
