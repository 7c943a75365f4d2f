# Compiles the tz source files with the build machine's zic (libc-bin, the tool Debian's own
# tzdata package uses) into TZif files under usr/share/zoneinfo. zic's output does not depend on
# the arch, the time or the machine, so both arches get the same bytes.
#
# Link lines (Link TARGET NAME: old and alternative names, such as US/Eastern) become relative
# symlinks made here instead of zic's hard links: one file per zone in the archives, and a
# name that shows what it points to, as in Debian's tzdata.
set -euo pipefail
zoneinfo=$WPK_DESTDIR$WPK_PREFIX/share/zoneinfo
mkdir -p "$zoneinfo"
sources=(africa antarctica asia australasia europe northamerica southamerica etcetera factory backward)

# A Link line starts with "Link" or an abbreviation of it (zic accepts "L", "Li", "Lin").
is_link='tolower($1) ~ /^l(i(nk?)?)?$/'
awk "!($is_link)" "${sources[@]}" > zones.txt
awk "$is_link { print \$2, \$3 }" "${sources[@]}" | LC_ALL=C sort > links.txt
[ -s links.txt ] || { echo "tzdata: no Link lines found in ${sources[*]}" >&2; exit 1; }

zic -d "$zoneinfo" zones.txt
while read -r target name; do
  [ -e "$zoneinfo/$target" ] || { echo "tzdata: Link $target $name: no zone $target" >&2; exit 1; }
  mkdir -p "$(dirname "$zoneinfo/$name")"
  ln -sfn "$(realpath -m --relative-to="$(dirname "$zoneinfo/$name")" "$zoneinfo/$target")" "$zoneinfo/$name"
done < links.txt

# The tables tzselect and other programs read, beside the compiled zones.
install -m 644 zone.tab zone1970.tab iso3166.tab "$zoneinfo/"
