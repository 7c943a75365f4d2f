/* wasm modules are linked statically by wasm-ld; musl's ELF dynamic linker is not built, so no
 * relocation types are mapped here. dlopen() fails with "Dynamic loading not supported". */
#if defined(__wasm64__)
#define LDSO_ARCH "wasm64"
#else
#define LDSO_ARCH "wasm32"
#endif

#define CRTJMP(pc, sp) __builtin_trap()
