#!/usr/bin/env bash
# preload_test.sh WORKLOAD LIBWPKMALLOC — runs a real program with LD_PRELOAD=libwpkmalloc.so and
# checks (1) it completes with the same output as without the preload, and (2) wpkmalloc really
# served it: every process writes a report line at exit (WPKMALLOC_REPORT), with memory obtained
# from the system. Workloads: python, git, gcc, sort.
set -euo pipefail
workload=$1
lib=$(realpath "$2")
work=$(mktemp -d "${TMPDIR:-/tmp}/wpkmalloc-preload.XXXXXX")
trap 'rm -rf "$work"' EXIT
report=$work/report.txt

fail() { echo "FAIL ($workload): $*" >&2; exit 1; }
preloaded() { LD_PRELOAD=$lib WPKMALLOC_REPORT=$report "$@"; }

case $workload in
python)
  command -v python3 >/dev/null || fail "python3 not installed"
  cat > "$work/w.py" <<'PY'
import json, collections, hashlib
d = {f"key{i}": [i, str(i) * (i % 7), {"v": i * 3}] for i in range(150000)}
s = json.dumps(d, sort_keys=True)
back = json.loads(s)
words = collections.Counter(w for v in back.values() for w in v[1].split("1") if w)
chunks = [bytes(range(i % 256)) * 3 for i in range(40000)]
print(len(back), len(s), words.most_common(3), hashlib.sha256(b"".join(chunks)).hexdigest())
PY
  expected=$(python3 "$work/w.py")
  actual=$(preloaded python3 "$work/w.py")
  ;;
git)
  command -v git >/dev/null || fail "git not installed"
  run_git() { # DIR: make a repository with history and print what must be reproducible
    local dir=$1
    mkdir -p "$dir" && cd "$dir"
    export GIT_AUTHOR_NAME=t GIT_AUTHOR_EMAIL=t@e GIT_COMMITTER_NAME=t GIT_COMMITTER_EMAIL=t@e
    export GIT_AUTHOR_DATE="2020-01-01T00:00:00Z" GIT_COMMITTER_DATE="2020-01-01T00:00:00Z"
    git init -q -b main .
    for i in $(seq 1 30); do
      seq "$i" 3000 | sed "s/^/line $i /" > "file$((i % 7)).txt"
      git add -A && git commit -q -m "commit $i"
    done
    git gc -q --aggressive
    git fsck --no-progress --strict
    git log --stat --format='%H %s' | sha256sum
    git diff HEAD~20 HEAD | sha256sum
    cd - >/dev/null
  }
  expected=$(run_git "$work/plain")
  actual=$(LD_PRELOAD=$lib WPKMALLOC_REPORT=$report run_git "$work/preloaded")
  ;;
gcc)
  command -v gcc >/dev/null || fail "gcc not installed"
  cat > "$work/prog.c" <<'C'
#include <stdio.h>
#include <stdlib.h>
struct node { struct node* next; int v; };
int main(void) {
  struct node* head = NULL;
  for (int i = 0; i < 1000; i++) {
    struct node* n = malloc(sizeof *n);
    n->v = i; n->next = head; head = n;
  }
  long sum = 0;
  while (head) { struct node* n = head; sum += n->v; head = n->next; free(n); }
  printf("sum=%ld\n", sum);
  return 0;
}
C
  preloaded gcc -O2 -Wall -o "$work/prog" "$work/prog.c"
  actual=$("$work/prog")
  expected="sum=499500"
  ;;
sort)
  command -v sort >/dev/null || fail "sort not installed"
  awk 'BEGIN { srand(7); for (i = 0; i < 300000; i++) printf "%08d %s\n", int(rand() * 1e8), substr("abcdefghijklmnopqrstuvwxyz", 1 + i % 26) }' > "$work/in.txt"
  expected=$(LC_ALL=C sort --parallel=2 -S 8M "$work/in.txt" | sha256sum)
  actual=$(LC_ALL=C LD_PRELOAD=$lib WPKMALLOC_REPORT=$report sort --parallel=2 -S 8M "$work/in.txt" | sha256sum)
  ;;
*)
  fail "unknown workload"
  ;;
esac

[ "$actual" = "$expected" ] || fail "output differs with wpkmalloc: expected '$expected', got '$actual'"
[ -s "$report" ] || fail "no wpkmalloc report: the allocator did not serve the program"
version_line='^wpkmalloc [0-9.]+ pid=[0-9]+ system_bytes=[1-9][0-9]* peak_system_bytes=[1-9][0-9]* slabs=[1-9][0-9]*$'
grep -Eq "$version_line" "$report" || fail "report has no line with memory served: $(cat "$report")"
processes=$(grep -Ec "$version_line" "$report")
if [ "$workload" = gcc ] && [ "$processes" -lt 2 ]; then
  fail "expected the gcc driver and its compiler processes in the report, got $processes"
fi
echo "ok ($workload): output identical, $processes process(es) served by wpkmalloc"
sed 's/^/  /' "$report"
