/* Runtime helpers of LLVM 16's WebAssembly setjmp/longjmp lowering
 * (clang -fwasm-exceptions -mllvm -wasm-enable-sjlj, legacy exception-handling encoding).
 *
 * The compiler rewrites every function that calls setjmp:
 *   - on entry it allocates a table with malloc (40 bytes: room for 4 entries plus a
 *     terminator), stores a 32-bit 0 at its start and keeps `size` = 4;
 *   - each setjmp(env) becomes `table = saveSetjmp(env, label, table, size);
 *     size = getTempRet0();` where label numbers the setjmp call site inside the function;
 *   - longjmp(env, val) becomes __wasm_longjmp(env, val), which throws the __c_longjmp tag with
 *     the address of an {env, val} record (pointer, then int);
 *   - calls that may longjmp are wrapped in try/catch __c_longjmp; the catch reads env and val
 *     from the record and asks testSetjmp(env[0], table, size) for the label of a setjmp of
 *     *this* invocation; 0 means "not ours" and the handler rethrows with __wasm_longjmp;
 *   - on exit the function frees the table.
 *
 * So the table belongs to one function invocation, and env[0] (the first word of jmp_buf)
 * identifies one setjmp call. Table entries are pairs of 32-bit words {id, label}, terminated
 * by id 0; ids start at 1 and never take the value 0. All state lives in linear memory, so a
 * forked child continues with the same ids. */
#include <stdint.h>
#include <stdlib.h>

struct setjmp_entry {
	uint32_t id;
	uint32_t label;
};

static uint32_t last_setjmp_id;
static uint32_t temp_ret0;

uint32_t getTempRet0(void)
{
	return temp_ret0;
}

void setTempRet0(uint32_t value)
{
	temp_ret0 = value;
}

struct setjmp_entry *saveSetjmp(unsigned long *env, uint32_t label, struct setjmp_entry *table,
                                uint32_t size)
{
	uint32_t id = ++last_setjmp_id;
	if (id == 0) id = ++last_setjmp_id;
	env[0] = id;

	uint32_t used = 0;
	while (used < size && table[used].id != 0) used++;
	if (used == size) {
		/* Full: double the capacity (plus the terminator slot). */
		uint32_t new_size = size ? size * 2 : 4;
		struct setjmp_entry *grown = realloc(table, (new_size + 1) * sizeof *grown);
		if (!grown) abort();
		table = grown;
		size = new_size;
	}
	table[used].id = id;
	table[used].label = label;
	table[used + 1].id = 0;
	temp_ret0 = size;
	return table;
}

uint32_t testSetjmp(unsigned long id, const struct setjmp_entry *table, uint32_t size)
{
	for (uint32_t i = 0; i < size && table[i].id != 0; i++)
		if (table[i].id == (uint32_t)id) return table[i].label;
	return 0;
}
