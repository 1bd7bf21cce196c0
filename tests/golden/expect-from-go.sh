#!/bin/sh
# Regenerate golden expectation files from the reference toolchain, Go 1.23
# (/usr/lib/go-1.23/bin/go; never from rgoc). Usage, from anywhere:
#
#   tests/golden/expect-from-go.sh                 # every program in the corpus
#   tests/golden/expect-from-go.sh arith/shifts.go # only these programs
#   tests/golden/expect-from-go.sh modules/shapes  # a module: a directory with go.mod
#
# For each NAME.go it builds with `go build`, runs the binary with NAME.args
# (one argument per line) and NAME.in (stdin) if present, and writes:
#   NAME.out   stdout, exactly (an empty file when nothing is printed)
#   NAME.exit  the exit status, only when it is not 0 (removed otherwise)
#   NAME.err   stderr: all of it when the exit status is 0 (removed when
#              empty); when the program dies, only the deterministic leading
#              lines, cut before the first line of the goroutine trace and
#              before lines that carry addresses ("[signal ...", "runtime: sp=").
# Review the diff (git diff tests/golden) before committing.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
go=/usr/lib/go-1.23/bin/go
export GOTOOLCHAIN=local
export GOCACHE="${GOCACHE:-/tmp/rgoc-gocache}"
export GOFLAGS=
unset GOARCH GOOS 2>/dev/null || true
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

if [ $# -eq 0 ]; then
    set -- $(cd "$here" && find . -name '*.go' | sed 's|^\./||' | sort)
fi

for prog in "$@"; do
    case $prog in
        /*) src=$prog ;;
        *) if [ -f "$prog" ]; then src=$(pwd)/$prog; else src=$here/$prog; fi ;;
    esac
    base=${src%.go}
    if [ -d "$src" ]; then
        # A module: built from its directory.
        (cd "$src" && "$go" build -o "$work/prog" .)
    else
        (cd "$work" && "$go" build -o "$work/prog" "$src")
    fi
    set --
    if [ -f "$base.args" ]; then
        while IFS= read -r arg || [ -n "$arg" ]; do set -- "$@" "$arg"; done < "$base.args"
    fi
    stdin=/dev/null
    [ -f "$base.in" ] && stdin=$base.in
    status=0
    timeout 20 "$work/prog" "$@" < "$stdin" > "$base.out" 2> "$work/stderr" || status=$?
    if [ "$status" -eq 124 ]; then
        echo "error: $prog timed out" >&2
        exit 1
    fi
    if [ "$status" -eq 0 ]; then
        rm -f "$base.exit"
        if [ -s "$work/stderr" ]; then cp "$work/stderr" "$base.err"; else rm -f "$base.err"; fi
    else
        echo "$status" > "$base.exit"
        awk '
            /^goroutine [0-9]+ \[/ || /^\[signal / || /^runtime: sp=/ || /^runtime stack:/ { exit }
            /^$/ { blanks++; next }
            { for (; blanks > 0; blanks--) print ""; print }
        ' "$work/stderr" > "$base.err"
        [ -s "$base.err" ] || rm -f "$base.err"
    fi
    echo "ok   $prog (exit $status)"
done
