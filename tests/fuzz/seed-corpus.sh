#!/bin/sh
# Builds the seed corpora of the libFuzzer targets in tests/fuzz.
#
#   tests/fuzz/seed-corpus.sh OUT_DIR [PARAPET_CLI]
#
# OUT_DIR/manifest, OUT_DIR/json, OUT_DIR/snapshot and OUT_DIR/labelselector are (re)created from
# the shared manifest corpus (PARAPET_CORPUS, default ../shared/corpus next to the repository, or
# /work/shared/corpus) and tests/data. With PARAPET_CLI (a built parapet-cli) snapshot seeds are
# written from a few corpus folders; without it the snapshot corpus holds only the magic.
# Inputs above 1 MiB are left out (libFuzzer's -max_len default would cut them anyway).
set -eu

out=${1:?usage: seed-corpus.sh OUT_DIR [PARAPET_CLI]}
cli=${2:-}
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
corpus=${PARAPET_CORPUS:-}
if [ -z "$corpus" ]; then
    for c in "$repo/../shared/corpus" /work/shared/corpus; do
        if [ -d "$c" ]; then corpus=$c; break; fi
    done
fi

mkdir -p "$out/manifest" "$out/json" "$out/snapshot" "$out/labelselector"

# Copies FILE into DIR under a name derived from its content (dedups identical inputs).
seed() {
    size=$(wc -c < "$1")
    [ "$size" -le 1048576 ] || return 0
    sum=$(sha1sum < "$1" | cut -c1-40)
    cp "$1" "$2/$sum"
}

for dir in "$corpus" "$repo/tests/data"; do
    [ -n "$dir" ] && [ -d "$dir" ] || continue
    find "$dir" -type f \( -name '*.yaml' -o -name '*.yml' -o -name '*.json' \) | while read -r f; do
        seed "$f" "$out/manifest"
        case "$f" in *.json) seed "$f" "$out/json" ;; esac
    done
done

# Snapshots: real ones when a CLI is given, else the magic alone.
printf 'PRPTSNAP' > "$out/snapshot/magic"
if [ -n "$cli" ] && [ -n "$corpus" ]; then
    for d in guestbook list-and-json dashboard; do
        [ -d "$corpus/$d" ] || continue
        "$cli" snapshot "$corpus/$d" -o "$out/snapshot/$d.pps" >/dev/null 2>&1 || true
    done
fi

# Label selectors: the forms of apimachinery's grammar, and some near misses.
i=0
while IFS= read -r s; do
    i=$((i + 1))
    printf '%s' "$s" > "$out/labelselector/s$i"
done <<'SELECTORS'
app=web
app==web
app!=web
env in (prod, staging)
env notin (prod,dev)
app
!app
app=web,tier=fe
replicas>2
replicas<3
app=
app.kubernetes.io/name=grafana
example.com/a-b_c.d=v1.2-x_y
env in ()
a=b,,c
=b
key in (a,b
!
SELECTORS

for d in manifest json snapshot labelselector; do
    echo "$d: $(find "$out/$d" -type f | wc -l) inputs"
done
