/* Thread-local storage on wasm.
 *
 * A program's thread-local variables are not an ELF PT_TLS image here. clang addresses them
 * from the instance global __tls_base; wasm-ld lays out one TLS block for the main thread in
 * static memory (its address is __tls_base when the program starts) and provides the block's
 * size and alignment (__builtin_wasm_tls_size/_align) and __wasm_init_tls(block), which points
 * the *calling* instance's __tls_base at `block` and fills it from the module's TLS template.
 *
 * musl's thread area is kept with the layout of arches whose TLS lies below the thread pointer:
 *
 *   mem -> [ dtv[0..1] ][ wasm TLS block ][ struct pthread ] <- mem + libc.tls_size
 *                                           ^ thread pointer (TP_ADJ is the identity)
 *
 * __copy_tls only reserves the block and records its address in dtv[1]: filling it and setting
 * __tls_base must happen in the new thread's own instance, which __wpk_thread_start does
 * (src/thread/wasm/clone.c). The main thread's dtv[1] is wasm-ld's static block. musl's TLS
 * module list stays empty (no dynamic TLS: __tls_get_addr is never called by wasm code). */
#include <stddef.h>
#include <stdint.h>
#include "pthread_impl.h"
#include "libc.h"
#include "syscall.h"

volatile int __thread_list_lock;

/* The main thread's area: its struct pthread and dtv in static memory. */
static struct pthread main_thread;
static uintptr_t main_dtv[2];

static size_t wasm_tls_align(void)
{
	size_t align = __builtin_wasm_tls_align();
	return align < sizeof(void *) ? sizeof(void *) : align;
}

int __init_tp(void *p)
{
	pthread_t td = p;
	td->self = td;
	int r = __set_thread_area(TP_ADJ(p));
	if (r < 0) return -1;
	if (r == 0) libc.can_do_threads = 1;
	td->detach_state = DT_JOINABLE;
	td->tid = __syscall(SYS_set_tid_address, &__thread_list_lock);
	td->locale = &libc.global_locale;
	td->robust_list.head = &td->robust_list.head;
	td->sysinfo = __sysinfo;
	td->next = td->prev = td;
	return 0;
}

void *__copy_tls(unsigned char *mem)
{
	uintptr_t start = (uintptr_t)mem, end = start + libc.tls_size;
	uintptr_t *dtv = (uintptr_t *)mem;
	uintptr_t block = (start + sizeof main_dtv + wasm_tls_align() - 1) & -wasm_tls_align();
	pthread_t td = (pthread_t)((end - sizeof(struct pthread)) & -(uintptr_t)_Alignof(struct pthread));
	dtv[0] = 0; /* no musl TLS modules; dtv[1] is the wasm block */
	dtv[1] = block;
	td->dtv = dtv;
	return td;
}

static void wasm_init_tls(size_t *aux)
{
	(void)aux;
	/* Room for the dtv, the block at its alignment, and struct pthread at its own, in 16s. */
	size_t size = sizeof main_dtv + wasm_tls_align() - 1 + __builtin_wasm_tls_size() +
	              _Alignof(struct pthread) - 1 + sizeof(struct pthread);
	libc.tls_align = wasm_tls_align();
	libc.tls_size = (size + 15) & -(size_t)16;
	main_dtv[0] = 0;
	main_dtv[1] = (uintptr_t)__builtin_wasm_tls_base();
	main_thread.dtv = main_dtv;
	if (__init_tp(&main_thread) < 0) a_crash();
}

weak_alias(wasm_init_tls, __init_tls);
