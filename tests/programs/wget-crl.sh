#!/usr/bin/env bash
# tests/programs/wget-crl.sh BUILD: wget with BUILD/libgnutls.so.30 in place
# of the real library fetches from an openssl s_server on 127.0.0.1 and
# must refuse a revoked server certificate given --crl-file, accept a good
# one, and exit with the same status as with the real library in each case.
# Corpus: tests/certs/crl/ (make-crl.sh).
set -u -o pipefail
[ $# -ge 1 ] || { echo "usage: $0 BUILD" >&2; exit 2; }
build=$(cd "$1" && pwd)
certs=$(cd "$(dirname "$0")/../certs/crl" && pwd)
command -v wget >/dev/null || { echo "wget not installed"; echo "0 passed, 1 failed"; exit 1; }
work=$(mktemp -d "${TMPDIR:-/tmp}/rgnutls-wget.XXXXXX")
server=
cleanup() { [ -n "$server" ] && kill "$server" 2>/dev/null; wait 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
passed=0 failed=0
pass() { echo "PASS $1"; passed=$((passed + 1)); }
fail() { echo "FAIL $1"; failed=$((failed + 1)); }
ours() { env LD_LIBRARY_PATH="$build" "$@"; }
real() { env -u LD_LIBRARY_PATH -u LD_PRELOAD "$@"; }

if ours env LD_DEBUG=libs wget --version 2>&1 >/dev/null | grep 'calling init' | grep -q "$build/libgnutls.so.30" &&
   ! ours env LD_DEBUG=libs wget --version 2>&1 >/dev/null | grep 'calling init' | grep -q '/lib/x86_64-linux-gnu/libgnutls'; then
    pass "replace mode: wget loads $build/libgnutls.so.30 and not the system one"
else
    fail "replace mode: the library loaded is not ours"
fi

# serve NAME: an s_server with crl/NAME.pem on a free port; sets $port.
serve() {
    [ -n "$server" ] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null
    port=$((20000 + RANDOM % 20000))
    openssl s_server -quiet -accept "127.0.0.1:$port" -cert "$certs/$1.pem" -key "$certs/$1.key" \
        -cert_chain "$certs/ca.pem" -www >"$work/server.log" 2>&1 &
    server=$!
    for _ in $(seq 50); do
        (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && return 0
        sleep 0.1
    done
    return 1
}

fetch() { # RUNNER CRLFILE...: wget exit status
    local runner=$1; shift
    $runner wget -q -O "$work/out" --tries=1 --timeout=10 --ca-certificate="$certs/ca.pem" "$@" \
        "https://localhost:$port/" 2>"$work/wget.err"
    echo $?
}

check() { # NAME CERT EXPECT(0 or nonzero) WGET-OPTIONS...
    local name=$1 cert=$2 expect=$3; shift 3
    if ! serve "$cert"; then fail "$name: s_server did not start"; return; fi
    local r o
    r=$(fetch real "$@")
    o=$(fetch ours "$@")
    if [ "$r" != "$o" ]; then
        fail "$name: exit status $o with ours, $r with the real library"
    elif { [ "$expect" = 0 ] && [ "$o" != 0 ]; } || { [ "$expect" != 0 ] && [ "$o" = 0 ]; }; then
        fail "$name: exit status $o (both libraries)"
    else
        pass "$name: exit status $o, as with the real library"
    fi
}

check "good certificate, no CRL" good 0
check "good certificate, CRL" good 0 --crl-file="$certs/ca.crl"
check "revoked certificate, no CRL" revoked 0
check "revoked certificate refused with --crl-file" revoked 5 --crl-file="$certs/ca.crl"
check "revoked certificate, CRL without it" revoked 0 --crl-file="$certs/empty.crl"

echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
