#!/usr/bin/env bash
# tests/programs/servers.sh LIBDIR: real Debian programs on LIBDIR/libgnutls.so.30
# (replace mode: LD_LIBRARY_PATH=LIBDIR) in real use, over 127.0.0.1 only.
#
#   lighttpd + mod_gnutls  serves HTTPS (1 MB, bytes compared) to curl
#                          (OpenSSL) over TLS 1.2 and 1.3, RSA and ECDSA, and to
#                          wget (on LIBDIR too); picks the certificate by SNI
#                          (curl, gnutls-cli on LIBDIR); requires a client
#                          certificate on a second socket; resumes TLS 1.2
#                          and 1.3 sessions; refuses TLS 1.1
#   msmtp                  sends mail over SMTPS and STARTTLS to tiny_smtp.py
#                          (Python ssl, OpenSSL), with a client certificate or
#                          a pinned fingerprint; refuses an untrusted server
#   lftp                   downloads over HTTPS from openssl s_server -WWW,
#                          also with a client certificate; refuses an
#                          untrusted server
#   kdig                   DNS over TLS to tiny_dot.py (Python ssl), by CA and
#                          host name or by key pin; refuses a wrong host name,
#                          CA or pin
#
# One line per case: PASS name | FAIL name: reason (+ the programs' last
# words), then "N passed, N failed"; exit status 1 if anything failed.
# Develop against the real library first:
#   mkdir -p /tmp/reallib && ln -sf /lib/x86_64-linux-gnu/libgnutls.so.30 /tmp/reallib/
#   tests/programs/servers.sh /tmp/reallib
# Environment: KEEP_WORK=1 keeps the temp dir; ONLY=regex runs only the cases
# whose name matches.
#
# lighttpd-no-must-staple-warning: mod_gnutls asks gnutls_x509_tlsfeatures_*
# whether the certificate is OCSP Must-Staple; a failing init made lighttpd
# take every certificate for Must-Staple and log a false warning at start.
set -u -o pipefail
[ $# -eq 1 ] || { echo "usage: $0 LIBDIR" >&2; exit 2; }
[ -e "$1/libgnutls.so.30" ] || { echo "$0: no libgnutls.so.30 in $1" >&2; exit 2; }
LIBDIR=$(cd "$1" && pwd)
MODE=replace # read by lib.sh (on_lib, lib_env)
export MODE
here=$(cd "$(dirname "$0")" && pwd)
interop=$(cd "$here/../interop" && pwd)
# shellcheck source=tests/interop/lib.sh
. "$interop/lib.sh"

for tool in lighttpd msmtp lftp kdig wget curl openssl python3 ss timeout; do
    command -v "$tool" >/dev/null || { echo "$0: $tool is required" >&2; exit 2; }
done
modgnutls=
for d in /usr/lib/lighttpd /usr/lib/x86_64-linux-gnu/lighttpd; do
    [ -e "$d/mod_gnutls.so" ] && modgnutls=$d/mod_gnutls.so && break
done
[ -n "$modgnutls" ] || { echo "$0: lighttpd's mod_gnutls.so is required (lighttpd-mod-gnutls)" >&2; exit 2; }

interop_setup rgnutls-servers
"$interop/certs.sh" "$work/c" || exit 2
C=$work/c
mkdir -p "$work/www" "$work/home"
head -c 1048576 /dev/urandom >"$work/www/big.bin"
# msmtp and lftp read and write files under $HOME: keep them in $work.
export HOME=$work/home

# ours CMD...: CMD on LIBDIR's library, bounded to 60 s.
ours() { on_lib timeout 60 "$@"; }
same_bytes() { cmp -s "$1" "$2"; }
# take_port VAR: a free port in VAR, for several ports taken before anything
# listens on them ($(free_port) runs in a subshell and cannot move its cursor).
# shellcheck disable=SC2034 # next_port_ is lib.sh's cursor
take_port() { local p; p=$(free_port) || return 1; next_port_=$p; printf -v "$1" %s "$p"; }

# ---------------------------------------------------------------- loader
# Replace mode really replaces: for each client, the loader initialises
# LIBDIR's libgnutls.so.30 and no other.
for prog in msmtp lftp kdig wget; do
    name=loader-$prog
    want "$name" || continue
    LD_DEBUG=libs on_lib "$prog" --version >/dev/null 2>"$work/$name.err" </dev/null
    inits=$(grep -E 'calling init: .*libgnutls\.so\.30$' "$work/$name.err" | sed 's/.*calling init: //' | sort -u)
    if [ "$inits" = "$LIBDIR/libgnutls.so.30" ]; then
        pass "$name"
    else
        fail "$name" "libgnutls.so.30 initialised from: ${inits:-nothing}"
    fi
done

# mapped_gnutls PID: the (resolved) libgnutls files the process has mapped.
mapped_gnutls() {
    awk '$6 ~ /libgnutls\.so/ {print $6}' "/proc/$1/maps" 2>/dev/null | sort -u |
        while read -r f; do realpath "$f"; done | sort -u
}

# -------------------------------------------------------------- lighttpd
# One lighttpd: port lt (RSA, TLS >= 1.2; for SNI wrong.example the
# wronghost certificate), port ltcc (the same, but a client certificate
# signed by the test CA is required), port ltec (ECDSA).
lt='' ltcc='' ltec=''
take_port lt && take_port ltcc && take_port ltec || exit 2
cat >"$work/lighttpd.conf" <<EOF
server.modules = ("mod_gnutls")
server.document-root = "$work/www"
server.bind = "127.0.0.1"
server.port = $lt
server.errorlog = "$work/lighttpd.err"
server.max-keep-alive-requests = 0
ssl.engine = "enable"
ssl.pemfile = "$C/rsa-chain.pem"
ssl.privkey = "$C/rsa.key"
ssl.openssl.ssl-conf-cmd = ("MinProtocol" => "TLSv1.2")
\$HTTP["host"] == "wrong.example" {
    ssl.pemfile = "$C/wronghost-chain.pem"
    ssl.privkey = "$C/wronghost.key"
}
\$SERVER["socket"] == "127.0.0.1:$ltcc" {
    ssl.engine = "enable"
    ssl.pemfile = "$C/rsa-chain.pem"
    ssl.privkey = "$C/rsa.key"
    ssl.ca-file = "$C/ca.pem"
    ssl.verifyclient.activate = "enable"
    ssl.verifyclient.enforce = "enable"
    ssl.verifyclient.depth = 3
}
\$SERVER["socket"] == "127.0.0.1:$ltec" {
    ssl.engine = "enable"
    ssl.pemfile = "$C/ecdsa-chain.pem"
    ssl.privkey = "$C/ecdsa.key"
}
EOF
# Servers start whatever ONLY says (cheap; ONLY selects cases).
lt_up=no
serve lighttpd "$work" env "$(lib_env)" lighttpd -D -f "$work/lighttpd.conf"
lt_wrapper=$srv_pid
if wait_port "$lt" "$lt_wrapper" && wait_port "$ltcc" "$lt_wrapper" && wait_port "$ltec" "$lt_wrapper"; then
    lt_up=yes
fi

if want lighttpd-start; then
    if [ "$lt_up" = yes ]; then pass lighttpd-start; else fail lighttpd-start "lighttpd did not listen" "$work/lighttpd.srv" "$work/lighttpd.err"; fi
fi

if want lighttpd-no-must-staple-warning; then
    if grep -q 'Must-Staple' "$work/lighttpd.srv" "$work/lighttpd.err" 2>/dev/null; then
        fail lighttpd-no-must-staple-warning "lighttpd takes a plain certificate for OCSP Must-Staple" "$work/lighttpd.srv"
    else
        pass lighttpd-no-must-staple-warning
    fi
fi

# The running server maps LIBDIR's library and no other libgnutls.
if want lighttpd-loader && [ "$lt_up" = yes ]; then
    lt_pid=$(pgrep -P "$lt_wrapper" | head -n 1)
    want_map=$(realpath "$LIBDIR/libgnutls.so.30")
    got_map=$(mapped_gnutls "${lt_pid:-0}")
    if [ -n "$lt_pid" ] && [ "$got_map" = "$want_map" ]; then
        pass lighttpd-loader
    else
        fail lighttpd-loader "lighttpd (pid ${lt_pid:-?}) maps: ${got_map:-nothing}, expected $want_map"
    fi
fi

# lt_curl NAME PORT GREP CURL_ARGS...: curl (OpenSSL) fetches big.bin from
# lighttpd (at https://$lt_host, default localhost); the bytes must match
# and curl -v must show GREP (the protocol version, the certificate...).
lt_curl() {
    local name=$1 p=$2 pat=$3 rc
    shift 3
    want "$name" || return 0
    [ "$lt_up" = yes ] || { fail "$name" "lighttpd is not running"; return; }
    rm -f "$work/$name.out"
    timeout 30 curl -sS -v --cacert "$C/ca.pem" -o "$work/$name.out" "$@" \
        "https://${lt_host:-localhost}:$p/big.bin" 2>"$work/$name.err"
    rc=$?
    if [ $rc -ne 0 ]; then
        fail "$name" "curl exit $rc" "$work/$name.err" "$work/lighttpd.err"
    elif ! same_bytes "$work/$name.out" "$work/www/big.bin"; then
        fail "$name" "the file differs ($(stat -c %s "$work/$name.out" 2>/dev/null) bytes)" "$work/$name.err"
    elif ! grep -qE -- "$pat" "$work/$name.err"; then
        fail "$name" "curl -v lacks /$pat/" "$work/$name.err"
    else
        pass "$name"
    fi
}
lt_curl lighttpd-curl-tls12 "$lt" 'SSL connection using TLSv1\.2 /' --tlsv1.2 --tls-max 1.2
lt_curl lighttpd-curl-tls13 "$lt" 'SSL connection using TLSv1\.3 /' --tlsv1.3
lt_curl lighttpd-curl-tls12-ecdsa "$ltec" 'SSL connection using TLSv1\.2 / ECDHE-ECDSA' --tlsv1.2 --tls-max 1.2
lt_curl lighttpd-curl-tls13-ecdsa "$ltec" 'SSL connection using TLSv1\.3 /' --tlsv1.3
lt_curl lighttpd-clientcert-curl "$ltcc" 'SSL connection using TLSv1\.3 /' \
    --cert "$C/client-chain.pem" --key "$C/client.key"
lt_curl lighttpd-clientcert-curl-tls12 "$ltcc" 'SSL connection using TLSv1\.2 /' --tlsv1.2 --tls-max 1.2 \
    --cert "$C/client-chain.pem" --key "$C/client.key"

# SNI: mod_gnutls picks the certificate in its ClientHello hook, from the
# server_name it finds with gnutls_ext_raw_parse. The wronghost certificate
# verifies only for wrong.example, so success proves the choice.
lt_host=wrong.example lt_curl lighttpd-sni-curl "$lt" 'subject: O=rgnutls test; CN=wrong\.example' \
    --resolve "wrong.example:$lt:127.0.0.1"
if want lighttpd-sni-gnutls-cli; then
    name=lighttpd-sni-gnutls-cli
    if [ "$lt_up" = yes ]; then
        talk "$work/$name.out" "Content-Length: 1048576" $'HEAD /big.bin HTTP/1.0\r\nHost: wrong.example\r\n\r\n' \
            env "$(lib_env)" gnutls-cli -p "$lt" --x509cafile "$C/ca.pem" --sni-hostname wrong.example \
            --verify-hostname wrong.example 127.0.0.1
        rc=$?
        if [ $rc -ne 0 ] && ! grep -q 'Content-Length: 1048576' "$work/$name.out"; then
            fail "$name" "gnutls-cli exit $rc" "$work/$name.out" "$work/$name.out.err"
        elif ! grep -q 'Content-Length: 1048576' "$work/$name.out"; then
            fail "$name" "no answer" "$work/$name.out" "$work/$name.out.err"
        else
            pass "$name"
        fi
    else
        fail "$name" "lighttpd is not running"
    fi
fi

# Without a client certificate, nothing is served on the verifyclient port.
for v in 1.2 1.3; do
    name=lighttpd-clientcert-missing-tls${v/./}
    want "$name" || continue
    [ "$lt_up" = yes ] || { fail "$name" "lighttpd is not running"; continue; }
    rm -f "$work/$name.out"
    timeout 30 curl -sS --cacert "$C/ca.pem" --tlsv$v --tls-max $v -o "$work/$name.out" \
        "https://localhost:$ltcc/big.bin" 2>"$work/$name.err"
    rc=$?
    if [ $rc -eq 0 ] || [ -s "$work/$name.out" ]; then
        fail "$name" "served without a client certificate (curl exit $rc)" "$work/$name.err"
    else
        pass "$name"
    fi
done

# wget (on LIBDIR) from lighttpd (on LIBDIR): both ends are ours.
lt_wget() { # lt_wget NAME PORT WGET_ARGS...
    local name=$1 p=$2 rc
    shift 2
    want "$name" || return 0
    [ "$lt_up" = yes ] || { fail "$name" "lighttpd is not running"; return; }
    rm -f "$work/$name.out"
    ours wget -q --tries=1 --timeout=20 --ca-certificate="$C/ca.pem" -O "$work/$name.out" "$@" \
        "https://localhost:$p/big.bin" 2>"$work/$name.err"
    rc=$?
    if [ $rc -ne 0 ]; then
        fail "$name" "wget exit $rc" "$work/$name.err" "$work/lighttpd.err"
    elif ! same_bytes "$work/$name.out" "$work/www/big.bin"; then
        fail "$name" "the file differs" "$work/$name.err"
    else
        pass "$name"
    fi
}
lt_wget lighttpd-wget "$lt"
lt_wget lighttpd-wget-tls12 "$lt" --secure-protocol=TLSv1_2
lt_wget lighttpd-wget-ecdsa "$ltec"
lt_wget lighttpd-clientcert-wget "$ltcc" --certificate="$C/client-chain.pem" --private-key="$C/client.key"

# Session resumption (lighttpd enables tickets): TLS 1.2 by s_client's
# -reconnect, TLS 1.3 by a saved session given to a second s_client.
if want lighttpd-resume-tls12; then
    name=lighttpd-resume-tls12
    if [ "$lt_up" = yes ]; then
        timeout 30 openssl s_client -connect "127.0.0.1:$lt" -servername localhost -tls1_2 \
            -CAfile "$C/ca.pem" -reconnect </dev/null >"$work/$name.out" 2>&1
        n=$(grep -c '^Reused, TLSv1.2' "$work/$name.out")
        if [ "$n" -ge 1 ]; then pass "$name"; else fail "$name" "no session was resumed" "$work/$name.out"; fi
    else
        fail "$name" "lighttpd is not running"
    fi
fi
if want lighttpd-resume-tls13; then
    name=lighttpd-resume-tls13
    if [ "$lt_up" = yes ]; then
        for run in first second; do
            if [ $run = first ]; then sess=(-sess_out "$work/$name.sess"); else sess=(-sess_in "$work/$name.sess"); fi
            printf 'HEAD /big.bin HTTP/1.0\r\n\r\n' | timeout 20 openssl s_client -connect "127.0.0.1:$lt" \
                -servername localhost -tls1_3 -CAfile "$C/ca.pem" -ign_eof "${sess[@]}" >"$work/$name.$run" 2>&1
        done
        if grep -q '^Reused, TLSv1.3' "$work/$name.second" && grep -q '^HTTP/1.0 200' "$work/$name.second"; then
            pass "$name"
        else
            fail "$name" "the saved session was not resumed" "$work/$name.second"
        fi
    else
        fail "$name" "lighttpd is not running"
    fi
fi

# MinProtocol TLSv1.2: a TLS 1.1 client (OpenSSL, which allows it at level 0)
# gets no session.
if want lighttpd-refuses-tls11; then
    name=lighttpd-refuses-tls11
    if [ "$lt_up" = yes ]; then
        timeout 20 openssl s_client -connect "127.0.0.1:$lt" -servername localhost -tls1_1 \
            -cipher 'DEFAULT:@SECLEVEL=0' </dev/null >"$work/$name.out" 2>&1
        rc=$?
        if [ $rc -eq 0 ] || ! grep -q 'Cipher is (NONE)' "$work/$name.out"; then
            fail "$name" "a TLS 1.1 session was established (s_client exit $rc)" "$work/$name.out"
        else
            pass "$name"
        fi
    else
        fail "$name" "lighttpd is not running"
    fi
fi
if [ "$lt_up" = yes ] && want lighttpd-alive; then
    # After all the above (refused handshakes included) it still serves.
    lt_curl lighttpd-alive "$lt" 'SSL connection using TLSv1\.3 /'
    kill -0 "$lt_wrapper" 2>/dev/null || fail lighttpd-alive "lighttpd exited" "$work/lighttpd.srv" "$work/lighttpd.err"
fi
[ -n "${lt_wrapper:-}" ] && stop_server "$lt_wrapper"

# ----------------------------------------------------------------- msmtp
# tiny_smtp.py servers, each on its own port and maildir, with the RSA
# chain: "implicit" (SMTPS), "starttls", and "clientauth" (STARTTLS, and a
# client certificate from the test CA required).
declare -A smtp_port
for server in implicit starttls clientauth; do
    p=$(free_port) || exit 2
    mkdir -p "$work/mail-$server"
    mode=$server extra=()
    [ "$server" = clientauth ] && mode=starttls extra=("$C/ca.pem")
    serve "smtp-$server" "$work" python3 "$here/tiny_smtp.py" "$p" "$C/rsa-chain.pem" "$C/rsa.key" \
        "$mode" "$work/mail-$server" "${extra[@]}"
    wait_port "$p" "$srv_pid" && smtp_port[$server]=$p
done
# msmtp_send NAME SERVER TRUSTFILE|- [MSMTP_ARGS...]: sends a mail (no
# --tls-trust-file with -); returns msmtp's status.
msmtp_send() {
    local name=$1 server=$2 trust=$3 starttls=on
    shift 3
    [ "$server" = implicit ] && starttls=off
    [ "$trust" = - ] || set -- --tls-trust-file="$trust" "$@"
    printf 'From: sender@example.test\nTo: rcpt@example.test\nSubject: %s\n\nHello from msmtp.\n.A line starting with a dot.\n' \
        "$name" >"$work/$name.mail"
    ours msmtp -C /dev/null --host=localhost --port="${smtp_port[$server]}" --auth=off \
        --tls=on --tls-starttls=$starttls --from=sender@example.test "$@" rcpt@example.test \
        <"$work/$name.mail" >"$work/$name.err" 2>&1
}
# delivered SERVER NAME: SERVER's maildir has NAME's mail, body intact;
# prints the TLS version it came over (and the client certificate's subject).
delivered() {
    local f
    for f in "$work/mail-$1"/msg.*; do
        [ -e "$f" ] || continue
        tr -d '\r' <"$f" >"$work/mail.txt"
        grep -qx "Subject: $2" "$work/mail.txt" || continue
        grep -qx 'X-Envelope-To: <rcpt@example.test>' "$work/mail.txt" &&
            grep -qx 'Hello from msmtp\.' "$work/mail.txt" &&
            grep -qx '\.A line starting with a dot\.' "$work/mail.txt" &&
            sed -n 's/^X-TLS-Version: //p; s/^X-Client-Cert: / /p' "$work/mail.txt" | tr -d '\n'
        return
    done
    return 1
}
msmtp_ok() { # msmtp_ok NAME SERVER TRUSTFILE|- EXPECTED [MSMTP_ARGS...]
    local name=$1 server=$2 trust=$3 expect=$4 rc got
    shift 4
    want "$name" || return 0
    [ -n "${smtp_port[$server]:-}" ] || { fail "$name" "tiny_smtp.py $server did not start" "$work/smtp-$server.srv"; return; }
    msmtp_send "$name" "$server" "$trust" "$@"
    rc=$?
    got=$(delivered "$server" "$name")
    if [ $rc -ne 0 ]; then
        fail "$name" "msmtp exit $rc" "$work/$name.err" "$work/smtp-$server.srv"
    elif [ -z "$got" ]; then
        fail "$name" "the mail did not arrive intact" "$work/smtp-$server.srv"
    elif [ "$got" != "$expect" ]; then
        fail "$name" "delivered as '$got', expected '$expect'"
    else
        pass "$name"
    fi
}
msmtp_refused() { # msmtp_refused NAME SERVER TRUSTFILE|- PATTERN [MSMTP_ARGS...]
    local name=$1 server=$2 trust=$3 pat=$4 rc
    shift 4
    want "$name" || return 0
    [ -n "${smtp_port[$server]:-}" ] || { fail "$name" "tiny_smtp.py $server did not start" "$work/smtp-$server.srv"; return; }
    msmtp_send "$name" "$server" "$trust" "$@"
    rc=$?
    if [ $rc -eq 0 ] || [ -n "$(delivered "$server" "$name")" ]; then
        fail "$name" "the mail was sent (msmtp exit $rc)" "$work/$name.err"
    elif died_of_signal $rc; then
        fail "$name" "msmtp died (status $rc)" "$work/$name.err"
    elif ! grep -qE -- "$pat" "$work/$name.err"; then
        fail "$name" "refused (exit $rc) but without /$pat/" "$work/$name.err"
    else
        pass "$name"
    fi
}
tls12=--tls-priorities=NORMAL:-VERS-ALL:+VERS-TLS1.2
msmtp_ok msmtp-smtps implicit "$C/ca.pem" TLSv1.3
msmtp_ok msmtp-starttls starttls "$C/ca.pem" TLSv1.3
msmtp_ok msmtp-smtps-tls12 implicit "$C/ca.pem" TLSv1.2 $tls12
msmtp_ok msmtp-starttls-tls12 starttls "$C/ca.pem" TLSv1.2 $tls12
msmtp_refused msmtp-smtps-wrong-ca implicit "$C/otherca.pem" 'certificate'
msmtp_refused msmtp-starttls-wrong-ca starttls "$C/otherca.pem" 'certificate'
# --tls-fingerprint trusts exactly that certificate, whoever issued it.
fp=$(openssl x509 -in "$C/rsa.pem" -noout -fingerprint -sha256 | sed 's/.*=//')
other_fp=$(openssl x509 -in "$C/ecdsa.pem" -noout -fingerprint -sha256 | sed 's/.*=//')
msmtp_ok msmtp-fingerprint implicit - TLSv1.3 --tls-fingerprint="$fp"
msmtp_refused msmtp-wrong-fingerprint implicit - 'fingerprint does not match' --tls-fingerprint="$other_fp"
# A client certificate: the server records whose it was.
client_cert=(--tls-cert-file="$C/client-chain.pem" --tls-key-file="$C/client.key")
msmtp_ok msmtp-client-cert clientauth "$C/ca.pem" 'TLSv1.3 organizationName=rgnutls test,commonName=test client' \
    "${client_cert[@]}"
msmtp_ok msmtp-client-cert-tls12 clientauth "$C/ca.pem" 'TLSv1.2 organizationName=rgnutls test,commonName=test client' \
    "${client_cert[@]}" $tls12
msmtp_refused msmtp-client-cert-missing clientauth "$C/ca.pem" 'TLS|alert'

# ------------------------------------------------------------------ lftp
# openssl s_server -WWW with the RSA leaf + intermediate; a second one
# requires a client certificate from the test CA.
declare -A www_port
for server in www wwwcc; do
    extra=()
    [ $server = wwwcc ] && extra=(-Verify 2 -verify_return_error -CAfile "$C/ca.pem")
    p=$(free_port) || exit 2
    serve "lftp-$server" "$work/www" openssl s_server -quiet -accept "127.0.0.1:$p" \
        -cert "$C/rsa.pem" -key "$C/rsa.key" -cert_chain "$C/int.pem" "${extra[@]}" -WWW
    wait_port "$p" "$srv_pid" && www_port[$server]=$p
done
lftp_get() { # lftp_get NAME SERVER CAFILE [SETTING...]: lftp's status
    local name=$1 server=$2 ca=$3 set='' s
    shift 3
    for s in "$@"; do set="$set set $s;"; done
    rm -f "$work/$name.out"
    ours lftp -c "set ssl:ca-file $ca; set net:max-retries 1; set net:timeout 10;$set get https://localhost:${www_port[$server]}/big.bin -o $work/$name.out" \
        </dev/null >"$work/$name.err" 2>&1
}
lftp_ok() { # lftp_ok NAME SERVER [SETTING...]
    local name=$1 server=$2 rc
    shift 2
    want "$name" || return 0
    [ -n "${www_port[$server]:-}" ] || { fail "$name" "s_server did not start" "$work/lftp-$server.srv"; return; }
    lftp_get "$name" "$server" "$C/ca.pem" "$@"
    rc=$?
    if [ $rc -ne 0 ]; then
        fail "$name" "lftp exit $rc" "$work/$name.err"
    elif ! same_bytes "$work/$name.out" "$work/www/big.bin"; then
        fail "$name" "the file differs" "$work/$name.err"
    else
        pass "$name"
    fi
}
lftp_refused() { # lftp_refused NAME SERVER CAFILE PATTERN [SETTING...]
    local name=$1 server=$2 ca=$3 pat=$4 rc
    shift 4
    want "$name" || return 0
    [ -n "${www_port[$server]:-}" ] || { fail "$name" "s_server did not start" "$work/lftp-$server.srv"; return; }
    lftp_get "$name" "$server" "$ca" "$@"
    rc=$?
    if [ $rc -eq 0 ] || [ -s "$work/$name.out" ]; then
        fail "$name" "downloaded (lftp exit $rc)" "$work/$name.err"
    elif died_of_signal $rc; then
        fail "$name" "lftp died (status $rc)" "$work/$name.err"
    elif ! grep -qE -- "$pat" "$work/$name.err"; then
        fail "$name" "refused (exit $rc) but without /$pat/" "$work/$name.err"
    else
        pass "$name"
    fi
}
lftp_ok lftp-https www
lftp_ok lftp-https-tls12 www 'ssl:priority "NORMAL:-VERS-ALL:+VERS-TLS1.2"'
lftp_refused lftp-untrusted www "$C/otherca.pem" 'Certificate verification'
lftp_ok lftp-client-cert wwwcc "ssl:cert-file $C/client-chain.pem" "ssl:key-file $C/client.key"
lftp_ok lftp-client-cert-tls12 wwwcc "ssl:cert-file $C/client-chain.pem" "ssl:key-file $C/client.key" \
    'ssl:priority "NORMAL:-VERS-ALL:+VERS-TLS1.2"'
lftp_refused lftp-client-cert-missing wwwcc "$C/ca.pem" 'alert'

# ------------------------------------------------------------------ kdig
# tiny_dot.py: any question gets A 192.0.2.53.
dot_port=$(free_port) || exit 2
serve dot "$work" python3 "$here/tiny_dot.py" "$dot_port" "$C/ecdsa-chain.pem" "$C/ecdsa.key"
wait_port "$dot_port" "$srv_pid" || dot_port=
# kdig_ok NAME KDIG_TLS_OPTIONS...: the answer is printed, over TLS 1.3.
kdig_ok() {
    local name=$1 rc
    shift
    want "$name" || return 0
    [ -n "$dot_port" ] || { fail "$name" "tiny_dot.py did not start" "$work/dot.srv"; return; }
    ours kdig @127.0.0.1 -p "$dot_port" "$@" +time=10 +retry=0 www.example.test A >"$work/$name.out" 2>&1
    rc=$?
    if [ $rc -ne 0 ]; then
        fail "$name" "kdig exit $rc" "$work/$name.out" "$work/dot.srv"
    elif ! grep -qE '^www\.example\.test\.[[:space:]]+300[[:space:]]+IN[[:space:]]+A[[:space:]]+192\.0\.2\.53$' "$work/$name.out"; then
        fail "$name" "the answer was not printed" "$work/$name.out"
    elif ! grep -q '^;; TLS session (TLS1\.3)' "$work/$name.out"; then
        fail "$name" "no TLS 1.3 session line" "$work/$name.out"
    else
        pass "$name"
    fi
}
# kdig_refused NAME PATTERN KDIG_TLS_OPTIONS...: no answer, PATTERN printed.
kdig_refused() {
    local name=$1 pat=$2 rc
    shift 2
    want "$name" || return 0
    [ -n "$dot_port" ] || { fail "$name" "tiny_dot.py did not start" "$work/dot.srv"; return; }
    ours kdig @127.0.0.1 -p "$dot_port" "$@" +time=10 +retry=0 www.example.test A >"$work/$name.out" 2>&1
    rc=$?
    if [ $rc -eq 0 ] || grep -q '192\.0\.2\.53' "$work/$name.out"; then
        fail "$name" "the answer was accepted (kdig exit $rc)" "$work/$name.out"
    elif died_of_signal $rc; then
        fail "$name" "kdig died (status $rc)" "$work/$name.out"
    elif ! grep -qE -- "$pat" "$work/$name.out"; then
        fail "$name" "refused (exit $rc) but without /$pat/" "$work/$name.out"
    else
        pass "$name"
    fi
}
kdig_ok kdig-dot +tls +tls-ca="$C/ca.pem" +tls-hostname=localhost
kdig_refused kdig-wrong-hostname 'handshake failed' +tls +tls-ca="$C/ca.pem" +tls-hostname=wrong.example
kdig_refused kdig-wrong-ca 'handshake failed' +tls +tls-ca="$C/otherca.pem" +tls-hostname=localhost
# +tls-pin: the base64 SHA-256 of the server key's SubjectPublicKeyInfo.
pin() { openssl pkey -in "$1" -pubout -outform DER | openssl dgst -sha256 -binary | base64; }
kdig_ok kdig-pin +tls-pin="$(pin "$C/ecdsa.key")"
kdig_refused kdig-wrong-pin 'handshake failed' +tls-pin="$(pin "$C/rsa.key")"

report
