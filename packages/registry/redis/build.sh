# Upstream's Makefiles (src/ and deps/: hiredis, linenoise, lua, hdr_histogram) with the driver's
# cross tools, passed on make's command line so that the deps' sub-makes get them too. libc malloc
# (the port's allocator, wpkmalloc, is linked by the driver; jemalloc is not built), no TLS, no
# systemd; uname_S=Linux picks the Linux branch (epoll, MSG_NOSIGNAL). Debug info is left out
# (DEBUG=) and the release header is fixed (patch 0001).
set -euo pipefail
make -C src -j"$WPK_JOBS" all V=1 \
  CC="$CC" LD="$CC" AR="$AR" RANLIB="$RANLIB" uname_S=Linux uname_M=wasm \
  MALLOC=libc BUILD_TLS=no USE_SYSTEMD=no OPTIMIZATION=-O2 DEBUG= \
  CFLAGS="$CPPFLAGS ${CFLAGS:-}" LDFLAGS="$LDFLAGS"
bin="$WPK_DESTDIR$WPK_PREFIX/bin"
mkdir -p "$bin"
for p in redis-server redis-cli redis-benchmark; do
  install -m 755 "src/$p" "$bin/$p"
done
# As upstream's `make install`: the checkers are redis-server under another name.
ln -s redis-server "$bin/redis-check-rdb"
ln -s redis-server "$bin/redis-check-aof"
ln -s redis-server "$bin/redis-sentinel"
