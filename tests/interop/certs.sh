#!/usr/bin/env bash
# certs.sh DIR: make the certificates the interop tests use, with openssl.
#
#   ca.pem ca.key                root CA (RSA-2048), the trust anchor
#   int.pem int.key              intermediate CA signed by the root
#   {rsa,ecdsa,ed25519}.pem/.key server certs (CN/SAN localhost + IP 127.0.0.1),
#                                signed by the intermediate; *-chain.pem = leaf+intermediate
#   wronghost.pem/.key/-chain    valid chain, but for wrong.example only
#   expired.pem/.key/-chain      localhost, validity 2020-01-01..2020-02-01
#   selfsigned.pem/.key          localhost, self-signed, trusted by nobody
#   otherca.pem otherca.key      an unrelated root (the "wrong CA" file)
#   client.pem/.key/-chain       client cert (EKU clientAuth) signed by the intermediate
#   direct.pem/.key              localhost (ECDSA) signed by the root directly, no chain needed
#
# Keys are fresh each run; names, serials and extensions are fixed. Takes ~1 s.
set -eu -o pipefail
[ $# -eq 1 ] || { echo "usage: $0 DIR" >&2; exit 2; }
dir=$1
mkdir -p "$dir"
cd "$dir"

q() { "$@" >/dev/null 2>&1 || { echo "certs.sh: failed: $*" >&2; "$@"; exit 1; }; }

key() { # key NAME rsa|ec|ed25519
    case $2 in
        rsa) q openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$1.key" ;;
        ec) q openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out "$1.key" ;;
        ed25519) q openssl genpkey -algorithm ED25519 -out "$1.key" ;;
    esac
}

cat >ext.cnf <<'CNF'
[ca]
basicConstraints = critical, CA:true
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash
[int]
basicConstraints = critical, CA:true, pathlen:0
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
[server]
basicConstraints = critical, CA:false
keyUsage = critical, digitalSignature, keyEncipherment
extendedKeyUsage = serverAuth
subjectAltName = DNS:localhost, IP:127.0.0.1
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
[wronghost]
basicConstraints = critical, CA:false
keyUsage = critical, digitalSignature, keyEncipherment
extendedKeyUsage = serverAuth
subjectAltName = DNS:wrong.example
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
[client]
basicConstraints = critical, CA:false
keyUsage = critical, digitalSignature
extendedKeyUsage = clientAuth
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
[selfsigned]
basicConstraints = critical, CA:false
keyUsage = critical, digitalSignature, keyEncipherment
extendedKeyUsage = serverAuth
subjectAltName = DNS:localhost, IP:127.0.0.1
CNF

root() { # root NAME CN
    key "$1" rsa
    q openssl req -new -x509 -key "$1.key" -out "$1.pem" -days 3650 -set_serial 1 \
        -subj "/O=rgnutls test/CN=$2" -config ext.cnf -extensions ca
}

sign() { # sign NAME KEYTYPE CN EXTSECTION SERIAL [ISSUER]
    local issuer=${6:-int}
    key "$1" "$2"
    q openssl req -new -key "$1.key" -out "$1.csr" -subj "/O=rgnutls test/CN=$3"
    q openssl x509 -req -in "$1.csr" -CA "$issuer.pem" -CAkey "$issuer.key" -set_serial "$5" \
        -days 825 -extfile ext.cnf -extensions "$4" -out "$1.pem"
    [ "$issuer" = ca ] || cat "$1.pem" int.pem >"$1-chain.pem"
    rm -f "$1.csr"
}

root ca "rgnutls test root"
root otherca "unrelated root"
sign int rsa "rgnutls test intermediate" int 2 ca
sign rsa rsa localhost server 10
sign ecdsa ec localhost server 11
sign ed25519 ed25519 localhost server 12
sign wronghost ec wrong.example wronghost 13
sign client ec "test client" client 14
# signed by the root itself: for servers that cannot send a chain (s_server -cert2)
sign direct ec localhost server 15 ca

# Expired: `openssl ca` is the one openssl 3.0 command that takes explicit dates.
key expired ec
q openssl req -new -key expired.key -out expired.csr -subj "/O=rgnutls test/CN=localhost"
mkdir -p ca.db && : >ca.db/index.txt && echo 0F >ca.db/serial
cat >ca.cnf <<'CNF'
[ca]
default_ca = int
[int]
dir = ca.db
database = ca.db/index.txt
serial = ca.db/serial
new_certs_dir = ca.db
certificate = int.pem
private_key = int.key
default_md = sha256
policy = any
unique_subject = no
copy_extensions = none
[any]
commonName = supplied
organizationName = optional
CNF
q openssl ca -batch -config ca.cnf -in expired.csr -out expired.pem -notext \
    -startdate 20200101000000Z -enddate 20200201000000Z -extfile ext.cnf -extensions server
cat expired.pem int.pem >expired-chain.pem
rm -rf expired.csr ca.db ca.cnf

key selfsigned ec
q openssl req -new -x509 -key selfsigned.key -out selfsigned.pem -days 825 -set_serial 99 \
    -subj "/O=nobody/CN=localhost" -config ext.cnf -extensions selfsigned
rm -f ext.cnf

# sanity: the good chains verify, the bad ones do not.
for n in rsa ecdsa ed25519; do
    q openssl verify -CAfile ca.pem -untrusted int.pem -verify_hostname localhost -purpose sslserver "$n.pem"
done
q openssl verify -CAfile ca.pem -untrusted int.pem -purpose sslclient client.pem
for bad in "expired.pem" "-verify_hostname localhost wronghost.pem"; do
    # shellcheck disable=SC2086 # $bad holds several words on purpose
    if openssl verify -CAfile ca.pem -untrusted int.pem $bad >/dev/null 2>&1; then
        echo "certs.sh: $bad unexpectedly verifies" >&2; exit 1
    fi
done
