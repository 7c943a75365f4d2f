/* The thread pointer of the (only) thread lives in linear memory, in __wpk_thread_pointer
 * (src/thread/wasm/__set_thread_area.c), so a fork copies it with the rest of memory. TLS
 * variables of the program are plain globals: without the atomics and bulk-memory features
 * clang lowers thread_local to ordinary data. */
extern __attribute__((__visibility__("hidden"))) uintptr_t __wpk_thread_pointer;

static inline uintptr_t __get_tp(void)
{
	return __wpk_thread_pointer;
}

#define MC_PC __pc
