#!/usr/bin/env bash
# run-safe-extract.sh — toolchain/lib/safe-extract unpacks an ordinary tarball and refuses, without
# writing anything, archives with a symbolic link, a hard link, an absolute name or a `..` name
# (also one with thousands of bad entries, with a message), or a newline in a name; a UTF-8 name
# is fine.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
extract=$here/../lib/safe-extract
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() {
  echo "run-safe-extract: $*" >&2
  exit 1
}

mkdir -p "$work/src/pkg-1.0/sub"
echo hello > "$work/src/pkg-1.0/sub/file.txt"
tar -C "$work/src" -czf "$work/good.tar.gz" pkg-1.0
echo hi > "$work/src/pkg-1.0/sub/$(printf 'caf\303\251.txt')"
tar -C "$work/src" -czf "$work/good.tar.gz" pkg-1.0
mkdir "$work/out-good"
"$extract" "$work/good.tar.gz" "$work/out-good"
[ "$(cat "$work/out-good/pkg-1.0/sub/file.txt")" = hello ] || fail "ordinary archive not unpacked"
[ "$(cat "$work/out-good/pkg-1.0/sub/$(printf 'caf\303\251.txt')")" = hi ] ||
  fail "a UTF-8 file name was not unpacked"

# Archive with a symbolic link pointing outside, then a file written through it.
mkdir -p "$work/evil1/pkg"
ln -s "$work/victim" "$work/evil1/pkg/link"
tar -C "$work/evil1" -cf "$work/symlink.tar" pkg
# Archive with a hard link.
mkdir -p "$work/evil2/pkg"
echo x > "$work/evil2/pkg/a"
ln "$work/evil2/pkg/a" "$work/evil2/pkg/b"
tar -C "$work/evil2" -cf "$work/hardlink.tar" pkg
# Archive with an absolute member name.
echo x > "$work/abs-file"
tar -cPf "$work/absolute.tar" "$work/abs-file"
# Archive with a `..` member name.
mkdir -p "$work/evil3/pkg"
echo x > "$work/evil3/escape"
tar -C "$work/evil3/pkg" -cPf "$work/dotdot.tar" ../escape

# Thousands of symbolic links (the listing is larger than a pipe holds).
mkdir -p "$work/evil4/pkg"
for i in $(seq 1 3000); do ln -s /etc/passwd "$work/evil4/pkg/link-with-a-long-name-$i"; done
tar -C "$work/evil4" -cf "$work/manylinks.tar" pkg
# A newline in a member name.
mkdir -p "$work/evil5/pkg"
echo x > "$work/evil5/pkg/$(printf 'two\nlines')"
tar -C "$work/evil5" -cf "$work/newline.tar" pkg

for bad in symlink hardlink absolute dotdot manylinks newline; do
  mkdir "$work/out-$bad"
  if "$extract" "$work/$bad.tar" "$work/out-$bad" 2> "$work/$bad.err"; then
    fail "$bad archive was accepted"
  fi
  grep -q "refusing" "$work/$bad.err" || fail "$bad archive: no explanation ($(cat "$work/$bad.err"))"
  [ -z "$(ls -A "$work/out-$bad")" ] || fail "$bad archive: something was written"
done
[ ! -e "$work/victim" ] || fail "a file was written through a link"
echo "run-safe-extract: 1 archive unpacked, 6 unsafe archives refused"

# Members: only the named part is checked and unpacked, so a link elsewhere in the archive does
# not matter; a link inside the named part is still refused, and a name the archive lacks fails.
mkdir -p "$work/mixed/pkg/wanted" "$work/mixed/pkg/other"
echo kept > "$work/mixed/pkg/wanted/file"
echo skipped > "$work/mixed/pkg/top-file"
ln -s /etc/passwd "$work/mixed/pkg/other/link"
tar -C "$work/mixed" -cf "$work/mixed.tar" pkg
mkdir "$work/out-members"
"$extract" "$work/mixed.tar" "$work/out-members" pkg/wanted ||
  fail "a member without links next to a link was refused"
[ "$(cat "$work/out-members/pkg/wanted/file")" = kept ] || fail "the named member was not unpacked"
[ ! -e "$work/out-members/pkg/top-file" ] && [ ! -e "$work/out-members/pkg/other" ] ||
  fail "more than the named member was unpacked"
mkdir "$work/out-members-link"
if "$extract" "$work/mixed.tar" "$work/out-members-link" pkg/other 2> "$work/members.err"; then
  fail "a named member holding a link was accepted"
fi
grep -q refusing "$work/members.err" || fail "named member with a link: no explanation"
[ -z "$(ls -A "$work/out-members-link")" ] || fail "named member with a link: something was written"
if "$extract" "$work/mixed.tar" "$work/out-members" pkg/absent 2> /dev/null; then
  fail "a member the archive lacks was accepted"
fi
echo "run-safe-extract: member selection ok"
