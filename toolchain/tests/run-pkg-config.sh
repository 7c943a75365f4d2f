#!/usr/bin/env bash
# run-pkg-config.sh — <arch>posix-pkg-config finds .pc files of $PKG_CONFIG_LIBDIR and of the
# sysroot, and never the build machine's own (libarchive-dev's libarchive.pc is installed on the
# build machine, so a leak would find it).
#
#   run-pkg-config.sh ARCH
set -euo pipefail
arch=${1:?usage: run-pkg-config.sh ARCH}
here=$(cd "$(dirname "$0")" && pwd)
pkg_config=$here/../bin/${arch}posix-pkg-config
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() {
  echo "run-pkg-config ($arch): $*" >&2
  exit 1
}

cat > "$work/wpkdemo.pc" << EOF2
prefix=/opt/wpkdemo
includedir=\${prefix}/include
libdir=\${prefix}/lib
Name: wpkdemo
Description: test package for the pkg-config wrapper
Version: 1.2.3
Cflags: -I\${includedir}/wpkdemo
Libs: -L\${libdir} -lwpkdemo
EOF2
flags=$(PKG_CONFIG_LIBDIR=$work "$pkg_config" --cflags --libs wpkdemo | sed "s/ *$//")
[ "$flags" = "-I/opt/wpkdemo/include/wpkdemo -L/opt/wpkdemo/lib -lwpkdemo" ] ||
  fail "unexpected flags for wpkdemo: '$flags'"
[ "$(PKG_CONFIG_LIBDIR=$work "$pkg_config" --modversion wpkdemo)" = 1.2.3 ] || fail "wrong version"

if pkg-config --exists libarchive 2> /dev/null; then
  if PKG_CONFIG_PATH=/usr/lib/x86_64-linux-gnu/pkgconfig PKG_CONFIG_LIBDIR=$work \
    "$pkg_config" --exists libarchive; then
    fail "the build machine's libarchive.pc is visible"
  fi
  if "$pkg_config" --exists libarchive; then
    fail "the build machine's libarchive.pc is visible without PKG_CONFIG_LIBDIR"
  fi
else
  fail "the build machine has no libarchive.pc to test confinement with (libarchive-dev)"
fi
echo "run-pkg-config ($arch): PKG_CONFIG_LIBDIR packages found, build machine packages hidden"
