# file compiles its magic database (magic/Magdir -> magic.mgc) by running `file -C`. A cross
# build cannot run the wasm file, and the compiled database must come from the same version, so a
# native file of this very source is built first in a separate tree (no compression libraries, no
# seccomp: it only compiles magic) and named as FILE_COMPILE for the cross build's magic/ step.
# The cross build links libmagic with the zlib, bzip2, xz and zstd packages (`file -z`).
set -euo pipefail
src=$PWD
native=$(mktemp -d "$TMPDIR/file-native.XXXXXX")
(
  cd "$native"
  native-env "$src/configure" --quiet --disable-shared --enable-static --disable-zlib --disable-bzlib \
    --disable-xzlib --disable-zstdlib --disable-lzlib --disable-libseccomp
  native-env make -C src -j"$WPK_JOBS" file
)
# file 5.44's config.sub (2019) predates wasm64; the build machine's (autotools-dev) knows it.
cp /usr/share/misc/config.sub config.sub
./configure --prefix="$WPK_PREFIX" --build=x86_64-pc-linux-gnu --host="$WPK_ARCH-unknown-linux-musl" \
  --disable-shared --enable-static --disable-libseccomp --disable-lzlib \
  --enable-zlib --enable-bzlib --enable-xzlib --enable-zstdlib
make -j"$WPK_JOBS" FILE_COMPILE="$native/src/file"
make install DESTDIR="$WPK_DESTDIR" FILE_COMPILE="$native/src/file"
