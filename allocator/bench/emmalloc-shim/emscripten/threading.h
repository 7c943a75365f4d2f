/* Benchmark harness only (see ../emscripten.h): nothing emmalloc needs here. */
