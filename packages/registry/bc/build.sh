# bc's Makefile builds `fbc` and runs it to compile libmath.b into libmath.h (the -l math library
# as bc bytecode text, the same on every target). A cross build cannot run a wasm fbc, so fbc is
# built with the host compiler in a separate native tree first; the cross build then treats the
# native libmath.h as up to date (`make -o libmath.h`).
set -euo pipefail
src=$PWD
native=$(mktemp -d "$TMPDIR/bc-native.XXXXXX")
(
  cd "$native"
  native-env "$src/configure" --quiet
  native-env make -C lib
  native-env make -C bc libmath.h
)
./configure --prefix="$WPK_PREFIX" --build=x86_64-pc-linux-gnu --host="$WPK_ARCH-unknown-linux-musl"
cp "$native/bc/libmath.h" bc/libmath.h
make -C lib -j"$WPK_JOBS"
make -C bc -j"$WPK_JOBS" -o libmath.h
make -C dc -j"$WPK_JOBS"
# install-binPROGRAMS: the install-am target would recurse into a make without -o.
make -C bc -o libmath.h install-binPROGRAMS DESTDIR="$WPK_DESTDIR"
make -C dc install-binPROGRAMS DESTDIR="$WPK_DESTDIR"
