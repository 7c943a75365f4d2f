# gawk's autotools build without the doc/ subdirectory: Debian's repack drops the Texinfo
# manual (GFDL with invariant sections), so doc/'s rules cannot run. Only the support library
# and gawk itself are built and installed (the awk link is not an output).
set -euo pipefail
./configure --prefix="$WPK_PREFIX" --build=x86_64-pc-linux-gnu --host="$WPK_ARCH-unknown-linux-musl" "$@"
# configure runs a program to see whether printf knows %F and %a and, when cross-compiling, says
# no without asking; musl's printf has both. Without them gawk's printf "%a" printed "%a".
sed -i -e 's|^/\* #undef PRINTF_HAS_A_FORMAT \*/$|#define PRINTF_HAS_A_FORMAT 1|' \
  -e 's|^/\* #undef PRINTF_HAS_F_FORMAT \*/$|#define PRINTF_HAS_F_FORMAT 1|' config.h
grep -q '^#define PRINTF_HAS_A_FORMAT 1$' config.h
grep -q '^#define PRINTF_HAS_F_FORMAT 1$' config.h
make -j"$WPK_JOBS" SUBDIRS="support ."
make install SUBDIRS="support ." DESTDIR="$WPK_DESTDIR"
