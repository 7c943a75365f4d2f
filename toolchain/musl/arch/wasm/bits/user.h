/* <sys/user.h> on wasm: there is no ptrace register file to describe. These types exist so that
 * code which names them compiles; they carry no machine state. */
struct user_regs_struct {
	unsigned long __pc;
};

#define ELF_NGREG 1
typedef unsigned long elf_greg_t, elf_gregset_t[ELF_NGREG];
typedef struct { unsigned long long __unused; } elf_fpregset_t;
