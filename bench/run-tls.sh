#!/usr/bin/env bash
# run-tls.sh LIBDIR [SECONDS]: bench/tls.c on the real libgnutls and on
# LIBDIR's, in the same run, as a table with ratios (LIBDIR / real).
# Handshakes/s and MB/s: higher is better; bytes/session: lower is better.
# Not a test: prints numbers, never judges them. SECONDS per measurement (1.2).
# ROUNDS (3) alternate real and ours; each side keeps its best round (highest
# rate, lowest bytes/session), which filters out other work on a busy machine.
# The bulk rows also show rustls used directly in the same pattern
# (bench/rustls_alone.rs, built with cargo when available): the engine's own
# ratio, which the C layer can approach but not pass.
set -u -o pipefail
[ $# -ge 1 ] && [ -e "$1/libgnutls.so.30" ] || { echo "usage: $0 LIBDIR [SECONDS]" >&2; exit 2; }
LIBDIR=$(cd "$1" && pwd)
secs=${2:-1.2}
rounds=${ROUNDS:-3}
here=$(cd "$(dirname "$0")" && pwd)
REAL=${REAL_LIBGNUTLS:-/lib/x86_64-linux-gnu/libgnutls.so.30}
work=$(mktemp -d /tmp/rgnutls-bench.XXXXXX)
trap 'rm -rf "$work"' EXIT

"$here/../tests/interop/certs.sh" "$work/c" || exit 1
mkdir -p "$work/real"
ln -s "$REAL" "$work/real/libgnutls.so.30"
# Built once, against the reference headers; the loader picks the library.
cc -O2 -Wall -Werror -o "$work/tls" "$here/tls.c" -L"$work/real" -l:libgnutls.so.30 || exit 1

run() { # run DIR OUT
    LD_LIBRARY_PATH=$1 timeout 300 "$work/tls" "$work/c" "$secs" >"$2" 2>"$2.err" ||
        echo "(exit $?: $(tail -n 1 "$2.err"))" >>"$2"
}
echo "bench/tls.c: ${secs} s per measurement, best of $rounds alternating rounds; real = $REAL, ours = $LIBDIR/libgnutls.so.30"
alone=
root=$(cd "$here/.." && pwd)
if command -v cargo >/dev/null && (cd "$root" && cargo build -q --release --example rustls_alone) 2>"$work/alone.err"; then
    alone="$root/target/release/examples/rustls_alone"
fi
for r in $(seq "$rounds"); do
    run "$work/real" "$work/real.$r.txt"
    run "$LIBDIR" "$work/ours.$r.txt"
    [ -n "$alone" ] && "$alone" "$work/c" "$secs" >"$work/alone.$r.txt" 2>>"$work/alone.err"
done

python3 - "$work" "$rounds" <<'PY'
import os
import sys

def load_one(path):
    rows, extra = {}, []
    for line in open(path):
        parts = line.split()
        if line.startswith("#") or line.startswith("("):
            extra.append(line.strip())
        elif len(parts) >= 3 and parts[1] != "FAILED":
            rows[parts[0]] = (float(parts[1]), " ".join(parts[2:]))
        elif len(parts) >= 2 and parts[1] == "FAILED":
            rows[parts[0]] = (None, " ".join(parts[2:]))
        elif line.strip():
            extra.append(line.strip())
    return rows, extra

def better(a, b):
    """The better of two (value, unit) rows: lower bytes, higher rates."""
    if a[0] is None:
        return b
    if b[0] is None:
        return a
    lower_is_better = a[1].startswith("bytes")
    return min(a, b) if lower_is_better else max(a, b)

def load(side):
    rows, extra = {}, []
    for r in range(1, int(sys.argv[2]) + 1):
        path = f"{sys.argv[1]}/{side}.{r}.txt"
        if not os.path.exists(path):
            continue
        one, more = load_one(path)
        for name, row in one.items():
            rows[name] = better(rows[name], row) if name in rows else row
        extra += [e for e in more if e not in extra]
    return rows, extra

real, real_extra = load("real")
ours, ours_extra = load("ours")
alone, _ = load("alone")
names = list(real) + [n for n in ours if n not in real]
print(f"{'measurement':30} {'real':>14} {'ours':>14}  {'ours/real':>9}  {'rustls alone/real':>17}  unit")
for n in names:
    r, o = real.get(n, (None, "")), ours.get(n, (None, ""))
    unit = r[1] if r[0] is not None else o[1] if o[0] is not None else ""
    rs = f"{r[0]:14.1f}" if r[0] is not None else f"{'FAILED':>14}"
    os_ = f"{o[0]:14.1f}" if o[0] is not None else f"{'FAILED':>14}"
    ratio = f"{o[0] / r[0]:9.2f}" if r[0] and o[0] is not None else f"{'-':>9}"
    a = alone.get(n, (None, ""))[0]
    aratio = f"{a / r[0]:17.2f}" if r[0] and a is not None else f"{'':>17}"
    print(f"{n:30} {rs} {os_}  {ratio}  {aratio}  {unit}")
    for side, row in (("real", r), ("ours", o)):
        if row[0] is None and row[1]:
            print(f"    {side} failed: {row[1]}")
for side, extra in (("real", real_extra), ("ours", ours_extra)):
    for line in extra:
        print(f"  {side}: {line}")
PY
