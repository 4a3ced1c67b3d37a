#!/usr/bin/env bash
# bench/run-resume.sh LIBDIR [ITERATIONS]: resumed handshakes/s on the real
# libgnutls and on LIBDIR/libgnutls.so.30 in the same run, with ratios
# (ours / real). Dev builds of ours are much slower than release builds.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
lib=$(cd "${1:?usage: $0 LIBDIR [ITERATIONS]}" && pwd)
n=${2:-200}
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
export RGNUTLS_CERTS="$root/tests/certs/"
cc -O2 -o "$work/resume" "$here/resume.c" -lgnutls
env -u LD_LIBRARY_PATH "$work/resume" "$n" >"$work/real"
LD_LIBRARY_PATH="$lib" "$work/resume" "$n" >"$work/ours"
printf '%-16s %12s %12s %8s\n' case real/s ours/s ratio
join "$work/real" "$work/ours" | awk '{ printf "%-16s %12d %12d %8.2f   (resumed real %s ours %s)\n", $1, $2, $5, $5 / $2, $4, $7 }'
