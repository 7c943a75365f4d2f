# MariaDB 10.11: the command-line client programs and the server mariadbd.
#
# 1. Host tools. The build runs programs it compiles (comp_err makes the error message files,
#    comp_sql embeds SQL scripts, gen_lex_hash/gen_lex_token make the parser's keyword tables,
#    factorial and uca-dump make tables of strings/). A native build of just those targets
#    (`import_executables`) writes import_executables.cmake, which the cross build includes
#    (-DIMPORT_EXECUTABLES): its add_custom_command()s then run the native tools.
# 2. The cross build, with the wpk toolchain file wrapped: the wrapper adds the dependencies'
#    tree (deps/) to CMake's search root (ncurses, openssl, zlib, pcre2, fmt) and drops the
#    toolchain's CMAKE_CROSSCOMPILING_EMULATOR: MariaDB's CMakeLists only import the native tools
#    when no emulator is set (with one it would run its wasm tools through wpk-run). Its one
#    try_run that matters (HAVE_SYSTEM_LIBFMT) is answered in the cache.
#
# What is left out and why: package.yaml's header comment.
set -euo pipefail
src=$PWD
jobs=${WPK_JOBS:-2}
work=$(mktemp -d "$TMPDIR/mariadb.XXXXXX")

# Options both builds share: no Galera, no unit tests, no embedded server, no systemd, and only
# the storage engines and plugins a minimal server needs (everything not listed here that is not
# MANDATORY would be a dynamic plugin, which DISABLE_SHARED turns off: there is no dlopen).
common=(
  -G Ninja -DCMAKE_BUILD_TYPE=Release
  -DWITH_WSREP=OFF -DWITH_UNIT_TESTS=OFF -DWITH_EMBEDDED_SERVER=OFF -DWITH_SYSTEMD=no
  -DDISABLE_SHARED=ON -DWITH_NUMA=NO -DWITH_LIBNUMA=NO -DWITH_VALGRIND=OFF
  -DWITH_MARIABACKUP=OFF -DWITH_INNODB_PMEM=OFF -DWITH_URING=NO -DWITH_LIBAIO=NO -DWITH_PMEM=NO
  -DPLUGIN_PERFSCHEMA=NO -DPLUGIN_FEEDBACK=NO -DPLUGIN_AUTH_SOCKET=NO -DPLUGIN_THREAD_POOL_INFO=NO
  -DPLUGIN_MROONGA=NO -DPLUGIN_ROCKSDB=NO -DPLUGIN_COLUMNSTORE=NO -DPLUGIN_SPIDER=NO
  -DPLUGIN_CONNECT=NO -DPLUGIN_SPHINX=NO -DPLUGIN_S3=NO -DPLUGIN_OQGRAPH=NO -DPLUGIN_ARCHIVE=NO
  -DPLUGIN_BLACKHOLE=NO -DPLUGIN_FEDERATED=NO -DPLUGIN_FEDERATEDX=NO -DPLUGIN_AUTH_PAM=NO
  -DPLUGIN_AUTH_PAM_V1=NO -DPLUGIN_AUTH_GSSAPI=NO -DPLUGIN_HASHICORP_KEY_MANAGEMENT=NO
  -DPLUGIN_AWS_KEY_MANAGEMENT=NO -DPLUGIN_PROVIDER_LZ4=NO -DPLUGIN_PROVIDER_LZO=NO
  -DPLUGIN_PROVIDER_LZMA=NO -DPLUGIN_PROVIDER_BZIP2=NO -DPLUGIN_PROVIDER_SNAPPY=NO
  -DPLUGIN_HANDLERSOCKET=NO -DPLUGIN_CRACKLIB_PASSWORD_CHECK=NO
  -DPLUGIN_INNOBASE=STATIC -DPLUGIN_SEQUENCE=STATIC -DPLUGIN_PARTITION=STATIC
)

# --- 1. native host tools -------------------------------------------------------------------
(
  cd "$work" && mkdir native && cd native
  native-env cmake -S "$src" -B . "${common[@]}" -DWITH_SSL=bundled -DWITH_ZLIB=bundled \
    -DWITH_PCRE=bundled -DWITH_LIBFMT=system -DLIBFMT_INCLUDE_DIR="$WPK_DEPS/usr/include" \
    -DHAVE_SYSTEM_LIBFMT=1 -DWITH_READLINE=OFF -DCONC_WITH_UNIT_TESTS=OFF
  native-env ninja -j"$jobs" import_executables
)

# --- 2. cross build -------------------------------------------------------------------------
cat > "$work/toolchain.cmake" << EOF
include("$WPK_REPO/toolchain/cmake/${WPK_ARCH}posix.cmake")
list(APPEND CMAKE_FIND_ROOT_PATH "$WPK_DEPS")
unset(CMAKE_CROSSCOMPILING_EMULATOR)
EOF
# CMake ignores CPPFLAGS: the dependencies' headers (deps/usr/include) go in through CFLAGS and
# CXXFLAGS, so that its header checks (curses.h and term.h for the client) see them; so does the
# recipe's compat/ folder (linux/futex.h, which the sysroot lacks and InnoDB includes).
compat="-I$WPK_RECIPE_DIR/compat"
CFLAGS="${CFLAGS:-} $CPPFLAGS $compat" CXXFLAGS="${CXXFLAGS:-} $CPPFLAGS $compat" \
  cmake -S "$src" -B "$work/cross" "${common[@]}" \
  -DCMAKE_TOOLCHAIN_FILE="$work/toolchain.cmake" -DCMAKE_INSTALL_PREFIX="$WPK_PREFIX" \
  -DCMAKE_SKIP_RPATH=ON -DCMAKE_BUILD_WITH_INSTALL_RPATH=ON \
  -DIMPORT_EXECUTABLES="$work/native/import_executables.cmake" \
  -DINSTALL_SBINDIR=sbin -DINSTALL_MYSQLSHAREDIR=share/mysql -DINSTALL_PLUGINDIR=lib/mysql/plugin \
  -DINSTALL_MYSQLDATADIR=/var/lib/mysql \
  -DMYSQL_UNIX_ADDR=/run/mysqld/mysqld.sock \
  -DWITH_SSL=system -DOPENSSL_ROOT_DIR="$WPK_DEPS/usr" -DWITH_ZLIB=system -DWITH_PCRE=system \
  -DWITH_LIBFMT=system -DLIBFMT_INCLUDE_DIR="$WPK_DEPS/usr/include" -DHAVE_SYSTEM_LIBFMT=1 \
  -DWITH_READLINE=ON -DCONC_WITH_UNIT_TESTS=OFF \
  -DCLIENT_PLUGIN_DIALOG=OFF -DCLIENT_PLUGIN_CLIENT_ED25519=OFF \
  -DCLIENT_PLUGIN_AUTH_GSSAPI_CLIENT=OFF -DCLIENT_PLUGIN_REMOTE_IO=OFF -DCLIENT_PLUGIN_ZSTD=OFF \
  -DCLIENT_PLUGIN_CACHING_SHA2_PASSWORD=STATIC -DCLIENT_PLUGIN_SHA256_PASSWORD=STATIC \
  -DCLIENT_PLUGIN_MYSQL_CLEAR_PASSWORD=STATIC
ninja -C "$work/cross" -j"$jobs" mariadb mariadb-dump mariadb-admin mariadb-show mariadbd

destdir=$WPK_DESTDIR$WPK_PREFIX
install -d "$destdir/bin" "$destdir/sbin" "$destdir/share/mysql"
for program in mariadb mariadb-dump mariadb-admin mariadb-show; do
  install -m 755 "$work/cross/client/$program" "$destdir/bin/"
done
# The old names, as Debian's mariadb-client installs them (relative symlinks).
ln -s mariadb "$destdir/bin/mysql"
ln -s mariadb-dump "$destdir/bin/mysqldump"
ln -s mariadb-admin "$destdir/bin/mysqladmin"
ln -s mariadb-show "$destdir/bin/mysqlshow"
# The server and what it reads from its share folder (SHAREDIR, /usr/share/mysql as on Debian):
# the error messages comp_err compiled (one folder per language), the character set
# definitions, and the SQL that `mariadbd --bootstrap` runs to make the system tables (what
# mariadb-install-db feeds it; that script is not installed: it needs my_print_defaults,
# resolveip and more of the build machine's tools).
install -m 755 "$work/cross/sql/mariadbd" "$destdir/sbin/"
for language in "$work"/cross/sql/share/*/errmsg.sys; do
  install -D -m 644 "$language" "$destdir/share/mysql/${language#"$work"/cross/sql/share/}"
done
install -d "$destdir/share/mysql/charsets"
install -m 644 sql/share/charsets/*.xml "$destdir/share/mysql/charsets/"
install -m 644 scripts/mysql_system_tables.sql scripts/mysql_system_tables_data.sql \
  scripts/fill_help_tables.sql "$destdir/share/mysql/"
