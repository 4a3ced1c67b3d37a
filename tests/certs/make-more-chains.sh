#!/bin/sh
# Regenerates tests/certs/more/: verification cases that need CAs of their own
# (make-chains.sh does not keep its CA keys): an MD5-signed leaf, an RSA-1024
# leaf, key usage / key purpose mismatches, a violated name constraint, an
# exceeded path length, and a chain carrying the same certificate twice.
# Same validity window as make-chains.sh (2020..2040). Keys are random; the
# output is committed, rerun only to change the corpus.
set -eu
cd "$(dirname "$0")"
OUT=more
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
default_md = sha256
policy = policy_any
unique_subject = no
copy_extensions = none
[ policy_any ]
commonName = supplied
[ v3_root ]
basicConstraints = critical,CA:TRUE
keyUsage = critical,keyCertSign,cRLSign
subjectKeyIdentifier = hash
[ v3_root_pathlen0 ]
basicConstraints = critical,CA:TRUE,pathlen:0
keyUsage = critical,keyCertSign,cRLSign
subjectKeyIdentifier = hash
[ v3_ca ]
basicConstraints = critical,CA:TRUE
keyUsage = critical,keyCertSign,cRLSign
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
[ v3_ca_nc ]
basicConstraints = critical,CA:TRUE
keyUsage = critical,keyCertSign,cRLSign
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
nameConstraints = critical,permitted;DNS:allowed.example.com
[ v3_leaf ]
basicConstraints = critical,CA:FALSE
keyUsage = critical,digitalSignature,keyEncipherment
extendedKeyUsage = serverAuth,clientAuth
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
subjectAltName = DNS:www.example.com
[ v3_leaf_allowed ]
basicConstraints = critical,CA:FALSE
keyUsage = critical,digitalSignature,keyEncipherment
extendedKeyUsage = serverAuth
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
subjectAltName = DNS:www.allowed.example.com
[ v3_leaf_ku ]
basicConstraints = critical,CA:FALSE
keyUsage = critical,cRLSign
extendedKeyUsage = serverAuth
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
subjectAltName = DNS:www.example.com
[ v3_leaf_eku_client ]
basicConstraints = critical,CA:FALSE
keyUsage = critical,digitalSignature,keyEncipherment
extendedKeyUsage = clientAuth
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
subjectAltName = DNS:www.example.com
CNF
: > $W/index.txt
echo 2000 > $W/serial

S=20200101000000Z; E=20400101000000Z
key_rsa() { openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:"$2" -out "$1" 2>/dev/null; }
key_ec() { openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out "$1" 2>/dev/null; }
# sign CN KEY CA_CERT CA_KEY EXT OUT [MD]
sign() {
  openssl req -new -key "$2" -subj "/CN=$1" -out $W/req.csr
  openssl ca -batch -config $W/ca.cnf -in $W/req.csr -cert "$3" -keyfile "$4" \
    -extensions "$5" -startdate $S -enddate $E -md "${7:-sha256}" -out "$6" -notext 2>$W/err || {
    cat $W/err >&2; return 1; }
}
selfsign() { # CN KEY EXT OUT
  openssl req -new -key "$2" -subj "/CN=$1" -out $W/req.csr
  openssl ca -batch -config $W/ca.cnf -selfsign -in $W/req.csr -keyfile "$2" \
    -extensions "$3" -startdate $S -enddate $E -out "$4" -notext 2>/dev/null
}

# RSA CAs: MD5 has no ECDSA signature algorithm.
key_rsa $W/root.key 2048
selfsign "More Root CA" $W/root.key v3_root $OUT/root.pem
key_rsa $W/inter.key 2048
sign "More Intermediate CA" $W/inter.key $OUT/root.pem $W/root.key v3_ca $OUT/inter.pem
key_ec $W/leaf.key

# (1) leaf signed with MD5 (OpenSSL 3 signs with it; only verifiers refuse it)
sign "www.example.com" $W/leaf.key $OUT/inter.pem $W/inter.key v3_leaf $W/md5.pem md5
# (2) RSA-1024 leaf key
key_rsa $W/rsa1024.key 1024
sign "www.example.com" $W/rsa1024.key $OUT/inter.pem $W/inter.key v3_leaf $W/rsa1024.pem
# (3) key usage without digitalSignature/keyEncipherment; EKU clientAuth only
sign "www.example.com" $W/leaf.key $OUT/inter.pem $W/inter.key v3_leaf_ku $W/ku.pem
sign "www.example.com" $W/leaf.key $OUT/inter.pem $W/inter.key v3_leaf_eku_client $W/eku-client.pem
# (4) intermediate permitted only DNS allowed.example.com; one leaf outside, one inside
key_rsa $W/nc.key 2048
sign "More NC Intermediate" $W/nc.key $OUT/root.pem $W/root.key v3_ca_nc $OUT/nc-inter.pem
sign "www.example.com" $W/leaf.key $OUT/nc-inter.pem $W/nc.key v3_leaf $W/nc-bad.pem
sign "www.allowed.example.com" $W/leaf.key $OUT/nc-inter.pem $W/nc.key v3_leaf_allowed $W/nc-ok.pem
# (5) root with pathlen:0 and an intermediate below it
key_rsa $W/plroot.key 2048
selfsign "More Pathlen0 Root" $W/plroot.key v3_root_pathlen0 $OUT/pathlen-root.pem
key_rsa $W/plinter.key 2048
sign "More Pathlen Intermediate" $W/plinter.key $OUT/pathlen-root.pem $W/plroot.key v3_ca $W/pl-inter.pem
sign "www.example.com" $W/leaf.key $W/pl-inter.pem $W/plinter.key v3_leaf $W/pl-leaf.pem

chain() { out=$OUT/$1.pem; shift; cat "$@" > "$out"; }
chain md5        $W/md5.pem $OUT/inter.pem
chain rsa1024    $W/rsa1024.pem $OUT/inter.pem
chain ku         $W/ku.pem $OUT/inter.pem
chain eku-client $W/eku-client.pem $OUT/inter.pem
chain nc-bad     $W/nc-bad.pem $OUT/nc-inter.pem
chain nc-ok      $W/nc-ok.pem $OUT/nc-inter.pem
chain pathlen    $W/pl-leaf.pem $W/pl-inter.pem
# (6) the same certificate twice: the intermediate repeated, the leaf repeated
chain dup-inter  chains/leaf.pem chains/inter.pem chains/inter.pem
chain dup-leaf   chains/leaf.pem chains/leaf.pem chains/inter.pem
echo "corpus written to $(pwd)/$OUT"
