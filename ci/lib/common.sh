# common.sh — sourced by the ci/ scripts: the repository root and how to run the driver.
#
# The scripts run `scripts/wpk` (bootstrap + the built driver). WPK_DRIVER replaces it with
# another command (the local end-to-end tests point it at a wrapper that adds --registry/--cache).
# WPK_SET and WPK_ARCHES select what CI builds (default: the default set, every arch).

ci_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)

wpk() {
  if [ -n "${WPK_DRIVER:-}" ]; then
    "$WPK_DRIVER" "$@"
  else
    "$ci_root/scripts/wpk" "$@"
  fi
}

# Arguments selecting the set and arches, and the shared cache when one is configured.
selection_args=()
[ -z "${WPK_SET:-}" ] || selection_args+=(--set "$WPK_SET")
[ -z "${WPK_ARCHES:-}" ] || selection_args+=(--arch "$WPK_ARCHES")
cache_args=()
[ -z "${WPK_CACHE_URL:-}" ] || cache_args+=(--cache-url "$WPK_CACHE_URL")
