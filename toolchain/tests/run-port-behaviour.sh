#!/usr/bin/env bash
# run-port-behaviour.sh — build tests/port-behaviour.c for ARCH and run it in the reference
# runtime; its output must equal tests/port-behaviour.expected and its exit status must be 3.
#
#   run-port-behaviour.sh ARCH WPK_RUN
set -euo pipefail
arch=${1:?usage: run-port-behaviour.sh ARCH WPK_RUN}
wpk_run=${2:?usage: run-port-behaviour.sh ARCH WPK_RUN}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/root/tmp" "$work/root/bin"

"$root/toolchain/bin/${arch}posix-cc" -O2 -Wall -Werror "$here/port-behaviour.c" \
  -o "$work/root/bin/port-behaviour"

status=0
(cd "$work/root" && PORT_TEST=yes "$wpk_run" --root "$work/root" "$work/root/bin/port-behaviour" one "two words") \
  > "$work/output" || status=$?
if ! diff -u "$here/port-behaviour.expected" "$work/output"; then
  echo "port-behaviour ($arch): output differs from port-behaviour.expected" >&2
  exit 1
fi
if [ "$status" != 3 ]; then
  echo "port-behaviour ($arch): exit status $status, expected 3" >&2
  exit 1
fi
echo "port-behaviour ($arch): $(wc -l < "$work/output") lines as expected, exit status 3"
