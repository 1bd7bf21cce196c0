#!/usr/bin/env bash
# The longest stop-the-world pause of the collector with a live heap of
# about 100 MB (bench/gcpause/main.go), for go build and rgoc side by side:
# both run under GODEBUG=gctrace=1; for Go the pauses are the two
# stop-the-world phases of each cycle (sweep termination and mark
# termination, the first and third clock figures), for rgoc the whole cycle
# (it stops the world), the second figure.
#
#   bench/gcpause.sh
set -euo pipefail
# `go` is the reference toolchain, Go 1.23 (bootstrap.sh installs it).
export PATH=/usr/lib/go-1.23/bin:$PATH
cd "$(dirname "$(readlink -f "$0")")/.."
rgoc=target/release/rgoc
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
export GOCACHE=${GOCACHE:-$out/gocache} GOFLAGS= GO111MODULE=off
go build -o "$out/go" bench/gcpause/main.go
"$rgoc" build -o "$out/rgoc" bench/gcpause/main.go
for which in go rgoc; do
    GODEBUG=gctrace=1 "$out/$which" 2>"$out/$which.trace" >/dev/null
    grep '^gc ' "$out/$which.trace" | awk -v which="$which" '
        {
            split($5, clock, "+")
            pause = which == "go" ? (clock[1] > clock[3] ? clock[1] : clock[3]) : clock[2]
            if (pause > max) max = pause
            split($11, heap, "->")
            if (heap[3] + 0 > live) live = heap[3] + 0
            n++
        }
        END { printf "%-5s %4d cycles, live heap up to %d MB, longest pause %.2f ms\n", which, n, live, max }'
done
