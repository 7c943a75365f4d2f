#!/usr/bin/env bash
# run-program-in-runtime.sh — a test program (tests/<name>.c, or tests/<name>.cpp in C++17),
# built with <arch>posix-cc (or -c++) -O2, instrumented for fork by the real wpk-fork-instrument
# and run in the reference runtime, prints exactly what the same program built natively (host cc
# or c++) prints, and exits 0.
#
#   run-program-in-runtime.sh ARCH NAME WPK_FORK_INSTRUMENT WPK_RUN
#
# NAME is acceptance (issue 2's acceptance program: fork, execve, pipe, dup2, waitpid, signal,
# setjmp/longjmp, files and directories), spawn (posix_spawn over fork), cxx-runtime (the
# sysroot's libc++/libc++abi: exceptions, the library, threads, fork inside try) or threads
# (POSIX threads: libc's thread support, the heap under threads, fork from a thread). The program gets a
# scratch directory as its argument and ACCEPTANCE_VALUE=42 in its environment.
set -euo pipefail
usage="usage: run-program-in-runtime.sh ARCH NAME WPK_FORK_INSTRUMENT WPK_RUN"
arch=${1:?$usage}
name=${2:?$usage}
instrument=${3:?$usage}
wpk_run=${4:?$usage}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
if [ -f "$here/$name.cpp" ]; then
  source_file=$here/$name.cpp
  native_compile=(c++ -std=c++17)
  wasm_compile=("$root/toolchain/bin/${arch}posix-c++" -std=c++17)
else
  source_file=$here/$name.c
  native_compile=(cc)
  wasm_compile=("$root/toolchain/bin/${arch}posix-cc")
fi
[ -f "$source_file" ] || { echo "run-program-in-runtime: no test program $source_file" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/native-scratch" "$work/wasm-scratch"

"${native_compile[@]}" -O2 -o "$work/$name-native" "$source_file"
ACCEPTANCE_VALUE=42 "$work/$name-native" "$work/native-scratch" > "$work/native.out"

"${wasm_compile[@]}" -O2 -o "$work/$name.wasm" "$source_file"
"$instrument" "$work/$name.wasm" -o "$work/$name"
chmod +x "$work/$name" # the programs exec or spawn themselves: an executable file
status=0
ACCEPTANCE_VALUE=42 "$wpk_run" "$work/$name" "$work/wasm-scratch" > "$work/wasm.out" || status=$?
if ! diff -u "$work/native.out" "$work/wasm.out"; then
  echo "$name ($arch): output in the runtime differs from the native program's" >&2
  exit 1
fi
[ "$status" = 0 ] || { echo "$name ($arch): exit status $status" >&2; exit 1; }
echo "$name ($arch): $(grep -c '^ok' "$work/wasm.out") checks pass in the runtime, same output as native"
