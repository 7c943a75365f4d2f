/* Benchmark harness only: the parts of <emscripten.h> that emmalloc (emscripten 3.1.6, fetched at
 * benchmark time) needs outside emscripten. EM_ASM logging is compiled out, and emmalloc's
 * static checks of emscripten's own ABI are disabled: on musl wasm32 max_align_t is 16-aligned
 * (emscripten's is 8), which only makes emmalloc align to 16 like the other allocators. */
#ifndef WPK_EMMALLOC_SHIM_EMSCRIPTEN_H
#define WPK_EMMALLOC_SHIM_EMSCRIPTEN_H
#define EM_ASM(...) ((void)0)
#define MAIN_THREAD_ASYNC_EM_ASM(...) ((void)0)
#undef static_assert
#define static_assert(...)
#endif
