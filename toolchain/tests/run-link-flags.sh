#!/usr/bin/env bash
# run-link-flags.sh — the wrappers' link flags come before the caller's, and a partial link works:
#   - a caller's -Wl,-z,stack-size=N wins over the wrappers' 1 MiB (the stack pointer starts at N
#     with --stack-first), and without it the stack stays 1 MiB;
#   - `cc -r a.o b.o -o ab.o` joins objects without crt1.o or libraries (as with gcc), and ab.o
#     links into a program that runs in the reference runtime; so does -r inside a response file
#     (@FILE) and -Xlinker -r;
#   - a linker option given with -Xlinker that looks like a compiler option (--print-gc-sections)
#     does not turn the program link flags off.
#
#   run-link-flags.sh ARCH WPK_RUN
set -euo pipefail
arch=${1:?usage: run-link-flags.sh ARCH WPK_RUN}
wpk_run=${2:?usage: run-link-flags.sh ARCH WPK_RUN}
here=$(cd "$(dirname "$0")" && pwd)
cc=$here/../bin/${arch}posix-cc
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() {
  echo "run-link-flags ($arch): $*" >&2
  exit 1
}
stack_start() { # the initial value of __stack_pointer
  wasm-objdump -x -j Global "$1" | sed -n 's/.*<__stack_pointer> - init i[36][24]=\([0-9]*\).*/\1/p'
}

printf 'int answer(void) { return 42; }\n' > "$work/a.c"
printf '#include <stdio.h>\nint answer(void);\nint main(void) { printf("%%d\\n", answer()); return 0; }\n' \
  > "$work/b.c"
"$cc" -c "$work/a.c" -o "$work/a.o"
"$cc" -c "$work/b.c" -o "$work/b.o"

"$cc" -r "$work/a.o" "$work/b.o" -o "$work/ab.o" || fail "a partial link (-r) failed"
wasm-objdump -x "$work/ab.o" | grep -q '_start' && fail "the partial link pulled in crt1.o"
"$cc" "$work/ab.o" -o "$work/default.wasm"
[ "$(stack_start "$work/default.wasm")" = 1048576 ] ||
  fail "default stack: __stack_pointer starts at $(stack_start "$work/default.wasm"), not 1048576"
[ "$("$wpk_run" "$work/default.wasm")" = 42 ] || fail "the program linked from ab.o did not print 42"

printf -- '-r "%s" "%s"\n-o "%s"\n' "$work/a.o" "$work/b.o" "$work/rsp.o" > "$work/args.rsp"
"$cc" "@$work/args.rsp" || fail "a partial link (-r) in a response file failed"
wasm-objdump -x "$work/rsp.o" | grep -q '_start' && fail "the partial link of @args.rsp pulled in crt1.o"
"$cc" -Xlinker -r "$work/a.o" "$work/b.o" -o "$work/xlinker.o" || fail "-Xlinker -r failed"
wasm-objdump -x "$work/xlinker.o" | grep -q '_start' && fail "-Xlinker -r pulled in crt1.o"

"$cc" "$work/ab.o" -o "$work/printing.wasm" -Xlinker --print-gc-sections > /dev/null 2>&1
wasm-objdump -x -j Export "$work/printing.wasm" | grep -q '__indirect_function_table' ||
  fail "-Xlinker --print-gc-sections dropped the program link flags (no exported table)"
[ "$(stack_start "$work/printing.wasm")" = 1048576 ] ||
  fail "-Xlinker --print-gc-sections: __stack_pointer starts at $(stack_start "$work/printing.wasm")"

"$cc" "$work/ab.o" -o "$work/big.wasm" -Wl,-z,stack-size=8388608
[ "$(stack_start "$work/big.wasm")" = 8388608 ] ||
  fail "-Wl,-z,stack-size=8388608 was overridden: __stack_pointer starts at $(stack_start "$work/big.wasm")"
[ "$("$wpk_run" "$work/big.wasm")" = 42 ] || fail "the 8 MiB-stack program did not print 42"
echo "run-link-flags ($arch): ok"
