# zlib's own configure script (not autoconf): a static library only; the toolchain wrappers come
# from the build environment (CC, AR, RANLIB).
./configure --prefix="$WPK_PREFIX" --static
make -j"$WPK_JOBS" libz.a
make install DESTDIR="$WPK_DESTDIR"
# The man page is not an output of this package.
rm -rf "$WPK_DESTDIR/usr/share"
