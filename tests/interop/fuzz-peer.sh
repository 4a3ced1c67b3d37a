#!/usr/bin/env bash
# fuzz-peer.sh [--preload] LIBDIR: bad input from a misbehaving peer on 127.0.0.1.
#
# tests/interop/fuzz_peer.py sends garbage, truncated, malformed and reordered
# TLS records to gnutls-cli and to gnutls-serv running on LIBDIR's library:
#   cli-S         gnutls-cli against a fake server playing scenario S
#   ex-S          examples/client.c (GnuTLS API client) against the same fake servers
#   cli-proxy-M   gnutls-cli -> relay that damages the server's records (M) -> openssl s_server
#   serv-S        a fake client playing S against one long-running gnutls-serv
#   serv-proxy-M  openssl s_client -> relay damaging the client's records -> that gnutls-serv
#   serv-survives the same gnutls-serv still serves a good client afterwards
#   valgrind-*    once more under valgrind (gnutls-serv for every client scenario,
#                 gnutls-cli for a few server scenarios): no memory errors
# gnutls-cli must exit non-zero by itself (no signal, no timeout) with an
# error message; gnutls-serv must log an error for each bad connection and keep
# running. A Rust panic message ("panicked at") counts as a failure too.
# Ends with "N passed, N failed"; exit status 1 if anything failed.
# Environment: FUZZ_VALGRIND=0 skips the valgrind part; KEEP_WORK=1 keeps logs.
set -u -o pipefail

MODE=replace
if [ "${1:-}" = --preload ]; then
    MODE=preload
    shift
fi
[ $# -eq 1 ] || { echo "usage: $0 [--preload] LIBDIR" >&2; exit 2; }
[ -e "$1/libgnutls.so.30" ] || { echo "$0: no libgnutls.so.30 in $1" >&2; exit 2; }
LIBDIR=$(cd "$1" && pwd)
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=tests/interop/lib.sh
. "$here/lib.sh"
peer=("python3" "$here/fuzz_peer.py")

interop_setup rgnutls-fuzz
"$here/certs.sh" "$work/c" || exit 2
C=$work/c

# The first error valgrind reports, and how many there were.
vg_excerpt() {
    grep -m1 -c 'ERROR SUMMARY' "$1" >/dev/null && grep 'ERROR SUMMARY' "$1" | tail -n 1 | sed 's/^/    | /'
    grep -v '^==[0-9]*== $' "$1" | head -n 14 | sed 's/^/    | /'
}
crashed() { grep -lE 'Segmentation fault|Aborted|panicked at|core dumped|stack smashing|double free' "$@" 2>/dev/null | head -1; }

# start_peer NAME ARGS...: fuzz_peer.py in the background, waits for its port.
start_peer() {
    local name=$1
    shift
    timeout 40 "${peer[@]}" "$@" >"$work/$name.peer" 2>&1 &
    peer_pid=$!
    wait_port "$2" "$peer_pid"
}

# stop_peer: let the peer finish its connection (<= 1 s), then end it.
stop_peer() {
    local i
    for ((i = 0; i < 10; i++)); do
        kill -0 "$peer_pid" 2>/dev/null || break
        sleep 0.1
    done
    kill "$peer_pid" 2>/dev/null
    wait "$peer_pid" 2>/dev/null
    return 0
}

# cli_case NAME PORT [PREFIX...] -- ARGS: gnutls-cli (maybe under PREFIX, e.g.
# valgrind) must fail cleanly with an error message.
cli_case() {
    local name=$1 p=$2 rc bad
    shift 2
    local prefix=()
    while [ "$1" != -- ]; do prefix+=("$1"); shift; done
    shift
    on_lib timeout 60 "${prefix[@]}" gnutls-cli -d 1 --logfile="$work/$name.log" -p "$p" \
        --x509cafile "$C/ca.pem" "$@" </dev/null >"$work/$name.out" 2>"$work/$name.err"
    rc=$?
    stop_peer
    bad=$(crashed "$work/$name.out" "$work/$name.err" "$work/$name.log")
    if ! grep -qE '^fuzz_peer: (server|proxy) ' "$work/$name.peer"; then
        fail "$name" "gnutls-cli (exit $rc) never reached the peer" "$work/$name.err" "$work/$name.log"
    elif died_of_signal $rc || [ $rc -eq 99 ] || [ -n "$bad" ]; then
        fail "$name" "gnutls-cli status $rc${bad:+ (see $(basename "$bad"))}" "$work/$name.err" "$work/$name.log"
    elif [ $rc -eq 0 ]; then
        fail "$name" "gnutls-cli succeeded on bad input" "$work/$name.log"
    elif ! grep -qiE 'error|fail' "$work/$name.log" "$work/$name.err"; then
        fail "$name" "exit $rc without an error message" "$work/$name.log" "$work/$name.err"
    else
        pass "$name"
    fi
}

# ---------------------------------------------------------- gnutls-cli side
mapfile -t server_scenarios < <("${peer[@]}" list server)
for sc in "${server_scenarios[@]}"; do
    p=$(free_port) || exit 2
    start_peer "cli-$sc" server "$p" "$sc" || { fail "cli-$sc" "peer did not start" "$work/cli-$sc.peer"; continue; }
    cli_case "cli-$sc" "$p" -- localhost
done

# The same scenarios against examples/client.c (a plain GnuTLS API client:
# handshake with gnutls_session_set_verify_cert, then an HTTP GET).
# ex_case NAME PORT [PREFIX...]: like cli_case.
ex_case() {
    local name=$1 p=$2 rc bad
    shift 2
    on_lib timeout 60 "$@" "$work/client" localhost "$p" "$C/ca.pem" / </dev/null >"$work/$name.out" 2>"$work/$name.err"
    rc=$?
    stop_peer
    bad=$(crashed "$work/$name.out" "$work/$name.err")
    if ! grep -qE '^fuzz_peer: (server|proxy) ' "$work/$name.peer"; then
        fail "$name" "client (exit $rc) never reached the peer" "$work/$name.err"
    elif died_of_signal $rc || [ $rc -eq 99 ] || [ -n "$bad" ]; then
        fail "$name" "client status $rc" "$work/$name.err"
    elif [ $rc -eq 0 ]; then
        fail "$name" "client succeeded on bad input" "$work/$name.out"
    elif ! grep -q '^\*\*\* ' "$work/$name.err"; then
        fail "$name" "exit $rc without an error message" "$work/$name.err"
    else
        pass "$name"
    fi
}
if cc -Wall -Werror -o "$work/client" "$here/../../examples/client.c" -lgnutls 2>"$work/client.cc"; then
    for sc in "${server_scenarios[@]}"; do
        p=$(free_port) || exit 2
        start_peer "ex-$sc" server "$p" "$sc" || { fail "ex-$sc" "peer did not start" "$work/ex-$sc.peer"; continue; }
        ex_case "ex-$sc" "$p"
    done
else
    fail ex-build "examples/client.c did not compile" "$work/client.cc"
fi

# Real server, damaged records. TLS 1.2 records from OpenSSL: 0 ServerHello,
# 1 Certificate, 2 ServerKeyExchange, 3 ServerHelloDone, 4 NewSessionTicket,
# 5 CCS, 6 Finished. TLS 1.3: 0 ServerHello, 1 CCS, 2.. encrypted (EE,
# Certificate, CertVerify, Finished). (A damaged CCS is not an error: skipped.)
sp=$(free_port) || exit 2
serve s_server "$work" openssl s_server -accept "127.0.0.1:$sp" -cert "$C/ecdsa.pem" -key "$C/ecdsa.key" \
    -cert_chain "$C/int.pem" -rev
wait_port "$sp" "$srv_pid" || { echo "s_server did not start"; cat "$work/s_server.srv"; exit 2; }
V12="NORMAL:-VERS-ALL:+VERS-TLS1.2"
V13="NORMAL:-VERS-ALL:+VERS-TLS1.3"
for m in 12:s2c:trunc:60 12:s2c:trunc:700 12:s2c:drop:1 12:s2c:swap:1 12:s2c:dup:0 12:s2c:flip:1 \
    12:s2c:flip:2 12:s2c:flip:6 13:s2c:trunc:100 13:s2c:flip:0 13:s2c:flip:2 13:s2c:flip:3 \
    13:s2c:swap:3 13:s2c:drop:4 13:s2c:dup:3; do
    v=${m%%:*}
    mut=${m#*:}
    name="cli-proxy-TLS1.${v#1}-${mut//:/-}"
    eval "prio=\$V$v"
    p=$(free_port) || exit 2
    start_peer "$name" proxy "$p" "$sp" "$mut" || { fail "$name" "relay did not start" "$work/$name.peer"; continue; }
    cli_case "$name" "$p" -- --priority "$prio" localhost
done

# ---------------------------------------------------------- gnutls-serv side
# serv_round TAG [PREFIX...]: one gnutls-serv (under PREFIX) gets every client
# scenario and every c2s mutation, then a good client. Sets serv_log.
serv_round() {
    local tag=$1 sname p n before after rc msg
    shift
    sname="gserv$tag"
    p=$(free_port) || exit 2
    serve "$sname" "$work" env "$(lib_env)" "$@" gnutls-serv -d 1 --echo -p "$p" "${serv_extra[@]}" \
        --x509certfile "$C/rsa-chain.pem" --x509keyfile "$C/rsa.key"
    local gpid=$srv_pid
    serv_log=$work/$sname.srv
    if ! wait_port "$p" "$gpid"; then
        fail "serv$tag-start" "gnutls-serv did not start" "$serv_log"
        return 1
    fi
    # s_client's records (gnutls-serv asks for a client certificate): TLS 1.2
    # 0 ClientHello, 1 Certificate (empty), 2 ClientKeyExchange, 3 CCS, 4 Finished;
    # TLS 1.3 0 ClientHello, 1 CCS, 2 Certificate, 3 Finished (both encrypted).
    local cases=() sc
    for sc in "${client_scenarios[@]}"; do cases+=("client:$sc"); done
    for sc in 12:c2s:trunc:50 12:c2s:drop:1 12:c2s:swap:1 12:c2s:dup:0 12:c2s:flip:2 12:c2s:flip:4 \
        13:c2s:trunc:100 13:c2s:dup:0 13:c2s:flip:2 13:c2s:swap:2; do
        cases+=("proxy:$sc")
    done
    for c in "${cases[@]}"; do
        before=$(grep -cE '^Error' "$serv_log")
        if [ "${c%%:*}" = client ]; then
            sc=${c#client:}
            n="serv$tag-$sc"
            timeout 40 "${peer[@]}" client "$p" "$sc" >"$work/$n.peer" 2>&1
        else
            local m=${c#proxy:} pp v
            v=${m%%:*}
            m=${m#*:}
            n="serv$tag-proxy-TLS1.${v#1}-${m//:/-}"
            pp=$(free_port) || exit 2
            start_peer "$n" proxy "$pp" "$p" "$m" || { fail "$n" "relay did not start" "$work/$n.peer"; continue; }
            timeout 30 openssl s_client -connect "127.0.0.1:$pp" -tls1_${v#1} -CAfile "$C/ca.pem" \
                </dev/null >"$work/$n.out" 2>&1
            stop_peer
        fi
        # gnutls-serv logs asynchronously: give it a moment (bounded)
        for ((i = 0; i < 30; i++)); do
            after=$(grep -cE '^Error' "$serv_log")
            [ "$after" -gt "$before" ] && break
            kill -0 "$gpid" 2>/dev/null || break
            sleep 0.1
        done
        if ! kill -0 "$gpid" 2>/dev/null; then
            fail "$n" "gnutls-serv is gone" "$serv_log"
            return 1
        elif [ -n "$(crashed "$serv_log")" ]; then
            fail "$n" "crash message in gnutls-serv's log" "$serv_log"
        elif [ "$after" -le "$before" ]; then
            fail "$n" "gnutls-serv logged no error" "$serv_log" "$work/$n.peer"
        else
            pass "$n"
        fi
    done
    msg="still alive $RANDOM"
    talk "$work/serv$tag-survives.out" "$msg" "$msg"$'\n' openssl s_client -brief \
        -connect "127.0.0.1:$p" -CAfile "$C/ca.pem" -verify_return_error
    if grep -qF "$msg" "$work/serv$tag-survives.out"; then
        pass "serv$tag-survives"
    else
        fail "serv$tag-survives" "no echo after the bad clients" "$work/serv$tag-survives.out.err" "$serv_log"
    fi
    stop_server "$gpid"
}
mapfile -t client_scenarios < <("${peer[@]}" list client)
serv_extra=()
serv_round ""

# ---------------------------------------------------------------- valgrind
if [ "${FUZZ_VALGRIND:-1}" != 0 ] && command -v valgrind >/dev/null; then
    vg=(valgrind -q --error-exitcode=99 --leak-check=no --trace-children=no)
    # Memcheck misreads the tags made by ring's AES-GCM assembly as uninitialised
    # (a tag compare and a sendmsg of the tag; ChaCha20 sessions are clean), the
    # same false positive as other AES-GCM assembly: this round uses ChaCha20.
    serv_extra=(--priority "NORMAL:-CIPHER-ALL:+CHACHA20-POLY1305")
    if ! serv_round -valgrind "${vg[@]}" --log-file="$work/valgrind-serv.vg"; then
        fail valgrind-serv "the gnutls-serv round under valgrind did not complete"
    elif [ -s "$work/valgrind-serv.vg" ]; then
        fail valgrind-serv "memory errors in gnutls-serv"
        vg_excerpt "$work/valgrind-serv.vg"
    else
        pass valgrind-serv
    fi
    for sc in garbage-4k hello-ext-overflow hello-tls13-short-keyshare hello-then-garbage hello-split-1-byte; do
        name="valgrind-cli-$sc"
        p=$(free_port) || exit 2
        start_peer "$name" server "$p" "$sc" || { fail "$name" "peer did not start" "$work/$name.peer"; continue; }
        cli_case "$name" "$p" "${vg[@]}" --log-file="$work/$name.vg" -- localhost
        if [ -s "$work/$name.vg" ]; then
            fail "$name-memcheck" "memory errors in gnutls-cli"; vg_excerpt "$work/$name.vg"
        fi
        [ -x "$work/client" ] || continue
        name="valgrind-ex-$sc"
        p=$(free_port) || exit 2
        start_peer "$name" server "$p" "$sc" || { fail "$name" "peer did not start" "$work/$name.peer"; continue; }
        ex_case "$name" "$p" "${vg[@]}" --log-file="$work/$name.vg"
        if [ -s "$work/$name.vg" ]; then
            fail "$name-memcheck" "memory errors in examples/client.c"; vg_excerpt "$work/$name.vg"
        fi
    done
fi

report
