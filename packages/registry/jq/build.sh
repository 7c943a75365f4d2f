# Debian's jq 1.6 tarball is upstream's tag as `git archive` makes it: no configure, no
# Makefile.in. They are generated here with the build machine's autoconf and automake; patch 0002
# makes libjq a plain static archive so that libtool (not on the build machine) is not needed,
# patch 0001 takes the version from configure.ac instead of `git describe`. The lexer and parser
# (src/lexer.c, src/parser.c) are the tag's generated ones: --disable-maintainer-mode keeps make
# from running flex and bison. The recipe's arguments go to configure.
set -euo pipefail
autoreconf -fi > "$TMPDIR/autoreconf.log" 2>&1 || { cat "$TMPDIR/autoreconf.log" >&2; exit 1; }
./configure --prefix="$WPK_PREFIX" --build=x86_64-pc-linux-gnu \
  --host="$WPK_ARCH-unknown-linux-musl" "$@"
make
make install DESTDIR="$WPK_DESTDIR"
