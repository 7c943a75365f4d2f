/* The wasm entry point is written in C: crt/wasm/crt1.c (installed as crt/$ARCH/crt1.c). */
#error "crt_arch.h is not used on wasm; _start is defined in crt/wasm/crt1.c"
