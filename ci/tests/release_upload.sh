#!/usr/bin/env bash
# ci/release-upload against a fake `gh` (a release is a folder of assets; GitHub is unreachable
# from the test machines): the first run creates the release with the status tables as notes;
# a re-publish of the same tag replaces the assets, and an asset of the first run that the new
# run does not have (an archive whose sha8 changed) is deleted, so the release holds exactly the
# new set.
#
#   ci/tests/release_upload.sh CI_DIR
set -euo pipefail
ci=${1:?usage: release_upload.sh CI_DIR}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() {
  echo "FAIL: $*" >&2
  exit 1
}
mkdir -p "$work/bin" "$work/state" "$work/run1" "$work/run2"
cat > "$work/bin/gh" << 'GH'
#!/usr/bin/env bash
set -euo pipefail
state=$FAKE_GH_STATE
case "$1 $2" in
  "release view")
    [ -d "$state/$3" ] || { echo "release not found" >&2; exit 1; }
    if [ "${4:-}" = --json ]; then
      [ "$5 $6 $7" = "assets --jq .assets[].name" ] || { echo "fake gh: view $*" >&2; exit 2; }
      ls "$state/$3"
    fi
    ;;
  "release create") mkdir -p "$state/$3" ;;
  "release upload")
    tag=$3
    shift 3
    for f in "$@"; do [ "$f" = --clobber ] || cp "$f" "$state/$tag/"; done
    ;;
  "release delete-asset")
    [ "${5:-}" = --yes ] || { echo "fake gh: delete-asset needs --yes" >&2; exit 2; }
    rm "$state/$3/$4"
    ;;
  *) echo "fake gh: $*" >&2; exit 2 ;;
esac
GH
chmod +x "$work/bin/gh"
export PATH=$work/bin:$PATH FAKE_GH_STATE=$work/state

echo old > "$work/run1/hello-1.0-rev1-abi1-wasm32-aaaaaaaa.tar.zst"
echo '| hello | wasm32 | built | aaaaaaaa |' > "$work/run1/wpk-v1-abi1-wasm32-status.md"
echo new > "$work/run2/hello-1.0-rev1-abi1-wasm32-bbbbbbbb.tar.zst"
echo '| hello | wasm32 | built | bbbbbbbb |' > "$work/run2/wpk-v1-abi1-wasm32-status.md"

"$ci/release-upload" v1 "$work/run1" > /dev/null
[ "$(ls "$work/state/v1" | tr '\n' ' ')" = \
  "hello-1.0-rev1-abi1-wasm32-aaaaaaaa.tar.zst wpk-v1-abi1-wasm32-status.md " ] ||
  fail "first publish: $(ls "$work/state/v1")"
"$ci/release-upload" v1 "$work/run2" > /dev/null
[ "$(ls "$work/state/v1" | tr '\n' ' ')" = \
  "hello-1.0-rev1-abi1-wasm32-bbbbbbbb.tar.zst wpk-v1-abi1-wasm32-status.md " ] ||
  fail "a re-publish should leave exactly the new assets: $(ls "$work/state/v1" | tr '\n' ' ')"
grep -q bbbbbbbb "$work/state/v1/wpk-v1-abi1-wasm32-status.md" || fail "status not replaced"
echo "release_upload: all checks passed"
