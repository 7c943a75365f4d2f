# groff's Makefile formats its documentation and examples with the groff it has just built
# (GROFFBIN, GROFF_BIN_PATH in Makefile.am; Debian's cross build points them at a native groff).
# A cross build cannot run those wasm programs, and the package has no use for the formatted
# manuals: --with-doc=no leaves them out, and nothing else runs a built program (fonts for the
# tty devices come from their .proto files by sed, devps's are shipped, tmac files are copied or
# sed-edited). GROFFBIN names a stub that fails, so a build step that still wanted to run groff
# stops the build instead of using some other groff.
set -euo pipefail
stub=$(mktemp -d "$TMPDIR/groff-stub.XXXXXX")
cat > "$stub/groff" << 'STUB'
#!/bin/sh
echo "groff build.sh: a build step ran groff ($*); the cross build cannot run the wasm groff" >&2
exit 1
STUB
chmod +x "$stub/groff"
# groff 1.22.4's config.sub (2018) predates wasm64; the build machine's (autotools-dev) knows it.
cp /usr/share/misc/config.sub build-aux/config.sub
# groff 1.22.4 is C++98 and uses `register`, which C++17 (clang 16's default) no longer allows:
# C++14, the last standard that accepts it.
# -fno-exceptions: groff never throws or catches (its operator new exits on failure). With
# exceptions on, clang wraps the body of each noexcept destructor that calls other code in a
# catch_all that calls std::terminate, and std::terminate calls its handler through a `void()`
# pointer, which the fork instrumenter must assume can be any `void()` function of the table:
# troff's request handlers are such functions and .pi/.sy fork, so those handlers would hold
# fork-path calls (wpk-fork-instrument refused troff for that until it learnt to guard them;
# they would still be dead code that costs size).
# PAGE: the default paper size of the PostScript device. configure guesses it from
# /etc/papersize or the build machine's DNS domain; fixed here so the build does not depend on
# the build machine.
./configure --prefix="$WPK_PREFIX" --build=x86_64-pc-linux-gnu --host="$WPK_ARCH-unknown-linux-musl" \
  --with-doc=no --without-x --without-uchardet --with-compatibility-wrappers=no \
  PAGE=letter CXXFLAGS="${CXXFLAGS:--g -O2} -std=gnu++14 -fno-exceptions"
make -j"$WPK_JOBS" GROFFBIN="$stub/groff" GROFF_BIN_PATH="$stub"
make install DESTDIR="$WPK_DESTDIR" GROFFBIN="$stub/groff" GROFF_BIN_PATH="$stub"
