# shellcheck shell=bash
# debian-apt.sh — the private apt configuration the debian-source scripts share (sourced, not run).
#
#   debian_apt_setup CACHE      writes the configuration under CACHE/apt and sets apt_opts
#   debian_apt_refresh          apt-get update of the source index, now
#   debian_apt_refresh_if_stale the same when the index is missing or more than a day old
#   debian_apt_uri PKG=VERSION FILE
#                               the URI apt would fetch FILE of that source package version from
#
# The deb-src entries are derived from the system's own deb entries, so no archive host is named
# here and the system's configuration is never edited. After a refresh, debian_apt_refreshed is
# "yes".

debian_apt_setup() {
  apt_root=$1/apt
  mkdir -p "$apt_root/lists/partial" "$apt_root/archives/partial" "$apt_root/etc"

  # deb-src entries: copy every enabled deb822 source of the system with Types: deb-src (into
  # sources.list.d/, rebuilt each time, so a source the system dropped goes too), and turn
  # one-line "deb URI SUITE COMPONENTS" entries into "deb-src" ones (sources.list, outside
  # sources.list.d/: apt would read it twice and warn about every entry).
  local sources=$apt_root/etc/sources.list
  local parts=$apt_root/etc/sources.list.d
  rm -f "$apt_root"/etc/*.sources # where an earlier version of debian-source put them
  rm -rf "$parts"
  mkdir -p "$parts"
  local f
  for f in /etc/apt/sources.list.d/*.sources; do
    [ -f "$f" ] || continue
    sed -e 's/^Types:.*/Types: deb-src/' "$f" > "$parts/$(basename "$f")"
  done
  local sources_tmp=$sources.tmp.$$
  for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
    [ -f "$f" ] || continue
    sed -n -e 's/^deb \(.*\)/deb-src \1/p' "$f"
  done > "$sources_tmp"
  mv "$sources_tmp" "$sources"
  if [ ! -s "$sources" ] && [ -z "$(ls -A "$parts")" ]; then
    echo "debian-source: no apt sources in /etc/apt/sources.list or /etc/apt/sources.list.d/" >&2
    return 1
  fi

  apt_opts=(
    -o "Dir::Etc::SourceList=$sources"
    -o "Dir::Etc::SourceParts=$parts"
    -o "Dir::State::Lists=$apt_root/lists"
    -o "Dir::Cache=$apt_root/cache"
    -o "Debug::NoLocking=1"
    -o "APT::Sandbox::User=root"
  )
  mkdir -p "$apt_root/cache"
  debian_apt_stamp=$apt_root/lists/.updated
  debian_apt_refreshed=no
}

debian_apt_refresh() {
  apt-get "${apt_opts[@]}" -qq update >&2 || return 1
  touch "$debian_apt_stamp"
  debian_apt_refreshed=yes
}

debian_apt_refresh_if_stale() {
  if [ ! -f "$debian_apt_stamp" ] || [ -n "$(find "$debian_apt_stamp" -mmin +1440 2>/dev/null)" ]; then
    debian_apt_refresh
  fi
}

# Prints the URI of FILE of source package PKG=VERSION (apt's `--print-uris` lines: 'URI' FILE
# SIZE HASH). Returns 1, saying which files the version has, when FILE is not one of them; 2 when
# apt does not know that version.
debian_apt_uri() {
  local listing
  if ! listing=$(apt-get "${apt_opts[@]}" -qq --print-uris source "$1" 2>&1); then
    echo "debian-source: cannot find source package $1: $listing" >&2
    return 2
  fi
  if ! printf '%s\n' "$listing" | awk -v want="$2" '$2 == want { gsub("\047", "", $1); print $1; found = 1; exit }
      END { exit !found }'; then
    echo "debian-source: $1 has no file $2 (it has: $(printf '%s\n' "$listing" | awk '{print $2}' | tr '\n' ' '))" >&2
    return 1
  fi
}
