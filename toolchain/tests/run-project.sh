#!/usr/bin/env bash
# run-project.sh — build a small project with the wpk wrappers and check the program it links.
#
#   run-project.sh cmake|make ARCH
#
# cmake: configures tests/projects/cmake-hello with toolchain/cmake/<arch>posix.cmake (Ninja)
#        and builds it; make: runs tests/projects/make-hello's Makefile with CC/AR/RANLIB set to
#        the wrappers. The resulting program must pass tests/check-module.mjs, also after
#        <arch>posix-strip.
set -euo pipefail
kind=${1:?usage: run-project.sh cmake|make ARCH}
arch=${2:?usage: run-project.sh cmake|make ARCH}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
bin=$root/toolchain/bin
abi_version=$(tr -d '[:space:]' < "$root/kernel-abi/ABI_VERSION")

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

case $kind in
  cmake)
    cmake -S "$here/projects/cmake-hello" -B "$work/build" -G Ninja \
      -DCMAKE_TOOLCHAIN_FILE="$root/toolchain/cmake/${arch}posix.cmake" -DCMAKE_BUILD_TYPE=Release
    cmake --build "$work/build"
    program=$work/build/hello
    ;;
  make)
    cp -R "$here/projects/make-hello/." "$work/"
    make -C "$work" CC="$bin/${arch}posix-cc" AR="$bin/${arch}posix-ar" \
      RANLIB="$bin/${arch}posix-ranlib"
    program=$work/hello
    ;;
  *)
    echo "run-project.sh: unknown project kind '$kind'" >&2
    exit 2
    ;;
esac

node_flags=()
[ "$arch" = wasm64 ] && node_flags=(--experimental-wasm-memory64)
node "${node_flags[@]}" "$here/check-module.mjs" "$program" "$abi_version"

# <arch>posix-strip must keep the contract's custom section.
"$bin/${arch}posix-strip" -o "$work/stripped" "$program"
[ "$(wc -c < "$work/stripped")" -le "$(wc -c < "$program")" ]
node "${node_flags[@]}" "$here/check-module.mjs" "$work/stripped" "$abi_version"
