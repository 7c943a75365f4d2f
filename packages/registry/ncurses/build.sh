# ncurses: the wide-character libraries (libncursesw, panelw, menuw, formw), static, with
# pkg-config files; the programs tput, clear, infocmp, tic, toe, tset, tabs; and a compiled
# terminfo database of common terminals.
#
# The terminfo entries are compiled at build time by `tic`, which a cross build cannot run, so a
# native tic is built first from the same source with the same database-relevant options (wide
# characters, extended colours/mouse: they decide the compiled format) in a separate tree.
set -euo pipefail
src=$PWD

# The options that shape the terminfo format and the library ABI, shared by both builds.
common=(--enable-widec --enable-ext-colors --enable-ext-mouse --without-ada --without-cxx
  --without-cxx-binding --without-tests --without-manpages --without-debug --disable-stripping
  --with-default-terminfo-dir=/usr/share/terminfo --with-terminfo-dirs=/usr/share/terminfo)

native=$(mktemp -d "$TMPDIR/ncurses-native.XXXXXX")
(
  cd "$native"
  native-env "$src/configure" --quiet --without-shared "${common[@]}"
  # Only what tic needs: the headers, the library and tic itself.
  make -j"$WPK_JOBS" sources >/dev/null
  make -C ncurses -j"$WPK_JOBS" >/dev/null
  make -C progs -j"$WPK_JOBS" tic >/dev/null
) || { echo "ncurses: native tic build failed" >&2; exit 1; }
native_tic=$native/progs/tic
"$native_tic" -V

# The cross build. BUILD_CC compiles ncurses' own generators (make_hash, make_keys) natively.
./configure --prefix="$WPK_PREFIX" --build=x86_64-pc-linux-gnu --host="$WPK_ARCH-unknown-linux-musl" \
  "${common[@]}" --without-shared --with-normal --enable-pc-files \
  --with-pkg-config-libdir="$WPK_PREFIX/lib/pkgconfig" --disable-db-install \
  --with-build-cc=cc --with-build-cppflags= --with-build-ldflags= \
  --with-tic-path="$native_tic"
make -j"$WPK_JOBS"
make install DESTDIR="$WPK_DESTDIR"

# The terminfo database: a selection of common terminals (tic -e resolves their use= chains from
# the full source).
terminals=ansi,dumb,linux,vt52,vt100,vt102,vt220,xterm,xterm-color,xterm-256color,xterm-new
terminals=$terminals,screen,screen-256color,tmux,tmux-256color,rxvt,rxvt-unicode,putty,cygwin,sun
mkdir -p "$WPK_DESTDIR/usr/share/terminfo"
"$native_tic" -x -s -e "$terminals" -o "$WPK_DESTDIR/usr/share/terminfo" misc/terminfo.src

# Names programs commonly link with for the same library (curses, ncurses without the w).
cd "$WPK_DESTDIR/usr/lib"
for lib in ncurses panel menu form; do
  ln -sf "lib${lib}w.a" "lib${lib}.a"
done
ln -sf libncursesw.a libcurses.a
ln -sf libncursesw.a libtinfo.a
ln -sf ncursesw.pc pkgconfig/ncurses.pc
