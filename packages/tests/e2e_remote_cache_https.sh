#!/usr/bin/env bash
# End-to-end test of the remote cache over TLS: Debian's nginx on loopback serving https:// with
# a certificate from a CA made for this test (scripts/lib/loopback-cache.sh), demanding a token.
#   1. with WPK_CACHE_CA_FILE naming that CA, a build pushes its packages over https;
#   2. a fresh local cache fetches them all and builds nothing (byte-identical archives);
#   3. without the CA the server is not trusted: a warning names the certificate problem and the
#      package is built locally, nothing fetched;
#   4. the certificate is for 127.0.0.1, so https://localhost fails verification of the name.
#
#   e2e_remote_cache_https.sh WPK_BINARY REPO
set -euo pipefail
wpk=$1
repo=$2
source "$repo/packages/tests/remote_cache_lib.sh"
remote_cache_setup remote-https wpk-e2e-tls-token https
url=$cache_url
case $url in https://127.0.0.1:*) ;; *) fail "the loopback server is not https ($url)" ;; esac

echo "=== build and push over https"
new_cache "$work/a"
WPK_CACHE_CA_FILE=$cache_ca W "$work/a" build banner --arch wasm32 --cache-url "$url" --json \
  > "$work/a.json" 2> "$work/a.err" || { cat "$work/a.json" "$work/a.err"; fail "first build failed"; }
cat "$work/a.err"
grep -q 'warning' "$work/a.err" && fail "the first build warned"
packages=$(python3 -c 'import json, sys
print(" ".join(sorted(n["package"] for n in json.load(open(sys.argv[1])) if n["package"] != "toolchain")))' \
  "$work/a.json")
[ -n "$packages" ] || fail "the build report names no package"
count=0
for p in $packages; do
  key=$(key_of "$p")
  [ -n "$key" ] || fail "no key for $p in the build report"
  [ -f "$cache_root/$key/manifest.json" ] || fail "$p: manifest.json was not pushed"
  ls "$cache_root/$key/"*.tar.zst > /dev/null || fail "$p: archive was not pushed"
  count=$((count + 1))
done

echo "=== fetch over https on a fresh machine"
new_cache "$work/b"
WPK_CACHE_CA_FILE=$cache_ca W "$work/b" build banner --arch wasm32 --cache-url "$url" \
  > "$work/b.out" 2>&1 || { cat "$work/b.out"; fail "second build failed"; }
cat "$work/b.out"
[ "$(grep -c '^fetched ' "$work/b.out")" = "$count" ] || fail "expected $count packages fetched"
grep -q 'no work to do' "$work/b.out" || fail "the fresh cache built something"
for a in "$work/a/store/"*/*.tar.zst; do
  cmp "$a" "$work/b/store/${a#"$work/a/store/"}" || fail "fetched archive $(basename "$a") differs"
done

echo "=== a server whose CA is not trusted is not used"
new_cache "$work/c"
WPK_CACHE_CA_FILE= W "$work/c" build banner --arch wasm32 --cache-url "$url" \
  > "$work/c.out" 2>&1 || { cat "$work/c.out"; fail "build without the CA failed"; }
cat "$work/c.out"
grep -q 'warning: remote cache: .*certificate' "$work/c.out" || fail "no warning about the certificate"
grep -q '^fetched ' "$work/c.out" && fail "fetched from an untrusted server"
grep -q "wpk: $count built" "$work/c.out" || fail "expected $count packages built locally"

echo "=== the certificate's name is checked"
new_cache "$work/d"
WPK_CACHE_CA_FILE=$cache_ca W "$work/d" build banner --arch wasm32 --dry-run --json \
  --cache-url "${url/127.0.0.1/localhost}" > /dev/null 2> "$work/d.err" || true
cat "$work/d.err"
grep -q 'warning: remote cache: .*\(subject name\|certificate\)' "$work/d.err" ||
  fail "https://localhost was accepted with a certificate for 127.0.0.1"
echo "e2e_remote_cache_https: all checks passed"
