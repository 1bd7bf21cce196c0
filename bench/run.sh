#!/usr/bin/env bash
# Runs the CPU-bound benchmarks of bench/*/main.go side by side in one run:
# builds each with `go build` (warm build cache in a temporary GOCACHE) and
# with `rgoc build`, checks that both executables print the same output
# (stdout and stderr) and exit status, times each executable RUNS times
# alternating go and rgoc, and prints the median wall time of each, the ratio
# rgoc/go (lower is better) and the executable sizes.
#
#   bench/run.sh [--qemu] [NAME...]    e.g. bench/run.sh fannkuch nbody
#
#   RUNS=5        timed runs of each executable on x86_64 (median reported)
#   QEMU_RUNS=1   timed runs of each aarch64 executable under qemu-aarch64
#   --qemu        also cross-build for arm64 (both compilers) and run under
#                 qemu-aarch64: ratios under emulation are only indicative
#
# Exit status 1 if a benchmark fails to build with rgoc, prints something
# else than the go build, or exits non-zero.
set -euo pipefail
# `go` is the reference toolchain, Go 1.23 (bootstrap.sh installs it).
export PATH=/usr/lib/go-1.23/bin:$PATH
self=$(readlink -f "$0")
cd "$(dirname "$self")/.."
runs=${RUNS:-5}
qemu_runs=${QEMU_RUNS:-1}
rgoc=target/release/rgoc
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
export GOCACHE=${GOCACHE:-$out/gocache}

qemu=false
names=()
for arg in "$@"; do
    case $arg in
    --qemu) qemu=true ;;
    -h | --help) sed -n '2,/^set /{/^#/s/^# \{0,1\}//p}' "$self"; exit 0 ;;
    -*) echo "run.sh: unknown option $arg" >&2; exit 2 ;;
    *) names+=("$arg") ;;
    esac
done
if [ ${#names[@]} -eq 0 ]; then
    for f in bench/*/main.go; do
        names+=("$(basename "$(dirname "$f")")")
    done
fi
for name in "${names[@]}"; do
    [ -f "bench/$name/main.go" ] || { echo "run.sh: no bench/$name/main.go" >&2; exit 2; }
done
[ -x "$rgoc" ] || { echo "run.sh: $rgoc is missing: cargo build --release" >&2; exit 2; }
if [ -n "$(find compiler rt -newer "$rgoc" -type f -print -quit)" ]; then
    echo "run.sh: warning: $rgoc is older than the sources in compiler/ or rt/" >&2
fi

failed=0
fail() {
    echo "FAIL: $*" >&2
    failed=1
}

# Wall time in nanoseconds of one run of "$@" (output discarded); a non-zero
# exit status is a failure.
time_ns() {
    local start end
    start=$(date +%s%N)
    "$@" >/dev/null 2>&1 || return 1
    end=$(date +%s%N)
    echo $((end - start))
}

# Peak resident set size in KB of one run of "$@" (GNU time's %M).
peak_kb() {
    /usr/bin/time -f %M -o "$out/rss" "$@" >/dev/null 2>&1 || return 1
    tail -n 1 "$out/rss"
}

# Median of the numbers given as arguments (the lower middle one for an even
# count).
median() {
    printf '%s\n' "$@" | sort -n | sed -n "$((($# + 1) / 2))p"
}

# Nanoseconds as seconds with three decimals.
seconds() {
    local ms=$((($1 + 500000) / 1000000))
    printf '%d.%03d' $((ms / 1000)) $((ms % 1000))
}

# Fixed point with three decimals (x / 1000) as text.
milli() {
    printf '%d.%03d' $(($1 / 1000)) $(($1 % 1000))
}

# Geometric mean of ratios in thousandths, in thousandths (awk, for the
# logarithms).
geomean() {
    printf '%s\n' "$@" | awk '{ s += log($1 / 1000) } END { printf "%d\n", exp(s / NR) * 1000 + 0.5 }'
}

# bench ARCH RUNS RUNNER...: builds, checks and times every benchmark for
# GOARCH=ARCH, running the executables through RUNNER (may be empty).
bench() {
    local arch=$1 n=$2
    shift 2
    local runner=("$@") ratios=() name go rg
    printf '%-8s %-14s %9s %9s %9s %10s %10s %8s %8s %8s\n' target benchmark "go s" "rgoc s" rgoc/go \
        "go bytes" "rgoc bytes" "go MB" "rgoc MB" "rss r/g"
    for name in "${names[@]}"; do
        go=$out/$name-go-$arch
        rg=$out/$name-rgoc-$arch
        GOARCH=$arch go build -o "$go" "bench/$name/main.go"
        GOARCH=$arch go build -o "$go" "bench/$name/main.go" # warm cache
        if ! GOARCH=$arch "$rgoc" build -o "$rg" "bench/$name/main.go" 2>"$out/err"; then
            fail "$arch $name: rgoc build failed:"
            sed 's/^/    /' "$out/err" >&2
            printf '%-8s %-14s %9s\n' "$arch" "$name" "rgoc build failed"
            continue
        fi
        local go_status=0 rg_status=0
        "${runner[@]}" "$go" >"$out/go.out" 2>&1 || go_status=$?
        "${runner[@]}" "$rg" >"$out/rgoc.out" 2>&1 || rg_status=$?
        if ! cmp -s "$out/go.out" "$out/rgoc.out" || [ $go_status != $rg_status ]; then
            fail "$arch $name: output differs (exit status go $go_status, rgoc $rg_status):"
            diff "$out/go.out" "$out/rgoc.out" | sed 's/^/    /' >&2 || true
            printf '%-8s %-14s %9s\n' "$arch" "$name" "output differs"
            continue
        fi
        if [ $go_status != 0 ]; then
            fail "$arch $name: exit status $go_status:"
            sed 's/^/    /' "$out/go.out" >&2
            continue
        fi
        local go_ns=() rg_ns=() i t
        for ((i = 0; i < n; i++)); do
            # Alternate which one runs first, against drift and ordering effects.
            if ((i % 2 == 0)); then
                t=$(time_ns "${runner[@]}" "$go") && go_ns+=("$t") || fail "$arch $name: go run $i failed"
                t=$(time_ns "${runner[@]}" "$rg") && rg_ns+=("$t") || fail "$arch $name: rgoc run $i failed"
            else
                t=$(time_ns "${runner[@]}" "$rg") && rg_ns+=("$t") || fail "$arch $name: rgoc run $i failed"
                t=$(time_ns "${runner[@]}" "$go") && go_ns+=("$t") || fail "$arch $name: go run $i failed"
            fi
        done
        [ ${#go_ns[@]} -gt 0 ] && [ ${#rg_ns[@]} -gt 0 ] || continue
        local gmed rmed ratio go_kb rg_kb
        gmed=$(median "${go_ns[@]}")
        rmed=$(median "${rg_ns[@]}")
        ratio=$(((rmed * 1000 + gmed / 2) / gmed))
        ratios+=("$ratio")
        go_kb=$(peak_kb "${runner[@]}" "$go") || go_kb=0
        rg_kb=$(peak_kb "${runner[@]}" "$rg") || rg_kb=0
        printf '%-8s %-14s %9s %9s %9s %10s %10s %8s %8s %8s\n' "$arch" "$name" "$(seconds "$gmed")" \
            "$(seconds "$rmed")" "$(milli "$ratio")" "$(stat -c %s "$go")" "$(stat -c %s "$rg")" \
            "$(milli "$go_kb")" "$(milli "$rg_kb")" "$(milli $(((rg_kb * 1000 + go_kb / 2) / (go_kb > 0 ? go_kb : 1))))"
    done
    if [ ${#ratios[@]} -gt 0 ]; then
        printf '%-8s %-14s %9s %9s %9s\n' "$arch" geomean "" "" "$(milli "$(geomean "${ratios[@]}")")"
    fi
}

echo "go: $(go version | cut -d' ' -f3), runs: $runs (median), $(nproc) cores"
bench amd64 "$runs"
if $qemu; then
    echo
    echo "aarch64 under qemu-aarch64 (indicative only), runs: $qemu_runs"
    bench arm64 "$qemu_runs" qemu-aarch64
fi
if [ $failed != 0 ]; then
    echo "run.sh: some benchmarks failed (see above)" >&2
fi
exit $failed
