# loopback-cache.sh — sourced by end-to-end tests (packages/tests, ci/tests): a shared cache
# server on loopback, as `wpk --cache-url` and the CI workflows (vars.WPK_CACHE_URL) expect:
# Debian's nginx with dav_methods PUT, demanding the bearer token $WPK_CACHE_TOKEN.
#
#   start_loopback_cache DIR [https]
#                               sets cache_url and cache_root (the served folder) and cache_pid;
#                               the caller stops it with stop_loopback_cache (e.g. in its EXIT trap).
#                               With https: TLS with a certificate for IP 127.0.0.1 signed by a CA
#                               made for this server alone (openssl), whose PEM file is $cache_ca
#   loopback_cache_test NAME TOKEN [https]
#                               the frame the tests share: a scratch folder $work (removed, and the
#                               server stopped, at exit), WPK_CACHE_TOKEN=TOKEN exported, and the
#                               server started in $work/server; `fail MESSAGE` ends the test,
#                               showing the server's error log

# A throwaway CA and a server certificate for 127.0.0.1 it signed, in DIR: ca.pem, server.pem,
# server.key (P-256 keys, valid for two days).
make_loopback_certificates() {
  local dir=$1
  openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 2 \
    -subj "/CN=wpk loopback test CA" -addext "basicConstraints=critical,CA:TRUE" \
    -addext "keyUsage=critical,keyCertSign" -keyout "$dir/ca.key" -out "$dir/ca.pem" 2> /dev/null &&
    openssl req -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -subj "/CN=127.0.0.1" \
      -keyout "$dir/server.key" -out "$dir/server.csr" 2> /dev/null &&
    printf 'subjectAltName=IP:127.0.0.1\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n' \
      > "$dir/server.ext" &&
    openssl x509 -req -in "$dir/server.csr" -CA "$dir/ca.pem" -CAkey "$dir/ca.key" \
      -CAcreateserial -days 2 -extfile "$dir/server.ext" -out "$dir/server.pem" 2> /dev/null
}

# Prints what GET /.loopback-id answers on 127.0.0.1:PORT (SCHEME http or https), or nothing.
probe_loopback_cache() {
  local port=$1 scheme=$2
  local request="GET /.loopback-id HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n"
  if [ "$scheme" = https ]; then
    printf "$request" | timeout 5 openssl s_client -connect "127.0.0.1:$port" -quiet 2> /dev/null || true
  else
    (exec 3<> "/dev/tcp/127.0.0.1/$port" && printf "$request" >&3 && timeout 5 cat <&3) 2> /dev/null || true
  fi
}

start_loopback_cache() {
  local dir=$1 scheme=${2:-http} nginx port listen_tls= id attempt _
  nginx=$(command -v nginx || echo /usr/sbin/nginx)
  [ -x "$nginx" ] || { echo "nginx is not installed (apt package nginx-light)" >&2; return 1; }
  mkdir -p "$dir/root" "$dir/tmp"
  if [ "$scheme" = https ]; then
    make_loopback_certificates "$dir" || { echo "openssl could not make certificates" >&2; return 1; }
    listen_tls="ssl; ssl_certificate $dir/server.pem; ssl_certificate_key $dir/server.key"
    cache_ca=$dir/ca.pem
  fi
  # The server answers /.loopback-id (outside the served folder) with a value made for it alone:
  # a random port may be taken by another server, which would answer the connection too.
  id=$(od -An -N8 -tx8 /dev/urandom | tr -d ' \n')
  printf '%s\n' "$id" > "$dir/loopback-id"
  for attempt in 1 2 3 4 5; do
    port=$((20000 + RANDOM % 20000))
    cat > "$dir/nginx.conf" << CONF
daemon off;
user root root;
worker_processes 1;
pid $dir/nginx.pid;
error_log $dir/error.log warn;
events { worker_connections 64; }
http {
  access_log off;
  client_body_temp_path $dir/tmp;
  proxy_temp_path $dir/tmp;
  fastcgi_temp_path $dir/tmp;
  uwsgi_temp_path $dir/tmp;
  scgi_temp_path $dir/tmp;
  server {
    listen 127.0.0.1:$port $listen_tls;
    root $dir/root;
    client_max_body_size 0;
    location = /.loopback-id { alias $dir/loopback-id; }
    location / {
      if (\$http_authorization != "Bearer $WPK_CACHE_TOKEN") { return 401; }
      dav_methods PUT;
      create_full_put_path on;
      dav_access user:rw group:r all:r;
    }
  }
}
CONF
    "$nginx" -c "$dir/nginx.conf" -p "$dir" &
    cache_pid=$!
    cache_root=$dir/root
    cache_url=$scheme://127.0.0.1:$port
    for _ in $(seq 1 100); do
      kill -0 "$cache_pid" 2> /dev/null || break # it could not listen there: another port
      probe_loopback_cache "$port" "$scheme" | grep -qx "$id" && return 0
      sleep 0.05
    done
    stop_loopback_cache
    echo "nginx did not answer on port $port (attempt $attempt)" >&2
  done
  cat "$dir/error.log" >&2 2> /dev/null || true
  return 1
}

stop_loopback_cache() {
  if [ -n "${cache_pid:-}" ]; then
    kill "$cache_pid" 2> /dev/null || true
    wait "$cache_pid" 2> /dev/null || true
    cache_pid=
  fi
}

fail() {
  echo "FAIL: $*" >&2
  if [ -n "${work:-}" ] && [ -f "$work/server/error.log" ]; then tail -n 20 "$work/server/error.log" >&2; fi
  exit 1
}

loopback_cache_test() {
  work=$(mktemp -d "/tmp/wpk-$1.XXXXXX")
  trap 'stop_loopback_cache; rm -rf "$work"' EXIT
  export WPK_CACHE_TOKEN=$2
  start_loopback_cache "$work/server" "${3:-http}" || fail "nginx did not start"
}
