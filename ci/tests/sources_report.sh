#!/usr/bin/env bash
# ci/sources-report against a saved source index (WPK_OUTDATED_INDEX), offline: a registry of two
# recipes, one current and one whose pin the index no longer lists. The report files are written
# either way; the exit status is 1 for the lost pin, 0 once the index lists it again, and 1 with
# WPK_OUTDATED_STRICT=1 while the other recipe is behind.
#
#   sources_report.sh WPK_BINARY REPO
set -euo pipefail
wpk=$1
repo=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
fail() {
  echo "FAIL: $*" >&2
  failures=$((failures + 1))
}

sha_a=$(printf 'a%.0s' {1..64})
sha_b=$(printf 'b%.0s' {1..64})
recipe() { # NAME VERSION FILE SHA
  mkdir -p "$work/registry/$1"
  printf 'name: %s\nversion: "1"\nrevision: 0\nkind: bundle\nlicense: MIT\narches: [wasm32]\nsource:\n  url: https://example.org/%s\n  sha256: %s\n  debian: {package: %s, version: "%s", file: %s}\n' \
    "$1" "$3" "$4" "$1" "$2" "$3" > "$work/registry/$1/package.yaml"
}
stanza() { # PACKAGE VERSION FILE SHA
  printf 'Package: %s\nVersion: %s\nChecksums-Sha256:\n %s 10 %s\n\n' "$1" "$2" "$4" "$3"
}
recipe kept 1.0-1 kept_1.0.orig.tar.gz "$sha_a"
recipe lost 2.0-1 lost_2.0.orig.tar.gz "$sha_b"
mkdir -p "$work/sets"
printf 'name: all\npackages: [kept, lost]\n' > "$work/sets/all.yaml"
cat > "$work/driver" << DRIVER
#!/bin/sh
exec "$wpk" --repo "$repo" --registry "$work/registry" --sets "$work/sets" --cache "$work/cache" "\$@"
DRIVER
chmod +x "$work/driver"
export WPK_DRIVER=$work/driver WPK_OUTDATED_INDEX=$work/Sources

run() { # OUT -> status in $work/OUT.status
  set +e
  GITHUB_STEP_SUMMARY=$work/summary "$repo/ci/sources-report" "$work/$1" > "$work/$1.log" 2>&1
  echo $? > "$work/$1.status"
  set -e
}

# kept has a newer revision; lost's orig tarball is listed by no version.
{ stanza kept 1.0-1+deb12u1 kept_1.0.orig.tar.gz "$sha_a"; stanza lost 2.0-2 lost_2.0.orig.tar.gz "$sha_a"; } > "$work/Sources"
run lost
[ "$(cat "$work/lost.status")" = 1 ] || fail "lost pin: exit $(cat "$work/lost.status"): $(cat "$work/lost.log")"
grep -q '| lost | lost | 2.0-1 | 2.0-2 | pin gone |' "$work/lost/sources.md" || fail "lost: $(cat "$work/lost/sources.md")"
grep -q '"standing": "newer revision"' "$work/lost/sources.json" || fail "lost: json $(cat "$work/lost/sources.json")"
grep -q 'lost: no version of lost in the archive lists the pinned file' "$work/lost.log" || fail "lost: $(cat "$work/lost.log")"
grep -q "^## Sources against Debian's archive" "$work/summary" || fail "no step summary"

# The index lists it again: success, but not with STRICT while kept is behind.
stanza lost 2.0-2 lost_2.0.orig.tar.gz "$sha_b" >> "$work/Sources"
run found
[ "$(cat "$work/found.status")" = 0 ] || fail "found: exit $(cat "$work/found.status"): $(cat "$work/found.log")"
grep -q '^2 recipes: 2 newer revision$' "$work/found/sources.md" ||
  fail "found: $(tail -1 "$work/found/sources.md")"
WPK_OUTDATED_STRICT=1 run strict
[ "$(cat "$work/strict.status")" = 1 ] || fail "strict: exit $(cat "$work/strict.status")"

# An index that is not one: a failure, the message passed on.
echo "not an index" > "$work/Sources"
run broken
[ "$(cat "$work/broken.status")" != 0 ] || fail "broken index: exit 0"
grep -q "Sources:1: expected a field" "$work/broken.log" || fail "broken: $(cat "$work/broken.log")"

if [ "$failures" -gt 0 ]; then
  echo "sources_report: $failures failed" >&2
  exit 1
fi
echo "sources_report: 4 cases passed"
