#!/usr/bin/env bash
# Fails when BINARY contains any of the given paths (in debug information, __FILE__ strings, ...).
# The paths are where this build's checkout, build folder and Binaryen headers live.
#
#   no_build_path_test.sh BINARY PATH...
set -euo pipefail
binary=$1
shift
[ -s "$binary" ] || {
  echo "FAIL: $binary is missing or empty" >&2
  exit 1
}
status=0
for path in "$@"; do
  count=$(grep -caF "$path" "$binary" || true)
  if [ "$count" != 0 ]; then
    echo "FAIL: $binary contains $path ($count lines); strings that name it:" >&2
    strings -n 8 "$binary" | grep -F "$path" | sort -u | head -5 >&2
    status=1
  fi
done
[ $status = 0 ] && echo "ok: $binary names none of: $*"
exit $status
