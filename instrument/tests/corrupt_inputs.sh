#!/usr/bin/env bash
# corrupt_inputs.sh WPK_FORK_INSTRUMENT WORK_DIR — runs corrupt_inputs.mjs on two modules: a WAT
# fixture with exception handling, and (when the toolchain's sysroot exists) a C program with
# DWARF sections.
set -euo pipefail
tool=$1 work=$2
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
mkdir -p "$work"
wat2wasm --enable-exceptions "$here/wat/fork_in_try.wat" -o "$work/eh.wasm"
"$root/kernel-abi/runtime/bin/wpk-node" "$here/corrupt_inputs.mjs" "$tool" "$work/eh.wasm" "$work/eh" 300
if "$root/toolchain/bin/wasm32posix-cc" -g -O2 "$here/c/fork_after_setjmp.c" -o "$work/c.wasm" 2>/dev/null; then
  "$root/kernel-abi/runtime/bin/wpk-node" "$here/corrupt_inputs.mjs" "$tool" "$work/c.wasm" "$work/c" 300
fi
