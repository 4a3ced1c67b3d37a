#!/usr/bin/env bash
# tests/resume/two-process.sh LIBDIR: a client resumes, with a session
# ticket from one server process, on another server process given the same
# ticket key (rgnutls derives its ticket keys from the application's key
# and the clock alone). Runs on LIBDIR's libgnutls.so.30 and, for
# reference, on the real library. Loopback only.
set -u
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
lib=$(cd "${1:?usage: $0 LIBDIR}" && pwd)
work=$(mktemp -d); trap 'kill $(jobs -p) 2>/dev/null; rm -rf "$work"' EXIT
export RGNUTLS_CERTS="$root/tests/certs/"
cc -O1 -o "$work/peer" "$here/ticket_peer.c" -lgnutls || exit 2
passed=0 failed=0
for which in real ours; do
    if [ $which = ours ]; then env=(env LD_LIBRARY_PATH="$lib"); else env=(env -u LD_LIBRARY_PATH); fi
    p1=$((20000 + RANDOM % 20000)); p2=$((p1 + 1))
    rm -f "$work/key"
    "${env[@]}" timeout 20 "$work/peer" server $p1 "$work/key" >"$work/s1.$which" 2>&1 &
    sleep 0.5
    "${env[@]}" timeout 20 "$work/peer" server $p2 "$work/key" >"$work/s2.$which" 2>&1 &
    sleep 0.5
    if "${env[@]}" timeout 20 "$work/peer" client $p1 $p2 "$RGNUTLS_CERTS/chains/root.pem" >"$work/c.$which" 2>&1; then
        echo "PASS $which: resumed on the second server process"; passed=$((passed + 1))
    else
        echo "FAIL $which: $(tr '\n' ' ' <"$work/c.$which")"; failed=$((failed + 1))
    fi
    wait
done
echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
