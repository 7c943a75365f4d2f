# lz4's plain Makefiles (no configure). lib/'s `lib` target (which its `install` depends on) always
# links the shared liblz4.so too, whatever BUILD_SHARED says (that only gates its install), and
# there are no shared libraries here: so the static library and the .pc file are built by name and
# installed by hand. The CLI (programs/, single-threaded in 1.9.4) reuses lib/'s objects, so lib/
# is built first. programs/' own install puts lz4 in bin/ with the relative symlinks lz4c, lz4cat
# and unlz4 (it picks its mode from argv[0], which the runtime keeps through a symlink), plus the
# man pages (not outputs).
set -euo pipefail
make -C lib -j"$WPK_JOBS" liblz4.a liblz4.pc V=1 CC="$CC" AR="$AR" PREFIX="$WPK_PREFIX"
make -C programs -j"$WPK_JOBS" lz4-release V=1 CC="$CC"
make -C programs install CC="$CC" PREFIX="$WPK_PREFIX" DESTDIR="$WPK_DESTDIR"
lib=$WPK_DESTDIR$WPK_PREFIX/lib include=$WPK_DESTDIR$WPK_PREFIX/include
install -d "$lib/pkgconfig" "$include"
install -m 644 lib/liblz4.a "$lib/"
install -m 644 lib/liblz4.pc "$lib/pkgconfig/"
install -m 644 lib/lz4.h lib/lz4hc.h lib/lz4frame.h lib/lz4frame_static.h "$include/"
