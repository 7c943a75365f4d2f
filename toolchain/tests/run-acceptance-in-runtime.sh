#!/usr/bin/env bash
# run-acceptance-in-runtime.sh — the acceptance program, built with <arch>posix-cc -O2,
# instrumented for fork by the real wpk-fork-instrument and run in the reference runtime, prints
# exactly what the same program built natively prints, and exits 0 (fork, execve, pipe, dup2,
# waitpid, signal, setjmp/longjmp, files and directories all behaved).
#
#   run-acceptance-in-runtime.sh ARCH WPK_FORK_INSTRUMENT WPK_RUN
set -euo pipefail
arch=${1:?usage: run-acceptance-in-runtime.sh ARCH WPK_FORK_INSTRUMENT WPK_RUN}
instrument=${2:?usage: run-acceptance-in-runtime.sh ARCH WPK_FORK_INSTRUMENT WPK_RUN}
wpk_run=${3:?usage: run-acceptance-in-runtime.sh ARCH WPK_FORK_INSTRUMENT WPK_RUN}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/native-scratch" "$work/wasm-scratch"

cc -O2 -o "$work/acceptance-native" "$here/acceptance.c"
ACCEPTANCE_VALUE=42 "$work/acceptance-native" "$work/native-scratch" > "$work/native.out"

"$root/toolchain/bin/${arch}posix-cc" -O2 -o "$work/acceptance.wasm" "$here/acceptance.c"
"$instrument" "$work/acceptance.wasm" -o "$work/acceptance"
chmod +x "$work/acceptance" # execve of itself needs an executable file
status=0
ACCEPTANCE_VALUE=42 "$wpk_run" "$work/acceptance" "$work/wasm-scratch" > "$work/wasm.out" || status=$?
if ! diff -u "$work/native.out" "$work/wasm.out"; then
  echo "acceptance ($arch): output in the runtime differs from the native program's" >&2
  exit 1
fi
[ "$status" = 0 ] || { echo "acceptance ($arch): exit status $status" >&2; exit 1; }
echo "acceptance ($arch): $(grep -c '^ok' "$work/wasm.out") checks pass in the runtime, same output as native"
