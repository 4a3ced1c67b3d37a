#!/usr/bin/env bash
# tests/programs/servers2.sh LIBDIR: more real Debian programs on
# LIBDIR/libgnutls.so.30 (replace mode: LD_LIBRARY_PATH=LIBDIR) in real
# use, over 127.0.0.1 only. Needs root (slapd and exim run as root from
# configuration files in the temp dir).
#
#   OpenLDAP  slapd (on LIBDIR) serves ldaps:// and StartTLS to ldapsearch
#             and ldapwhoami (libldap, on LIBDIR): entries compared, TLS 1.2
#             and 1.3, SASL EXTERNAL with a client certificate; mixed with
#             the system library on either side; the client refuses an
#             untrusted CA and a certificate for another host; a slapd that
#             demands a client certificate takes one from the test CA and
#             refuses none or an untrusted one
#   exim4     as a server (exim4-daemon-light, on LIBDIR) receives mail over
#             STARTTLS from swaks (OpenSSL): TLS 1.2 and 1.3, with a client
#             certificate (verified: CV=yes, its DN recorded) or without,
#             and on a port that requires one, refuses none or an untrusted
#             one; as a client delivers over verified STARTTLS to
#             tiny_smtp.py (Python ssl), also with a client certificate,
#             and to itself; defers on an untrusted CA or a wrong host;
#             resumes TLS 1.2 and 1.3 sessions with itself
#   GIO       glib-networking's TLS (python3-gi, on LIBDIR): a client fetches
#             over HTTPS from openssl s_server (bytes compared, TLS 1.2 and
#             1.3, with a client certificate) and reports an unknown CA, a
#             wrong host and an expired certificate; a server sends to curl
#             (OpenSSL), requires a client certificate and reports an
#             untrusted one as exactly G_TLS_CERTIFICATE_UNKNOWN_CA
#   CUPS      cupsd (on LIBDIR) serves HTTPS to curl (OpenSSL; TLS 1.2 and
#             1.3, bytes compared) and IPP over TLS (ipps:// and the HTTP
#             Upgrade) to ipptool (on LIBDIR or the system library); ipptool
#             on LIBDIR against cupsd on the system library. (CUPS clients
#             trust on first use, so no refusal to test.)
#
# One line per case: PASS name | FAIL name: reason (+ the programs' last
# words), then "N passed, N failed"; exit status 1 if anything failed.
# Develop against the real library first:
#   mkdir -p /tmp/reallib && ln -sf /lib/x86_64-linux-gnu/libgnutls.so.30 /tmp/reallib/
#   tests/programs/servers2.sh /tmp/reallib
# Environment: KEEP_WORK=1 keeps the temp dir; ONLY=regex runs only the cases
# whose name matches.
#
# gio-server-client-cert-untrusted: glib-networking verifies a client
# certificate with gnutls_certificate_verify_peers3(session, NULL) and
# makes any status bit it does not know a generic error; a key purpose
# check GnuTLS does not make there added one (tests/c/diff/verify_peers_purpose.c).
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

[ "$(id -u)" -eq 0 ] || { echo "$0: needs root (slapd, exim)" >&2; exit 2; }
for tool in slapd slapadd ldapsearch ldapwhoami exim4 swaks cupsd ipptool curl openssl python3 ss timeout; do
    command -v "$tool" >/dev/null || { echo "$0: $tool is required" >&2; exit 2; }
done
# python3-gi is Debian's: call that interpreter, not a python3 earlier on PATH.
sys_python=/usr/bin/python3
$sys_python -c 'import gi; gi.require_version("Gio", "2.0")' 2>/dev/null ||
    { echo "$0: python3-gi is required" >&2; exit 2; }
ls /usr/lib/x86_64-linux-gnu/gio/modules/libgiognutls.so >/dev/null 2>&1 ||
    { echo "$0: glib-networking is required" >&2; exit 2; }
perl -MNet::SSLeay -e1 2>/dev/null || { echo "$0: swaks needs libnet-ssleay-perl" >&2; exit 2; }

interop_setup rgnutls-servers2
"$interop/certs.sh" "$work/c" || exit 2
C=$work/c
# exim receives and delivers as Debian-exim: it must reach the key files.
chmod 755 "$work" "$C"
chmod 644 "$C"/*.key
cat "$C/ca.pem" "$C/int.pem" >"$C/ca-int.pem"
mkdir -p "$work/www" "$work/home"
head -c 1048576 /dev/urandom >"$work/www/big.bin"
export HOME=$work/home
# libldap: no system or user configuration; settings come from LDAPTLS_*.
export LDAPCONF=/dev/null LDAPRC=/dev/null

# ours CMD...: CMD on LIBDIR's library, bounded to 60 s.
ours() { on_lib timeout 60 "$@"; }
# system CMD...: CMD on the system's libgnutls (for the mixed cases).
system() { env -u LD_LIBRARY_PATH -u LD_PRELOAD timeout 60 "$@"; }
# take_port VAR: a free port in VAR (several taken before anything listens).
# shellcheck disable=SC2034 # next_port_ is lib.sh's cursor
take_port() { local p; p=$(free_port) || return 1; next_port_=$p; printf -v "$1" %s "$p"; }
newport=
# the timeout(1) wrapper of each server, by name
declare -A server_pid
# mapped_gnutls PID: the (resolved) libgnutls files the process has mapped.
mapped_gnutls() {
    awk '$6 ~ /libgnutls\.so/ {print $6}' "/proc/$1/maps" 2>/dev/null | sort -u |
        while read -r f; do realpath "$f"; done | sort -u
}
# server_maps NAME WRAPPER_PID: PASS when the server under the timeout(1)
# wrapper maps LIBDIR's library and no other libgnutls.
server_maps() {
    local name=$1 pid got want_map
    want "$name" || return 0
    pid=$(pgrep -P "$2" | head -n 1)
    want_map=$(realpath "$LIBDIR/libgnutls.so.30")
    got=$(mapped_gnutls "${pid:-0}")
    if [ -n "$pid" ] && [ "$got" = "$want_map" ]; then
        pass "$name"
    else
        fail "$name" "pid ${pid:-?} maps: ${got:-nothing}, expected $want_map"
    fi
}

# ---------------------------------------------------------------- loader
# Each client initialises LIBDIR's libgnutls.so.30 and no other.
loader() { # loader NAME CMD...
    local name=$1 inits
    shift
    want "$name" || return 0
    LD_DEBUG=libs on_lib "$@" >/dev/null 2>"$work/$name.err" </dev/null
    inits=$(grep -E 'calling init: .*libgnutls\.so\.30$' "$work/$name.err" | sed 's/.*calling init: //' | sort -u)
    if [ "$inits" = "$LIBDIR/libgnutls.so.30" ]; then
        pass "$name"
    else
        fail "$name" "libgnutls.so.30 initialised from: ${inits:-nothing}"
    fi
}
loader loader-ldapsearch ldapsearch -VV
loader loader-slapd slapd -VV
loader loader-exim4 exim4 -bV
loader loader-ipptool ipptool --version
# GIO loads glib-networking's module (and so libgnutls) on first use.
loader loader-gio $sys_python -c 'from gi.repository import Gio; Gio.TlsBackend.get_default().get_default_database()'

# --------------------------------------------------------------- OpenLDAP
# slapd instances, each with its own config and database (one entry under
# dc=example,dc=test): "ours" (LIBDIR; ldap:// and ldaps://, asks for a
# client certificate from the test CA), "sys" (the system library;
# ldaps://) and "wronghost" (LIBDIR; ldaps:// with the wrong.example
# certificate). libldap checks the host name against the certificate;
# "localhost" it would replace by the machine's name, so clients use
# 127.0.0.1 (in the certificates' SAN).
cat >"$work/ldap.ldif" <<'EOF'
dn: dc=example,dc=test
objectClass: dcObject
objectClass: organization
o: Example
dc: example

dn: cn=Alice Liddell,dc=example,dc=test
objectClass: inetOrgPerson
cn: Alice Liddell
sn: Liddell
mail: alice@example.test
description: rgnutls ldap test entry
EOF
printf 'dn: cn=Alice Liddell,dc=example,dc=test\nmail: alice@example.test\ndescription: rgnutls ldap test entry\n\n' \
    >"$work/ldap.expected"
declare -A ldap_port ldaps_port ldap_up
slapd_start() { # slapd_start NAME on|sys CERT KEY [TLSVerifyClient]
    local name=$1 lib=$2 dir=$work/ldap-$1 run verify=${5:-try}
    mkdir -p "$dir/db"
    cat >"$dir/slapd.conf" <<EOF
include /etc/ldap/schema/core.schema
include /etc/ldap/schema/cosine.schema
include /etc/ldap/schema/inetorgperson.schema
pidfile $dir/slapd.pid
modulepath /usr/lib/ldap
moduleload back_mdb
TLSCertificateFile $3
TLSCertificateKeyFile $4
TLSCACertificateFile $C/ca.pem
TLSVerifyClient $verify
database mdb
maxsize 10485760
suffix "dc=example,dc=test"
rootdn "cn=admin,dc=example,dc=test"
rootpw secret
directory $dir/db
EOF
    run=(env "$(lib_env)")
    [ "$lib" = sys ] && run=(env -u LD_LIBRARY_PATH)
    "${run[@]}" slapadd -f "$dir/slapd.conf" -l "$work/ldap.ldif" >"$dir/slapadd.out" 2>&1 ||
        { ldap_up[$name]=no; return; }
    take_port "ldap_port[$name]" && take_port "ldaps_port[$name]" || exit 2
    serve "slapd-$name" "$dir" "${run[@]}" slapd -d stats -f "$dir/slapd.conf" \
        -h "ldap://127.0.0.1:${ldap_port[$name]}/ ldaps://127.0.0.1:${ldaps_port[$name]}/"
    server_pid[slapd-$name]=$srv_pid
    if wait_port "${ldaps_port[$name]}" "$srv_pid"; then ldap_up[$name]=yes; else ldap_up[$name]=no; fi
}
slapd_start ours on "$C/rsa-chain.pem" "$C/rsa.key"
slapd_start sys sys "$C/rsa-chain.pem" "$C/rsa.key"
slapd_start wronghost on "$C/wronghost-chain.pem" "$C/wronghost.key"
slapd_start demand on "$C/ecdsa-chain.pem" "$C/ecdsa.key" demand
if want ldap-start; then
    if [ "${ldap_up[ours]}" = yes ] && [ "${ldap_up[wronghost]}" = yes ] && [ "${ldap_up[demand]}" = yes ]; then
        pass ldap-start
    else
        fail ldap-start "slapd did not listen" "$work/ldap-ours/slapadd.out" "$work/slapd-ours.srv"
    fi
fi
[ "${ldap_up[ours]}" = yes ] && server_maps slapd-loader "${server_pid[slapd-ours]}"

# ldap_search NAME on|sys SERVER URL-SCHEME CA [ENV=VALUE...] [-- LDAPSEARCH_ARGS]
ldap_search() {
    local name=$1 lib=$2 server=$3 scheme=$4 ca=$5 port run
    shift 5
    local envs=() args=()
    while [ $# -gt 0 ] && [ "$1" != -- ]; do envs+=("$1"); shift; done
    [ $# -gt 0 ] && shift
    args=("$@")
    port=${ldaps_port[$server]}
    [ "$scheme" = ldap ] && port=${ldap_port[$server]}
    run=(ours)
    [ "$lib" = sys ] && run=(system)
    "${run[@]}" env LDAPTLS_CACERT="$ca" LDAPTLS_REQCERT=demand "${envs[@]}" \
        ldapsearch -LLL -x -o nettimeout=10 -H "$scheme://127.0.0.1:$port" -b dc=example,dc=test \
        "${args[@]}" '(cn=Alice*)' mail description >"$work/$name.out" 2>"$work/$name.err"
}
ldap_ok() { # ldap_ok NAME on|sys SERVER SCHEME [ENV...] [-- ARGS]
    local name=$1 server=$3 rc
    want "$name" || return 0
    [ "${ldap_up[$server]}" = yes ] || { fail "$name" "slapd $server is not running" "$work/slapd-$server.srv"; return; }
    ldap_search "$name" "$2" "$server" "$4" "$C/ca.pem" "${@:5}"
    rc=$?
    if [ $rc -ne 0 ]; then
        fail "$name" "ldapsearch exit $rc" "$work/$name.err" "$work/slapd-$server.srv"
    elif ! cmp -s "$work/$name.out" "$work/ldap.expected"; then
        fail "$name" "unexpected entries" "$work/$name.out"
    else
        pass "$name"
    fi
}
ldap_refused() { # ldap_refused NAME on|sys SERVER SCHEME CA PATTERN [ENV...] [-- ARGS]
    local name=$1 server=$3 pat=$6 rc
    want "$name" || return 0
    [ "${ldap_up[$server]}" = yes ] || { fail "$name" "slapd $server is not running" "$work/slapd-$server.srv"; return; }
    ldap_search "$name" "$2" "$server" "$4" "$5" "${@:7}"
    rc=$?
    if [ $rc -eq 0 ] || [ -s "$work/$name.out" ]; then
        fail "$name" "entries were read (ldapsearch exit $rc)" "$work/$name.out"
    elif [ $rc -eq 124 ] || { [ $rc -gt 128 ] && [ $rc -le 192 ]; }; then # 254, 255: LDAP errors
        fail "$name" "ldapsearch died (status $rc)" "$work/$name.err"
    elif ! grep -qE -- "$pat" "$work/$name.err"; then
        fail "$name" "refused (exit $rc) but without /$pat/" "$work/$name.err"
    else
        pass "$name"
    fi
}
# the TLS version slapd logged for its latest TLS connection
slapd_last_tls() { grep -o 'tls_proto=[^ ]*' "$work/slapd-$1.srv" 2>/dev/null | tail -n 1 | sed 's/tls_proto=//'; }
tls12=LDAPTLS_CIPHER_SUITE=NORMAL:-VERS-ALL:+VERS-TLS1.2

ldap_ok ldap-ldaps on ours ldaps
ldap_ok ldap-starttls on ours ldap -- -ZZ
if want ldap-ldaps-tls12; then
    ldap_ok ldap-ldaps-tls12 on ours ldaps "$tls12"
    v=$(slapd_last_tls ours)
    [ "$v" = TLS1.2 ] || { echo "     (slapd logged ${v:-nothing}, expected TLS1.2)"; fail ldap-ldaps-tls12-version "slapd logged ${v:-nothing}"; }
fi
ldap_ok ldap-starttls-tls12 on ours ldap "$tls12" -- -ZZ
if want ldap-tls13-logged; then
    ldap_ok ldap-tls13-logged on ours ldaps
    v=$(slapd_last_tls ours)
    [ "$v" = TLS1.3 ] || fail ldap-tls13-logged-version "slapd logged ${v:-nothing}, expected TLS1.3"
fi
# mixed: our client against slapd on the system library, and back
ldap_ok ldap-client-ours-server-system on sys ldaps
ldap_ok ldap-client-ours-server-system-starttls on sys ldap -- -ZZ
ldap_ok ldap-client-system-server-ours sys ours ldaps
ldap_ok ldap-client-system-server-ours-starttls sys ours ldap -- -ZZ
# refusals: another CA; the wrong.example certificate for 127.0.0.1
ldap_refused ldap-untrusted on ours ldaps "$C/otherca.pem" "Can't contact LDAP server"
ldap_refused ldap-starttls-untrusted on ours ldap "$C/otherca.pem" 'ldap_start_tls' -- -ZZ
ldap_refused ldap-wrong-host on wronghost ldaps "$C/ca.pem" "Can't contact LDAP server"
ldap_refused ldap-wrong-host-starttls on wronghost ldap "$C/ca.pem" 'ldap_start_tls' -- -ZZ

# SASL EXTERNAL: slapd takes the identity from the client certificate.
ldap_whoami() { # ldap_whoami NAME SCHEME [ARGS...]
    local name=$1 scheme=$2 port rc
    shift 2
    want "$name" || return 0
    [ "${ldap_up[ours]}" = yes ] || { fail "$name" "slapd ours is not running"; return; }
    port=${ldaps_port[ours]}
    [ "$scheme" = ldap ] && port=${ldap_port[ours]}
    ours env LDAPTLS_CACERT="$C/ca.pem" LDAPTLS_REQCERT=demand LDAPTLS_CERT="$C/client-chain.pem" \
        LDAPTLS_KEY="$C/client.key" ldapwhoami -o nettimeout=10 -Y EXTERNAL -H "$scheme://127.0.0.1:$port" "$@" \
        >"$work/$name.out" 2>"$work/$name.err"
    rc=$?
    if [ $rc -ne 0 ]; then
        fail "$name" "ldapwhoami exit $rc" "$work/$name.err" "$work/slapd-ours.srv"
    elif [ "$(cat "$work/$name.out")" != 'dn:cn=test client,o=rgnutls test' ]; then
        fail "$name" "identity: $(cat "$work/$name.out")"
    else
        pass "$name"
    fi
}
ldap_whoami ldap-sasl-external ldaps
ldap_whoami ldap-sasl-external-starttls ldap -ZZ

# "demand" (ECDSA certificate) requires a client certificate from the test CA.
client_cert_env=(LDAPTLS_CERT="$C/client-chain.pem" LDAPTLS_KEY="$C/client.key")
ldap_ok ldap-client-cert-required on demand ldaps "${client_cert_env[@]}"
ldap_ok ldap-client-cert-required-tls12 on demand ldaps "${client_cert_env[@]}" "$tls12"
ldap_ok ldap-client-cert-required-starttls on demand ldap "${client_cert_env[@]}" -- -ZZ
ldap_refused ldap-client-cert-required-missing on demand ldaps "$C/ca.pem" "Can't contact LDAP server"
ldap_refused ldap-client-cert-required-untrusted on demand ldaps "$C/ca.pem" "Can't contact LDAP server" \
    LDAPTLS_CERT="$C/selfsigned.pem" LDAPTLS_KEY="$C/selfsigned.key"

# ------------------------------------------------------------------ exim
# Servers: exim -bdf (LIBDIR) from exim-server.conf; "exim" tries to verify
# a client certificate (CA + intermediate), "eximcc" requires one. Mail is
# only queued; the spool's -H files show what exim recorded (the headers
# added by the DATA ACL: TLS version, client certificate's DN).
cat >"$work/exim-server.conf" <<'EOF'
primary_hostname = mail.example.test
spool_directory = SPOOL
log_file_path = SPOOL/%slog
local_interfaces = 127.0.0.1
keep_environment = LD_LIBRARY_PATH
tls_advertise_hosts = *
tls_certificate = CERTS/rsa-chain.pem
tls_privatekey = CERTS/rsa.key
tls_verify_certificates = CERTS/ca-int.pem
.ifdef RESUME
tls_resumption_hosts = *
log_selector = +tls_resumption
.endif
.ifdef REQUIRE_CERT
tls_verify_hosts = *
.else
tls_try_verify_hosts = *
.endif
acl_smtp_rcpt = acl_rcpt
acl_smtp_data = acl_data
queue_only = true
begin acl
acl_rcpt:
  deny !encrypted = *
       message = STARTTLS first
  accept
acl_data:
  accept add_header = X-TLS: $tls_in_ver
         add_header = X-Peer: ${if def:tls_in_peerdn {$tls_in_peerdn}{none} } ${if eq{$tls_in_certificate_verified}{1}{verified}{unverified}}
EOF
# Client: every address to localhost:SMTP_PORT over verified STARTTLS.
cat >"$work/exim-client.conf" <<'EOF'
primary_hostname = client.example.test
spool_directory = SPOOL
log_file_path = SPOOL/%slog
keep_environment = LD_LIBRARY_PATH
.ifdef RESUME
log_selector = +tls_resumption
.endif
begin routers
all:
  driver = manualroute
  transport = tls_smtp
  route_list = * localhost byname
  self = send
begin transports
tls_smtp:
  driver = smtp
  port = SMTP_PORT
  allow_localhost
  hosts_require_tls = *
  tls_verify_hosts = *
  tls_verify_certificates = CAFILE
  tls_sni = localhost
.ifdef CLIENT_CERT
  tls_certificate = CERTS/client-chain.pem
  tls_privatekey = CERTS/client.key
.endif
.ifdef RESUME
  tls_resumption_hosts = *
.endif
.ifdef TLS12
  tls_require_ciphers = NORMAL:-VERS-ALL:+VERS-TLS1.2
.endif
begin retry
* * F,1m,1m
EOF
exim_spool() { mkdir -p "$1" && chown Debian-exim:Debian-exim "$1"; }
declare -A exim_port
for server in exim eximcc eximres; do
    exim_spool "$work/spool-$server"
    defs=(-DSPOOL="$work/spool-$server" -DCERTS="$C")
    [ $server = eximcc ] && defs+=(-DREQUIRE_CERT)
    [ $server = eximres ] && defs+=(-DRESUME)
    take_port newport || exit 2
    serve "$server" "$work" env "$(lib_env)" exim4 -C "$work/exim-server.conf" "${defs[@]}" -bdf -oX "$newport"
    server_pid[$server]=$srv_pid
    wait_port "$newport" "$srv_pid" && exim_port[$server]=$newport
done
if want exim-start; then
    if [ -n "${exim_port[exim]:-}" ] && [ -n "${exim_port[eximcc]:-}" ]; then
        pass exim-start
    else
        fail exim-start "exim did not listen" "$work/exim.srv" "$work/spool-exim/paniclog" "$work/spool-exim/mainlog"
    fi
fi
[ -n "${exim_port[exim]:-}" ] && server_maps exim-loader "${server_pid[exim]}"

# queued SERVER SUBJECT: the -H file of the mail with SUBJECT (body checked
# in its -D file); prints its X-TLS and X-Peer values.
queued() {
    local h d
    for h in "$work/spool-$1"/input/*-H; do
        [ -e "$h" ] || continue
        grep -q "Subject: $2\$" "$h" || continue
        d=${h%-H}-D
        grep -qx 'Hello from swaks\.' "$d" && grep -qx '\.A line starting with a dot\.' "$d" || return 1
        sed -n 's/^[0-9]*[A-Z ] X-TLS: //p; s/^[0-9]*[A-Z ] X-Peer: / /p' "$h" | tr -d '\n'
        return 0
    done
    return 1
}
swaks_send() { # swaks_send NAME SERVER [SWAKS_ARGS...]
    local name=$1 server=$2
    shift 2
    printf 'Subject: %s\n\nHello from swaks.\n.A line starting with a dot.\n' "$name" >"$work/$name.mail"
    timeout 60 swaks --server "127.0.0.1:${exim_port[$server]}" --tls --tls-verify --tls-ca-path "$C/ca.pem" \
        --tls-sni localhost -f sender@example.test -t rcpt@example.test --data "@$work/$name.mail" "$@" \
        >"$work/$name.out" 2>&1
}
# exim logs the TLS version, key exchange, signature and cipher (X=...);
# GnuTLS signs with the client's first RSA scheme, for OpenSSL RSA-PSS-SHA256.
exim_x() { echo "X=$1:ECDHE_X25519__RSA_PSS_RSAE_SHA256__AES_256_GCM:256"; }
exim_in_ok() { # exim_in_ok NAME SERVER EXPECTED [SWAKS_ARGS...]
    local name=$1 server=$2 expect=$3 rc got x
    shift 3
    want "$name" || return 0
    [ -n "${exim_port[$server]:-}" ] || { fail "$name" "exim $server is not running"; return; }
    swaks_send "$name" "$server" "$@"
    rc=$?
    got=$(queued "$server" "$name")
    x=$(grep ' <= sender@example.test ' "$work/spool-$server/mainlog" | tail -n 1 | grep -o 'X=[^ ]*')
    if [ $rc -ne 0 ]; then
        fail "$name" "swaks exit $rc" "$work/$name.out" "$work/spool-$server/mainlog"
    elif [ -z "$got" ]; then
        fail "$name" "the mail was not queued intact" "$work/spool-$server/mainlog"
    elif [ "$got" != "$expect" ]; then
        fail "$name" "queued as '$got', expected '$expect'"
    elif [ "$x" != "$(exim_x "${expect%% *}")" ]; then
        fail "$name" "exim logged '$x', expected '$(exim_x "${expect%% *}")'"
    else
        pass "$name"
    fi
}
exim_in_refused() { # exim_in_refused NAME SERVER [SWAKS_ARGS...]
    local name=$1 server=$2 rc log before started took
    shift 2
    want "$name" || return 0
    [ -n "${exim_port[$server]:-}" ] || { fail "$name" "exim $server is not running"; return; }
    log=$work/spool-$server/mainlog
    before=$(grep -c 'TLS error' "$log")
    started=$SECONDS
    swaks_send "$name" "$server" "$@"
    rc=$?
    took=$((SECONDS - started))
    # exim may log after swaks has gone
    for _ in 1 2 3 4 5 6 7 8 9 10; do
        [ "$(grep -c 'TLS error' "$log")" -gt "$before" ] && break
        sleep 0.3
    done
    if [ $rc -eq 0 ] || [ -n "$(queued "$server" "$name")" ]; then
        fail "$name" "the mail was queued (swaks exit $rc)" "$work/$name.out"
    elif [ "$(grep -c 'TLS error' "$log")" -le "$before" ]; then
        fail "$name" "refused (swaks exit $rc), but exim logged no TLS error" "$work/$name.out" "$work/spool-$server/mainlog"
    elif [ "$took" -gt 10 ]; then
        # exim sends a fatal alert when it refuses the certificate after
        # the handshake: swaks must not wait for an answer
        fail "$name" "swaks was not told: it gave up after ${took}s" "$work/$name.out"
    else
        pass "$name"
    fi
}
cc_args=(--tls-cert "$C/client-chain.pem" --tls-key "$C/client.key")
exim_in_ok exim-starttls exim 'TLS1.3 none unverified'
exim_in_ok exim-starttls-tls12 exim 'TLS1.2 none unverified' --tls-protocol tlsv1_2
exim_in_ok exim-client-cert exim 'TLS1.3 O=rgnutls test,CN=test client verified' "${cc_args[@]}"
exim_in_ok exim-client-cert-tls12 exim 'TLS1.2 O=rgnutls test,CN=test client verified' "${cc_args[@]}" --tls-protocol tlsv1_2
# tls_try_verify_hosts: an untrusted certificate is recorded, not verified
exim_in_ok exim-client-cert-untrusted-tried exim 'TLS1.3 O=nobody,CN=localhost unverified' \
    --tls-cert "$C/selfsigned.pem" --tls-key "$C/selfsigned.key"
exim_in_ok exim-required-cert eximcc 'TLS1.3 O=rgnutls test,CN=test client verified' "${cc_args[@]}"
exim_in_ok exim-required-cert-tls12 eximcc 'TLS1.2 O=rgnutls test,CN=test client verified' "${cc_args[@]}" --tls-protocol tlsv1_2
exim_in_refused exim-required-cert-missing eximcc
exim_in_refused exim-required-cert-untrusted eximcc --tls-cert "$C/selfsigned.pem" --tls-key "$C/selfsigned.key"

# exim as a client, on LIBDIR: exim -odf delivers in the foreground.
declare -A smtp_port
for server in starttls clientauth wronghost; do
    mkdir -p "$work/mail-$server"
    cert=rsa
    extra=()
    [ $server = wronghost ] && cert=wronghost
    [ $server = clientauth ] && extra=("$C/ca.pem")
    take_port newport || exit 2
    serve "smtp-$server" "$work" python3 "$here/tiny_smtp.py" "$newport" "$C/$cert-chain.pem" "$C/$cert.key" \
        starttls "$work/mail-$server" "${extra[@]}"
    wait_port "$newport" "$srv_pid" && smtp_port[$server]=$newport
done
smtp_port[exim]=${exim_port[exim]:-}
exim_out() { # exim_out NAME PORT CAFILE [-DMACRO...]: exim's exit status
    local name=$1 port=$2 ca=$3
    shift 3
    exim_spool "$work/spool-$name"
    printf 'From: sender@example.test\nTo: rcpt@example.test\nSubject: %s\n\nHello from swaks.\n.A line starting with a dot.\n' \
        "$name" | ours exim4 -C "$work/exim-client.conf" -DSPOOL="$work/spool-$name" -DSMTP_PORT="$port" \
        -DCAFILE="$ca" -DCERTS="$C" "$@" -odf -f sender@example.test rcpt@example.test >"$work/$name.out" 2>&1
}
# delivered SERVER NAME: tiny_smtp.py's maildir has NAME's mail, body intact;
# prints its TLS version (and the client certificate's subject).
delivered() {
    local f
    for f in "$work/mail-$1"/msg.*; do
        [ -e "$f" ] || continue
        tr -d '\r' <"$f" >"$work/mail.txt"
        grep -qx "Subject: $2" "$work/mail.txt" || continue
        grep -qx 'X-Envelope-To: <rcpt@example.test>' "$work/mail.txt" &&
            grep -qx 'Hello from swaks\.' "$work/mail.txt" &&
            grep -qx '\.A line starting with a dot\.' "$work/mail.txt" &&
            sed -n 's/^X-TLS-Version: //p; s/^X-Client-Cert: / /p' "$work/mail.txt" | tr -d '\n'
        return
    done
    return 1
}
exim_out_ok() { # exim_out_ok NAME SERVER EXPECTED [-DMACRO...]
    local name=$1 server=$2 expect=$3 rc got log
    shift 3
    want "$name" || return 0
    [ -n "${smtp_port[$server]:-}" ] || { fail "$name" "server $server is not running"; return; }
    exim_out "$name" "${smtp_port[$server]}" "$C/ca.pem" "$@"
    rc=$?
    log=$work/spool-$name/mainlog
    if [ "$server" = exim ]; then got=$(queued exim "$name"); else got=$(delivered "$server" "$name"); fi
    if [ $rc -ne 0 ]; then
        fail "$name" "exim exit $rc" "$work/$name.out" "$log"
    elif ! grep -q ' => rcpt@example.test .* CV=yes ' "$log"; then
        fail "$name" "exim did not log a verified delivery" "$log"
    elif [ "$got" != "$expect" ]; then
        fail "$name" "delivered as '$got', expected '$expect'" "$log"
    else
        pass "$name"
    fi
}
exim_out_deferred() { # exim_out_deferred NAME SERVER CAFILE PATTERN
    local name=$1 server=$2 pat=$4 log
    want "$name" || return 0
    [ -n "${smtp_port[$server]:-}" ] || { fail "$name" "server $server is not running"; return; }
    exim_out "$name" "${smtp_port[$server]}" "$3"
    log=$work/spool-$name/mainlog
    if [ -n "$(delivered "$server" "$name")" ] || grep -q ' => ' "$log"; then
        fail "$name" "delivered" "$log"
    elif ! grep -qE -- " == rcpt@example.test .*$pat" "$log"; then
        fail "$name" "not deferred with /$pat/" "$work/$name.out" "$log"
    else
        pass "$name"
    fi
}
exim_out_ok exim-deliver-starttls starttls TLSv1.3
exim_out_ok exim-deliver-client-cert clientauth 'TLSv1.3 organizationName=rgnutls test,commonName=test client' -DCLIENT_CERT
exim_out_ok exim-deliver-to-exim exim 'TLS1.3 O=rgnutls test,CN=test client verified' -DCLIENT_CERT
exim_out_deferred exim-deliver-untrusted starttls "$C/otherca.pem" 'certificate verification failed'
exim_out_deferred exim-deliver-wrong-host wronghost "$C/ca.pem" 'certificate verification failed'

# Session resumption, exim to exim (both on LIBDIR, tls_resumption_hosts):
# three deliveries from one client spool; the second and third resume the
# first's session, which both sides log with a '*' after the X= field.
# GnuTLS describes a resumed TLS 1.3 session without its key exchange.
exim_resume() { # exim_resume NAME FULL RESUMED SERVER_RESUMED_RE [-DTLS12]
    local name=$1 full=$2 resumed=$3 server_re=$4 n got_c got_s want_c
    shift 4
    want "$name" || return 0
    [ -n "${exim_port[eximres]:-}" ] || { fail "$name" "exim eximres is not running"; return; }
    exim_spool "$work/spool-$name"
    for n in 1 2 3; do
        printf 'Subject: %s-%s\n\nHello.\n' "$name" "$n" | ours exim4 -C "$work/exim-client.conf" \
            -DSPOOL="$work/spool-$name" -DSMTP_PORT="${exim_port[eximres]}" -DCAFILE="$C/ca.pem" -DCERTS="$C" \
            -DRESUME "$@" -odf -f sender@example.test rcpt@example.test >>"$work/$name.out" 2>&1
    done
    sleep 0.2
    got_c=$(grep ' => ' "$work/spool-$name/mainlog" | grep -o 'X=[^ ]*' | tr '\n' ' ')
    got_s=$(grep -F "H=(client.example.test)" "$work/spool-eximres/mainlog" | grep ' <= ' | grep -o 'X=[^ ]*' | tail -n 3 | tr '\n' ' ')
    want_c="X=$full X=$resumed* X=$resumed* "
    if [ "$got_c" != "$want_c" ]; then
        fail "$name" "the client logged '$got_c', expected '$want_c'" "$work/$name.out" "$work/spool-$name/mainlog"
    elif ! [[ $got_s =~ ^X=$full\ X=$server_re\*\ X=$server_re\*\ $ ]]; then
        fail "$name" "the server logged '$got_s', expected 'X=$full' then twice /X=$server_re*/" "$work/spool-eximres/mainlog"
    else
        pass "$name"
    fi
}
exim_resume exim-resume-tls13 TLS1.3:ECDHE_SECP256R1__RSA_PSS_RSAE_SHA256__AES_256_GCM:256 'TLS1.3:(AES_256_GCM:256' \
    'TLS1\.3:\(AES_256_GCM:256'
# Known difference: a TLS 1.2 server resuming a session on rgnutls cannot
# name the original key exchange group (rustls does not keep it), so its
# description lacks ECDHE_SECP256R1 where GnuTLS's has it.
exim_resume exim-resume-tls12 TLS1.2:ECDHE_SECP256R1__RSA_SHA256__AES_256_GCM:256 TLS1.2:ECDHE_SECP256R1__AES_256_GCM:256 \
    'TLS1\.2:(ECDHE_SECP256R1__|\()AES_256_GCM:256' -DTLS12

# ------------------------------------------------------------------- GIO
# gio_tls.py (client, LIBDIR) against openssl s_server -WWW: "www" (RSA
# chain), "www12" (TLS 1.2 only), "wwwcc" (requires a client certificate),
# "wwwexp" (the expired certificate).
declare -A www_port
for server in www www12 wwwcc wwwexp; do
    cert=rsa
    extra=()
    case $server in
        www12) extra=(-tls1_2) ;;
        wwwcc) extra=(-Verify 2 -verify_return_error -CAfile "$C/ca.pem") ;;
        wwwexp) cert=expired ;;
    esac
    take_port newport || exit 2
    serve "gio-$server" "$work/www" openssl s_server -quiet -accept "127.0.0.1:$newport" \
        -cert "$C/$cert.pem" -key "$C/$cert.key" -cert_chain "$C/int.pem" "${extra[@]}" -WWW
    wait_port "$newport" "$srv_pid" && www_port[$server]=$newport
done
gio_get() { # gio_get NAME SERVER HOST CAFILE [CERT KEY]: gio_tls.py's status
    local name=$1 server=$2 host=$3 ca=$4
    shift 4
    rm -f "$work/$name.body"
    ours $sys_python "$here/gio_tls.py" "$host" "${www_port[$server]}" "$ca" big.bin "$work/$name.body" "$@" \
        >"$work/$name.out" 2>&1
}
gio_ok() { # gio_ok NAME SERVER PROTOCOL [CERT KEY]
    local name=$1 server=$2 proto=$3 rc
    shift 3
    want "$name" || return 0
    [ -n "${www_port[$server]:-}" ] || { fail "$name" "s_server $server did not start"; return; }
    gio_get "$name" "$server" localhost "$C/ca.pem" "$@"
    rc=$?
    if [ $rc -ne 0 ]; then
        fail "$name" "gio_tls.py exit $rc" "$work/$name.out"
    elif ! cmp -s "$work/$name.body" "$work/www/big.bin"; then
        fail "$name" "the file differs" "$work/$name.out"
    elif ! grep -qx "protocol $proto" "$work/$name.out"; then
        fail "$name" "not over $proto" "$work/$name.out"
    else
        pass "$name"
    fi
}
gio_rejected() { # gio_rejected NAME SERVER HOST CAFILE FLAGS
    local name=$1 rc
    want "$name" || return 0
    [ -n "${www_port[$2]:-}" ] || { fail "$name" "s_server $2 did not start"; return; }
    gio_get "$name" "$2" "$3" "$4"
    rc=$?
    if [ $rc -ne 1 ]; then
        fail "$name" "not rejected by accept-certificate (gio_tls.py exit $rc)" "$work/$name.out"
    elif ! grep -qx "rejected $5" "$work/$name.out"; then
        fail "$name" "expected flags $5" "$work/$name.out"
    else
        pass "$name"
    fi
}
gio_ok gio-https www tls-1-3
gio_ok gio-https-tls12 www12 tls-1-2
gio_ok gio-client-cert wwwcc tls-1-3 "$C/client-chain.pem" "$C/client.key"
if want gio-client-cert-missing; then
    name=gio-client-cert-missing
    if [ -n "${www_port[wwwcc]:-}" ]; then
        gio_get "$name" wwwcc localhost "$C/ca.pem"
        rc=$?
        if [ $rc -eq 0 ] || [ -s "$work/$name.body" ]; then
            fail "$name" "downloaded without a client certificate" "$work/$name.out"
        elif [ $rc -ne 2 ] || ! grep -q '^error ' "$work/$name.out"; then
            fail "$name" "gio_tls.py exit $rc" "$work/$name.out"
        else
            pass "$name"
        fi
    else
        fail "$name" "s_server wwwcc did not start"
    fi
fi
gio_rejected gio-untrusted www localhost "$C/otherca.pem" UNKNOWN_CA
gio_rejected gio-wrong-host www wrong.example "$C/ca.pem" BAD_IDENTITY
gio_rejected gio-expired wwwexp localhost "$C/ca.pem" EXPIRED

# gio_tls_server.py (LIBDIR) to curl (OpenSSL): "gio" (RSA chain),
# "giocc" (ECDSA chain; requires a client certificate the test CA verifies).
declare -A gios_port
for server in gio giocc; do
    take_port newport || exit 2
    if [ $server = gio ]; then
        args=("$C/rsa-chain.pem" "$C/rsa.key" "$work/www/big.bin")
    else
        args=("$C/ecdsa-chain.pem" "$C/ecdsa.key" "$work/www/big.bin" "$C/ca.pem")
    fi
    serve "gios-$server" "$work" env "$(lib_env)" PYTHONUNBUFFERED=1 $sys_python "$here/gio_tls_server.py" "$newport" "${args[@]}"
    server_pid[gios-$server]=$srv_pid
    wait_port "$newport" "$srv_pid" && gios_port[$server]=$newport
done
[ -n "${gios_port[gio]:-}" ] && server_maps gio-server-loader "${server_pid[gios-gio]}"
# gios_case NAME SERVER ok|refused EXPECTED_LOG CURL_ARGS...: the server's
# log line for this connection must be EXPECTED_LOG; with ok, curl gets
# the file.
gios_case() {
    local name=$1 server=$2 outcome=$3 expect=$4 rc before got
    shift 4
    want "$name" || return 0
    [ -n "${gios_port[$server]:-}" ] || { fail "$name" "gio_tls_server.py $server did not start" "$work/gios-$server.srv"; return; }
    before=$(wc -l <"$work/gios-$server.srv")
    rm -f "$work/$name.body"
    timeout 30 curl -sS --cacert "$C/ca.pem" -o "$work/$name.body" "$@" \
        "https://localhost:${gios_port[$server]}/big.bin" 2>"$work/$name.err"
    rc=$?
    # the server logs after its side of the connection is over
    for _ in 1 2 3 4 5 6 7 8 9 10; do
        [ "$(wc -l <"$work/gios-$server.srv")" -gt "$before" ] && break
        sleep 0.2
    done
    got=$(tail -n +"$((before + 1))" "$work/gios-$server.srv" | head -n 1)
    if [ "$outcome" = ok ] && [ $rc -ne 0 ]; then
        fail "$name" "curl exit $rc" "$work/$name.err" "$work/gios-$server.srv"
    elif [ "$outcome" = ok ] && ! cmp -s "$work/$name.body" "$work/www/big.bin"; then
        fail "$name" "the file differs" "$work/$name.err"
    elif [ "$outcome" = refused ] && [ -s "$work/$name.body" ]; then
        fail "$name" "served (curl exit $rc)" "$work/gios-$server.srv"
    elif [ "$got" != "$expect" ]; then
        fail "$name" "the server logged '$got', expected '$expect'" "$work/gios-$server.srv"
    else
        pass "$name"
    fi
}
gios_case gio-server-tls13 gio ok 'ok tls-1-3 -' --tlsv1.3
gios_case gio-server-tls12 gio ok 'ok tls-1-2 -' --tlsv1.2 --tls-max 1.2
gios_case gio-server-client-cert giocc ok 'ok tls-1-3 O=rgnutls test,CN=test client' \
    --cert "$C/client-chain.pem" --key "$C/client.key"
gios_case gio-server-client-cert-tls12 giocc ok 'ok tls-1-2 O=rgnutls test,CN=test client' \
    --cert "$C/client-chain.pem" --key "$C/client.key" --tlsv1.2 --tls-max 1.2
gios_case gio-server-client-cert-missing giocc refused 'error TLS connection peer did not send a certificate'
# G_TLS_CERTIFICATE_UNKNOWN_CA (1), nothing else
gios_case gio-server-client-cert-untrusted giocc refused 'refused 1' \
    --cert "$C/selfsigned.pem" --key "$C/selfsigned.key"

# ------------------------------------------------------------------ CUPS
# cupsd -f on LIBDIR ("cups") and on the system library ("cupssys"), each
# with its own server root, the RSA chain as localhost's certificate in its
# keychain and big.bin in its document root. CUPS lets loopback clients
# talk in plain text, so each IPP case checks that cupsd logged one more
# encrypted connection. No printers: CUPS-Get-Printers answers
# client-error-not-found, which tls-get-printers.test expects.
cat >"$work/tls-get-printers.test" <<'EOF'
{
	NAME "CUPS-Get-Printers over TLS"
	OPERATION CUPS-Get-Printers
	GROUP operation-attributes-tag
	ATTR charset attributes-charset utf-8
	ATTR naturalLanguage attributes-natural-language en
	STATUS client-error-not-found
}
EOF
declare -A cups_port
for server in cups cupssys; do
    root=$work/$server
    mkdir -p "$root/cache" "$root/state" "$root/spool" "$root/tmp" "$root/ssl" "$root/www"
    cp "$C/rsa-chain.pem" "$root/ssl/localhost.crt"
    cp "$C/rsa.key" "$root/ssl/localhost.key"
    cp "$work/www/big.bin" "$root/www/"
    take_port newport || exit 2
    cat >"$root/cups-files.conf" <<EOF
ServerRoot $root
CacheDir $root/cache
StateDir $root/state
RequestRoot $root/spool
TempDir $root/tmp
DocumentRoot $root/www
AccessLog $root/access_log
ErrorLog $root/error_log
PageLog $root/page_log
ServerKeychain $root/ssl
CreateSelfSignedCerts no
EOF
    cat >"$root/cupsd.conf" <<EOF
Listen 127.0.0.1:$newport
ServerName localhost
LogLevel debug
Browsing No
<Location />
  Order allow,deny
  Allow all
</Location>
EOF
    run=(env "$(lib_env)")
    [ $server = cupssys ] && run=(env -u LD_LIBRARY_PATH)
    serve "$server" "$root" "${run[@]}" cupsd -f -c "$root/cupsd.conf" -s "$root/cups-files.conf"
    server_pid[$server]=$srv_pid
    wait_port "$newport" "$srv_pid" && cups_port[$server]=$newport
done
if want cups-start; then
    if [ -n "${cups_port[cups]:-}" ]; then pass cups-start; else fail cups-start "cupsd did not listen" "$work/cups.srv" "$work/cups/error_log"; fi
fi
[ -n "${cups_port[cups]:-}" ] && server_maps cups-loader "${server_pid[cups]}"

cups_curl() { # cups_curl NAME CURL_ARGS...: curl (OpenSSL) gets big.bin from cupsd on LIBDIR
    local name=$1 rc
    shift
    want "$name" || return 0
    [ -n "${cups_port[cups]:-}" ] || { fail "$name" "cupsd is not running"; return; }
    rm -f "$work/$name.out"
    timeout 30 curl -sS -v --cacert "$C/ca.pem" -o "$work/$name.out" "$@" \
        "https://localhost:${cups_port[cups]}/big.bin" 2>"$work/$name.err"
    rc=$?
    if [ $rc -ne 0 ]; then
        fail "$name" "curl exit $rc" "$work/$name.err" "$work/cups/error_log"
    elif ! cmp -s "$work/$name.out" "$work/www/big.bin"; then
        fail "$name" "the file differs" "$work/$name.err"
    else
        pass "$name"
    fi
}
cups_curl cups-curl-tls13 --tlsv1.3
cups_curl cups-curl-tls12 --tlsv1.2 --tls-max 1.2
encrypted() { grep -c 'Connection now encrypted' "$work/$1/error_log" 2>/dev/null; }
cups_ipp() { # cups_ipp NAME on|sys SERVER ipps|upgrade
    local name=$1 server=$3 rc before run url opts=()
    want "$name" || return 0
    [ -n "${cups_port[$server]:-}" ] || { fail "$name" "cupsd $server is not running" "$work/$server.srv"; return; }
    run=(ours)
    [ "$2" = sys ] && run=(system)
    url=ipps://localhost:${cups_port[$server]}/
    [ "$4" = upgrade ] && url=ipp://localhost:${cups_port[$server]}/ opts=(-E)
    before=$(encrypted "$server")
    "${run[@]}" ipptool "${opts[@]}" -T 10 -t "$url" "$work/tls-get-printers.test" >"$work/$name.out" 2>&1
    rc=$?
    sleep 0.2 # cupsd logs after it answers
    if [ $rc -ne 0 ]; then
        fail "$name" "ipptool exit $rc" "$work/$name.out" "$work/$server/error_log"
    elif ! grep -q 'CUPS-Get-Printers over TLS .*\[PASS\]' "$work/$name.out"; then
        fail "$name" "no answer" "$work/$name.out"
    elif [ "$(encrypted "$server")" -le "$before" ]; then
        fail "$name" "cupsd logged no encrypted connection" "$work/$server/error_log"
    else
        pass "$name"
    fi
}
cups_ipp cups-ipptool-ipps on cups ipps
cups_ipp cups-ipptool-upgrade on cups upgrade
cups_ipp cups-ipptool-system-client sys cups ipps
cups_ipp cups-ipptool-system-server on cupssys ipps
cups_ipp cups-ipptool-system-server-upgrade on cupssys upgrade

report
