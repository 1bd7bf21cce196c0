#!/bin/bash
# How many of gc's escape-analysis decisions rgoc reproduces, over the
# golden corpus: runs `go build -gcflags=-m` (Go 1.23) and `rgoc build
# -m` on every program and compares their escape messages (moved to heap,
# leaking param, does not escape, escapes to heap), position and wording.
#
#   bench/escape.sh            # summary
#   bench/escape.sh -v         # also every message gc prints that rgoc does not
set -eu
cd "$(dirname "$0")/.."
# `go` is the reference toolchain, Go 1.23 (bootstrap.sh installs it).
export PATH=/usr/lib/go-1.23/bin:$PATH
verbose=false
[ "${1:-}" = -v ] && verbose=true
rgoc=target/release/rgoc
[ -x "$rgoc" ] || { echo "escape.sh: $rgoc is missing: cargo build --release" >&2; exit 2; }
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
export GOCACHE="${GOCACHE:-/tmp/rgoc-gocache}" GOFLAGS= GO111MODULE=off

# Escape messages as "file.go:line:col: message", one per line, sorted.
escapes() {
    grep -E 'moved to heap|leaking param|does not escape|escapes to heap' |
        sed -E 's|^(\./)?([^:]*/)?([^/:]+\.go:)|\3|' | sort -u
}

gc_total=0 both=0 rgoc_total=0 programs=0
for f in tests/golden/*/*.go; do
    head -1 "$f" | grep -q 'rgoc-test: needs go1' && continue
    dir=$out/$(basename "$(dirname "$f")")
    mkdir -p "$dir"
    cp "$f" "$dir/"
    name=$(basename "$f")
    (cd "$dir" && go build -gcflags=-m -o /dev/null "$name" 2>&1) | escapes >"$out/gc" || true
    "$rgoc" build -m -o "$out/exe" "$f" 2>/dev/null | escapes >"$out/rgoc" || true
    programs=$((programs + 1))
    gc_total=$((gc_total + $(wc -l <"$out/gc")))
    rgoc_total=$((rgoc_total + $(wc -l <"$out/rgoc")))
    both=$((both + $(comm -12 "$out/gc" "$out/rgoc" | wc -l)))
    if $verbose; then
        comm -23 "$out/gc" "$out/rgoc" | sed "s|^|gc only   $(basename "$(dirname "$f")")/|"
        comm -13 "$out/gc" "$out/rgoc" | sed "s|^|rgoc only $(basename "$(dirname "$f")")/|"
    fi
done
echo "escape decisions over $programs golden programs: gc $gc_total, rgoc $rgoc_total, the same $both"
if [ "$gc_total" -gt 0 ]; then
    echo "agreement: $((both * 1000 / gc_total / 10)).$((both * 1000 / gc_total % 10))% of gc's decisions"
fi
