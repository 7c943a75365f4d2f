# bzip2's plain Makefile: only the library and the two programs (its `all` target would also run
# the freshly built bzip2 as a self-test, which a cross build cannot do). Its `install` target
# copies man pages and shell wrappers that are not outputs here, so the install is spelled out.
# bunzip2 and bzcat are copies of bzip2 (it chooses its mode from argv[0]); not symlinks, because
# the driver's output listing resolves symlinks to their targets (fs::relative is canonical).
set -euo pipefail
make -j"$WPK_JOBS" libbz2.a bzip2 bzip2recover CC="$CC" AR="$AR" RANLIB="$RANLIB" \
  CFLAGS="-Wall -O2 -D_FILE_OFFSET_BITS=64 $CPPFLAGS" LDFLAGS="$LDFLAGS"
bin=$WPK_DESTDIR$WPK_PREFIX/bin
install -d "$bin" "$WPK_DESTDIR$WPK_PREFIX/lib" "$WPK_DESTDIR$WPK_PREFIX/include"
install -m 755 bzip2 bzip2recover "$bin/"
install -m 755 bzip2 "$bin/bunzip2"
install -m 755 bzip2 "$bin/bzcat"
install -m 644 libbz2.a "$WPK_DESTDIR$WPK_PREFIX/lib/"
install -m 644 bzlib.h "$WPK_DESTDIR$WPK_PREFIX/include/"
