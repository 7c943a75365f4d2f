/* Gives the calling thread fresh thread-local data (timer_create's SIGEV_THREAD helper reuses
 * one thread for every expiry): its wasm TLS block, whose address __copy_tls recorded in dtv[1]
 * (src/env/wasm/__init_tls.c), is filled from the module's template again. */
#include "pthread_impl.h"

extern void __wasm_init_tls(void *);

void __reset_tls(void)
{
	__wasm_init_tls((void *)__pthread_self()->dtv[1]);
}
