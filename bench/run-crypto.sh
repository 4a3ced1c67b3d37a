#!/usr/bin/env bash
# bench/run-crypto.sh BUILD [SECONDS]: bench/crypto.c on the real libgnutls
# and on BUILD/libgnutls.so.30 in the same run; MB/s and ours/real ratio.
# Use a release build for meaningful numbers. Not a test.
set -eu -o pipefail
[ $# -ge 1 ] || { echo "usage: $0 BUILD [SECONDS]" >&2; exit 2; }
here=$(cd "$(dirname "$0")" && pwd)
build=$(cd "$1" && pwd)
secs=${2:-0.5}
work=$(mktemp -d "${TMPDIR:-/tmp}/rgnutls-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT
cc -O2 -Wall -o "$work/crypto" "$here/crypto.c" -lgnutls
env -u LD_LIBRARY_PATH "$work/crypto" "$secs" >"$work/real"
env LD_LIBRARY_PATH="$build" "$work/crypto" "$secs" >"$work/ours"
printf '%-18s %12s %12s %8s\n' case "real MB/s" "ours MB/s" ratio
join "$work/real" "$work/ours" | while read -r name r o; do
    printf '%-18s %12.1f %12.1f %8.2f\n' "$name" "$r" "$o" "$(echo "$o / $r" | bc -l)"
done
