#!/usr/bin/env bash
# run_c_test.sh — executed test of one C or C++ program:
#   run_c_test.sh WPK_FORK_INSTRUMENT ARCH PROGRAM.c|PROGRAM.cpp WORK_DIR
# Compiles the program with the toolchain (toolchain/bin/<arch>posix-cc -O2; a .cpp program with
# <arch>posix-c++, which links the sysroot's libc++ and libc++abi), instruments it,
# checks WebAssembly.validate, runs it with the test fork runtime (parent, then child) and
# compares every `/* expect: ... */` line of the source with the output, in order.
set -euo pipefail
tool=$1 arch=$2 program=$3 work=$4
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
mkdir -p "$work"
case $program in
  *.cpp)
    name=$(basename "$program" .cpp)-$arch
    "$root/toolchain/bin/${arch}posix-c++" -O2 "$program" -o "$work/$name.wasm"
    ;;
  *)
    name=$(basename "$program" .c)-$arch
    "$root/toolchain/bin/${arch}posix-cc" -O2 "$program" -o "$work/$name.wasm"
    ;;
esac
"$tool" "$work/$name.wasm" -o "$work/$name.instrumented.wasm"
"$root/kernel-abi/runtime/bin/wpk-node" "$here/harness/run_module.mjs" "$work/$name.instrumented.wasm" \
  > "$work/$name.actual"
sed -n 's|^/\* expect: \(.*\) \*/$|\1|p' "$program" > "$work/$name.expected"
if ! diff -u "$work/$name.expected" "$work/$name.actual"; then
  echo "FAIL: $name: output differs from the expectation" >&2
  exit 1
fi
echo ok
