# nginx's ./configure is its own shell scripts (not autoconf): it compiles small test programs with
# $CC and RUNS many of them (type sizes, byte order, `ngx_feature_run=yes` features such as epoll
# and mmap(MAP_SHARED)). A cross build cannot run wasm directly, and hard-coded answers would be
# guesses that differ between wasm32 and wasm64, so patches/0001 makes every such run go through
# $NGX_AUTOTEST_RUN, set here to the reference runtime of this checkout: the answers are what the
# programs really see (wasm32 reports 4-byte long/size_t/void *, wasm64 8-byte). A patch rather
# than a compiler wrapper that fakes an executable `objs/autotest`: the runs stay visible in
# auto/, and a native configure (variable unset) is unchanged.
#
# Event methods: the kernel ABI has epoll (and eventfd), so configure's epoll run test passes in
# the runtime and epoll is the default method (nginx also finds EPOLLRDHUP, EPOLLEXCLUSIVE and
# eventfd, its worker notification); the build fails when it does not. The poll module is built
# as well (`use poll;`); select is left out.
# SSL (the http_ssl module) links the openssl package's libssl/libcrypto, regular expressions
# (regex locations, the rewrite module) the pcre2 package's libpcre2-8 (no JIT there).
# Paths follow Debian's layout: binary /usr/sbin/nginx, prefix (html/) /usr/share/nginx,
# configuration /etc/nginx, logs /var/log/nginx, pid /run, temporary files /var/lib/nginx.
set -euo pipefail
runner=$WPK_REPO/kernel-abi/runtime/bin/wpk-run
if [ ! -x "$runner" ]; then
  echo "nginx: configure runs its test programs in the reference runtime, but $runner is missing" >&2
  exit 1
fi
# The options given to configure are built into the binary (`nginx -V`), so the dependencies'
# folder is named relative to the source folder (make and the configure tests run there): its
# absolute name holds the scratch folder's pid, which made every build differ.
deps=$(realpath --relative-to=. "$WPK_DEPS")
# -Wno-error=sign-compare: nginx builds with -Werror, and musl's CMSG_NXTHDR macro compares
# size_t with ptrdiff_t, which clang flags where long is 32 bits (wasm32); a warning, not a bug.
NGX_AUTOTEST_RUN=$runner ./configure \
  --prefix=/usr/share/nginx \
  --sbin-path=/usr/sbin/nginx \
  --modules-path=/usr/lib/nginx/modules \
  --conf-path=/etc/nginx/nginx.conf \
  --error-log-path=/var/log/nginx/error.log \
  --http-log-path=/var/log/nginx/access.log \
  --pid-path=/run/nginx.pid \
  --lock-path=/run/nginx.lock \
  --http-client-body-temp-path=/var/lib/nginx/body \
  --http-proxy-temp-path=/var/lib/nginx/proxy \
  --http-fastcgi-temp-path=/var/lib/nginx/fastcgi \
  --http-uwsgi-temp-path=/var/lib/nginx/uwsgi \
  --http-scgi-temp-path=/var/lib/nginx/scgi \
  --with-poll_module \
  --without-select_module \
  --with-http_ssl_module \
  --with-cc-opt="-I$deps/usr/include -O2 -Wno-error=sign-compare" \
  --with-ld-opt="-L$deps/usr/lib"
if grep -qF "$WPK_SCRATCH" objs/ngx_auto_config.h; then
  echo "nginx: a build folder's name is in objs/ngx_auto_config.h" >&2
  exit 1
fi
for feature in NGX_OPENSSL NGX_PCRE2; do
  if ! grep -q "^#define $feature  1" objs/ngx_auto_config.h; then
    echo "nginx: configure did not take the openssl and pcre2 packages (no $feature)" >&2
    exit 1
  fi
done
for feature in NGX_HAVE_EPOLL NGX_HAVE_EPOLLRDHUP NGX_HAVE_EVENTFD; do
  if ! grep -q "^#define $feature  1" objs/ngx_auto_config.h; then
    echo "nginx: configure did not find $feature (the epoll run test failed in the runtime?)" >&2
    exit 1
  fi
done
# configure links nginx with -Wl,-E (export every symbol, for dynamic modules); there is no
# dlopen here, and on wasm that only exports every function and keeps all of them alive.
sed -i 's/-Wl,-E$//' objs/Makefile
if grep -q -- '-Wl,-E' objs/Makefile; then
  echo "nginx: -Wl,-E is still in objs/Makefile" >&2
  exit 1
fi
make -j"$WPK_JOBS"
make install DESTDIR="$WPK_DESTDIR"
# The install keeps a pristine `<file>.default` copy of every configuration file; the package
# ships each file once.
rm -f "$WPK_DESTDIR"/etc/nginx/*.default
