#!/usr/bin/env bash
# cli_test.sh — the command's contract: exit codes 0/1/2, atomic output, byte-identical output
# across runs, unchanged module without the fork import, --stats to a file, --discover-only.
#   cli_test.sh WPK_FORK_INSTRUMENT WORK_DIR
set -euo pipefail
tool=$1 work=$2
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
rm -rf "$work"
mkdir -p "$work"
cd "$work"
fail() { echo "FAIL: $*" >&2; exit 1; }
expect_status() { # STATUS CMD...
  local want=$1; shift
  set +e; "$@" > out.txt 2> err.txt; local got=$?; set -e
  [ "$got" = "$want" ] || { cat err.txt >&2; fail "'$*' exited $got, expected $want"; }
}

wat2wasm --debug-names "$here/wat/pr701_walk_depth1000.wat" -o fork.wasm
printf '(module (memory 1) (func (export "f") (result i32) (i32.const 1)))' > plain.wat
wat2wasm plain.wat -o plain.wasm

expect_status 0 "$tool" fork.wasm -o a.wasm
expect_status 0 "$tool" fork.wasm -o b.wasm
cmp a.wasm b.wasm || fail "output differs between runs"
ls a.wasm.tmp.* 2>/dev/null && fail "temporary file left behind"
"$here/../../kernel-abi/runtime/bin/wpk-node" -e 'process.exit(WebAssembly.validate(require("fs").readFileSync("a.wasm")) ? 0 : 1)' \
  || fail "WebAssembly.validate rejects the output"

expect_status 0 "$tool" plain.wasm -o plain.out.wasm
cmp plain.wasm plain.out.wasm || fail "a module without wpk.fork must be left unchanged"

expect_status 0 "$tool" fork.wasm -o c.wasm --stats=stats.json --stats-format json
grep -q '"functions_instrumented": 2' stats.json || fail "stats: $(cat stats.json)"
expect_status 0 "$tool" fork.wasm -o c.wasm --stats
grep -q 'functions: 2 total, 2 instrumented' out.txt || fail "table stats: $(cat out.txt)"
expect_status 0 "$tool" fork.wasm --discover-only
grep -q '^walk direct$' out.txt || fail "discover-only: $(cat out.txt)"
[ -e c2.wasm ] && fail "discover-only wrote a file"

expect_status 2 "$tool"
expect_status 2 "$tool" fork.wasm
expect_status 2 "$tool" fork.wasm -o x.wasm --stats-format yaml
expect_status 2 "$tool" fork.wasm -o x.wasm --nope
expect_status 1 "$tool" missing.wasm -o x.wasm
grep -q 'missing.wasm' err.txt || fail "error does not name the file"
printf 'garbage' > bad.wasm
expect_status 1 "$tool" bad.wasm -o x.wasm
head -c 40 fork.wasm > truncated.wasm
expect_status 1 "$tool" truncated.wasm -o x.wasm
[ -e x.wasm ] && fail "output written for bad input"
echo ok
