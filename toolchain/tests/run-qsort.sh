#!/usr/bin/env bash
# run-qsort.sh — tests/qsort.c for ARCH: fork instrumentation must leave stdio alone although
# the program sorts and has a forking callback of the comparator's type in its table (musl's
# qsort adapter made every stdio write a fork path on wasm32; see
# toolchain/musl/src/stdlib/wasm/qsort_nr.c), then the instrumented program runs in the
# reference runtime and every sort must be right.
#
#   run-qsort.sh ARCH WPK_FORK_INSTRUMENT WPK_RUN
set -euo pipefail
arch=${1:?usage: run-qsort.sh ARCH WPK_FORK_INSTRUMENT WPK_RUN}
instrument=${2:?usage: run-qsort.sh ARCH WPK_FORK_INSTRUMENT WPK_RUN}
wpk_run=${3:?usage: run-qsort.sh ARCH WPK_FORK_INSTRUMENT WPK_RUN}
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() {
  echo "run-qsort ($arch): $*" >&2
  exit 1
}

"$here/../bin/${arch}posix-cc" -O2 -Wall -Werror "$here/qsort.c" -o "$work/qsort.wasm"
wasm-opt "$work/qsort.wasm" -O2 -g -o "$work/qsort.wasm" # as ports are; -g keeps the names
"$instrument" "$work/qsort.wasm" -o /dev/null --discover-only > "$work/selected"
grep -q '^run_in_child ' "$work/selected" || fail "the forking callback was not selected"
for stdio in vfprintf printf __fwritex fflush; do
  if grep -q "^$stdio " "$work/selected"; then
    fail "$stdio is instrumented: a table entry of stdio's write type reaches fork"
  fi
done
"$instrument" "$work/qsort.wasm" -o "$work/qsort.instrumented.wasm"
output=$("$wpk_run" "$work/qsort.instrumented.wasm") || fail "exit status $?: $output"
[[ $output == "qsort: "*" cases" ]] || fail "unexpected output: $output"
echo "run-qsort ($arch): $output, $(wc -l < "$work/selected") functions selected, none of stdio"
