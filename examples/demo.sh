#!/usr/bin/env bash
# demo.sh LIBDIR (`make demo`): a TLS server and real clients, all on the
# libgnutls.so.30 in LIBDIR (replace mode: LD_LIBRARY_PATH=LIBDIR).
#
#   1. certificates for localhost in a temp dir (tests/interop/certs.sh)
#   2. gnutls-serv --http serving a 256 KiB file, on LIBDIR's library
#   3. three clients, each on LIBDIR's library: wget, gnutls-cli and
#      examples/client.c (built here against include/)
#   4. a summary: session description, verified peer, bytes and SHA-256
# Exit status 0 when every client got the file intact over a verified session.
# If gnutls-serv cannot start on LIBDIR, that is reported and the clients are
# shown against openssl s_server -WWW instead.
set -u -o pipefail

[ $# -eq 1 ] && [ -e "$1/libgnutls.so.30" ] || { echo "usage: $0 LIBDIR (holding libgnutls.so.30)" >&2; exit 2; }
LIBDIR=$(cd "$1" && pwd)
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/.." && pwd)
MODE=replace
# shellcheck source=tests/interop/lib.sh
. "$top/tests/interop/lib.sh"
interop_setup rgnutls-demo
C=$work/c

step() { printf '\n== %s\n' "$*"; }
ok=0
bad=0
result() { # result LABEL OK? DETAIL
    if [ "$2" = 1 ]; then
        printf '  %-12s OK      %s\n' "$1" "$3"
        ok=$((ok + 1))
    else
        printf '  %-12s FAILED  %s\n' "$1" "$3"
        bad=$((bad + 1))
    fi
}
sha() { sha256sum "$1" | cut -c1-16; }

step "Certificates (root -> intermediate -> localhost, ECDSA P-256) in $C"
"$top/tests/interop/certs.sh" "$C" || exit 1
head -c 262144 /dev/urandom >"$work/payload.bin"
echo "  payload: 262144 bytes, sha256 $(sha "$work/payload.bin")..."

step "Server: gnutls-serv --http on $LIBDIR/libgnutls.so.30"
port=$(free_port) || exit 1
serve gnutls-serv "$work" env LD_LIBRARY_PATH="$LIBDIR" gnutls-serv --http --httpdata="$work/payload.bin" \
    -p "$port" --x509certfile "$C/ecdsa-chain.pem" --x509keyfile "$C/ecdsa.key"
if wait_port "$port" "$srv_pid"; then
    spid=$(pgrep -P "$srv_pid" | head -1)
    libs=$(awk '$6 ~ /libgnutls\.so/ {print $6}' "/proc/$spid/maps" 2>/dev/null | sort -u | tr '\n' ' ')
    result gnutls-serv 1 "port $port, pid $spid, libgnutls mapped: ${libs:-?}"
else
    grep -v '^[[:space:]]*$' "$work/gnutls-serv.srv" | tail -n 3 | sed 's/^/  | /'
    result gnutls-serv 0 "did not start; the clients use openssl s_server -WWW instead"
    port=$(free_port) || exit 1
    serve s_server "$work" openssl s_server -accept "127.0.0.1:$port" -WWW \
        -cert "$C/ecdsa.pem" -key "$C/ecdsa.key" -cert_chain "$C/int.pem"
    wait_port "$port" "$srv_pid" || { echo "  openssl s_server did not start either"; exit 1; }
fi

step "Client 1: wget"
LD_LIBRARY_PATH="$LIBDIR" timeout 30 wget --no-config -nv -t 1 -T 10 --ca-certificate="$C/ca.pem" \
    -O "$work/wget.out" "https://localhost:$port/payload.bin" 2>"$work/wget.err"
rc=$?
sed 's/^/  | /' "$work/wget.err" | tail -n 3
if [ $rc -eq 0 ] && cmp -s "$work/wget.out" "$work/payload.bin"; then
    result wget 1 "$(stat -c %s "$work/wget.out") bytes, sha256 $(sha "$work/wget.out")... (matches)"
else
    result wget 0 "exit $rc, $(stat -c %s "$work/wget.out" 2>/dev/null || echo 0) bytes"
fi

step "Client 2: gnutls-cli"
# stdin stays open until the server has sent everything and closed: at EOF on
# stdin gnutls-cli would end the session at once.
talk "$work/cli.out" "(never matches)" $'GET /payload.bin HTTP/1.0\r\nHost: localhost\r\n\r\n' \
    env LD_LIBRARY_PATH="$LIBDIR" gnutls-cli --logfile="$work/cli.log" --x509cafile "$C/ca.pem" -p "$port" localhost
rc=$?
mv "$work/cli.out.err" "$work/cli.err"
desc=$(grep -m1 '^- Description:' "$work/cli.log" | sed 's/^- Description: //')
status=$(grep -m1 '^- Status:' "$work/cli.log" | sed 's/^- Status: //')
echo "  session: ${desc:-?}"
echo "  peer:    ${status:-?}"
python3 - "$work/cli.out" "$work/cli.body" <<'PY'
import sys
data = open(sys.argv[1], 'rb').read()
i = data.find(b'\r\n\r\n')
open(sys.argv[2], 'wb').write(data[i + 4:] if i >= 0 else b'')
PY
if [ $rc -eq 0 ] && [[ $status == "The certificate is trusted."* ]] && cmp -s "$work/cli.body" "$work/payload.bin"; then
    result gnutls-cli 1 "$(stat -c %s "$work/cli.out") bytes received, body sha256 $(sha "$work/cli.body")... (matches)"
else
    grep -v '^[[:space:]]*$' "$work/cli.err" "$work/cli.log" 2>/dev/null | tail -n 3 | sed 's/^/  | /'
    result gnutls-cli 0 "exit $rc, $(stat -c %s "$work/cli.body") body bytes"
fi

step "Client 3: examples/client.c (gnutls_session_set_verify_cert, gnutls_session_get_desc)"
if cc -Wall -Werror -I"$top/include" -o "$work/client" "$here/client.c" -L"$LIBDIR" -l:libgnutls.so.30 \
    2>"$work/client.cc"; then
    LD_LIBRARY_PATH="$LIBDIR" timeout 30 "$work/client" localhost "$port" "$C/ca.pem" /payload.bin "$work/client.body" \
        >"$work/client.out" 2>&1
    rc=$?
    sed 's/^/  /' "$work/client.out"
    if [ $rc -eq 0 ] && cmp -s "$work/client.body" "$work/payload.bin"; then
        result client.c 1 "body sha256 $(sha "$work/client.body")... (matches)"
    else
        result client.c 0 "exit $rc"
    fi
else
    sed 's/^/  | /' "$work/client.cc" | head -n 5
    result client.c 0 "did not compile against $top/include"
fi

# gnutls-cli's description, or else client.c's
[ -n "${desc:-}" ] || desc=$(grep -m1 '^- Description:' "$work/client.out" 2>/dev/null | sed 's/^- Description: //')
[ -n "${status:-}" ] || status=$(grep -m1 '^- Status:' "$work/client.out" 2>/dev/null | sed 's/^- Status: //')

step "Summary (library: $LIBDIR/libgnutls.so.30)"
echo "  session:  ${desc:-?}"
echo "  verified: ${status:-?}"
echo "  $ok OK, $bad FAILED (server + 3 clients fetching the 262144-byte file)"
[ $bad -eq 0 ]
