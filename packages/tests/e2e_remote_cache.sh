#!/usr/bin/env bash
# End-to-end test of the remote cache (--cache-url) against a real HTTP server on loopback:
# Debian's nginx with dav_methods PUT, started by this test in a private folder, demanding a
# bearer token (WPK_CACHE_TOKEN).
#   1. a build with an empty local cache pushes archives, checksums and manifests;
#   2. a second machine (a fresh local cache) fetches everything and builds nothing, getting
#      byte-identical archives that run;
#   3. a corrupted archive on the server is rejected (sha256) and the package is rebuilt locally.
#
#   e2e_remote_cache.sh WPK_BINARY REPO
set -euo pipefail
wpk=$1
repo=$2
source "$repo/packages/tests/remote_cache_lib.sh"
# The server demands a bearer token (as a shared CI cache behind a proxy would).
remote_cache_setup remote wpk-e2e-token
url=$cache_url

echo "=== build and push"
new_cache "$work/a"
W "$work/a" build --set plain --arch wasm32 -j 2 --cache-url "$url" --json > "$work/a.json" \
  2> "$work/a.err" || { cat "$work/a.json" "$work/a.err"; fail "first build failed"; }
cat "$work/a.err"
for p in libgreet hello banner; do
  key=$(key_of $p)
  [ -n "$key" ] || fail "no key for $p in the build report"
  for f in manifest.json archive.sha256; do
    [ -f "$cache_root/$key/$f" ] || fail "$p: $f was not pushed"
  done
  ls "$cache_root/$key/"*.tar.zst > /dev/null || fail "$p: archive was not pushed"
done

echo "=== a dry run against the remote cache plans nothing (what CI matrices use)"
new_cache "$work/d"
W "$work/d" build --set plain --arch wasm32 --cache-url "$url" --dry-run --json > "$work/d.json"
python3 -c 'import json, sys
nodes = json.load(open(sys.argv[1]))
stale = [n["package"] for n in nodes if n["stale"] and n["package"] != "toolchain"]
remote = sorted(n["package"] for n in nodes if n["reason"] == "in the remote cache")
assert stale == [] and remote == ["banner", "hello", "libgreet"], (stale, remote)' "$work/d.json" ||
  fail "dry run does not see the remote entries"

echo "=== without the token the server shares nothing"
WPK_CACHE_TOKEN= W "$work/d" build --set plain --arch wasm32 --cache-url "$url" --dry-run --json \
  > "$work/e.json" 2> /dev/null
python3 -c 'import json, sys
nodes = json.load(open(sys.argv[1]))
assert not any(n["reason"] == "in the remote cache" for n in nodes)' "$work/e.json" ||
  fail "an unauthenticated client saw remote entries"

echo "=== fetch on a fresh machine"
new_cache "$work/b"
W "$work/b" build --set plain --arch wasm32 --cache-url "$url" > "$work/b.out" 2>&1 ||
  { cat "$work/b.out"; fail "second build failed"; }
cat "$work/b.out"
[ "$(grep -c '^fetched ' "$work/b.out")" = 3 ] || fail "expected 3 packages fetched"
grep -q 'no work to do' "$work/b.out" || fail "the fresh cache built something"
for p in libgreet hello banner; do
  key=$(key_of $p)
  a=$(ls "$work/a/store/$key/"*.tar.zst)
  cmp "$a" "$work/b/store/$key/$(basename "$a")" || fail "$p: fetched archive differs"
done
W "$work/b" test hello banner --arch wasm32 | grep '5 passed, 0 failed' > /dev/null || fail "fetched programs do not run"

echo "=== a corrupted archive on the server is not used"
key=$(key_of banner)
archive=$(ls "$cache_root/$key/"*.tar.zst)
printf 'corrupt' >> "$archive"
new_cache "$work/c"
W "$work/c" build banner --arch wasm32 --cache-url "$url" > "$work/c.out" 2>&1 ||
  { cat "$work/c.out"; fail "build after a corrupted download failed"; }
cat "$work/c.out"
grep -q 'does not match its archive.sha256' "$work/c.out" || fail "corruption not detected"
grep -q 'wpk: 1 built' "$work/c.out" || fail "banner was not rebuilt locally"
echo "e2e_remote_cache: all checks passed"
