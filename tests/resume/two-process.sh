#!/usr/bin/env bash
# tests/resume/two-process.sh LIBDIR: a client resumes on a second server
# process (1) with a session ticket, when both servers have the same ticket
# key (rgnutls derives ticket keys from the application's key and the clock
# alone), and (2) with a TLS 1.2 session ID, when both servers use the same
# file-backed resumption database through the db callbacks. Runs on LIBDIR's
# libgnutls.so.30 and, for reference, on the real library. Loopback only.
set -u
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
lib=$(cd "${1:?usage: $0 LIBDIR}" && pwd)
work=$(mktemp -d); trap 'kill $(jobs -p) 2>/dev/null; rm -rf "$work"' EXIT
export RGNUTLS_CERTS="$root/tests/certs/"
cc -O1 -o "$work/peer" "$here/ticket_peer.c" -lgnutls || exit 2
passed=0 failed=0
# Until the server has printed "listening" (at most 10 s).
ready() { for _ in $(seq 100); do grep -q listening "$1" 2>/dev/null && return 0; sleep 0.1; done; return 1; }
for mode in tickets db; do
    for which in real ours; do
        if [ $which = ours ]; then env=(env LD_LIBRARY_PATH="$lib"); else env=(env -u LD_LIBRARY_PATH); fi
        p1=$((20000 + RANDOM % 20000)); p2=$((p1 + 1))
        rm -rf "$work/key" "$work/db"; mkdir "$work/db"
        if [ $mode = tickets ]; then kind=server arg="$work/key"; else kind=dbserver arg="$work/db"; fi
        "${env[@]}" timeout 20 "$work/peer" $kind $p1 "$arg" >"$work/s1.$which" 2>&1 &
        ready "$work/s1.$which"
        "${env[@]}" timeout 20 "$work/peer" $kind $p2 "$arg" >"$work/s2.$which" 2>&1 &
        ready "$work/s2.$which"
        if "${env[@]}" timeout 20 "$work/peer" client $p1 $p2 "$RGNUTLS_CERTS/chains/root.pem" >"$work/c.$which" 2>&1; then
            echo "PASS $which, $mode: resumed on the second server process"; passed=$((passed + 1))
        else
            echo "FAIL $which, $mode: $(tr '\n' ' ' <"$work/c.$which") / $(tr '\n' ' ' <"$work/s2.$which")"; failed=$((failed + 1))
        fi
        wait
    done
done
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
