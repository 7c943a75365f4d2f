#!/usr/bin/env bash
# run-sed-build.sh — cross build GNU sed 4.9 (Debian's source package, sha256-pinned) with the
# wrappers, the way a recipe would:
#
#   PATH=<wpk>/toolchain/bin:$PATH CONFIG_SITE=<wpk>/toolchain/config.site \
#     ./configure --host=<arch>-unknown-linux-musl CC=<arch>posix-cc && make
#
#   run-sed-build.sh ARCH [WPK_RUN]
#
# Checks: configure completes; make builds sed/sed; sed/sed passes tests/check-module.mjs; with
# the reference runtime (WPK_RUN), `sed` edits a line given on stdin.
set -euo pipefail
arch=${1:?usage: run-sed-build.sh ARCH [WPK_RUN]}
wpk_run=${2:-}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
abi_version=$(tr -d '[:space:]' < "$root/kernel-abi/ABI_VERSION")

tarball=$("$root/scripts/lib/debian-source" sed 4.9-1+deb12u1 sed_4.9.orig.tar.xz \
  6e226b732e1cd739464ad6862bd1a1aba42d7982922da7a53519631d24975181)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$root/toolchain/lib/safe-extract" "$tarball" "$work"
cd "$work/sed-4.9"

export PATH=$root/toolchain/bin:$PATH
export CONFIG_SITE=$root/toolchain/config.site
if ! ./configure --host="$arch-unknown-linux-musl" CC="${arch}posix-cc" > "$work/configure.log" 2>&1; then
  tail -n 30 "$work/configure.log"
  echo "run-sed-build ($arch): configure failed (config.log follows)" >&2
  tail -n 60 config.log >&2
  exit 1
fi
echo "run-sed-build ($arch): configure completed"
if ! make -j2 > "$work/make.log" 2>&1; then
  tail -n 40 "$work/make.log" >&2
  echo "run-sed-build ($arch): make failed" >&2
  exit 1
fi
[ -f sed/sed ] || { echo "run-sed-build ($arch): make did not produce sed/sed" >&2; exit 1; }
echo "run-sed-build ($arch): make built sed/sed ($(wc -c < sed/sed) bytes)"

"$root/kernel-abi/runtime/bin/wpk-node" "$here/check-module.mjs" sed/sed "$abi_version"

if [ -n "$wpk_run" ]; then
  got=$(printf 'hello world\nsecond line\n' | "$wpk_run" sed/sed -n -e 's/world/wasm/p')
  if [ "$got" != "hello wasm" ]; then
    echo "run-sed-build ($arch): sed printed '$got', expected 'hello wasm'" >&2
    exit 1
  fi
  echo "run-sed-build ($arch): sed/sed runs in the reference runtime"
fi
