# git's own Makefile (no configure): the settings go to config.mak. uname_* are given, since the
# Makefile would ask the build machine; config.mak.uname's Linux block then sets what musl has
# (alloca.h, paths.h, clock_gettime, getdelim, sync_file_range, /proc/self/exe, ...).
# Left out: HTTP(S) transports (no curl package), expat, gettext, Perl, Python, Tcl/Tk, OpenSSL
# (SHA-1 is git's sha1dc, SHA-256 its own block code), and the programs git-daemon,
# git-http-backend, git-imap-send, git-shell and scalar (PROGRAM_OBJS/OTHER_PROGRAMS below).
# Nothing built runs on the build machine: the generated headers (command-list.h, config-list.h,
# hook-list.h) come from shell scripts over the source, the version from the tarball's `version`.
set -euo pipefail
cat > config.mak <<MAK
uname_S = Linux
uname_M = $WPK_ARCH
uname_O = GNU/Linux
uname_R = 6.1.0
uname_P = unknown
uname_V = 1
CC = $CC
AR = $AR
CFLAGS = ${CFLAGS:--O2}
LDFLAGS = $LDFLAGS
prefix = /usr
gitexecdir = /usr/lib/git-core
sysconfdir = /etc
SHELL_PATH = /bin/sh
NO_CURL = YesPlease
NO_EXPAT = YesPlease
NO_GETTEXT = YesPlease
NO_TCLTK = YesPlease
NO_PERL = YesPlease
NO_PYTHON = YesPlease
NO_OPENSSL = YesPlease
USE_LIBPCRE2 = YesPlease
# musl's regexec has no REG_STARTEND: git's compat/regex, as on other such libcs.
NO_REGEX = NeedsStartEnd
NEEDS_LIBRT =
CSPRNG_METHOD = getrandom
NO_INSTALL_HARDLINKS = YesPlease
INSTALL_SYMLINKS = YesPlease
INSTALL_STRIP =
MAK
vars=(V=1 PROGRAM_OBJS=sh-i18n--envsubst.o OTHER_PROGRAMS=git
  "BINDIR_PROGRAMS_NEED_X=git git-receive-pack git-upload-archive git-upload-pack")
make -j"$WPK_JOBS" "${vars[@]}" all
make "${vars[@]}" install DESTDIR="$WPK_DESTDIR"
# The Perl and Python commands are installed as stubs that only say git was built without them
# (unimplemented.sh): left out, so git says "not a git command" instead.
for stub in "$WPK_DESTDIR"/usr/bin/git-* "$WPK_DESTDIR"/usr/lib/git-core/git-*; do
  if [ -f "$stub" ] && [ ! -L "$stub" ] && [ "$(head -c 2 "$stub" | tr -d '\0')" = '#!' ] && grep -q 'git was built without support' "$stub"; then rm "$stub"; fi
done
