#!/usr/bin/env bash
# run-cxx-terminate.sh — how a C++ program ends when an exception is not handled, in the
# reference runtime (libc++abi and toolchain/libcxx/unwind_wasm.cpp):
#   - an exception that leaves main: std::terminate, libc++abi's message naming the type and
#     what(), SIGABRT (status 134);
#   - an exception leaving a noexcept function: std::terminate, libc++abi's "terminating" line,
#     SIGABRT (the type is not named: clang's wasm code for a noexcept function catches with
#     catch_all and calls std::terminate without the exception);
#   - a handler set with std::set_terminate runs (here it exits with status 3).
#
#   run-cxx-terminate.sh ARCH WPK_RUN
set -euo pipefail
arch=${1:?usage: run-cxx-terminate.sh ARCH WPK_RUN}
wpk_run=${2:?usage: run-cxx-terminate.sh ARCH WPK_RUN}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() {
  echo "cxx-terminate ($arch): $*" >&2
  exit 1
}

cat > "$work/escapes-main.cpp" << 'CPP'
#include <cstdio>
#include <stdexcept>
int main() {
  std::puts("before");
  std::fflush(stdout);
  throw std::runtime_error("nobody catches this");
}
CPP
cat > "$work/noexcept.cpp" << 'CPP'
#include <cstdio>
__attribute__((noinline)) void inner(int v) { if (v) throw v; }
__attribute__((noinline)) void outer(int v) noexcept { inner(v); }
int main(int argc, char**) {
  try { outer(argc); } catch (...) { std::puts("caught: wrong"); }
  return 0;
}
CPP
cat > "$work/handler.cpp" << 'CPP'
#include <cstdio>
#include <cstdlib>
#include <exception>
[[noreturn]] void on_terminate() {
  std::puts("terminate handler ran");
  std::fflush(stdout);
  std::_Exit(3);
}
int main() {
  std::set_terminate(on_terminate);
  throw 7;
}
CPP

# run NAME EXPECTED_STATUS: builds $work/NAME.cpp, runs it, leaves stdout/stderr in $work.
run() {
  local name=$1 expected=$2 status=0
  "$root/toolchain/bin/${arch}posix-c++" -O2 -o "$work/$name" "$work/$name.cpp"
  "$wpk_run" "$work/$name" > "$work/$name.out" 2> "$work/$name.err" || status=$?
  [ "$status" = "$expected" ] ||
    fail "$name: exit status $status, expected $expected (stderr: $(cat "$work/$name.err"))"
}

run escapes-main 134
[ "$(cat "$work/escapes-main.out")" = before ] || fail "escapes-main: stdout $(cat "$work/escapes-main.out")"
grep -qF "libc++abi: terminating due to uncaught exception of type std::runtime_error: nobody catches this" \
  "$work/escapes-main.err" ||
  fail "escapes-main: no terminate message (stderr: $(cat "$work/escapes-main.err"))"

run noexcept 134
grep -q "^libc++abi: terminating" "$work/noexcept.err" ||
  fail "noexcept: libc++abi's message missing (stderr: $(cat "$work/noexcept.err"))"
[ ! -s "$work/noexcept.out" ] || fail "noexcept: the handler in main ran"

run handler 3
[ "$(cat "$work/handler.out")" = "terminate handler ran" ] ||
  fail "handler: stdout $(cat "$work/handler.out")"

echo "cxx-terminate ($arch): escaping main, noexcept and set_terminate end as C++ says"
