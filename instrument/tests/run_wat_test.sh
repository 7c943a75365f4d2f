#!/usr/bin/env bash
# run_wat_test.sh — executed test of one WAT fixture:
#   run_wat_test.sh WPK_FORK_INSTRUMENT FIXTURE.wat WORK_DIR
# Assembles the fixture (wat2wasm), instruments it, checks that the output passes
# `wasm-opt` validation and WebAssembly.validate, runs it with the test fork runtime and
# compares every `;; expect:` line of the fixture with the output (in order, exactly). A fixture
# with `;; expect-instrument-failure: TEXT` must make the instrumenter exit 1 with TEXT in its
# message. `;; runtime-args:` and `;; instrument-args:` lines pass extra arguments.
set -euo pipefail
tool=$1 fixture=$2 work=$3
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
name=$(basename "$fixture" .wat)
mkdir -p "$work"
in=$work/$name.wasm out=$work/$name.instrumented.wasm

wat2wasm --debug-names --enable-exceptions --enable-memory64 --enable-tail-call \
  "$fixture" -o "$in"

instrument_args=$(sed -n 's/^;; instrument-args: //p' "$fixture")
runtime_args=$(sed -n 's/^;; runtime-args: //p' "$fixture")
failure=$(sed -n 's/^;; expect-instrument-failure: //p' "$fixture")

set +e
# shellcheck disable=SC2086
"$tool" "$in" -o "$out" $instrument_args 2> "$work/$name.stderr"
status=$?
set -e
if [ -n "$failure" ]; then
  if [ $status -ne 1 ]; then
    echo "FAIL: expected exit 1, got $status" >&2
    cat "$work/$name.stderr" >&2
    exit 1
  fi
  if ! grep -qF -- "$failure" "$work/$name.stderr"; then
    echo "FAIL: message does not contain '$failure':" >&2
    cat "$work/$name.stderr" >&2
    exit 1
  fi
  [ ! -e "$out" ] || { echo "FAIL: output written despite the error" >&2; exit 1; }
  echo "ok (rejected as expected)"
  exit 0
fi
if [ $status -ne 0 ]; then
  echo "FAIL: instrumenter exited $status" >&2
  cat "$work/$name.stderr" >&2
  exit 1
fi
if ! wasm-opt --all-features "$out" -o /dev/null 2> "$work/$name.validate"; then # Binaryen validation
  cat "$work/$name.validate" >&2
  exit 1
fi

# shellcheck disable=SC2086
"$root/kernel-abi/runtime/bin/wpk-node" "$here/harness/run_module.mjs" "$out" $runtime_args > "$work/$name.actual"
sed -n 's/^;; expect: //p' "$fixture" > "$work/$name.expected"
if ! diff -u "$work/$name.expected" "$work/$name.actual"; then
  echo "FAIL: $name: output differs from the expectation" >&2
  exit 1
fi
echo "ok"
