#!/usr/bin/env bash
# ci_set.sh — builds the `ci` set with the real registry and toolchain, then runs every smoke test
# of its packages in the reference runtime; any build or test failure fails the script.
#
#   ci_set.sh WPK_BINARY SCRATCH_CACHE [REPO]
#
# SCRATCH_CACHE is used as $WPK_CACHE (a cold cache builds the toolchain nodes first). The driver
# finds wpk-fork-instrument and wpk-abi in its own build tree (or through WPK_FORK_INSTRUMENT and
# WPK_ABI).
set -euo pipefail
if [ $# -lt 2 ] || [ $# -gt 3 ]; then
  echo "usage: ci_set.sh WPK_BINARY SCRATCH_CACHE [REPO]" >&2
  exit 2
fi
wpk=$1
cache=$2
repo=${3:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)}
[ -x "$wpk" ] || { echo "ci_set.sh: $wpk is not an executable" >&2; exit 2; }
# A cold package cache that shares the sysroots and downloaded sources of the caller's cache
# (both keyed or sha256-verified, so sharing is safe; a sysroot takes minutes to build).
shared=${WPK_CACHE:-$HOME/.cache/wpk}
rm -rf "$cache"
mkdir -p "$cache"
if [ "$(cd "$shared" 2>/dev/null && pwd -P)" != "$(cd "$cache" && pwd -P)" ]; then
  mkdir -p "$shared/toolchain" "$shared/sources"
  ln -s "$shared/toolchain" "$cache/toolchain"
  ln -s "$shared/sources" "$cache/sources"
fi
export WPK_CACHE=$cache
run() { "$wpk" --repo "$repo" "$@"; }

packages=$(sed -n 's/^packages: *\[\(.*\)\]/\1/p' "$repo/packages/sets/ci.yaml" | tr -d ' ' | tr ',' ' ')
[ -n "$packages" ] || { echo "ci_set.sh: no packages in packages/sets/ci.yaml" >&2; exit 1; }

run build --set ci -j "${WPK_JOBS:-2}"
# A second run must be a no-op.
second=$(run build --set ci)
case $second in
  *"no work to do"*) ;;
  *) echo "ci_set.sh: second build was not a no-op:" >&2; echo "$second" >&2; exit 1 ;;
esac

# Libraries have no smoke tests; `wpk test` runs the tests of every package that declares some.
testable=()
for package in $packages; do
  if grep -q '^tests:' "$repo/packages/registry/$package/package.yaml"; then
    testable+=("$package")
  fi
done
output=$(run test "${testable[@]}") || { echo "$output"; exit 1; }
echo "$output"
case $output in
  *" 0 failed"*) ;;
  *) echo "ci_set.sh: unexpected test summary" >&2; exit 1 ;;
esac
passed=$(echo "$output" | grep -c '^PASS ')
[ "$passed" -gt 0 ] || { echo "ci_set.sh: no test ran" >&2; exit 1; }
echo "ci_set.sh: ci set built, $passed smoke tests passed"
