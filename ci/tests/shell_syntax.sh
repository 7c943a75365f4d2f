#!/usr/bin/env bash
# Syntax of every script in ci/: `bash -n` for shell scripts (and the sourced lib/*.sh), each
# executable script also starting with `set -euo pipefail`; `node --check` for *.mjs.
#
#   ci/tests/shell_syntax.sh CI_DIR
set -uo pipefail
ci=${1:?usage: shell_syntax.sh CI_DIR}
checked=0 failed=0
fail() {
  echo "FAIL: $*" >&2
  failed=$((failed + 1))
}
while IFS= read -r file; do
  case $file in
    *.mjs)
      node --check "$file" || fail "$file: node --check"
      ;;
    *.sh)
      bash -n "$file" || fail "$file: bash -n"
      ;;
    *)
      head -n 1 "$file" | grep -q '^#!/usr/bin/env bash$' || continue
      bash -n "$file" || fail "$file: bash -n"
      [ -x "$file" ] || fail "$file: not executable"
      grep -q '^set -[eu]*o pipefail$' "$file" || fail "$file: no 'set -euo pipefail' (or -uo)"
      ;;
  esac
  checked=$((checked + 1))
done < <(find "$ci" -type f \( -name '*.mjs' -o -name '*.sh' -o -perm -u+x \) -not -path '*/node_modules/*' | LC_ALL=C sort)
[ "$checked" -ge 10 ] || fail "only $checked scripts found in $ci"
echo "shell_syntax: $checked scripts, $failed failed"
[ $failed = 0 ]
