# remote_cache_lib.sh — sourced by e2e_remote_cache.sh and e2e_remote_cache_https.sh:
#
#   remote_cache_setup NAME TOKEN [https]
#       expects $wpk (the driver) and $repo; starts the loopback server (loopback_cache_test in
#       scripts/lib/loopback-cache.sh: $work, $cache_url, $cache_root, $cache_ca for https) and
#       copies the fixture registry to $work/fixtures
#   new_cache DIR    a local cache of its own ("another machine") that shares the real cache's
#                    toolchain and sources ($WPK_CACHE), so nothing is fetched or bootstrapped again
#   W CACHE ARGS...  the driver on the fixture registry with local cache CACHE
#   key_of PACKAGE   the key PACKAGE had in the first build's report, $work/a.json (taken from the
#                    report, so it matches even if the tree changes)
remote_cache_setup() {
  real_cache=${WPK_CACHE:-$HOME/.cache/wpk}
  source "$repo/scripts/lib/loopback-cache.sh"
  loopback_cache_test "$@"
  cp -r "$repo/packages/tests/fixtures" "$work/fixtures"
}

new_cache() {
  mkdir -p "$1" "$real_cache/toolchain" "$real_cache/sources"
  ln -s "$real_cache/toolchain" "$1/toolchain"
  ln -s "$real_cache/sources" "$1/sources"
}

W() {
  local cache=$1
  shift
  "$wpk" --repo "$repo" --registry "$work/fixtures/registry" --sets "$work/fixtures/sets" \
    --cache "$cache" "$@"
}

key_of() {
  python3 -c 'import json, sys
for node in json.load(open(sys.argv[1])):
    if node["package"] == sys.argv[2]: print(node["key"])' "$work/a.json" "$1"
}
