#!/usr/bin/env bash
# tests/interop/rawpk.sh LIBDIR: raw public keys (RFC 7250) between
# gnutls-cli and gnutls-serv, each on LIBDIR's library or on the real one,
# over 127.0.0.1 (MODE=replace by default, or preload):
#
#   rawpk-ours-serv        real gnutls-cli asking for a raw key (it offers
#                          X.509 and raw keys) -> our gnutls-serv holding only
#                          a raw key: raw key served, data echoed
#   rawpk-ours-serv-both   the same client -> our gnutls-serv holding a
#                          certificate and a raw key: the certificate, the
#                          client's first choice, as GnuTLS picks
#   rawpk-ours-cli         our gnutls-cli asking for a raw key -> the real
#                          gnutls-serv holding one
#   rawpk-ours-both-ends   ours on both ends
#   rawpk-not-enabled      our gnutls-cli not asking for raw keys -> our
#                          raw-key-only server: no handshake
#
# One line per case: PASS name | FAIL name: reason, then "N passed, N failed".
set -u -o pipefail
[ $# -eq 1 ] || { echo "usage: $0 LIBDIR" >&2; exit 2; }
[ -e "$1/libgnutls.so.30" ] || { echo "$0: no libgnutls.so.30 in $1" >&2; exit 2; }
LIBDIR=$(cd "$1" && pwd)
MODE=${MODE:-replace}
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=tests/interop/lib.sh
. "$here/lib.sh"
for tool in gnutls-cli gnutls-serv openssl ss timeout; do
    command -v "$tool" >/dev/null || { echo "$0: $tool is required" >&2; exit 2; }
done

interop_setup rgnutls-rawpk
"$here/certs.sh" "$work/c" || exit 2
C=$work/c
openssl pkey -in "$C/ecdsa.key" -pubout -out "$C/ecdsa.pub" 2>/dev/null || exit 2
PRIO="NORMAL:+CTYPE-SRV-RAWPK"


# server NAME WHERE ARGS...: gnutls-serv --echo on "ours" or "real"; sets $port.
server() {
    local name=$1 where=$2
    shift 2
    port=$(free_port) || exit 2
    if [ "$where" = ours ]; then
        serve "$name" "$work" env "$(lib_env)" gnutls-serv -d 1 --echo -p "$port" "$@"
    else
        serve "$name" "$work" gnutls-serv -d 1 --echo -p "$port" "$@"
    fi
    wait_port "$port" "$srv_pid" || { fail "$name" "gnutls-serv did not start" "$work/$name.srv"; port=; }
}

# client NAME WHERE PORT ARGS...: gnutls-cli sends a line and waits for its echo.
client() {
    local name=$1 where=$2 p=$3 msg="raw $RANDOM$RANDOM"
    shift 3
    local run=(gnutls-cli -p "$p" localhost --insecure "$@")
    [ "$where" = ours ] && run=(env "$(lib_env)" "${run[@]}")
    talk "$work/$name.out" "$msg" "$msg"$'\n' "${run[@]}"
    grep -qF "$msg" "$work/$name.out"
}

# check NAME TYPE: the session description names TYPE as the server's
# certificate type ("Raw Public Key"; "X.509" for a certificate).
check() {
    local name=$1 want=$2 desc
    desc=$(cat "$work/$name.out" "$work/$name.out.err" 2>/dev/null | grep -m1 -- '- Description:')
    case "$want:$desc" in
    "Raw Public Key:"*"(TLS1.3-X.509-Raw Public Key)"* | "X.509:"*"(TLS1.3-X.509)"*) pass "$name" ;;
    *) fail "$name" "not a $want session: ${desc:-no description}" "$work/$name.out.err" ;;
    esac
}

rawpk_args=(--rawpkfile "$C/ecdsa.pub" --rawpkkeyfile "$C/ecdsa.key")

server ours-serv ours --priority "$PRIO" "${rawpk_args[@]}"
if [ -n "$port" ]; then
    if client rawpk-ours-serv real "$port" --priority "$PRIO"; then
        check rawpk-ours-serv "Raw Public Key"
    else
        fail rawpk-ours-serv "no echo" "$work/rawpk-ours-serv.out" "$work/ours-serv.srv"
    fi
    if client rawpk-not-enabled ours "$port"; then
        fail rawpk-not-enabled "a session without raw keys was established" "$work/rawpk-not-enabled.out"
    else
        pass rawpk-not-enabled
    fi
    if client rawpk-ours-both-ends ours "$port" --priority "$PRIO"; then
        check rawpk-ours-both-ends "Raw Public Key"
    else
        fail rawpk-ours-both-ends "no echo" "$work/rawpk-ours-both-ends.out" "$work/rawpk-ours-both-ends.out.err"
    fi
fi

server ours-serv-both ours --priority "$PRIO" "${rawpk_args[@]}" \
    --x509certfile "$C/ecdsa-chain.pem" --x509keyfile "$C/ecdsa.key"
if [ -n "$port" ]; then
    if client rawpk-ours-serv-both real "$port" --priority "$PRIO"; then
        check rawpk-ours-serv-both X.509
    else
        fail rawpk-ours-serv-both "no echo" "$work/rawpk-ours-serv-both.out" "$work/ours-serv-both.srv"
    fi
fi

server real-serv real --priority "$PRIO" "${rawpk_args[@]}"
if [ -n "$port" ]; then
    if client rawpk-ours-cli ours "$port" --priority "$PRIO"; then
        check rawpk-ours-cli "Raw Public Key"
    else
        fail rawpk-ours-cli "no echo" "$work/rawpk-ours-cli.out" "$work/rawpk-ours-cli.out.err"
    fi
fi

report
