/* unwind_wasm.cpp — the unwinder interface that libc++abi calls, for WebAssembly exception
 * handling (clang -fwasm-exceptions, the legacy encoding Node 20 and Binaryen 108 run), and the
 * handler around main that makes an uncaught exception call std::terminate.
 *
 * There is no stack to walk: the engine unwinds. `throw` reaches _Unwind_RaiseException, which
 * throws the _Unwind_Exception pointer with the C++ tag (tag 0, `__cpp_exception`, which the
 * compiler defines). Every landing pad the exception passes catches it and, when it has catch
 * clauses, stores its index and LSDA in __wasm_lpad_context, calls _Unwind_CallPersonality with
 * the pointer and reads __wasm_lpad_context.selector: the type filter of the catch clause that
 * matches, or 0, in which case it runs its cleanups and rethrows to the next landing pad out.
 *
 * _Unwind_CallPersonality asks libc++abi's personality (__gxx_personality_wasm0, patch 0001) in
 * two steps that together do what its two phases do on other targets for one frame: the search
 * phase decides whether this landing pad catches and caches the result in the exception (the
 * adjusted pointer __cxa_begin_catch returns among it); only when it catches, the handler step
 * reads the cache back and sets the selector through _Unwind_SetGR(1). The personality walks the
 * call-site table by _Unwind_GetIP: the landing pad's index + 2 (1-based, and it subtracts 1).
 *
 * There is no search phase over the whole stack either, so nothing knows in advance that no
 * handler will take an exception. __wpk_call_main (below) is that last handler: crt1 calls main
 * through it, and this strong definition, linked whenever the program throws (it lives in the
 * same object as _Unwind_RaiseException), replaces crt1's weak one. The only state is the landing
 * pad context, one per thread (an exception is caught in the thread that throws it). Written in
 * C++ for that handler; the unwinder interface is extern "C". */
#include <exception>
#include <stdint.h>
#include <unwind.h>

extern "C" {

struct wasm_landing_pad_context {
  uintptr_t lpad_index; /* written by the landing pad */
  uintptr_t lsda;       /* written by the landing pad: its GCC_except_table entry */
  uintptr_t selector;   /* read by the landing pad after _Unwind_CallPersonality */
};

/* Referenced by name from every landing pad (clang's WasmEHPrepare), as thread-local data when
 * the atomics feature is on (R_WASM_MEMORY_ADDR_TLS_SLEB), as every wpk program is compiled. */
__thread struct wasm_landing_pad_context __wasm_lpad_context;

_Unwind_Reason_Code __gxx_personality_wasm0(int version, _Unwind_Action actions,
                                            uint64_t exception_class,
                                            struct _Unwind_Exception* exception,
                                            struct _Unwind_Context* context);

static struct _Unwind_Context* landing_pad_context(void) {
  return (struct _Unwind_Context*)&__wasm_lpad_context;
}

_Unwind_Reason_Code _Unwind_CallPersonality(void* thrown) {
  auto* exception = static_cast<struct _Unwind_Exception*>(thrown);
  __wasm_lpad_context.selector = 0;
  _Unwind_Reason_Code search = __gxx_personality_wasm0(
      1, _UA_SEARCH_PHASE, exception->exception_class, exception, landing_pad_context());
  if (search != _URC_HANDLER_FOUND)
    return search; /* no catch clause here: cleanups, then on to the next landing pad */
  return __gxx_personality_wasm0(1,
                                 static_cast<_Unwind_Action>(_UA_CLEANUP_PHASE | _UA_HANDLER_FRAME),
                                 exception->exception_class, exception, landing_pad_context());
}

_Unwind_Reason_Code _Unwind_RaiseException(struct _Unwind_Exception* exception) {
  __builtin_wasm_throw(0, exception);
}

_Unwind_Reason_Code _Unwind_Resume_or_Rethrow(struct _Unwind_Exception* exception) {
  __builtin_wasm_throw(0, exception);
}

/* Landing pads rethrow with the `rethrow` instruction; nothing calls this on wasm, but the
 * interface has it. */
void _Unwind_Resume(struct _Unwind_Exception* exception) {
  __builtin_wasm_throw(0, exception);
}

void _Unwind_DeleteException(struct _Unwind_Exception* exception) {
  if (exception->exception_cleanup)
    exception->exception_cleanup(_URC_FOREIGN_EXCEPTION_CAUGHT, exception);
}

_Unwind_Word _Unwind_GetIP(struct _Unwind_Context* context) {
  return ((struct wasm_landing_pad_context*)context)->lpad_index + 2;
}

/* The landing pad is entered by the engine, not by an address. */
void _Unwind_SetIP(struct _Unwind_Context* context, _Unwind_Word value) {
  (void)context;
  (void)value;
}

/* Register 1 is the selector; register 0, the exception pointer, the landing pad already has. */
void _Unwind_SetGR(struct _Unwind_Context* context, int index, _Unwind_Word value) {
  if (index == 1)
    ((struct wasm_landing_pad_context*)context)->selector = value;
}

void* _Unwind_GetLanguageSpecificData(struct _Unwind_Context* context) {
  return (void*)((struct wasm_landing_pad_context*)context)->lsda;
}

_Unwind_Ptr _Unwind_GetRegionStart(struct _Unwind_Context* context) {
  (void)context;
  return 0;
}

int __main_argc_argv(int argc, char** argv);

/* An exception that leaves main is caught here and std::terminate runs while it is the caught
 * exception: the handler of std::set_terminate, or libc++abi's default one, which prints
 * "terminating due to uncaught exception of type T: what()" and aborts. The stack between main
 * and the throw is unwound first (whether that happens is implementation-defined). */
int __wpk_call_main(int argc, char** argv) {
  try {
    return __main_argc_argv(argc, argv);
  } catch (...) {
    std::terminate();
  }
}

} /* extern "C" */
