#!/usr/bin/env bash
# sysroot_test.sh ARCH — wpkmalloc inside the toolchain's sysroot (libc.a), end to end:
#   1. the stress test built with <arch>posix-cc against the standard names (malloc, free, ...)
#      carries the custom section wpk.allocator = "wpkmalloc <version>" and runs to completion
#      under the reference runtime with every block intact;
#   2. the same program linked with -lmallocng (the opt-out) carries no wpk.allocator section
#      and runs too, so the section really tells which allocator a module contains.
set -euo pipefail
arch=${1:?usage: sysroot_test.sh wasm32|wasm64}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
cc=$root/toolchain/bin/${arch}posix-cc
run=$root/kernel-abi/runtime/bin/wpk-run
version=$(sed -n 's/^#define WPKMALLOC_VERSION "\(.*\)"$/\1/p' "$root/allocator/include/wpkmalloc.h")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

fail() { echo "FAIL ($arch): $*" >&2; exit 1; }

section() { # MODULE -> payload of the wpk.allocator custom section, or nothing
  "$root/kernel-abi/runtime/bin/wpk-node" -e '
    const m = new WebAssembly.Module(require("fs").readFileSync(process.argv[1]));
    for (const s of WebAssembly.Module.customSections(m, "wpk.allocator"))
      process.stdout.write(new TextDecoder().decode(s));' "$1"
}


sources=("$here/stress_main.c" "$here/stress_core.c" "$here/heap_check.c")
"$cc" -O2 -I "$root/allocator/include" -I "$here" -o "$work/stress.wasm" "${sources[@]}"
ident=$(section "$work/stress.wasm")
[ "$ident" = "wpkmalloc $version" ] ||
  fail "expected section 'wpkmalloc $version', got '$ident' (a sysroot built before this allocator? run toolchain/build-sysroot $arch)"
out=$("$run" "$work/stress.wasm" 7 20000 2048 300000) || fail "stress under the runtime: $out"
case $out in "stress ok:"*) ;; *) fail "unexpected output: $out" ;; esac
echo "ok ($arch, wpkmalloc in libc.a): $out"

# Opt-out: musl's mallocng. heap_check.c reads wpkmalloc's internals, so it is left out here.
cat > "$work/no_check.c" <<'EOF'
int wpk_heap_check(void) { return 0; }
EOF
"$cc" -O2 -I "$root/allocator/include" -I "$here" -o "$work/stress-ng.wasm" \
  "$here/stress_main.c" "$here/stress_core.c" "$work/no_check.c" -lmallocng
ident=$(section "$work/stress-ng.wasm")
[ -z "$ident" ] || fail "module linked with -lmallocng still carries wpk.allocator ('$ident')"
out=$("$run" "$work/stress-ng.wasm" 7 20000 2048 300000) || fail "mallocng stress: $out"
case $out in "stress ok:"*) ;; *) fail "unexpected output with mallocng: $out" ;; esac
echo "ok ($arch, -lmallocng opt-out): $out"
