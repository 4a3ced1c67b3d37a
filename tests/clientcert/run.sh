#!/usr/bin/env bash
# run.sh [--preload] LIBDIR: client certificates between real programs on the
# libgnutls.so.30 in LIBDIR and OpenSSL, over 127.0.0.1.
#
#   gnutls-serv (ours) --require-client-cert  <-  openssl s_client -cert/-key:
#     works and the server sees the client's certificate; without a
#     certificate the handshake fails.
#   gnutls-serv (ours), requesting (its default)  <-  s_client without one: works.
#   gnutls-cli (ours) --x509certfile/--x509keyfile  ->  openssl s_server -Verify 1:
#     works (s_server reports the client's certificate).
# TLS 1.2 and 1.3 each. One line per case, then "N passed, N failed"; exit 1
# on failure. Certificates come from tests/interop/certs.sh; helpers from
# tests/interop/lib.sh (KEEP_WORK=1 keeps the logs).
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
interop=$here/../interop
# shellcheck source=tests/interop/lib.sh
. "$interop/lib.sh"
for tool in openssl gnutls-cli gnutls-serv ss timeout; do
    command -v "$tool" >/dev/null || { echo "$0: $tool is required" >&2; exit 2; }
done

interop_setup rgnutls-clientcert
"$interop/certs.sh" "$work/c" || exit 2
C=$work/c


# gserv NAME ARGS...: gnutls-serv --echo on our lib; sets gport.
gserv() {
    local name=$1
    shift
    gport=$(free_port) || exit 2
    serve "$name" "$work" env "$(lib_env)" gnutls-serv -d 1 -p "$gport" --echo \
        --x509certfile "$C/rsa-chain.pem" --x509keyfile "$C/rsa.key" --x509cafile "$C/ca.pem" "$@"
    wait_port "$gport" "$srv_pid" || { fail "$name" "gnutls-serv did not start" "$work/$name.srv"; gport=; }
}

# sclient NAME PORT VERSIONFLAG ARGS...: s_client sends a line; returns 0
# when it came back.
sclient() {
    local name=$1 p=$2 vflag=$3 msg
    shift 3
    msg="ping $RANDOM$RANDOM"
    talk "$work/$name.out" "$msg" "$msg"$'\n' openssl s_client -connect "127.0.0.1:$p" \
        -CAfile "$C/ca.pem" -verify_hostname localhost "$vflag" "$@"
    grep -qF "$msg" "$work/$name.out"
}

with_cert=(-cert "$C/client.pem" -key "$C/client.key" -cert_chain "$C/int.pem")
for v in 1_2 1_3; do
    V=TLS${v/_/.}
    gserv "gserv-require-$V" --require-client-cert
    if [ -n "$gport" ]; then
        name="gserv-require-$V-openssl-cert"
        if ! sclient "$name" "$gport" "-tls$v" "${with_cert[@]}"; then
            fail "$name" "no echo" "$work/$name.out.err" "$work/gserv-require-$V.srv"
        elif ! grep -q 'Got a certificate list of 2 certificates' "$work/gserv-require-$V.srv"; then
            fail "$name" "gnutls-serv did not report the client's certificate" "$work/gserv-require-$V.srv"
        else
            pass "$name"
        fi
        name="gserv-require-$V-openssl-no-cert"
        if sclient "$name" "$gport" "-tls$v"; then
            fail "$name" "echo without a client certificate" "$work/gserv-require-$V.srv"
        else
            pass "$name"
        fi
        stop_server "$srv_pid"
    fi

    gserv "gserv-request-$V"
    if [ -n "$gport" ]; then
        name="gserv-request-$V-openssl-no-cert"
        if sclient "$name" "$gport" "-tls$v"; then
            pass "$name"
        else
            fail "$name" "no echo" "$work/$name.out.err" "$work/gserv-request-$V.srv"
        fi
        name="gserv-request-$V-openssl-cert"
        if sclient "$name" "$gport" "-tls$v" "${with_cert[@]}"; then
            pass "$name"
        else
            fail "$name" "no echo" "$work/$name.out.err" "$work/gserv-request-$V.srv"
        fi
        stop_server "$srv_pid"
    fi
done

# gnutls-cli with a certificate against s_server -Verify 1 (requires one).
sport=$(free_port) || exit 2
serve ossl-verify "$work" openssl s_server -accept "127.0.0.1:$sport" -cert "$C/rsa.pem" -key "$C/rsa.key" \
    -cert_chain "$C/int.pem" -Verify 1 -CAfile "$C/ca.pem" -verify_return_error -rev
if ! wait_port "$sport" "$srv_pid"; then
    fail ossl-verify "s_server did not start" "$work/ossl-verify.srv"
else
    for v in 2 3; do
        name="cli-cert-openssl-Verify-TLS1.$v"
        msg="hello $RANDOM"
        rev=$(printf '%s' "$msg" | rev)
        talk "$work/$name.out" "$rev" "$msg"$'\n' env "$(lib_env)" gnutls-cli -d 1 --logfile="$work/$name.log" \
            -p "$sport" --priority "NORMAL:-VERS-ALL:+VERS-TLS1.$v" --x509cafile "$C/ca.pem" \
            --x509certfile "$C/client-chain.pem" --x509keyfile "$C/client.key" localhost
        rc=$?
        if ! grep -qF "$rev" "$work/$name.out"; then
            fail "$name" "no reply (gnutls-cli exit $rc)" "$work/$name.log" "$work/$name.out.err" "$work/ossl-verify.srv"
        else
            pass "$name"
        fi
        name="cli-no-cert-openssl-Verify-TLS1.$v"
        talk "$work/$name.out" "$rev" "$msg"$'\n' env "$(lib_env)" gnutls-cli -d 1 --logfile="$work/$name.log" \
            -p "$sport" --priority "NORMAL:-VERS-ALL:+VERS-TLS1.$v" --x509cafile "$C/ca.pem" localhost
        rc=$?
        if grep -qF "$rev" "$work/$name.out"; then
            fail "$name" "reply without a client certificate" "$work/$name.log"
        elif died_of_signal $rc; then
            fail "$name" "gnutls-cli died (status $rc)" "$work/$name.out.err"
        else
            pass "$name"
        fi
    done
    if [ "$(grep -c 'Peer certificate:.*CN = test client' "$work/ossl-verify.srv")" -eq 2 ]; then
        pass "openssl-saw-client-cert"
    else
        fail "openssl-saw-client-cert" "s_server did not report our client certificate" "$work/ossl-verify.srv"
    fi
fi

report
