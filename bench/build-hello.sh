#!/usr/bin/env bash
# Compares rgoc with `go build` on examples/hello.go, side by side in one run:
# build time (median of N runs; go with a warm build cache) and the size of
# the executable for each target.
set -euo pipefail
# `go` is the reference toolchain, Go 1.23 (bootstrap.sh installs it).
export PATH=/usr/lib/go-1.23/bin:$PATH
cd "$(dirname "$0")/.."
runs=${RUNS:-10}
rgoc=target/release/rgoc
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
export GOCACHE=${GOCACHE:-$out/gocache}

# Median wall time in milliseconds of running "$@" $runs times.
median_ms() {
    local times=()
    for _ in $(seq "$runs"); do
        local start end
        start=$(date +%s%N)
        "$@" >/dev/null
        end=$(date +%s%N)
        times+=($(( (end - start) / 1000000 )))
    done
    printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (runs + 1) / 2 ))p"
}

printf '%-8s %14s %14s %14s %14s\n' target "rgoc build ms" "go build ms" "rgoc bytes" "go bytes"
for arch in amd64 arm64; do
    GOARCH=$arch go build -o "$out/go-$arch" examples/hello.go # warm the cache
    rg_ms=$(median_ms env GOARCH=$arch "$rgoc" build -o "$out/rgoc-$arch" examples/hello.go)
    go_ms=$(median_ms env GOARCH=$arch go build -o "$out/go-$arch" examples/hello.go)
    printf '%-8s %14s %14s %14s %14s\n' "$arch" "$rg_ms" "$go_ms" \
        "$(stat -c %s "$out/rgoc-$arch")" "$(stat -c %s "$out/go-$arch")"
done
