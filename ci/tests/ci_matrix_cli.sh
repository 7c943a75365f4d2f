#!/usr/bin/env bash
# End-to-end test of `wpk ci matrix` and `wpk ci record` (the commands ci/plan and ci/report run)
# on the ci fixture registry (packages/tests/ci_fixtures) in a temporary git repository, with the
# shared cache played by nginx on loopback (scripts/lib/loopback-cache.sh). Nothing is built:
# shared-cache entries are planted as manifests, which is what HEAD asks for.
#
#   ci_matrix_cli.sh WPK_BINARY REPO
set -euo pipefail
wpk=$1
repo=$2
source "$repo/scripts/lib/loopback-cache.sh"
loopback_cache_test ci-matrix ci-matrix-token

cp -r "$repo/packages/tests/ci_fixtures" "$work/git"
G() { git -C "$work/git" -c user.name=test -c user.email=test@wpk.invalid -c commit.gpgsign=false "$@"; }
G init -q
G add -A
G commit -q -m fixtures
W() {
  "$wpk" --repo "$repo" --registry "$work/git/registry" --sets "$work/git/sets" \
    --cache "$work/cache" "$@"
}
# jobs JSON — "level: package/arch ..." per level, e.g. "0: base/wasm32 lone/wasm32|1: ...".
levels() {
  node -e 'const m = JSON.parse(require("fs").readFileSync(0, "utf8"));
    console.log(m.levels.map((l, k) => k + ": " + l.include.map(j => j.package + "/" + j.arch).join(" ")).join("|"))'
}
expect_levels() { # FILE EXPECTED
  local got
  got=$(levels < "$1")
  [ "$got" = "$2" ] || fail "levels: expected '$2', got '$got'"
}

echo "=== no change: no jobs"
W ci matrix --changed-from HEAD > "$work/m0.json"
expect_levels "$work/m0.json" ""
grep -q '"changed": false' "$work/m0.json" || fail "toolchain keys should be unchanged"

echo "=== no reference: every node not in a cache"
W ci matrix > "$work/m1.json"
expect_levels "$work/m1.json" \
  "0: base/wasm32 base/wasm64 lone/wasm32|1: mid/wasm32 mid/wasm64 tool/wasm32 tool/wasm64|2: app/wasm32 app/wasm64"

echo "=== a patch change selects base and its dependents, in levels; step outputs"
sed -i 's/return 2;/return 7;/' "$work/git/registry/base/patches/0001-base-value.patch"
W ci matrix --changed-from HEAD --cache-url "$cache_url" --max-levels 4 \
  --github-output "$work/outputs" > "$work/m2.json"
expect_levels "$work/m2.json" \
  "0: base/wasm32 base/wasm64|1: mid/wasm32 mid/wasm64 tool/wasm32 tool/wasm64|2: app/wasm32 app/wasm64"
grep -q '"package": "lone",' "$work/m2.json" || fail "lone should be listed as omitted"
[ "$(grep -c '^level[0-9]=' "$work/outputs")" = 4 ] || fail "expected level0..level3 outputs"
grep -q '^level3=$' "$work/outputs" || fail "level3 should be empty"
grep -q '^level0={"include":\[{"package":"base","arch":"wasm32"' "$work/outputs" ||
  fail "level0 output is not a one-line strategy matrix"
grep -q '^jobs=8$' "$work/outputs" || fail "jobs output"
grep -Eq '^toolchain-wasm64=[0-9a-f]{16}$' "$work/outputs" || fail "toolchain-wasm64 output"

echo "=== keys already in the shared cache are omitted"
key_of() { # FILE PACKAGE ARCH
  node -e 'const m = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
    for (const l of m.levels) for (const j of l.include)
      if (j.package === process.argv[2] && j.arch === process.argv[3]) console.log(j.key)' "$@"
}
for node in base/wasm32 mid/wasm32; do
  key=$(key_of "$work/m2.json" "${node%/*}" "${node#*/}")
  [ -n "$key" ] || fail "no key for $node"
  mkdir -p "$cache_root/$key"
  echo '{}' > "$cache_root/$key/manifest.json"
done
W ci matrix --changed-from HEAD --cache-url "$cache_url" > "$work/m3.json"
expect_levels "$work/m3.json" \
  "0: app/wasm32 base/wasm64 tool/wasm32|1: mid/wasm64 tool/wasm64|2: app/wasm64"
grep -q '"reason": "in the shared cache"' "$work/m3.json" || fail "no 'in the shared cache' reason"
echo "=== ... but not to a client without the token"
WPK_CACHE_TOKEN= W ci matrix --changed-from HEAD --cache-url "$cache_url" > "$work/m4.json" \
  2> /dev/null
expect_levels "$work/m4.json" \
  "0: base/wasm32 base/wasm64|1: mid/wasm32 mid/wasm64 tool/wasm32 tool/wasm64|2: app/wasm32 app/wasm64"

echo "=== the same change committed, compared with its parent"
G commit -q -am "base patch"
W ci matrix --changed-from HEAD~1 > "$work/m5.json"
expect_levels "$work/m5.json" \
  "0: base/wasm32 base/wasm64|1: mid/wasm32 mid/wasm64 tool/wasm32 tool/wasm64|2: app/wasm32 app/wasm64"
W ci matrix --changed-from HEAD~1 > "$work/m6.json"
cmp -s "$work/m5.json" "$work/m6.json" || fail "two runs gave different JSON"

echo "=== a graph deeper than the workflow's level jobs fails the plan"
if W ci matrix --changed-from HEAD~1 --max-levels 2 > /dev/null 2> "$work/err"; then
  fail "--max-levels 2 accepted 3 levels"
fi
grep -q 'form 3 dependency levels but the workflow has only 2 level jobs' "$work/err" ||
  fail "unclear --max-levels error: $(cat "$work/err")"

echo "=== an unknown reference is an error"
if W ci matrix --changed-from no-such-branch > /dev/null 2> "$work/err"; then
  fail "an unknown ref was accepted"
fi
grep -q "'no-such-branch' is not a commit" "$work/err" || fail "unclear error: $(cat "$work/err")"

echo "=== ci record merges the level jobs' ledgers (current key first, then built > failed)"
key=$(key_of "$work/m5.json" base wasm32)
ledger() { # FILE STATUS KEY [NAME]
  cat > "$1" << JSON
{"format": 1, "entries": [{"name": "${4:-base}", "version": "1.0", "arch": "wasm32",
  "status": "$2", "key": "$3", "archive": "", "archive_sha256": "", "error_tail": "boom",
  "last_good": {"archive": "", "sha256": "", "key": ""}, "wasm_size": 0, "code_before": 0,
  "code_after": 0, "programs": 0, "instrumented": 0, "inputs": []}]}
JSON
}
mkdir -p "$work/ledgers/a" "$work/ledgers/b"
ledger "$work/ledgers/a/ledger.json" failed "$key"
ledger "$work/ledgers/b/ledger.json" built 0000000000000000000000000000000000000000000000000000000000000000
W ci record --merge "$work/ledgers/a/ledger.json" --merge "$work/ledgers/b/ledger.json" \
  > "$work/record.out"
cat "$work/record.out"
W status --format md --tag ci-test > "$work/status.md"
grep -q '^| base | wasm32 | failed |' "$work/status.md" || fail "merged status: $(cat "$work/status.md")"
grep -q '^| mid | wasm32 | not built |' "$work/status.md" || fail "mid should be not built"
if W ci record --merge "$work/no-such-ledger.json" > /dev/null 2>&1; then
  fail "a missing ledger was accepted"
fi
echo "ci_matrix_cli: all checks passed"
