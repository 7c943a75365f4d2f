# zstd's own Makefiles: the static library (the Makefile's default, single-threaded), then the
# CLI with POSIX threads (zstd -T) and .gz and .xz support from the zlib and xz packages (no lz4
# package). The Makefile's feature probes compile and link test programs with $CC; the answers are
# given instead.
# unzstd and zstdcat are copies of zstd (it picks its mode from argv[0]); not symlinks, because
# the driver's output listing resolves symlinks to their targets.
set -euo pipefail
features=(HAVE_PTHREAD=1 HAVE_THREAD=1 HAVE_ZLIB=1 HAVE_LZMA=1 HAVE_LZ4=0)
make -C lib -j"$WPK_JOBS" libzstd.a libzstd.pc CC="$CC" AR="$AR" PREFIX="$WPK_PREFIX"
make -C lib install-static install-includes install-pc DESTDIR="$WPK_DESTDIR" PREFIX="$WPK_PREFIX"
make -C programs -j"$WPK_JOBS" zstd-release CC="$CC" "${features[@]}"
bin=$WPK_DESTDIR$WPK_PREFIX/bin
install -d "$bin"
for name in zstd unzstd zstdcat; do install -m 755 programs/zstd "$bin/$name"; done
