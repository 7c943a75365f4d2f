# Debian's make tarball is a DFSG repack of the git tree without generated files (no configure,
# no Makefile.in) and without the manual, so configure is generated first (autoconf/automake/
# autopoint on the build machine). `make all`, not `make make`: the generated lib/glob.h and
# lib/fnmatch.h are BUILT_SOURCES (musl's glob lacks GNU's hooks); man_MANS is emptied because
# doc/make.1 is not in the repack. Only the program and gnumake.h are installed.
# `load` (dynamic objects via dlopen) and Guile are off: neither exists here.
set -euo pipefail
autoreconf -fi > "$TMPDIR/autoreconf.log" 2>&1 || { cat "$TMPDIR/autoreconf.log" >&2; exit 1; }
./configure --prefix="$WPK_PREFIX" --build=x86_64-pc-linux-gnu --host="$WPK_ARCH-unknown-linux-musl" \
  --disable-nls --without-guile --disable-load
make -j"$WPK_JOBS" man_MANS=
install -d "$WPK_DESTDIR$WPK_PREFIX/bin" "$WPK_DESTDIR$WPK_PREFIX/include"
install -m 755 make "$WPK_DESTDIR$WPK_PREFIX/bin/make"
install -m 644 src/gnumake.h "$WPK_DESTDIR$WPK_PREFIX/include/"
