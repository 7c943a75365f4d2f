#!/usr/bin/env bash
# run-project.sh — build a small project with the wpk wrappers and check the program it links.
#
#   run-project.sh cmake|make ARCH
#
# cmake: configures tests/projects/cmake-hello with toolchain/cmake/<arch>posix.cmake (Ninja)
#        and builds it; make: runs tests/projects/make-hello's Makefile with CC/AR/RANLIB set to
#        the wrappers. The resulting program must pass tests/check-module.mjs, also after
#        <arch>posix-strip, and print what it should in the reference runtime (when the
#        checkout has kernel-abi/runtime).
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
    expected_output="hello, CMAKE"
    ;;
  make)
    cp -R "$here/projects/make-hello/." "$work/"
    make -C "$work" CC="$bin/${arch}posix-cc" AR="$bin/${arch}posix-ar" \
      RANLIB="$bin/${arch}posix-ranlib"
    program=$work/hello
    expected_output="4 words"
    ;;
  *)
    echo "run-project.sh: unknown project kind '$kind'" >&2
    exit 2
    ;;
esac

"$root/kernel-abi/runtime/bin/wpk-node" "$here/check-module.mjs" "$program" "$abi_version"

# With the reference runtime in this checkout, the program also runs.
wpk_run=$root/kernel-abi/runtime/bin/wpk-run
if [ -x "$wpk_run" ]; then
  output=$("$wpk_run" "$program")
  [ "$output" = "$expected_output" ] || {
    echo "run-project ($kind, $arch): printed '$output', expected '$expected_output'" >&2
    exit 1
  }
  echo "run-project ($kind, $arch): runs in the reference runtime"
fi

# <arch>posix-strip must keep the contract's custom section.
"$bin/${arch}posix-strip" -o "$work/stripped" "$program"
[ "$(wc -c < "$work/stripped")" -le "$(wc -c < "$program")" ]
"$root/kernel-abi/runtime/bin/wpk-node" "$here/check-module.mjs" "$work/stripped" "$abi_version"
