/* The thread pointer is a thread-local variable, __wpk_thread_pointer
 * (src/thread/wasm/__set_thread_area.c). Thread-local data on wasm is addressed from the
 * instance global __tls_base, and every thread is its own instance of the module on the shared
 * memory, so the variable is per thread; the main thread's copy is in static memory. A new
 * thread sets its copy in __wpk_thread_start (src/thread/wasm/clone.c). */
extern __attribute__((__visibility__("hidden"))) __thread uintptr_t __wpk_thread_pointer;

static inline uintptr_t __get_tp(void)
{
	return __wpk_thread_pointer;
}

#define MC_PC __pc
