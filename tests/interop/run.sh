#!/usr/bin/env bash
# run.sh [--preload] LIBDIR: real TLS programs on the libgnutls.so.30 in LIBDIR,
# talking over 127.0.0.1 to OpenSSL and to each other.
#
# Every GnuTLS-side program (gnutls-cli, gnutls-serv, wget, curl_get) runs in
# replace mode (LD_LIBRARY_PATH=LIBDIR), or with --preload in LD_PRELOAD mode.
# OpenSSL programs run on the system OpenSSL. One line per case:
#   PASS name | FAIL name: reason (+ an excerpt of the program's stderr)
# then "N passed, N failed"; exit status 1 if anything failed.
#
# Develop against the real library first:
#   mkdir -p /tmp/reallib && ln -sf /lib/x86_64-linux-gnu/libgnutls.so.30 /tmp/reallib/
#   tests/interop/run.sh /tmp/reallib
# Environment: KEEP_WORK=1 keeps the temp dir (logs of every case);
# ONLY=regex runs only the cases whose name matches.
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

for tool in openssl gnutls-cli gnutls-serv wget cc ss timeout; do
    command -v "$tool" >/dev/null || { echo "$0: $tool is required" >&2; exit 2; }
done

interop_setup rgnutls-interop
"$here/certs.sh" "$work/c" || exit 2
C=$work/c
mkdir -p "$work/www"
head -c 1048576 /dev/urandom >"$work/www/big.bin"
printf 'small file\n' >"$work/www/small.txt"


V12="NORMAL:-VERS-ALL:+VERS-TLS1.2"
V13="NORMAL:-VERS-ALL:+VERS-TLS1.3"

# ---------------------------------------------------------------- servers
# openssl s_server -rev: answers each line reversed. One per certificate type,
# plus the special-purpose ones; all accept many connections.
declare -A port spid
ossl_serve() { # ossl_serve NAME [s_server args...]
    local name=$1 p
    shift
    p=$(free_port) || exit 2
    serve "$name" "$work/www" openssl s_server -accept "127.0.0.1:$p" "$@"
    wait_port "$p" "$srv_pid" || { echo "server $name did not start:"; cat "$work/$name.srv"; exit 2; }
    port[$name]=$p
}
for k in rsa ecdsa ed25519; do
    ossl_serve "$k" -cert "$C/$k.pem" -key "$C/$k.key" -cert_chain "$C/int.pem" -alpn h2,http/1.1 -rev
done
ossl_serve www -cert "$C/ecdsa.pem" -key "$C/ecdsa.key" -cert_chain "$C/int.pem" -WWW
for k in wronghost expired; do
    ossl_serve "$k" -cert "$C/$k.pem" -key "$C/$k.key" -cert_chain "$C/int.pem" -WWW
done
ossl_serve selfsigned -cert "$C/selfsigned.pem" -key "$C/selfsigned.key" -WWW
# SNI: the certificate for localhost only when the client asks for sni.test
ossl_serve sni -cert "$C/wronghost.pem" -key "$C/wronghost.key" -cert_chain "$C/int.pem" \
    -servername sni.test -cert2 "$C/direct.pem" -key2 "$C/direct.key" -rev
ossl_serve clientauth -cert "$C/rsa.pem" -key "$C/rsa.key" -cert_chain "$C/int.pem" \
    -Verify 2 -CAfile "$C/ca.pem" -verify_return_error -rev

# ------------------------------------------------------------ gnutls-cli
# cli NAME PORT INPUT EXPECT ARGS...: gnutls-cli on our lib; data on NAME.out,
# informational messages in NAME.log. Returns gnutls-cli's status.
cli() {
    local name=$1 p=$2 input=$3 expect=$4
    shift 4
    : >"$work/$name.log"
    talk "$work/$name.out" "$expect" "$input" \
        env "$(lib_env)" gnutls-cli -d 1 --logfile="$work/$name.log" -p "$p" "$@"
}
# cli_ok NAME PORT PRIORITY EXTRA_GREP ARGS...: a verified exchange with an
# s_server -rev must succeed; EXTRA_GREP (fixed string, may be empty) must
# appear in the log (e.g. a part of the session description).
cli_ok() {
    local name=$1 p=$2 prio=$3 extra=$4 rc msg="hello $RANDOM"
    shift 4
    want "$name" || return 0
    local rev
    rev=$(printf '%s' "$msg" | rev)
    cli "$name" "$p" "$msg"$'\n' "$rev" --priority "$prio" --x509cafile "$C/ca.pem" "$@"
    rc=$?
    if [ $rc -ne 0 ]; then
        fail "$name" "gnutls-cli exit $rc" "$work/$name.log" "$work/$name.out.err"
    elif ! grep -qF "$rev" "$work/$name.out"; then
        fail "$name" "reply not received" "$work/$name.log" "$work/$name.out.err"
    elif ! grep -q 'Status: The certificate is trusted' "$work/$name.log"; then
        fail "$name" "no trusted status" "$work/$name.log"
    elif [ -n "$extra" ] && ! grep -qF -- "$extra" "$work/$name.log"; then
        fail "$name" "log lacks '$extra'" "$work/$name.log"
    else
        pass "$name"
    fi
}
# cli_refused NAME PORT GREP ARGS...: the handshake must be refused, with
# GREP (regex) in gnutls-cli's log or stderr.
cli_refused() {
    local name=$1 p=$2 pat=$3 rc
    shift 3
    want "$name" || return 0
    cli "$name" "$p" $'GET /small.txt HTTP/1.0\r\n\r\n' "small file" "$@"
    rc=$?
    if [ $rc -eq 0 ] || grep -q 'small file' "$work/$name.out"; then
        fail "$name" "connection was accepted (exit $rc)" "$work/$name.log"
    elif died_of_signal $rc; then
        fail "$name" "gnutls-cli died (status $rc)" "$work/$name.log" "$work/$name.out.err"
    elif ! grep -qE -- "$pat" "$work/$name.log" "$work/$name.out.err"; then
        fail "$name" "refused (exit $rc) but without /$pat/" "$work/$name.log" "$work/$name.out.err"
    else
        pass "$name"
    fi
}

# Replace mode really replaces: the loader picks LIBDIR's file.
if want loader; then
    name=loader-gnutls-cli
    if [ "$MODE" = preload ]; then
        LD_DEBUG=libs LD_PRELOAD="$LIBDIR/libgnutls.so.30" gnutls-cli --version >/dev/null 2>"$work/$name.err"
    else
        LD_DEBUG=libs LD_LIBRARY_PATH="$LIBDIR" gnutls-cli --version >/dev/null 2>"$work/$name.err"
    fi
    inits=$(grep -E 'calling init: .*libgnutls\.so\.30$' "$work/$name.err" | sed 's/.*calling init: //' | sort -u)
    if [ "$inits" = "$LIBDIR/libgnutls.so.30" ]; then
        pass "$name"
    else
        fail "$name" "libgnutls.so.30 initialised from: ${inits:-nothing}" "$work/$name.err"
    fi
fi

for v in 12 13; do
    eval "prio=\$V$v"
    vname="TLS1.${v#1}"
    for k in rsa ecdsa ed25519; do
        cli_ok "cli-openssl-$vname-$k" "${port[$k]}" "$prio" "($vname-X.509)" localhost
    done
done
for c in AES-128-GCM AES-256-GCM CHACHA20-POLY1305; do
    cli_ok "cli-openssl-TLS1.3-$c" "${port[ecdsa]}" "$V13:-CIPHER-ALL:+$c" "-($c)" localhost
    for kx in ECDHE-RSA ECDHE-ECDSA; do
        k=rsa
        [ $kx = ECDHE-ECDSA ] && k=ecdsa
        cli_ok "cli-openssl-TLS1.2-$kx-$c" "${port[$k]}" "$V12:-KX-ALL:+$kx:-CIPHER-ALL:+$c" "-($c)" localhost
    done
done
for g in X25519 SECP256R1 SECP384R1; do
    cli_ok "cli-openssl-TLS1.3-$g" "${port[rsa]}" "$V13:-GROUP-ALL:+GROUP-$g" "(ECDHE-$g)" localhost
    cli_ok "cli-openssl-TLS1.2-$g" "${port[rsa]}" "$V12:-GROUP-ALL:+GROUP-$g" "(ECDHE-$g)" localhost
done
cli_ok cli-openssl-alpn "${port[rsa]}" NORMAL "Application protocol: http/1.1" \
    --alpn=x-unknown --alpn=http/1.1 localhost
cli_ok cli-openssl-sni "${port[sni]}" NORMAL "" \
    --sni-hostname=sni.test --verify-hostname=localhost 127.0.0.1
cli_ok cli-openssl-ip-san "${port[ecdsa]}" NORMAL "" 127.0.0.1
cli_refused cli-refuse-no-sni "${port[sni]}" "Status:.*(match|name)" \
    --x509cafile "$C/ca.pem" --disable-sni --verify-hostname=localhost 127.0.0.1
cli_refused cli-refuse-wrong-ca "${port[ecdsa]}" "NOT trusted" --x509cafile "$C/otherca.pem" localhost
cli_refused cli-refuse-verify-hostname "${port[ecdsa]}" "Status:.*(match|name)" \
    --x509cafile "$C/ca.pem" --verify-hostname=other.example localhost
cli_refused cli-refuse-wronghost-cert "${port[wronghost]}" "Status:.*(match|name)" \
    --x509cafile "$C/ca.pem" localhost
cli_refused cli-refuse-expired "${port[expired]}" "Status:.*expired" --x509cafile "$C/ca.pem" localhost
cli_refused cli-refuse-selfsigned "${port[selfsigned]}" "NOT trusted" --x509cafile "$C/ca.pem" localhost

# 1 MB over HTTP from s_server -WWW; the body must match the file byte for byte.
body_matches() { # body_matches RESPONSE FILE: strip the HTTP header, compare
    python3 - "$1" "$2" <<'PY'
import sys
data = open(sys.argv[1], 'rb').read()
want = open(sys.argv[2], 'rb').read()
i = data.find(b'\r\n\r\n')
sys.exit(0 if i >= 0 and data[i + 4:] == want else 1)
PY
}
for v in 12 13; do
    eval "prio=\$V$v"
    name="cli-openssl-TLS1.${v#1}-1MB"
    want "$name" || continue
    # the last 16 bytes of the file are what to wait for
    tailhex=$(tail -c 16 "$work/www/big.bin" | od -An -tx1 | tr -d ' \n')
    cli "$name" "${port[www]}" $'GET /big.bin HTTP/1.0\r\n\r\n' "__never__" \
        --priority "$prio" --x509cafile "$C/ca.pem" localhost
    rc=$?
    size=$(stat -c %s "$work/$name.out")
    if body_matches "$work/$name.out" "$work/www/big.bin"; then
        pass "$name"
    else
        fail "$name" "body differs (exit $rc, $size bytes received, want 1048576 + header; tail $tailhex)" \
            "$work/$name.log" "$work/$name.out.err"
    fi
done

# Client certificate to s_server -Verify.
cli_ok cli-openssl-client-cert "${port[clientauth]}" NORMAL "" \
    --x509certfile "$C/client-chain.pem" --x509keyfile "$C/client.key" localhost
cli_refused cli-openssl-no-client-cert "${port[clientauth]}" "alert" --x509cafile "$C/ca.pem" localhost

# ------------------------------------------------------------ gnutls-serv
# gserv NAME ARGS...: gnutls-serv on our lib (echo mode unless ARGS says).
gserv() {
    local name=$1 p
    shift
    p=$(free_port) || exit 2
    serve "$name" "$work" env "$(lib_env)" gnutls-serv -d 1 -p "$p" "$@"
    spid[$name]=$srv_pid
    if wait_port "$p" "$srv_pid"; then
        port[$name]=$p
    else
        port[$name]=
    fi
}
# sclient_ok NAME SERVER VERSIONFLAG ARGS...: s_client sends a line to a
# gnutls-serv --echo and must get it back, verified.
sclient_ok() {
    local name=$1 srv=$2 vflag=$3 msg="ping $RANDOM$RANDOM" rc
    shift 3
    want "$name" || return 0
    if [ -z "${port[$srv]}" ]; then
        fail "$name" "gnutls-serv did not start" "$work/$srv.srv"
        return
    fi
    talk "$work/$name.out" "$msg" "$msg"$'\n' openssl s_client -brief -connect "127.0.0.1:${port[$srv]}" \
        -CAfile "$C/ca.pem" -verify_return_error -verify_hostname localhost "$vflag" "$@"
    rc=$?
    if ! grep -qF "$msg" "$work/$name.out"; then
        fail "$name" "no echo (s_client exit $rc)" "$work/$name.out.err" "$work/$srv.srv"
    elif ! grep -q 'Verification: OK' "$work/$name.out.err"; then
        fail "$name" "s_client did not verify" "$work/$name.out.err"
    else
        pass "$name"
    fi
}
for k in rsa ecdsa; do
    gserv "gserv-$k" --echo --x509certfile "$C/$k-chain.pem" --x509keyfile "$C/$k.key"
done
for v in 1_2 1_3; do
    for k in rsa ecdsa; do
        sclient_ok "openssl-gserv-TLS${v/_/.}-$k" "gserv-$k" "-tls$v"
    done
done

# Replace mode, seen from the running server: every libgnutls mapped in the
# gnutls-serv process is LIBDIR's file (same device and inode).
if want loader && [ -z "${port[gserv-rsa]}" ]; then
    fail loader-gnutls-serv-maps "gnutls-serv did not start" "$work/gserv-rsa.srv"
elif want loader; then
    name=loader-gnutls-serv-maps
    # serve's pid is timeout(1); its child is gnutls-serv (env execs it)
    gpid=$(pgrep -P "${spid[gserv-rsa]}" | head -1)
    want_id=$(stat -L -c '%d:%i' "$LIBDIR/libgnutls.so.30")
    maps_ok=1
    seen=0
    while read -r path; do
        seen=1
        [ "$(stat -L -c '%d:%i' "$path")" = "$want_id" ] || maps_ok=0
    done < <(awk '$6 ~ /libgnutls\.so/ {print $6}' "/proc/$gpid/maps" 2>/dev/null | sort -u)
    if [ $seen = 1 ] && [ $maps_ok = 1 ]; then
        pass "$name"
    else
        fail "$name" "pid $gpid maps: $(awk '$6 ~ /libgnutls/ {print $6}' "/proc/$gpid/maps" 2>/dev/null | sort -u | tr '\n' ' ')"
    fi
fi

# gnutls-cli <-> gnutls-serv, both on our lib.
gserv gserv-ed25519 --echo --x509certfile "$C/ed25519-chain.pem" --x509keyfile "$C/ed25519.key"
for v in 12 13; do
    eval "prio=\$V$v"
    for k in rsa ecdsa ed25519; do
        name="cli-gserv-TLS1.${v#1}-$k"
        want "$name" || continue
        msg="both ours $RANDOM"
        if [ -z "${port[gserv-$k]}" ]; then
            fail "$name" "gnutls-serv did not start" "$work/gserv-$k.srv"
            continue
        fi
        cli "$name" "${port[gserv-$k]}" "$msg"$'\n' "$msg" --priority "$prio" --x509cafile "$C/ca.pem" localhost
        rc=$?
        if grep -qF "$msg" "$work/$name.out" && grep -qF "(TLS1.${v#1}-X.509)" "$work/$name.log" &&
            grep -q 'certificate is trusted' "$work/$name.log"; then
            pass "$name"
        else
            fail "$name" "no verified echo (exit $rc)" "$work/$name.log" "$work/$name.out.err" "$work/gserv-$k.srv"
        fi
    done
done

# A TLS 1.1 client (s_client) is refused, and gnutls-serv says it was the
# version (rustls turns it away for lacking signature algorithms first).
gserv gserv-no-tls11 --echo --priority "NORMAL:-VERS-TLS1.1:-VERS-TLS1.0" \
    --x509certfile "$C/rsa-chain.pem" --x509keyfile "$C/rsa.key"
name=openssl-tls11-refused-version
if want "$name" && [ -z "${port[gserv-no-tls11]}" ]; then
    fail "$name" "gnutls-serv did not start" "$work/gserv-no-tls11.srv"
elif want "$name"; then
    timeout 20 openssl s_client -connect "127.0.0.1:${port[gserv-no-tls11]}" -tls1_1 -cipher 'DEFAULT:@SECLEVEL=0' \
        </dev/null >"$work/$name.out" 2>&1
    sleep 0.3
    if grep -q 'Cipher is (NONE)' "$work/$name.out" &&
        grep -q 'Error in handshake.*version' "$work/gserv-no-tls11.srv"; then
        pass "$name"
    else
        fail "$name" "not refused for its version" "$work/$name.out" "$work/gserv-no-tls11.srv"
    fi
fi

# Trust on first use: gnutls-cli --tofu accepts an unknown self-signed key
# when told "y" and records it in $HOME/.gnutls/known_hosts; --strict-tofu
# then connects without asking, and refuses with an empty database.
gserv gserv-selfsigned --echo --x509certfile "$C/selfsigned.pem" --x509keyfile "$C/selfsigned.key"
tofu_cli() { # tofu_cli NAME HOME INPUT EXPECT ARGS...
    local name=$1 home=$2 input=$3 expect=$4
    shift 4
    mkdir -p "$home"
    : >"$work/$name.log"
    talk "$work/$name.out" "$expect" "$input" env "$(lib_env)" HOME="$home" \
        gnutls-cli -d 1 --logfile="$work/$name.log" -p "${port[gserv-selfsigned]}" "$@" localhost
}
if want cli-tofu && [ -z "${port[gserv-selfsigned]}" ]; then
    fail cli-tofu "gnutls-serv did not start" "$work/gserv-selfsigned.srv"
elif want cli-tofu; then
    # (gnutls-cli reads the answer through stdio, which swallows any data
    # typed after it, so this run only answers and completes the handshake.)
    mkdir -p "$work/tofu"
    printf 'y\n' | timeout 30 env "$(lib_env)" HOME="$work/tofu" gnutls-cli -d 1 --logfile="$work/cli-tofu-first.log" \
        -p "${port[gserv-selfsigned]}" --tofu localhost >"$work/cli-tofu-first.out" 2>"$work/cli-tofu-first.out.err"
    if grep -q "Handshake was completed" "$work/cli-tofu-first.log" &&
        grep -q "^|g0|localhost|${port[gserv-selfsigned]}|0|" "$work/tofu/.gnutls/known_hosts" 2>/dev/null; then
        pass cli-tofu-first
    else
        fail cli-tofu-first "key not accepted and stored" "$work/cli-tofu-first.log" "$work/cli-tofu-first.out.err"
    fi
    msg="again $RANDOM"
    tofu_cli cli-tofu-known "$work/tofu" "$msg"$'\n' "$msg" --strict-tofu
    if grep -qF "$msg" "$work/cli-tofu-known.out"; then
        pass cli-tofu-known
    else
        fail cli-tofu-known "stored key not accepted" "$work/cli-tofu-known.log" "$work/cli-tofu-known.out.err"
    fi
    tofu_cli cli-tofu-unknown "$work/tofu-empty" $'never\n' "never" --strict-tofu
    if grep -q never "$work/cli-tofu-unknown.out"; then
        fail cli-tofu-unknown "connected with an unknown key" "$work/cli-tofu-unknown.log"
    else
        pass cli-tofu-unknown
    fi
fi

# Client certificates: gnutls-serv requires and verifies one.
gserv gserv-clientauth --echo --require-client-cert --verify-client-cert --x509cafile "$C/ca.pem" \
    --x509certfile "$C/rsa-chain.pem" --x509keyfile "$C/rsa.key"
sclient_ok openssl-gserv-client-cert gserv-clientauth -tls1_3 \
    -cert "$C/client.pem" -key "$C/client.key" -cert_chain "$C/int.pem"
sclient_ok openssl-gserv-TLS1.2-client-cert gserv-clientauth -tls1_2 \
    -cert "$C/client.pem" -key "$C/client.key" -cert_chain "$C/int.pem"
name=openssl-gserv-no-client-cert
if want "$name" && [ -z "${port[gserv-clientauth]}" ]; then
    fail "$name" "gnutls-serv did not start" "$work/gserv-clientauth.srv"
elif want "$name"; then
    talk "$work/$name.out" "nocert" $'nocert\n' openssl s_client -brief \
        -connect "127.0.0.1:${port[gserv-clientauth]}" -CAfile "$C/ca.pem"
    if grep -q nocert "$work/$name.out"; then
        fail "$name" "echo without a client certificate" "$work/gserv-clientauth.srv"
    else
        pass "$name"
    fi
fi

# ------------------------------------------------------------------ wget
wget_get() { # wget_get NAME on_lib|system PORT PATH ARGS...: status of wget
    local name=$1 how=$2 p=$3 path=$4
    shift 4
    local cmd=(timeout 30 wget --no-config -nv -t 1 -T 10 -O "$work/$name.out" "$@" "https://localhost:$p/$path")
    if [ "$how" = on_lib ]; then
        on_lib "${cmd[@]}" 2>"$work/$name.err"
    else
        "${cmd[@]}" 2>"$work/$name.err"
    fi
}
for v in 1_2 1_3; do
    name="wget-TLS${v/_/.}-1MB"
    want "$name" || continue
    wget_get "$name" on_lib "${port[www]}" big.bin --secure-protocol="TLSv$v" --ca-certificate="$C/ca.pem"
    rc=$?
    if [ $rc -eq 0 ] && cmp -s "$work/$name.out" "$work/www/big.bin"; then
        pass "$name"
    else
        fail "$name" "exit $rc, $(stat -c %s "$work/$name.out" 2>/dev/null) bytes" "$work/$name.err"
    fi
done
for bad in selfsigned wronghost expired; do
    name="wget-refuse-$bad"
    want "$name" || continue
    wget_get "$name-real" system "${port[$bad]}" small.txt --ca-certificate="$C/ca.pem"
    want_rc=$?
    wget_get "$name" on_lib "${port[$bad]}" small.txt --ca-certificate="$C/ca.pem"
    rc=$?
    if [ $rc -eq "$want_rc" ] && [ $rc -ne 0 ]; then
        pass "$name"
    else
        fail "$name" "exit $rc, real library gives $want_rc" "$work/$name.err"
    fi
done

# ------------------------------------------------------------- libcurl
if want curl; then
    if cc -Wall -Werror -O1 -o "$work/curl_get" "$here/curl_get.c" -l:libcurl-gnutls.so.4 2>"$work/curl_get.cc"; then
        name=curl-gnutls-1MB
        on_lib timeout 30 "$work/curl_get" "https://localhost:${port[www]}/big.bin" "$C/ca.pem" \
            "$work/$name.out" >"$work/$name.log" 2>&1
        rc=$?
        if [ $rc -eq 0 ] && cmp -s "$work/$name.out" "$work/www/big.bin"; then
            pass "$name"
        else
            fail "$name" "exit $rc" "$work/$name.log"
        fi
        name=curl-gnutls-refuse-wrong-ca
        on_lib timeout 30 "$work/curl_get" "https://localhost:${port[www]}/small.txt" "$C/otherca.pem" \
            "$work/$name.out" >"$work/$name.log" 2>&1
        rc=$?
        if grep -q 'curl error 60' "$work/$name.log"; then
            pass "$name"
        else
            fail "$name" "exit $rc, want CURLE_PEER_FAILED_VERIFICATION" "$work/$name.log"
        fi
    else
        fail curl-gnutls-build "curl_get.c did not compile" "$work/curl_get.cc"
    fi
fi

# LD_PRELOAD variant of one exchange (when the whole run is not already one).
if [ "$MODE" = replace ] && want preload; then
    MODE=preload
    cli_ok preload-cli-openssl-TLS1.3 "${port[ecdsa]}" "$V13" "(TLS1.3-X.509)" localhost
    MODE=replace
fi

report
