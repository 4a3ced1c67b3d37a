#!/bin/sh
# Regenerates tests/certs/crl/: a small RSA CA, server certificates (one of
# them revoked) and CRLs in several states, for the CRL tests
# (tests/c/diff/crl.c, tests/programs/wget-crl.sh). Keys are random; the
# output is committed, rerun only to change the corpus. Certificates are
# valid 2020..2040; CRL times are fixed relative to that.
set -eu
cd "$(dirname "$0")"
OUT=crl
W=$(mktemp -d)
trap 'rm -rf "$W"' EXIT
rm -rf "$OUT"
mkdir -p "$OUT"

cat > $W/ca.cnf <<CNF
[ ca ]
default_ca = CA_default
[ CA_default ]
database = $W/index.txt
new_certs_dir = $W
serial = $W/serial
crlnumber = $W/crlnumber
default_md = sha256
policy = policy_any
unique_subject = no
copy_extensions = none
[ policy_any ]
commonName = supplied
organizationName = optional
[ v3_root ]
basicConstraints = critical,CA:TRUE
keyUsage = critical,keyCertSign,cRLSign
subjectKeyIdentifier = hash
[ v3_leaf ]
basicConstraints = critical,CA:FALSE
keyUsage = critical,digitalSignature,keyEncipherment
extendedKeyUsage = serverAuth,clientAuth
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
subjectAltName = DNS:localhost,IP:127.0.0.1
[ crl_ext ]
authorityKeyIdentifier = keyid
CNF
: > $W/index.txt
echo 2000 > $W/serial
echo 0100 > $W/crlnumber

S=20200101000000Z
E=20400101000000Z
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out $OUT/ca.key 2>/dev/null
openssl req -new -x509 -key $OUT/ca.key -subj "/O=rgnutls tests/CN=CRL Test CA" -days 7300 \
  -set_serial 1 -extensions v3_root -config $W/ca.cnf -out $OUT/ca.pem
# A second CA with the same name but another key: its CRL must not verify.
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out $W/other.key 2>/dev/null
openssl req -new -x509 -key $W/other.key -subj "/O=rgnutls tests/CN=CRL Test CA" -days 7300 \
  -set_serial 2 -extensions v3_root -config $W/ca.cnf -out $W/other.pem

leaf() { # NAME
  openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out $OUT/$1.key 2>/dev/null
  openssl req -new -key $OUT/$1.key -subj "/O=rgnutls tests/CN=localhost" -out $W/req.csr
  openssl ca -batch -config $W/ca.cnf -in $W/req.csr -cert $OUT/ca.pem -keyfile $OUT/ca.key \
    -extensions v3_leaf -startdate $S -enddate $E -notext -out $OUT/$1.pem 2>/dev/null
}
leaf good
leaf revoked
leaf revoked2

gencrl() { # OUT [extra options]
  out=$1; shift
  openssl ca -config $W/ca.cnf -gencrl -cert $OUT/ca.pem -keyfile $OUT/ca.key -crlexts crl_ext "$@" -out $out 2>/dev/null
}
# Empty CRL, then one revoking two certificates.
gencrl $OUT/empty.crl -crldays 7300
openssl ca -config $W/ca.cnf -revoke $OUT/revoked.pem -crl_reason keyCompromise -cert $OUT/ca.pem -keyfile $OUT/ca.key 2>/dev/null
openssl ca -config $W/ca.cnf -revoke $OUT/revoked2.pem -cert $OUT/ca.pem -keyfile $OUT/ca.key 2>/dev/null
gencrl $OUT/ca.crl -crl_lastupdate 20250101000000Z -crl_nextupdate 20450101000000Z
gencrl $OUT/expired.crl -crl_lastupdate 20200101000000Z -crl_nextupdate 20210101000000Z
gencrl $OUT/future.crl -crl_lastupdate 20450101000000Z -crl_nextupdate 20460101000000Z
openssl crl -in $OUT/ca.crl -outform DER -out $OUT/ca.crl.der
# Same issuer name, other key.
openssl ca -config $W/ca.cnf -gencrl -cert $W/other.pem -keyfile $W/other.key -crldays 7300 -out $OUT/wrongkey.crl 2>/dev/null
cat $OUT/empty.crl $OUT/ca.crl > $OUT/two.crl
cat $OUT/revoked.pem $OUT/ca.pem > $OUT/revoked-chain.pem
cat $OUT/good.pem $OUT/ca.pem > $OUT/good-chain.pem
