#!/usr/bin/env bash
# run-cxx-terminate.sh — how a C++ program ends when an exception is not handled, in the
# reference runtime (libc++abi and toolchain/libcxx/unwind_wasm.cpp):
#   - an exception that leaves main: std::terminate, libc++abi's message naming the type and
#     what(), SIGABRT (status 134);
#   - an exception leaving a noexcept function: std::terminate, libc++abi's "terminating" line,
#     SIGABRT (the type is not named: clang's wasm code for a noexcept function catches with
#     catch_all and calls std::terminate without the exception);
#   - a handler set with std::set_terminate runs (here it exits with status 3);
#   - fork() called under a catch handler (instrumented: the call is guarded, not resumable)
#     traps, SIGILL (status 132), with the runtime's explanation; the same handler without the
#     fork runs normally.
#
#   run-cxx-terminate.sh ARCH WPK_RUN WPK_FORK_INSTRUMENT
set -euo pipefail
arch=${1:?usage: run-cxx-terminate.sh ARCH WPK_RUN}
wpk_run=${2:?usage: run-cxx-terminate.sh ARCH WPK_RUN WPK_FORK_INSTRUMENT}
instrument=${3:?usage: run-cxx-terminate.sh ARCH WPK_RUN WPK_FORK_INSTRUMENT}
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

cat > "$work/fork-in-handler.cpp" << 'CPP'
#include <unistd.h>
#include <cstdio>
#include <stdexcept>
__attribute__((noinline)) int helper(int really) { return really ? fork() : 41; }
int main(int argc, char**) {
  try {
    throw std::runtime_error("x");
  } catch (const std::exception&) {
    std::printf("handler %d\n", helper(0));
    std::fflush(stdout);
    if (argc > 1)
      helper(1);
  }
  std::puts("after");
  return 0;
}
CPP

# run NAME EXPECTED_STATUS [ARG]: builds $work/NAME.cpp (instrumented for fork), runs it, leaves
# stdout/stderr in $work.
run() {
  local name=$1 expected=$2 status=0
  shift 2
  "$root/toolchain/bin/${arch}posix-c++" -O2 -o "$work/$name.wasm" "$work/$name.cpp"
  "$instrument" "$work/$name.wasm" -o "$work/$name"
  "$wpk_run" "$work/$name" "$@" > "$work/$name.out" 2> "$work/$name.err" || status=$?
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

run fork-in-handler 0
[ "$(cat "$work/fork-in-handler.out")" = "$(printf 'handler 41\nafter')" ] ||
  fail "fork-in-handler: stdout $(cat "$work/fork-in-handler.out")"
run fork-in-handler 132 fork
grep -qF "fork() was called under a C++ catch handler" "$work/fork-in-handler.err" ||
  fail "fork-in-handler: no explanation (stderr: $(cat "$work/fork-in-handler.err"))"

echo "cxx-terminate ($arch): escaping main, noexcept, set_terminate and a fork under a handler end as expected"
