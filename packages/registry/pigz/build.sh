# pigz's plain Makefile builds pigz from pigz.c, yarn.c (its thread layer over POSIX threads),
# try.c and the bundled zopfli sources (-11), linked with -lm -lpthread -lz (zlib from the
# registry, found through the driver's CPPFLAGS/LDFLAGS). Its CFLAGS default is -O3; it is
# replaced by the build environment's $CFLAGS (a recipe's `environment`), else -O2 as autotools
# packages get, keeping upstream's warning flags. pigz.o is made by make's implicit rule, which
# adds $CPPFLAGS; the zopfli objects have explicit rules with $(CFLAGS) only and need no header
# from the dependencies.
# unpigz is a copy of pigz (it decompresses when argv[0] is "unpigz"; Debian installs a hard
# link): not a symlink, because the driver's output listing resolves symlinks to their targets.
set -euo pipefail
make -j"$WPK_JOBS" pigz CC="$CC" LDFLAGS="$LDFLAGS" \
  CFLAGS="${CFLAGS:--O2} -Wall -Wextra -Wno-unknown-pragmas -Wcast-qual"
bin=$WPK_DESTDIR$WPK_PREFIX/bin
install -d "$bin"
install -m 755 pigz "$bin/pigz"
install -m 755 pigz "$bin/unpigz"
