#!/usr/bin/env bash
# run-acceptance.sh — issue 2's acceptance check for one arch.
#
#   run-acceptance.sh ARCH [WPK_ABI]
#
# Compiles and links tests/acceptance.c with <arch>posix-cc -O2, then checks the module:
#   - `WPK_ABI check-artifact` accepts it (when the path of the wpk-abi tool is given);
#   - the runtime's Node.js (kernel-abi/runtime/bin/wpk-node) compiles it without flags, it
#     imports only wpk.*, fork as wpk.fork, exports _start/memory/wpk_abi_version and carries
#     the custom section wpk.abi_version = kernel-abi/ABI_VERSION (tests/check-module.mjs).
set -euo pipefail
arch=${1:?usage: run-acceptance.sh ARCH [WPK_ABI]}
wpk_abi=${2:-}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
abi_version=$(tr -d '[:space:]' < "$root/kernel-abi/ABI_VERSION")

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$root/toolchain/bin/${arch}posix-cc" -O2 -Wall -Werror "$here/acceptance.c" -o "$work/acceptance.wasm"
echo "built acceptance.wasm for $arch: $(wc -c < "$work/acceptance.wasm") bytes"

if [ -n "$wpk_abi" ]; then
  "$wpk_abi" check-artifact "$work/acceptance.wasm" --arch "$arch"
else
  echo "note: wpk-abi not built (kernel-abi component disabled); check-artifact not run"
fi

"$root/kernel-abi/runtime/bin/wpk-node" "$here/check-module.mjs" "$work/acceptance.wasm" "$abi_version" --uses-fork
