#!/usr/bin/env bash
# The PR workflow's scripts run locally, end to end, with real builds: every job of
# .github/workflows/pr.yml gets a fresh cache (a new "runner"; only the sysroots are shared) and
# the runners share nothing but the cache server, nginx on loopback (scripts/lib/
# loopback-cache.sh). GitHub itself is unreachable here; the sticky comment has its own test.
#   0. "main" built the fixture registry's plain set and filled the shared cache;
#   1. a PR edits libgreet's patch: ci/plan against main gives level0 = libgreet, level1 = hello;
#   2. the level jobs (ci/build-job) build them in order, hello's job fetching libgreet;
#   3. the status job (ci/report) merges the ledgers, records banner from the shared cache, and
#      writes status.md/json/html with every package built;
#   4. planning again finds every job in the shared cache: no jobs;
#   5. ci/release-build makes the release assets of wasm32 from the shared cache.
#
#   workflow_local.sh WPK_BINARY REPO
set -euo pipefail
wpk_binary=$1
repo=$2
real_cache=${WPK_CACHE:-$HOME/.cache/wpk}
source "$repo/scripts/lib/loopback-cache.sh"
loopback_cache_test ci-flow ci-flow-token

cp -r "$repo/packages/tests/fixtures" "$work/git"
G() { git -C "$work/git" -c user.name=test -c user.email=test@wpk.invalid -c commit.gpgsign=false "$@"; }
G init -q
G add -A
G commit -q -m main
# The driver as the ci scripts run it (WPK_DRIVER), on the fixture registry and this runner's
# cache.
cat > "$work/wpk" << WRAPPER
#!/usr/bin/env bash
exec "$wpk_binary" --repo "$repo" --registry "$work/git/registry" --sets "$work/git/sets" \\
  --cache "\$WPK_CACHE" "\$@"
WRAPPER
chmod +x "$work/wpk"
export WPK_DRIVER=$work/wpk WPK_SET=plain WPK_ARCHES=wasm32 WPK_CACHE_URL=$cache_url
export WPK_MAX_LEVELS=6 WPK_GIT_DIR=$work/git JOBS=2
runner() { # NAME: a fresh cache sharing the built sysroots and downloaded sources
  export WPK_CACHE=$work/runners/$1
  mkdir -p "$WPK_CACHE" "$real_cache/toolchain" "$real_cache/sources"
  ln -s "$real_cache/toolchain" "$WPK_CACHE/toolchain"
  ln -s "$real_cache/sources" "$WPK_CACHE/sources"
}
output() { sed -n "s/^$1=//p" "$2"; }
jobs_of() { # LEVEL_JSON -> "package/arch ..."
  node -e 'const l = process.argv[1]; if (l) console.log(JSON.parse(l).include.map(j => j.package + "/" + j.arch).join(" "))' "$1"
}

echo "=== 0. main fills the shared cache"
runner main
"$repo/ci/plan" > "$work/main.out"
for level in 0 1 2; do
  for job in $(jobs_of "$(output "level$level" "$work/main.out")"); do
    runner "main-$level-${job%/*}"
    "$repo/ci/build-job" "${job%/*}" "${job#*/}" "$work/main-ledgers/$job" > "$work/job.log" 2>&1 ||
      { cat "$work/job.log"; fail "main: $job failed"; }
  done
done
[ "$(output jobs "$work/main.out")" = 3 ] || fail "main should have built 3 packages: $(cat "$work/main.out")"

echo "=== 1. a PR changes libgreet's patch; plan against main"
sed -i '1s/.*/Fixture patch: louder greeting punctuation (changed by the ci flow test)./' \
  "$work/git/registry/libgreet/patches/0001-greeting-punctuation.patch"
G commit -q -am "PR: libgreet patch"
runner plan
"$repo/ci/plan" HEAD~1 > "$work/pr.out"
cat "$work/pr.out"
[ "$(jobs_of "$(output level0 "$work/pr.out")")" = "libgreet/wasm32" ] || fail "level0"
[ "$(jobs_of "$(output level1 "$work/pr.out")")" = "hello/wasm32" ] || fail "level1"
[ -z "$(output level2 "$work/pr.out")" ] && [ -z "$(output level5 "$work/pr.out")" ] ||
  fail "levels 2..5 should be empty"

echo "=== 2. level jobs"
runner level0
"$repo/ci/build-job" libgreet wasm32 "$work/ledgers/L0-libgreet-wasm32" > "$work/l0.log" 2>&1 ||
  { cat "$work/l0.log"; fail "level0 job failed"; }
runner level1
"$repo/ci/build-job" hello wasm32 "$work/ledgers/L1-hello-wasm32" > "$work/l1.log" 2>&1 ||
  { cat "$work/l1.log"; fail "level1 job failed"; }
cat "$work/l1.log"
grep -q '^fetched libgreet (wasm32)' "$work/l1.log" || fail "hello's job did not fetch libgreet"
grep -q 'wpk: 1 built' "$work/l1.log" || fail "hello's job should build hello only"

echo "=== 3. status job"
runner status
"$repo/ci/report" "$work/ledgers" "$work/status"
cat "$work/status/status.md"
grep -q 'ABI v[0-9]*\. \*\*3 built\*\*, \*\*0 failed\*\*, 3 total\.' "$work/status/status.md" ||
  fail "the status table should show 3 built"
for p in libgreet hello banner; do
  grep -q "^| $p | wasm32 | built |" "$work/status/status.md" || fail "$p is not built in the table"
done
node -e 'JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"))' "$work/status/status.json" ||
  fail "status.json does not parse"
grep -q '<html' "$work/status/status.html" || fail "status.html"

echo "=== 4. planning again: everything is in the shared cache"
runner plan2
"$repo/ci/plan" HEAD~1 > "$work/again.out"
[ "$(output jobs "$work/again.out")" = 0 ] && [ -z "$(output level0 "$work/again.out")" ] ||
  fail "a second plan should have no jobs: $(cat "$work/again.out")"
echo "=== 5. release assets of one arch (ci/release-build), everything fetched from the shared cache"
runner release
WPK_SET=plain "$repo/ci/release-build" v0.0.0-test wasm32 "$work/release" > "$work/release.log" 2>&1 ||
  { cat "$work/release.log"; fail "release-build failed"; }
cat "$work/release.log"
[ "$(grep -c '^fetched ' "$work/release.log")" = 3 ] || fail "release-build should fetch 3 packages"
abi=$(tr -d ' \n' < "$repo/kernel-abi/ABI_VERSION")
for asset in rootfs.tar.zst index.json status.md status.json status.html; do
  [ -s "$work/release/wpk-v0.0.0-test-abi$abi-wasm32-$asset" ] || fail "missing asset *-$asset"
done
for p in libgreet hello banner; do
  ls "$work/release/$p"-*-abi"$abi"-wasm32-*.tar.zst > /dev/null 2>&1 || fail "no $p archive asset"
done
[ "$(find "$work/release" -type f | wc -l)" = 8 ] || fail "expected 8 assets: $(ls "$work/release")"
zstd -dc "$work/release/wpk-v0.0.0-test-abi$abi-wasm32-rootfs.tar.zst" | tar -t > "$work/rootfs.list"
grep -q 'usr/bin/hello$' "$work/rootfs.list" || fail "the rootfs has no usr/bin/hello"
echo "workflow_local: all checks passed"
