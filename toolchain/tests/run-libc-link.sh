#!/usr/bin/env bash
# run-libc-link.sh — every member of the sysroot's libc.a links into one program, against the
# compiler-rt builtins, with no undefined symbol and no warning from wasm-ld. A "function
# signature mismatch" warning means calls that trap at run time (this caught compiler-rt's
# 64-bit-result __*tf2 comparisons on wasm64), an undefined symbol a libc function that cannot
# be linked. Sections are not garbage-collected: wasm-ld only reports undefined symbols of live
# code, and with --gc-sections this test linked 18 KB and missed timer_create's undefined setjmp.
#
#   run-libc-link.sh ARCH
set -euo pipefail
arch=${1:?usage: run-libc-link.sh ARCH}
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# A three-argument main defines neither __main_void nor __main_argc_argv, so the whole archive
# (which holds the fallbacks for both) links without duplicates.
printf 'int main(int argc, char **argv, char **envp) { (void)argv; (void)envp; return argc; }\n' \
  > "$work/main.c"
if ! "$here/../bin/${arch}posix-cc" -O2 "$work/main.c" -o "$work/all-of-libc.wasm" \
  -Wl,--whole-archive -lc -Wl,--no-whole-archive -Wl,--no-gc-sections > "$work/link.log" 2>&1; then
  cat "$work/link.log" >&2
  echo "run-libc-link ($arch): linking all of libc.a failed" >&2
  exit 1
fi
if grep -q . "$work/link.log"; then
  cat "$work/link.log" >&2
  echo "run-libc-link ($arch): the link printed diagnostics" >&2
  exit 1
fi
echo "run-libc-link ($arch): all of libc.a links cleanly ($(wc -c < "$work/all-of-libc.wasm") bytes)"
