/* crt1 for wasm32 and wasm64: the program entry point and the program contract.
 *
 * _start (exported by wasm-ld as the entry) asks the runtime for the arguments and the
 * environment through the wpk.args_* / wpk.environ_* imports, lays them out the way musl's
 * __libc_start_main expects them on a Linux process stack (argv, NULL, envp, NULL, auxv pairs,
 * AT_NULL), initialises libc (__init_libc), runs the constructors (__libc_start_init, which calls
 * _init below) and calls exit(main(argc, argv, envp)).
 *
 * It does those three steps itself instead of calling __libc_start_main: musl's entry takes main
 * as a function pointer and reaches its second stage through another one, which puts both in the
 * indirect-call table. On wasm32 their type (i32, i32, i32) -> i32 is also the type of stdio's
 * write callbacks, so fork instrumentation, which must treat every same-type table entry as a
 * possible callee of an indirect call on a fork path, instrumented printf and the rest of stdio
 * in every forking program. Direct calls keep the table free of the program's entry path. (musl's
 * compiler barrier between the two stages guards the stack protector and thread pointer set-up,
 * which these translation units never inline across.)
 *
 * The contract (kernel-abi/CONTRACT.md): every program exports wpk_abi_version() and carries a
 * custom section "wpk.abi_version" holding WPK_ABI_VERSION as 4 little-endian bytes (.int32 of
 * the wasm assembler is little-endian).
 *
 * main comes in three shapes; clang names them differently on wasm: main(void) defines
 * __main_void, main(argc, argv) defines __main_argc_argv, main(argc, argv, envp) keeps the name
 * main. _start always calls __main_argc_argv; libc provides the fallbacks that bridge to the
 * other two (src/env/wasm/__main_argc_argv.c and __main_void.c), pulled from libc.a only when the
 * program does not define the symbol itself, so no signature mismatch is ever linked. */
#include "syscall.h"
#include "wpk_abi.h"

#include <elf.h>
#include <stddef.h>
#include <sys/mman.h>

__attribute__((__visibility__("hidden"))) void __init_libc(char** envp, char* program_name);
__attribute__((__visibility__("hidden"))) void __libc_start_init(void);
_Noreturn void exit(int);
int __main_argc_argv(int, char**);
void __wasm_call_ctors(void);

/* Read by src/env/wasm/__main_void.c for a three-argument main. */
__attribute__((__visibility__("hidden"))) int __wpk_argc;
__attribute__((__visibility__("hidden"))) char** __wpk_argv;

__attribute__((__export_name__("wpk_abi_version"))) int __wpk_abi_version(void) {
  return WPK_ABI_VERSION;
}

/* clang 16 places a C object with __attribute__((section(".custom_section.X"))) in an ordinary
 * data segment; a section directive in top-level assembly does produce the custom section, and
 * wasm-ld copies it into the program. */
#define WPK_STRINGIFY_(x) #x
#define WPK_STRINGIFY(x) WPK_STRINGIFY_(x)
__asm__(".section .custom_section.wpk.abi_version,\"\",@\n"
        "\t.int32 " WPK_STRINGIFY(WPK_ABI_VERSION) "\n"
                                                   "\t.text\n");

/* Function pointers are indices into the function table, and wasm-ld hands them out from 1 in
 * the order it meets address-taken functions, crt1.o first. Index 1 is SIG_IGN: a program whose
 * first address-taken function is its signal handler would have that handler ignored by musl's
 * sigaction and by the kernel. So crt1 takes the first slot itself, for a function that only
 * traps (wasm-ld 16 has no option to start the table higher). _start reads the pointer, which
 * keeps it and the slot alive. */
static void reserved_table_slot(void) {
  __builtin_trap();
}
static void (*volatile const reserved_table_slot_pointer)(void) = reserved_table_slot;

/* musl calls _init() after initialising libc and before main: run the constructors that wasm-ld
 * collected. Referencing __wasm_call_ctors here also tells wasm-ld that constructors are run
 * explicitly, so it does not wrap every export in a constructor call. */
void _init(void) {
  __wasm_call_ctors();
}

void _fini(void) {}

/* A C++ program that throws links libc++abi's unwinder (toolchain/libcxx/unwind_wasm.cpp), whose
 * strong definition of this function replaces the weak one: it calls main inside a handler that
 * turns an exception nobody caught into std::terminate, so the terminate handler runs and
 * libc++abi names the exception's type. Without it the exception leaves _start and the runtime
 * can only end the process. A direct call, like main's: no function pointer in the table. */
__attribute__((__weak__)) int __wpk_call_main(int argc, char** argv) {
  return __main_argc_argv(argc, argv);
}

static int call_main(int argc, char** argv, char** envp) {
  (void)envp;
  __wpk_argc = argc;
  __wpk_argv = argv;
  return __wpk_call_main(argc, argv);
}

/* The page size musl reports (sysconf(_SC_PAGESIZE), malloc's granularity): a wasm page. */
#define WASM_PAGE_SIZE 65536

/* Argument blocks up to this size live in _start's frame; larger ones are mapped. */
#define MAX_STACK_BLOCK (256 * 1024)

static _Noreturn void startup_failure(void) {
  /* 71 is EX_OSERR: the runtime could not hand over the arguments or the environment. */
  for (;;)
    __syscall(SYS_exit_group, 71);
}

void _start(void) {
  unsigned long argc = 0, arg_bytes = 0, envc = 0, env_bytes = 0;
  if (__wpk_args_sizes(&argc, &arg_bytes) != 0 || __wpk_environ_sizes(&envc, &env_bytes) != 0 ||
      argc > 0x10000000 || envc > 0x10000000)
    startup_failure();

  enum { AUX_WORDS = 4 };
  size_t vector_words = argc + 1 + envc + 1 + AUX_WORDS;
  size_t block_size = vector_words * sizeof(char*) + arg_bytes + env_bytes;
  char* block;
  if (block_size <= MAX_STACK_BLOCK) {
    block = __builtin_alloca(block_size);
  } else {
    long mapped = __syscall(SYS_mmap, 0, block_size, PROT_READ | PROT_WRITE,
                            MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (mapped < 0 && mapped > -4096)
      startup_failure();
    block = (char*)mapped;
  }

  char** argv = (char**)block;
  char** envp = argv + argc + 1;
  size_t* auxv = (size_t*)(envp + envc + 1);
  char* arg_strings = block + vector_words * sizeof(char*);
  char* env_strings = arg_strings + arg_bytes;

  if (__wpk_args_get(argv, arg_strings) != 0 || __wpk_environ_get(envp, env_strings) != 0)
    startup_failure();
  argv[argc] = 0;
  envp[envc] = 0;
  auxv[0] = AT_PAGESZ;
  auxv[1] = WASM_PAGE_SIZE;
  auxv[2] = AT_NULL;
  auxv[3] = 0;

  (void)reserved_table_slot_pointer;
  __init_libc(envp, argv[0]);
  __libc_start_init();
  exit(call_main((int)argc, argv, envp));
}
