/* jmp_buf storage used by the wasm setjmp/longjmp runtime (src/setjmp/wasm): word 0 holds the
 * identity of the setjmp call that filled the buffer; the other words are reserved. */
typedef unsigned long __jmp_buf[8];
