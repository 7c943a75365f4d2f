#!/usr/bin/env bash
# End-to-end test of the driver on the fixture registry, compiled by the real toolchain and run
# in the reference runtime:
#   cold build; smoke tests in wpk-run (banner's use hello through test_depends); programs are
#   published without DWARF (the module as linked is kept aside); libraries name no build path;
#   a second run rebuilds nothing; editing libgreet's patch rebuilds libgreet and hello only
#   (and --explain names the patch; banner's tests then report hello's libgreet as not built);
#   two clean builds in caches at different paths give byte-identical archives, so does
#   --rebuild; a build killed with SIGKILL leaves no partial cache entry and the rerun succeeds;
#   SIGTERM or SIGHUP to the driver stops the build's processes, grandchildren included;
#   two concurrent runs succeed; a package writing its scratch path into a file fails (nothing
#   published); a failing package shows its log tail, blocks nothing unrelated
#   with --keep-going and is recorded in the status table (the HTML page renders in headless
#   chromium); rootfs is deterministic and its programs run; publish and gc work.
#
#   e2e_fixture.sh WPK_BINARY REPO
set -euo pipefail
wpk=$1
repo=$2
real_cache=${WPK_CACHE:-$HOME/.cache/wpk}
work=$(mktemp -d /tmp/wpk-e2e.XXXXXX)
cleanup() {
  jobs -p | xargs -r kill -9 2> /dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

fail() {
  echo "FAIL: $*" >&2
  exit 1
}
step() { echo "=== $*"; }

# A private cache sharing the sysroots and downloaded sources of the real one (a sysroot takes
# minutes to build; it is keyed, so sharing it is safe).
new_cache() {
  mkdir -p "$1" "$real_cache/toolchain" "$real_cache/sources"
  ln -s "$real_cache/toolchain" "$1/toolchain"
  ln -s "$real_cache/sources" "$1/sources"
}
cache=$work/cache
new_cache "$cache"
cp -r "$repo/packages/tests/fixtures" "$work/fixtures"
registry=$work/fixtures/registry
W() { "$wpk" --repo "$repo" --registry "$registry" --sets "$work/fixtures/sets" --cache "$cache" "$@"; }
key_of() { W key "$1" --arch wasm32; }
archive_of() { # PKG -> path of its archive in the cache
  local key
  key=$(key_of "$1")
  ls "$cache/store/$key/"*.tar.zst
}
runtime=$repo/kernel-abi/runtime/bin/wpk-run
[ -x "$runtime" ] || fail "reference runtime $runtime missing"

step "cold build"
W build --set plain --arch wasm32 -j 2 > "$work/out1" || { cat "$work/out1"; fail "cold build failed"; }
cat "$work/out1"
for p in libgreet hello banner; do
  grep -q "^\[[0-9]*/[0-9]*\] $p (wasm32)\$" "$work/out1" || fail "no progress line for $p"
done
for p in libgreet hello banner; do
  a=$(archive_of $p)
  [ -f "$a" ] || fail "no archive for $p"
  case $(basename "$a") in
    $p-*-rev*-abi*-wasm32-*.tar.zst) ;;
    *) fail "archive name $(basename "$a") does not follow <name>-<version>-rev<R>-abi<N>-<arch>-<sha8>.tar.zst" ;;
  esac
done
tar --zstd -tf "$(archive_of hello)" | grep -x 'usr/bin/hello' > /dev/null || fail "hello archive lacks usr/bin/hello"
tar --zstd -xOf "$(archive_of hello)" manifest.json | grep '"name": "libgreet"' > /dev/null ||
  fail "hello's manifest does not record its dependency"

step "published libraries name no build path (DWARF and __FILE__ of an absolute source path)"
mkdir "$work/greet-a"
tar --zstd -xf "$(archive_of libgreet)" -C "$work/greet-a" usr/lib/libgreet.a
llvm-objdump-16 -h "$work/greet-a/usr/lib/libgreet.a" | grep -q '\.debug_info' ||
  fail "libgreet.a has no DWARF, so this step checks nothing"
for path in "$work" "$real_cache" "$repo"; do
  ! grep -qaF "$path" "$work/greet-a/usr/lib/libgreet.a" || fail "libgreet.a contains the path $path"
done
grep -qaF /wpk/build/src/greet.c "$work/greet-a/usr/lib/libgreet.a" ||
  fail "libgreet.a does not name its source as /wpk/build/src/greet.c"

step "smoke tests in the runtime"
W test hello banner --arch wasm32 | tee "$work/test.out"
grep -q 'wpk test: 5 passed, 0 failed' "$work/test.out" || fail "smoke tests"
# A set's packages are tested as if named (plain = hello, banner).
W test --set plain --arch wasm32 | tee "$work/test-set.out"
grep -q 'wpk test: 5 passed, 0 failed' "$work/test-set.out" || fail "wpk test --set plain"
# -j: the package roots run at once, the report is the same as one at a time.
W test --set plain --arch wasm32 -j 3 > "$work/test-set-j.out"
cmp "$work/test-set.out" "$work/test-set-j.out" || fail "wpk test -j 3 reported other than without -j"

step "wasm64: library and program build and run (memory64)"
W build hello banner --arch wasm64 -j 2 > "$work/out64" || { cat "$work/out64"; fail "wasm64 build failed"; }
W test hello banner --arch wasm64 | tee "$work/test64.out"
grep -q 'wpk test: 5 passed, 0 failed' "$work/test64.out" || fail "wasm64 smoke tests"

step "cmake build system (toolchain file, Ninja, DESTDIR install)"
W build counter --arch wasm32 > "$work/counter.out" || { cat "$work/counter.out"; fail "counter build failed"; }
W test counter --arch wasm32 | tee "$work/counter-test.out"
grep -q 'wpk test: 1 passed, 0 failed' "$work/counter-test.out" || fail "counter smoke test"

step "fork instrumentation in the post-link pipeline"
W build forker --arch wasm32 > "$work/fork.out" || { cat "$work/fork.out"; fail "forker build failed"; }
W key forker --arch wasm32 --explain | grep '^  instrumenter sha256:' > /dev/null ||
  fail "the instrumenter's identity is not an input of forker's key"
manifest=$cache/store/$(key_of forker)/manifest.json
grep '"instrumented": true' "$manifest" > /dev/null || fail "forker was not instrumented"
grep '"functions_instrumented": [1-9]' "$manifest" > /dev/null || fail "no instrumenter stats"
# The instrumented program keeps its execute bits (a shell can exec it from the rootfs).
[ -x "$cache/store/$(key_of forker)/tree/usr/bin/forker" ] ||
  fail "the instrumented forker lost its execute bits"
# The module as linked is kept beside the tree for benchmarks, never archived; `wpk where` finds it.
entry=$(W where forker --arch wasm32)
[ "$entry" = "$cache/store/$(key_of forker)" ] || fail "wpk where printed '$entry'"
[ -f "$entry/uninstrumented/usr/bin/forker" ] || fail "no uninstrumented forker in $entry"
! cmp -s "$entry/uninstrumented/usr/bin/forker" "$entry/tree/usr/bin/forker" ||
  fail "the kept uninstrumented forker equals the instrumented one"
! wasm-objdump -x "$entry/uninstrumented/usr/bin/forker" | grep -q wpk_fork_unwind_begin ||
  fail "the kept forker is instrumented"
! tar --zstd -tf "$entry"/*.tar.zst | grep -q uninstrumented || fail "uninstrumented/ was archived"
# banner (built with -g, never instrumented) is published without its DWARF sections; the module
# as linked, DWARF included, is the copy kept beside the tree.
banner_entry=$cache/store/$(key_of banner)
wasm-objdump -h "$banner_entry/uninstrumented/usr/bin/banner" | grep -q '"\.debug_info"' ||
  fail "banner's kept copy has no .debug_info (was it built with -g?)"
! wasm-objdump -h "$banner_entry/tree/usr/bin/banner" | grep -q '"\.debug_' ||
  fail "banner was published with debug sections"
wasm-objdump -h "$banner_entry/tree/usr/bin/banner" | grep -q '"wpk.abi_version"' ||
  fail "stripping lost the wpk.abi_version section"
# clang did not run wasm-opt at link time (toolchain/lib/clang-programs/wasm-opt): the kept copy
# has wasm-ld's name section and DWARF that points at its code (wasm-opt without -g drops the
# names and zeroes every function's low_pc). The driver ran wasm-opt -O2 in post-link.
wasm-objdump -h "$banner_entry/uninstrumented/usr/bin/banner" | grep -q '"name"' ||
  fail "banner's kept copy has no name section (did clang run wasm-opt at link time?)"
llvm-dwarfdump-16 --debug-info "$banner_entry/uninstrumented/usr/bin/banner" |
  grep -E 'DW_AT_low_pc\s+\(0x0*[1-9a-f]' > /dev/null ||
  fail "banner's kept DWARF has no function with a non-zero low_pc"
grep -q '"optimize": "O2"' "$banner_entry/manifest.json" ||
  fail "banner's manifest does not record the wasm-opt level O2"
! wasm-objdump -h "$banner_entry/tree/usr/bin/banner" | grep -q '"name"' ||
  fail "banner was published with a name section (did wasm-opt run?)"
# The sizes recorded are those of the module without DWARF (which names the build directory).
banner_size=$(stat -c %s "$banner_entry/tree/usr/bin/banner")
grep -q "\"size_before\": $banner_size," "$banner_entry/manifest.json" ||
  fail "banner's manifest does not record the stripped size $banner_size as size_before"
W test forker --arch wasm32 | tee "$work/fork-test.out"
grep -q 'wpk test: 1 passed, 0 failed' "$work/fork-test.out" || fail "forked program"
# banner never calls fork: not instrumented although its policy is auto.
grep '"fork": "not needed (no wpk.fork import)"' "$cache/store/$(key_of banner)/manifest.json" \
  > /dev/null || fail "banner should not be instrumented"

step "allocator policy wpkmalloc is enforced against the module's wpk.allocator section"
mkdir -p "$registry/strict"
cp -r "$registry/banner/src" "$registry/strict/src"
sed -e 's/^name: banner/name: strict/' -e 's/allocator: any/allocator: wpkmalloc/' \
  "$registry/banner/package.yaml" > "$registry/strict/package.yaml"
"$repo/toolchain/bin/wasm32posix-cc" -O2 "$registry/banner/src/banner.c" -o "$work/probe.wasm"
status=0
W build strict --arch wasm32 > "$work/strict.out" 2>&1 || status=$?
if wasm-objdump -h "$work/probe.wasm" | grep '"wpk.allocator"' > /dev/null; then
  [ $status = 0 ] || { cat "$work/strict.out"; fail "wpkmalloc present but strict failed"; }
  grep '"allocator": "wpkmalloc ' "$cache/store/$(key_of strict)/manifest.json" > /dev/null ||
    fail "manifest does not record wpkmalloc"
else
  [ $status != 0 ] || fail "strict built although the toolchain links no wpkmalloc"
  grep "allocator policy wpkmalloc, but the module's wpk.allocator section is missing" \
    "$work/strict.out" > /dev/null || { cat "$work/strict.out"; fail "unclear allocator error"; }
fi
rm -rf "$registry/strict"

step "fetch through the Debian source package, verified by sha256"
W fetch bc-source > "$work/fetch.out" || fail "wpk fetch bc-source failed"
fetched=$(sed -n 's/^bc-source: //p' "$work/fetch.out")
[ "$(sha256sum "$fetched" | cut -d' ' -f1)" = 62adfca89b0a1c0164c2cdca59ca210c1d44c3ffc46daf9931cf4942664cb02a ] ||
  fail "fetched bc tarball has the wrong sha256"
W build bc-source --arch wasm32 > /dev/null || fail "a bundle with a source did not build"

step "no-op build"
start=$(date +%s%N)
W build --set plain --arch wasm32 > "$work/out2"
end=$(date +%s%N)
cat "$work/out2"
grep -q 'no work to do' "$work/out2" || fail "second run rebuilt something"
echo "no-op build: $(((end - start) / 1000000)) ms"
W build --set plain --arch wasm32 --json > "$work/noop.json"
! grep -q '"rebuilt": true' "$work/noop.json" || fail "--json reports a rebuild on a no-op run"

step "editing a patch rebuilds the package and its dependents only"
banner_key=$(key_of banner)
sed -i '1s/$/ Edited./' "$registry/libgreet/patches/0001-greeting-punctuation.patch"
# banner's tests need hello (test_depends), whose dependency libgreet is stale now: a clear error
# naming the command.
status=0
W test banner --arch wasm32 > "$work/td.out" 2>&1 || status=$?
[ $status != 0 ] || fail "wpk test banner passed although its test dependency hello is stale"
grep -q 'libgreet (wasm32), needed by the tests of banner (wasm32), is not built .*run: wpk build libgreet --arch wasm32' \
  "$work/td.out" || { cat "$work/td.out"; fail "unclear error for an unbuilt test dependency"; }
W build --set plain --arch wasm32 --dry-run --json > "$work/dry.json"
python3 -c 'import json, sys
stale = sorted(n["package"] for n in json.load(open(sys.argv[1])) if n["stale"])
assert stale == ["hello", "libgreet"], stale' "$work/dry.json" || fail "--dry-run --json plan"
W build --set plain --arch wasm32 --dry-run > "$work/dry"
cat "$work/dry"
grep -q 'would build libgreet (wasm32)' "$work/dry" || fail "libgreet not scheduled"
grep -q 'would build hello (wasm32)' "$work/dry" || fail "hello not scheduled"
! grep -q 'banner' "$work/dry" || fail "banner scheduled although unrelated"
W build --set plain --arch wasm32 --explain > "$work/out3"
cat "$work/out3"
grep -q 'building libgreet (wasm32) \[[0-9a-f]*\]: changed: file patches/0001-greeting-punctuation.patch' "$work/out3" ||
  fail "--explain does not name the edited patch"
grep -q 'building hello (wasm32) \[[0-9a-f]*\]: changed: depends libgreet' "$work/out3" ||
  fail "--explain does not say hello's dependency changed"
grep -q 'wpk: 2 built, 0 failed, 0 blocked' "$work/out3" || fail "expected exactly 2 rebuilds"
[ "$(key_of banner)" = "$banner_key" ] || fail "banner's key changed"

step "two clean builds give byte-identical archives"
cache2=$work/cache2
new_cache "$cache2"
# Reached through a symlink and a "." (the compilers see the real path; the maps must match it).
ln -s cache2 "$work/cache2-link"
"$wpk" --repo "$repo" --registry "$registry" --sets "$work/fixtures/sets" \
  --cache "$work/cache2-link/." build --set plain --arch wasm32 -j 2 > /dev/null
for p in libgreet hello banner; do
  a=$(archive_of $p)
  b=$cache2/store/$(key_of $p)/$(basename "$a")
  cmp "$a" "$b" || fail "archives of $p differ between two clean builds"
done

step "--rebuild replaces an entry (atomically) with the same bytes"
before=$(sha256sum "$(archive_of banner)" | cut -d' ' -f1)
W build banner --arch wasm32 --rebuild banner > "$work/rebuild.out" ||
  { cat "$work/rebuild.out"; fail "--rebuild failed"; }
grep -q 'wpk: 1 built, 0 failed, 0 blocked' "$work/rebuild.out" || fail "--rebuild built nothing"
[ "$(sha256sum "$(archive_of banner)" | cut -d' ' -f1)" = "$before" ] ||
  fail "the rebuilt archive of banner differs"

step "SIGKILL in the middle of a build"
echo '/* edited */' >> "$registry/hello/src/hello.c"
new_key=$(key_of hello)
# Started directly (not through the W function) so that $! is the driver itself.
"$wpk" --repo "$repo" --registry "$registry" --sets "$work/fixtures/sets" --cache "$cache" \
  build hello --arch wasm32 > "$work/killed.out" 2>&1 &
pid=$!
for _ in $(seq 1 200); do # wait until make is running the sleep in hello's Makefile
  if grep -qs '^sleep 1' "$cache"/tmp/hello-wasm32-*/build.log; then break; fi
  sleep 0.05
done
grep -qs '^sleep 1' "$cache"/tmp/hello-wasm32-*/build.log || fail "the build never started"
kill -9 $pid
wait $pid 2> /dev/null || true
[ ! -e "$cache/store/$new_key" ] || fail "a killed build left a cache entry"
for entry in "$cache"/store/*; do
  [ -f "$entry/manifest.json" ] && [ -f "$entry/archive.sha256" ] || fail "partial entry $entry"
done
W build hello --arch wasm32 > "$work/rerun.out" || { cat "$work/rerun.out"; fail "rerun after SIGKILL failed"; }
[ -f "$cache/store/$new_key/manifest.json" ] || fail "rerun did not install the entry"
(cd "$cache/store/$new_key" && sha256sum -c archive.sha256 > /dev/null) || fail "archive checksum"
W test hello --arch wasm32 > /dev/null || fail "hello does not run after the rerun"
W gc > "$work/gc.out"
grep -q "tmp/hello-wasm32-.*\.$pid\." "$work/gc.out" || fail "gc did not remove the killed build's scratch folder"

step "SIGTERM, SIGHUP, SIGINT and SIGQUIT stop the build's processes, grandchildren included; SIGTSTP suspends them"
mkdir -p "$registry/sleeper/src"
cat > "$registry/sleeper/package.yaml" << 'YAML'
name: sleeper
version: "1"
revision: 0
kind: program
license: MIT
source: {local: src}
arches: [wasm32]
build: {system: make}
outputs: {programs: [usr/bin/sleeper]}
YAML
# Starts a sleeper build in the background (pid in $pid) whose make runs sh -> sleep $marker: the
# sleep is the driver's grandchild's child, and the marker no other process has. A script's
# background jobs ignore SIGINT and SIGQUIT, and so would the driver: env gives them back. With
# "own-group" the driver leads a process group of its own, as a shell's job does: the kernel
# discards SIGTSTP in an orphaned group, and the script's may be one (ctest started in the
# background, CI runners).
start_sleeper() {
  marker="$((9000 + RANDOM % 999)).$$$(date +%N)"
  printf 'all:\n\tsh -c "sleep %s; true"\n' "$marker" > "$registry/sleeper/src/Makefile"
  local group=()
  [ "${1:-}" != own-group ] || group=(perl -e 'setpgrp(0, 0); exec @ARGV or die "exec: $!"')
  "${group[@]}" env --default-signal=INT,QUIT "$wpk" --repo "$repo" --registry "$registry" \
    --sets "$work/fixtures/sets" --cache "$cache" build sleeper --arch wasm32 \
    > "$work/sleeper.out" 2>&1 &
  pid=$!
  for _ in $(seq 1 200); do
    pgrep -f "^sleep $marker" > /dev/null && return # the sleep itself, not only sh -c
    sleep 0.05
  done
  cat "$work/sleeper.out"
  fail "the sleeper build never started"
}
# The state letter (ps stat) of process $1 becomes $2 within 2 s.
await_state() {
  for _ in $(seq 1 40); do
    case "$(ps -o stat= -p "$1")" in "$2"*) return 0 ;; esac
    sleep 0.05
  done
  return 1
}
for signal in TERM HUP INT QUIT; do
  start_sleeper
  kill -$signal $pid
  status=0
  wait $pid 2> /dev/null || status=$?
  [ $status -gt 128 ] || fail "the driver exited $status after SIG$signal (expected 128 + signal)"
  for _ in $(seq 1 40); do
    pgrep -f "sleep $marker" > /dev/null || break
    sleep 0.05
  done
  if pgrep -f "sleep $marker" > /dev/null; then
    pkill -f "sleep $marker" || true
    fail "SIG$signal to the driver left its build running (sleep $marker)"
  fi
done
start_sleeper own-group
sleeper=$(pgrep -f "^sleep $marker")
kill -TSTP $pid
await_state $pid T || fail "SIGTSTP did not stop the driver"
await_state "$sleeper" T || fail "SIGTSTP stopped the driver but not its build (sleep $marker)"
kill -CONT $pid
await_state $pid S || fail "SIGCONT did not continue the driver"
await_state "$sleeper" S || fail "SIGCONT continued the driver but not its build (sleep $marker)"
kill -TERM $pid
wait $pid 2> /dev/null || true
rm -rf "$registry/sleeper"

step "two concurrent runs"
echo '/* concurrent */' >> "$registry/hello/src/hello.c"
echo '/* concurrent */' >> "$registry/banner/src/banner.c"
W build --set plain --arch wasm32 > "$work/c1" 2>&1 &
p1=$!
W build --set plain --arch wasm32 > "$work/c2" 2>&1 &
p2=$!
s1=0 s2=0
wait $p1 || s1=$?
wait $p2 || s2=$?
[ $s1 = 0 ] && [ $s2 = 0 ] || { cat "$work/c1" "$work/c2"; fail "concurrent runs: exit $s1 and $s2"; }
for p in hello banner; do
  [ -f "$cache/store/$(key_of $p)/manifest.json" ] || fail "$p missing after concurrent runs"
done
W build --set plain --arch wasm32 | grep 'no work to do' > /dev/null || fail "not up to date after concurrent runs"

step "a failing package"
mkdir -p "$registry/broken/src"
cat > "$registry/broken/package.yaml" << 'YAML'
name: broken
version: "1"
revision: 0
kind: program
license: MIT
source: {local: src}
depends: [libgreet=1.0]
arches: [wasm32]
build: {system: make}
outputs: {programs: [usr/bin/broken]}
YAML
printf 'all:\n\t@echo compiling broken; echo "broken.c:1: error: this fixture never compiles"; exit 3\n' > "$registry/broken/src/Makefile"
status=0
W build broken banner --arch wasm32 --keep-going > "$work/fail.out" 2> "$work/fail.err" || status=$?
cat "$work/fail.out" "$work/fail.err"
[ $status != 0 ] || fail "a failed build exited 0"
grep -q 'FAILED: broken (wasm32)' "$work/fail.err" || fail "no FAILED line"
grep -q 'this fixture never compiles' "$work/fail.err" || fail "log tail not shown"
W status broken banner hello --arch wasm32 --tag e2e > "$work/status.md"
cat "$work/status.md"
head -n 1 "$work/status.md" | grep -x '## Matrix build status — `e2e`' > /dev/null || fail "status heading"
grep -qx 'ABI v[0-9]*\. \*\*3 built\*\*, \*\*1 failed\*\*, 4 total\.' "$work/status.md" || fail "status summary"
grep -qx '| broken | wasm32 | failed | [0-9a-f]\{8\} |' "$work/status.md" || fail "status row of broken"
grep -qx "| hello | wasm32 | built | $(key_of hello | cut -c1-8) |" "$work/status.md" || fail "status row of hello"
W status --set plain --arch wasm32 --format json | grep '"total": 3' > /dev/null || fail "status json"
W status --set plain --arch wasm32 --format html > "$work/status.html"
grep -q '<td class="built"' "$work/status.html" || fail "status html"
W status broken banner hello --arch wasm32 --tag e2e --format html -o "$work/failed.html"
grep -q '<td class="failed"' "$work/failed.html" || fail "html lacks the failed cell"
# The page must render offline in a real browser: chromium parses it (the DOM it serializes
# keeps the grid) and paints it (a non-empty screenshot). scripts/bootstrap installs chromium.
command -v chromium > /dev/null || fail "chromium is not installed (apt package chromium)"
{
  timeout 120 chromium --headless --disable-gpu --no-sandbox --user-data-dir="$work/chromium" \
    --dump-dom "file://$work/failed.html" > "$work/dom.html" 2> /dev/null || fail "chromium failed"
  grep -q '<td class="failed"' "$work/dom.html" || fail "chromium's DOM lacks the failed cell"
  grep -q '<b>1 failed</b>' "$work/dom.html" || fail "chromium's DOM lacks the summary"
  timeout 120 chromium --headless --disable-gpu --no-sandbox --user-data-dir="$work/chromium" \
    --window-size=900,500 --screenshot="$work/status.png" "file://$work/failed.html" \
    > /dev/null 2>&1 || fail "chromium screenshot failed"
  [ -s "$work/status.png" ] || fail "empty screenshot"
  echo "status.html rendered in headless chromium"
}
rm -rf "$registry/broken"

step "a package that writes the build machine's path into a file fails, naming file and path"
mkdir -p "$registry/leaky/src"
cat > "$registry/leaky/package.yaml" << 'YAML'
name: leaky
version: "1"
revision: 0
kind: data
license: MIT
source: {local: src}
arches: [wasm32]
build: {system: make}
outputs: {data: [usr/share/leaky/*]}
YAML
printf 'all:\n\t@true\ninstall:\n\tmkdir -p $(DESTDIR)/usr/share/leaky\n\techo "made in $(WPK_SCRATCH)/src" > $(DESTDIR)/usr/share/leaky/info.txt\n' \
  > "$registry/leaky/src/Makefile"
status=0
W build leaky --arch wasm32 > "$work/leaky.out" 2> "$work/leaky.err" || status=$?
cat "$work/leaky.out" "$work/leaky.err"
[ $status != 0 ] || fail "a package leaking its scratch path was published"
grep -q "usr/share/leaky/info.txt (data) holds the build machine's path '.*/tmp/leaky-wasm32-[^']*/' at byte 8" \
  "$work/leaky.err" || fail "the error does not name the file, the path and the offset"
[ ! -e "$cache/store/$(key_of leaky)/manifest.json" ] || fail "the leaking package has a cache entry"
rm -rf "$registry/leaky"

step "rootfs"
W rootfs --set plain --arch wasm32 -o "$work/root1.tar.zst"
W rootfs --set plain --arch wasm32 -o "$work/root2.tar.zst"
cmp "$work/root1.tar.zst" "$work/root2.tar.zst" || fail "rootfs not deterministic"
mkdir "$work/root"
tar --zstd -xf "$work/root1.tar.zst" -C "$work/root"
for f in usr/bin/hello usr/bin/banner usr/share/banner/font.txt etc/passwd etc/wpk/rootfs.manifest; do
  [ -f "$work/root/$f" ] || fail "rootfs lacks /$f"
done
[ ! -e "$work/root/usr/include/greet.h" ] || fail "rootfs carries headers"
for d in tmp var/tmp; do
  [ "$(stat -c %a "$work/root/$d")" = 1777 ] || fail "rootfs /$d is not a sticky folder all may write"
done
(cd "$work/root" && sed 's|  /|  |' etc/wpk/rootfs.manifest | grep -v ' etc/wpk/rootfs.manifest$' |
  sha256sum -c --quiet) || fail "rootfs manifest does not match its files"
out=$("$runtime" --root "$work/root" "$work/root/usr/bin/hello" rootfs)
[ "$out" = "hello, rootfs!" ] || fail "hello from the rootfs printed '$out'"

step "publish"
W publish --set plain --arch wasm32 --out "$work/publish" --tag e2e
for f in index.json status.md status.json status.html; do
  [ -f "$work/publish/$f" ] || fail "publish lacks $f"
done
[ "$(ls "$work/publish"/*.tar.zst | wc -l)" = 3 ] || fail "publish should hold 3 archives"
(cd "$work/publish" && for a in *.tar.zst; do
  grep -q "\"sha256\": \"$(sha256sum "$a" | cut -d' ' -f1)\"" index.json || exit 1
done) || fail "index.json checksums"

echo "e2e_fixture: all checks passed"
