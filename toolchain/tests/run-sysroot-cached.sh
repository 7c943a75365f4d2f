#!/usr/bin/env bash
# run-sysroot-cached.sh — the sysroot cache of toolchain/build-sysroot, for one arch.
#
#   run-sysroot-cached.sh ARCH
#
# 1. With the sysroot already built, build-sysroot prints $WPK_CACHE/toolchain/<arch>-<key>
#    without building, the <arch> link points at it, and it holds the headers, libc.a, crt1.o
#    and the compiler-rt builtins.
# 2. The key is stable, and changes when any input changes: an overlay file, the kernel ABI's
#    generated header, or the allocator's source list (checked on a copy of the tree).
set -euo pipefail
arch=${1:?usage: run-sysroot-cached.sh ARCH}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
cache=${WPK_CACHE:-$HOME/.cache/wpk}
fail() {
  echo "run-sysroot-cached ($arch): $*" >&2
  exit 1
}

key=$("$root/toolchain/build-sysroot" --print-key "$arch")
[ "$key" = "$("$root/toolchain/build-sysroot" --print-key "$arch")" ] || fail "key is not stable"
expected=$cache/toolchain/$arch-$key
[ -d "$expected" ] || fail "$expected missing: run toolchain/build-sysroot $arch first"

start=$(date +%s)
printed=$("$root/toolchain/build-sysroot" "$arch")
[ "$printed" = "$expected" ] || fail "printed '$printed', expected '$expected'"
[ $(($(date +%s) - start)) -lt 60 ] || fail "a cached sysroot took a minute to report"
[ "$(readlink "$cache/toolchain/$arch")" = "$arch-$key" ] || fail "the $arch link does not point at $arch-$key"
for f in include/stdio.h include/bits/alltypes.h include/bits/syscall.h lib/libc.a lib/crt1.o \
  lib/libm.a "clang/lib/libclang_rt.builtins-$arch.a" SYSROOT-INPUTS; do
  [ -e "$expected/$f" ] || fail "sysroot lacks $f"
done

# Key sensitivity, on a copy of the inputs.
copy=$(mktemp -d)
trap 'rm -rf "$copy"' EXIT
mkdir -p "$copy/kernel-abi" "$copy/scripts"
cp -R "$root/toolchain" "$copy/"
cp -R "$root/kernel-abi/generated" "$copy/kernel-abi/"
cp -R "$root/scripts/lib" "$copy/scripts/"
[ -d "$root/allocator" ] && cp -R "$root/allocator" "$copy/"
copy_key() { "$copy/toolchain/build-sysroot" --print-key "$arch"; }
[ "$(copy_key)" = "$key" ] || fail "a copy of the same inputs gives another key"
echo "/* changed */" >> "$copy/toolchain/musl/crt/wasm/crt1.c"
changed=$(copy_key)
[ "$changed" != "$key" ] || fail "changing an overlay file does not change the key"
echo "/* changed */" >> "$copy/kernel-abi/generated/wpk_abi.h"
[ "$(copy_key)" != "$changed" ] || fail "changing wpk_abi.h does not change the key"
changed=$(copy_key)
mkdir -p "$copy/allocator"
echo "/* test */" > "$copy/allocator/probe-source.c"
echo "probe-source.c" >> "$copy/allocator/sysroot-sources.txt"
[ "$(copy_key)" != "$changed" ] || fail "adding an allocator source does not change the key"
echo "run-sysroot-cached ($arch): $expected reused; key $key follows its inputs"
