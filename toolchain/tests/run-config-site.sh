#!/usr/bin/env bash
# run-config-site.sh — config.site picks its answers by arch from --host (host_alias), else from
# the program name of $CC; a folder named wasm64-something on the way to a wasm32 compiler does
# not make a wasm32 configure take the wasm64 (LP64) answers.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
site=$here/../config.site
fail() {
  echo "run-config-site: $*" >&2
  exit 1
}
long_size() { # HOST_ALIAS CC: ac_cv_sizeof_long as config.site sets it (under sh, as configure)
  host_alias=$1 CC=$2 sh -c '. "$0"; echo "$ac_cv_sizeof_long"' "$site"
}
check() { # HOST_ALIAS CC EXPECTED
  local got
  got=$(long_size "$1" "$2")
  [ "$got" = "$3" ] || fail "host '$1', CC '$2': sizeof(long) $got, expected $3"
}
check wasm32-unknown-linux-musl wasm32posix-cc 4
check wasm64-unknown-linux-musl wasm64posix-cc 8
check wasm32-unknown-linux-musl /src/wasm64-work/toolchain/bin/wasm32posix-cc 4
check wasm64-unknown-linux-musl /src/wasm32-work/toolchain/bin/wasm64posix-cc 8
check '' /src/wasm64-work/toolchain/bin/wasm32posix-cc 4
check '' '/opt/wpk/bin/wasm64posix-cc -O2' 8
check '' 'wasm32posix-cc -I/src/wasm64/include' 4
echo "run-config-site: ok"
