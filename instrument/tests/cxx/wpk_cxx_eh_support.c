/* wpk_cxx_eh_support.c — test-only C++ exception support for clang 16's WebAssembly exception
 * handling (-fwasm-exceptions), for the instrument's executed C++ tests: the sysroot has no
 * libc++abi/libunwind yet. Written in C so that it can define the ABI symbols by name.
 *
 * What clang emits (legacy wasm EH): `throw` calls __cxa_allocate_exception and __cxa_throw; a
 * landing pad is `catch __cpp_exception` receiving the thrown pointer; it stores its landing pad
 * index and its LSDA (GCC_except_table) in __wasm_lpad_context, calls _Unwind_CallPersonality,
 * reads the selector back and compares it with the type filters of its catch clauses, then calls
 * __cxa_begin_catch / __cxa_end_catch around the handler.
 *
 * Supported: throwing any object (its type_info is compared by address), catch clauses with a
 * type and catch (...), nested try blocks, cleanups. Not supported (not needed by the tests):
 * exception specifications, catching by base class or pointer conversions, std::exception_ptr,
 * rethrow (`throw;`) and foreign exceptions. Single-threaded.
 *
 * LSDA as clang emits it for wasm: u8 LPStart encoding (0xff, omitted), u8 TType encoding
 * (0 = absolute pointers), uleb128 offset to the end of the type table, u8 call-site encoding
 * (1 = uleb128), uleb128 call-site table length, then one entry per landing pad: uleb128 landing
 * pad index, uleb128 action (0: cleanup only, else 1 + offset into the action table);
 * action records: sleb128 type filter (> 0: index into the type table counted backwards from its
 * end; 0: cleanup), sleb128 offset to the next record relative to that field (0: last). */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

struct lpad_context {
  uintptr_t lpad_index;
  uintptr_t lsda;
  uintptr_t selector;
};
struct lpad_context __wasm_lpad_context;

/* type_info of int, and the vtable that the type_info objects of classes point into: only
 * addresses matter here (types are compared by type_info address). */
const void* const _ZTIi[2] = {0, "i"};
const void* const _ZTVN10__cxxabiv117__class_type_infoE[4] = {0};

struct header {
  const void* type;
  void (*destructor)(void*);
  struct header* caught_below; /* the stack of exceptions being handled */
  uintptr_t padding;           /* keeps the object 16-byte aligned */
};

static struct header* caught;

static struct header* header_of(void* object) {
  return (struct header*)object - 1;
}

void* __cxa_allocate_exception(size_t size) {
  struct header* h = calloc(1, sizeof *h + size);
  if (!h)
    abort();
  return h + 1;
}

void __cxa_free_exception(void* object) {
  free(header_of(object));
}

void __cxa_throw(void* object, const void* type, void (*destructor)(void*)) {
  header_of(object)->type = type;
  header_of(object)->destructor = destructor;
  __builtin_wasm_throw(0, object);
}

static uintptr_t read_uleb(const uint8_t** p) {
  uintptr_t value = 0;
  unsigned shift = 0;
  uint8_t byte;
  do {
    byte = *(*p)++;
    value |= (uintptr_t)(byte & 0x7f) << shift;
    shift += 7;
  } while (byte & 0x80);
  return value;
}

static intptr_t read_sleb(const uint8_t** p) {
  intptr_t value = 0;
  unsigned shift = 0;
  uint8_t byte;
  do {
    byte = *(*p)++;
    value |= (intptr_t)(byte & 0x7f) << shift;
    shift += 7;
  } while (byte & 0x80);
  if (shift < 8 * sizeof value && (byte & 0x40))
    value |= -((intptr_t)1 << shift);
  return value;
}

/* Sets the selector to the type filter of the first catch clause that matches the exception
 * (its type, or a catch (...) whose type entry is null); 0 when none does (cleanup only). */
int _Unwind_CallPersonality(void* object) {
  const uint8_t* p = (const uint8_t*)__wasm_lpad_context.lsda;
  __wasm_lpad_context.selector = 0;
  if (*p++ != 0xff) /* LPStart must be omitted */
    abort();
  if (*p++ != 0) /* TType: absolute pointers */
    abort();
  uintptr_t ttype_offset = read_uleb(&p);
  const uint8_t* type_table_end = p + ttype_offset;
  if (*p++ != 1) /* call sites: uleb128 */
    abort();
  uintptr_t call_sites_length = read_uleb(&p);
  const uint8_t* actions = p + call_sites_length;
  uintptr_t action = 0;
  for (;;) {
    if (p >= actions)
      abort(); /* no entry for this landing pad */
    uintptr_t index = read_uleb(&p);
    action = read_uleb(&p);
    if (index == __wasm_lpad_context.lpad_index)
      break;
  }
  if (action == 0)
    return 0;
  const uint8_t* record = actions + action - 1;
  const void* thrown = header_of(object)->type;
  for (;;) {
    intptr_t filter = read_sleb(&record);
    const uint8_t* next_field = record;
    intptr_t next = read_sleb(&record);
    if (filter > 0) {
      const void* type = ((const void* const*)type_table_end)[-filter];
      if (type == 0 || type == thrown) {
        __wasm_lpad_context.selector = (uintptr_t)filter;
        return 0;
      }
    } else if (filter < 0) {
      abort(); /* exception specifications are not supported */
    }
    if (next == 0)
      return 0;
    record = next_field + next;
  }
}

void* __cxa_begin_catch(void* object) {
  struct header* h = header_of(object);
  h->caught_below = caught;
  caught = h;
  return object;
}

void __cxa_end_catch(void) {
  struct header* h = caught;
  if (!h)
    abort();
  caught = h->caught_below;
  if (h->destructor)
    h->destructor(h + 1);
  free(h);
}

void __cxa_rethrow(void) {
  abort();
}

void _ZSt9terminatev(void) /* std::terminate() */
{
  abort();
}

void __cxa_call_unexpected(void* object) {
  (void)object;
  abort();
}
