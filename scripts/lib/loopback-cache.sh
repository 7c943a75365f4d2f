# loopback-cache.sh — sourced by end-to-end tests (packages/tests, ci/tests): a shared cache
# server on loopback, as `wpk --cache-url` and the CI workflows (vars.WPK_CACHE_URL) expect:
# Debian's nginx with dav_methods PUT, demanding the bearer token $WPK_CACHE_TOKEN.
#
#   start_loopback_cache DIR    sets cache_url and cache_root (the served folder) and cache_pid;
#                               the caller stops it with stop_loopback_cache (e.g. in its EXIT trap)
#   loopback_cache_test NAME TOKEN
#                               the frame the tests share: a scratch folder $work (removed, and the
#                               server stopped, at exit), WPK_CACHE_TOKEN=TOKEN exported, and the
#                               server started in $work/server; `fail MESSAGE` ends the test,
#                               showing the server's error log

start_loopback_cache() {
  local dir=$1 nginx port
  nginx=$(command -v nginx || echo /usr/sbin/nginx)
  [ -x "$nginx" ] || { echo "nginx is not installed (apt package nginx-light)" >&2; return 1; }
  mkdir -p "$dir/root" "$dir/tmp"
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
    listen 127.0.0.1:$port;
    root $dir/root;
    client_max_body_size 0;
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
  cache_url=http://127.0.0.1:$port
  local _
  for _ in $(seq 1 100); do
    (exec 3<> "/dev/tcp/127.0.0.1/$port") 2> /dev/null && return 0
    sleep 0.05
  done
  echo "nginx did not start on port $port" >&2
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
  start_loopback_cache "$work/server" || fail "nginx did not start"
}
