# gawk's autotools build without the doc/ subdirectory: Debian's repack drops the Texinfo
# manual (GFDL with invariant sections), so doc/'s rules cannot run. Only the support library
# and gawk itself are built and installed (the awk link is not an output).
set -euo pipefail
./configure --prefix="$WPK_PREFIX" --build=x86_64-pc-linux-gnu --host="$WPK_ARCH-unknown-linux-musl" "$@"
make -j"$WPK_JOBS" SUBDIRS="support ."
make install SUBDIRS="support ." DESTDIR="$WPK_DESTDIR"
