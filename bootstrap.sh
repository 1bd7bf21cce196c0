#!/usr/bin/env bash
# Sets up a fresh Debian 12 machine for rgoc and checks the result:
#   1. system packages: qemu-user, lld, Debian's rustc (for the aarch64
#      runtime), and Go 1.23 from bookworm-backports (golang-1.23-go and
#      golang-1.23-src: the reference toolchain, GOROOT and Go's test tree);
#   2. the compiler (release) and the runtime for x86_64 and aarch64;
#   3. compiles examples/hello.go for both targets and runs both binaries.
# Idempotent: a second run skips what is done and takes seconds.
set -euo pipefail
cd "$(dirname "$0")"

step=""
trap 'echo "bootstrap: FAILED while ${step}" >&2' ERR
say() { step="$1"; echo "==> $1"; }

PACKAGES=(qemu-user lld rustc-web libstd-rust-web-dev:arm64 golang-1.23-go golang-1.23-src time)

# Some containers ship /dev/null as a regular file: what one command writes
# there, the next one reads (cargo's rustc probe then compiles it as its
# input and fails). Put the null device back.
say "checking /dev/null"
if [ ! -c /dev/null ]; then
    sudo=""
    if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
    if ! { $sudo mknod -m 666 /dev/null.rgoc c 1 3 && $sudo mv -f /dev/null.rgoc /dev/null; }; then
        echo "bootstrap: /dev/null is a regular file and cannot be replaced; emptying it before each cargo run" >&2
    fi
fi
# Empties a /dev/null that is still a regular file before cargo reads it.
cargo() { [ -c /dev/null ] || : >/dev/null; command cargo "$@"; }

say "checking system packages"
missing=()
for pkg in "${PACKAGES[@]}"; do
    dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
    sudo=""
    if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
    say "installing ${missing[*]}"
    if ! dpkg --print-foreign-architectures | grep -qx arm64; then
        $sudo dpkg --add-architecture arm64
    fi
    if ! grep -rqs bookworm-backports /etc/apt/sources.list /etc/apt/sources.list.d/; then
        say "adding the bookworm-backports suite (Go 1.23)"
        echo "deb http://deb.debian.org/debian bookworm-backports main" |
            $sudo tee /etc/apt/sources.list.d/bookworm-backports.list >/dev/null
    fi
    $sudo apt-get update -q
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q "${missing[@]}"
fi
say "checking Go 1.23"
/usr/lib/go-1.23/bin/go version | grep -q 'go1\.23' ||
    { echo "bootstrap: /usr/lib/go-1.23/bin/go is not Go 1.23" >&2; exit 1; }

say "building the compiler (cargo build --release -p rgoc)"
cargo build --release -p rgoc

RT_FLAGS="-C force-frame-pointers=yes"
say "building the runtime for x86_64"
RUSTFLAGS="$RT_FLAGS" cargo build --release -p rgort --target x86_64-unknown-linux-gnu

say "building the runtime for aarch64 (with Debian's /usr/bin/rustc)"
RUSTC=/usr/bin/rustc RUSTDOC=/usr/bin/rustdoc RUSTFLAGS="$RT_FLAGS" \
    cargo build --release -p rgort --target aarch64-unknown-linux-gnu

mkdir -p target/examples
say "compiling examples/hello.go for x86_64"
GOARCH=amd64 target/release/rgoc build -o target/examples/hello-amd64 examples/hello.go
say "compiling examples/hello.go for aarch64"
GOARCH=arm64 target/release/rgoc build -o target/examples/hello-arm64 examples/hello.go

say "running hello (x86_64)"
target/examples/hello-amd64
say "running hello (aarch64, under qemu-aarch64)"
qemu-aarch64 target/examples/hello-arm64

echo "==> bootstrap done: run the tests with: cargo test --release"
