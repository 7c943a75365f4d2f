#!/usr/bin/env bash
# run-link-optimizer.sh — an optimizing link through the wrappers leaves the module as wasm-ld
# wrote it: clang finds toolchain/lib/clang-programs/wasm-opt (-B) instead of Binaryen's, so the
# name section stays and the DWARF of a -g build points at the functions' code (Binaryen's
# wasm-opt without -g drops the names and zeroes every function's low_pc). The stand-in accepts
# only clang's in-place call and refuses anything else.
#
#   run-link-optimizer.sh ARCH
set -euo pipefail
arch=${1:?usage: run-link-optimizer.sh ARCH}
here=$(cd "$(dirname "$0")" && pwd)
stand_in=$here/../lib/clang-programs/wasm-opt
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() {
  echo "run-link-optimizer ($arch): $*" >&2
  exit 1
}

cat > "$work/square.c" <<'C'
#include <stdio.h>
#include <stdlib.h>
__attribute__((noinline)) int square(int x) { return x * x + rand(); }
int main(int argc, char** argv) {
  (void)argv;
  printf("%d\n", square(argc));
  return 0;
}
C
"$here/../bin/${arch}posix-cc" -g -O2 "$work/square.c" -o "$work/square.wasm"
wasm-objdump -h "$work/square.wasm" | grep -q '"name"' ||
  fail "an -O2 link lost the name section: Binaryen's wasm-opt ran at link time"
# square's DWARF entry names its code: its low_pc is the function's offset in the code section.
code_start=$(wasm-objdump -h "$work/square.wasm" | sed -n 's/.*Code start=0x\([0-9a-f]*\).*/\1/p')
body=$(wasm-objdump -d "$work/square.wasm" | sed -n 's/^\([0-9a-f]*\) func\[[0-9]*\] <square>:$/\1/p')
[ -n "$code_start" ] && [ -n "$body" ] || fail "cannot find the code section or square's body"
low_pc=$(llvm-dwarfdump-16 --name=square --debug-info "$work/square.wasm" |
  sed -n 's/.*DW_AT_low_pc\s*(0x\([0-9a-f]*\)).*/\1/p' | head -n 1)
[ -n "$low_pc" ] || fail "no DW_AT_low_pc for square"
# (Both count from the same place; a few bytes of slack cover the body's size field.)
distance=$((0x$body - 0x$code_start - 0x$low_pc))
[ "$distance" -ge 0 ] && [ "$distance" -le 5 ] ||
  fail "square's low_pc 0x$low_pc does not point at its body (code at 0x$code_start, body at 0x$body)"

# The stand-in: clang's form leaves the file alone; any other use is refused.
cp "$work/square.wasm" "$work/before.wasm"
"$stand_in" "$work/square.wasm" -O2 -o "$work/square.wasm"
cmp -s "$work/before.wasm" "$work/square.wasm" || fail "the stand-in changed the module"
if "$stand_in" "$work/square.wasm" -O2 -o "$work/other.wasm" 2> "$work/refused.txt"; then
  fail "the stand-in accepted a call that writes another file"
fi
grep -q "run Binaryen's wasm-opt directly" "$work/refused.txt" || fail "no explanation when refusing"
[ ! -e "$work/other.wasm" ] || fail "the stand-in wrote a file it refused to write"
echo "run-link-optimizer ($arch): the module is left as linked (low_pc of square 0x$low_pc)"
