# Lua's plain Makefile with the POSIX feature set (LUA_USE_POSIX: mkstemp, popen, _longjmp) and
# without `-Wl,-E` (exporting every symbol would only bloat the module: no dlopen here).
set -euo pipefail
make -C src -j"$WPK_JOBS" all CC="$CC" AR="$AR rcu" RANLIB="$RANLIB" \
  SYSCFLAGS="-DLUA_USE_POSIX" SYSLIBS="" MYCFLAGS="$CPPFLAGS" MYLDFLAGS="$LDFLAGS"
make install INSTALL_TOP="$WPK_DESTDIR$WPK_PREFIX"
rm -rf "$WPK_DESTDIR$WPK_PREFIX/man" "$WPK_DESTDIR$WPK_PREFIX/share" "$WPK_DESTDIR$WPK_PREFIX/lib/lua"
