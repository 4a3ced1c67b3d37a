#!/bin/sh
# Regenerates the certificate corpus used by the credentials/verification tests.
# Validity dates are fixed so tests can verify at a fixed "now" (2030-01-01 00:00:00 UTC = 1893456000):
#   normal certs: 2020-01-01 .. 2040-01-01
#   expired:      2010-01-01 .. 2015-01-01
#   not yet valid 2045-01-01 .. 2050-01-01
# Output is committed; rerun only to change the corpus (keys are random).
set -eu
cd "$(dirname "$0")"
OUT=chains
rm -rf "$OUT" keys work
mkdir -p "$OUT" keys work
W=work

cat > $W/ca.cnf <<'CNF'
[ ca ]
default_ca = CA_default
[ CA_default ]
database = work/index.txt
new_certs_dir = work
serial = work/serial
default_md = sha256
policy = policy_any
unique_subject = no
copy_extensions = none
[ policy_any ]
commonName = supplied
[ v3_ca ]
basicConstraints = critical,CA:TRUE
keyUsage = critical,keyCertSign,cRLSign
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
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
subjectAltName = DNS:www.example.com,DNS:*.wild.example.com,IP:127.0.0.1
[ v3_leaf_cn ]
basicConstraints = critical,CA:FALSE
keyUsage = critical,digitalSignature,keyEncipherment
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
[ v3_notca ]
basicConstraints = critical,CA:FALSE
keyUsage = critical,digitalSignature,keyEncipherment
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
subjectAltName = DNS:notca.example.com
[ v3_self ]
basicConstraints = critical,CA:FALSE
keyUsage = critical,digitalSignature,keyEncipherment
subjectAltName = DNS:self.example.com
[ crl_ext ]
authorityKeyIdentifier = keyid
CNF
: > $W/index.txt
echo 1000 > $W/serial
echo 1000 > $W/crlnumber

key_ec() { openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out "$1" 2>/dev/null; }
# sign CN KEY CA_CERT CA_KEY EXT START END OUT [MD]
sign() {
  openssl req -new -key "$2" -subj "/CN=$1" -out $W/req.csr
  openssl ca -batch -config $W/ca.cnf -in $W/req.csr -cert "$3" -keyfile "$4" \
    -extensions "$5" -startdate "$6" -enddate "$7" -md "${9:-sha256}" -out "$8" -notext 2>/dev/null
}
selfsign() { # CN KEY EXT OUT
  openssl req -new -key "$2" -subj "/CN=$1" -out $W/req.csr
  openssl ca -batch -config $W/ca.cnf -selfsign -in $W/req.csr -keyfile "$2" \
    -extensions "$3" -startdate 20200101000000Z -enddate 20400101000000Z -out "$4" -notext 2>/dev/null
}
S=20200101000000Z; E=20400101000000Z

openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out $W/root.key 2>/dev/null
selfsign "Test Root CA" $W/root.key v3_root $OUT/root.pem
key_ec $W/inter.key
sign "Test Intermediate CA" $W/inter.key $OUT/root.pem $W/root.key v3_ca $S $E $OUT/inter.pem
# an unrelated root that is never trusted
key_ec $W/other.key
selfsign "Other Root CA" $W/other.key v3_root $W/other-root.pem
key_ec $W/otherinter.key
sign "Other Intermediate" $W/otherinter.key $W/other-root.pem $W/other.key v3_ca $S $E $W/other-inter.pem

key_ec $W/leaf.key
cp $W/leaf.key keys/leaf-ec.key
sign "www.example.com" $W/leaf.key $OUT/inter.pem $W/inter.key v3_leaf $S $E $W/leaf.pem
sign "www.example.com" $W/leaf.key $OUT/inter.pem $W/inter.key v3_leaf 20100101000000Z 20150101000000Z $W/expired.pem
sign "www.example.com" $W/leaf.key $OUT/inter.pem $W/inter.key v3_leaf 20450101000000Z 20500101000000Z $W/future.pem
sign "www.example.com" $W/leaf.key $OUT/inter.pem $W/inter.key v3_leaf $S $E $W/sha1.pem sha1
sign "cn.example.com" $W/leaf.key $OUT/inter.pem $W/inter.key v3_leaf_cn $S $E $W/cnonly.pem
sign "www.example.com" $W/leaf.key $OUT/inter.pem $W/inter.key v3_leaf $S $E $W/revoked.pem
sign "www.example.com" $W/leaf.key $W/other-inter.pem $W/otherinter.key v3_leaf $S $E $W/untrusted.pem
# a non-CA cert used as an issuer
key_ec $W/notca.key
sign "notca.example.com" $W/notca.key $OUT/inter.pem $W/inter.key v3_notca $S $E $W/notca-issuer.pem
sign "www.example.com" $W/leaf.key $W/notca-issuer.pem $W/notca.key v3_leaf $S $E $W/under-notca.pem
key_ec $W/self.key
selfsign "self.example.com" $W/self.key v3_self $OUT/selfsigned.pem

# bad signature: flip one bit in the last byte of the signature (end of the DER)
openssl x509 -in $W/leaf.pem -outform DER -out $W/leaf.der
python3 - "$W/leaf.der" "$W/badsig.der" <<'PY'
import sys
d = bytearray(open(sys.argv[1], 'rb').read()); d[-3] ^= 1
open(sys.argv[2], 'wb').write(d)
PY
openssl x509 -inform DER -in $W/badsig.der -out $W/badsig.pem

# CRL revoking the "revoked" leaf, issued by the intermediate
openssl ca -config $W/ca.cnf -revoke $W/revoked.pem -cert $OUT/inter.pem -keyfile $W/inter.key 2>/dev/null
openssl ca -config $W/ca.cnf -gencrl -cert $OUT/inter.pem -keyfile $W/inter.key \
  -crldays 7300 -crlexts crl_ext -out $OUT/inter.crl 2>/dev/null || \
openssl ca -config $W/ca.cnf -gencrl -cert $OUT/inter.pem -keyfile $W/inter.key -crldays 7300 -out $OUT/inter.crl

chain() { out=$OUT/$1.pem; shift; cat "$@" > "$out"; }
chain valid        $W/leaf.pem $OUT/inter.pem
chain leaf-only    $W/leaf.pem
chain expired      $W/expired.pem $OUT/inter.pem
chain future       $W/future.pem $OUT/inter.pem
chain sha1         $W/sha1.pem $OUT/inter.pem
chain cnonly       $W/cnonly.pem $OUT/inter.pem
chain revoked      $W/revoked.pem $OUT/inter.pem
chain untrusted    $W/untrusted.pem $W/other-inter.pem $W/other-root.pem
chain notca        $W/under-notca.pem $W/notca-issuer.pem $OUT/inter.pem
chain badsig       $W/badsig.pem $OUT/inter.pem
chain unsorted     $W/leaf.pem $OUT/root.pem $OUT/inter.pem
chain expired-untrusted $W/expired.pem
cp $W/leaf.pem $OUT/leaf.pem

# ---- key corpus for loading tests: every type and format, with a matching cert
mk_self_cert() { # KEY OUT CN
  openssl req -new -x509 -key "$1" -subj "/CN=$3" -days 7000 -out "$2" -addext "subjectAltName=DNS:$3" 2>/dev/null
}
openssl genrsa -traditional -out keys/rsa-pkcs1.pem 2048 2>/dev/null
openssl pkcs8 -topk8 -nocrypt -in keys/rsa-pkcs1.pem -out keys/rsa-pkcs8.pem
openssl rsa -in keys/rsa-pkcs1.pem -traditional -outform DER -out keys/rsa-pkcs1.der 2>/dev/null
openssl pkcs8 -topk8 -nocrypt -in keys/rsa-pkcs1.pem -outform DER -out keys/rsa-pkcs8.der
mk_self_cert keys/rsa-pkcs1.pem keys/rsa.pem rsa.example.com
openssl x509 -in keys/rsa.pem -outform DER -out keys/rsa.der

openssl genpkey -algorithm RSA-PSS -pkeyopt rsa_keygen_bits:2048 -out keys/rsa-pss.key 2>/dev/null
mk_self_cert keys/rsa-pss.key keys/rsa-pss.pem pss.example.com

openssl ecparam -name prime256v1 -genkey -noout -out keys/ec256-sec1.pem
openssl pkcs8 -topk8 -nocrypt -in keys/ec256-sec1.pem -out keys/ec256-pkcs8.pem
openssl ec -in keys/ec256-sec1.pem -outform DER -out keys/ec256-sec1.der 2>/dev/null
mk_self_cert keys/ec256-sec1.pem keys/ec256.pem ec256.example.com
openssl x509 -in keys/ec256.pem -outform DER -out keys/ec256.der

openssl ecparam -name secp384r1 -genkey -noout -out keys/ec384-sec1.pem
openssl pkcs8 -topk8 -nocrypt -in keys/ec384-sec1.pem -out keys/ec384-pkcs8.pem
mk_self_cert keys/ec384-sec1.pem keys/ec384.pem ec384.example.com

openssl genpkey -algorithm ED25519 -out keys/ed25519.key
mk_self_cert keys/ed25519.key keys/ed25519.pem ed25519.example.com

openssl pkcs8 -topk8 -v2 aes-256-cbc -v2prf hmacWithSHA256 -passout pass:secret \
  -in keys/ec256-sec1.pem -out keys/ec256-enc.pem
openssl pkcs8 -topk8 -v2 aes-256-cbc -v2prf hmacWithSHA256 -passout pass:secret \
  -in keys/ec256-sec1.pem -outform DER -out keys/ec256-enc.der

# bad inputs
head -c 300 keys/rsa.der > keys/truncated.der
sed 's/^MII/M!I/' keys/rsa.pem > keys/malformed.pem
printf 'not a certificate at all\n' > keys/garbage.txt

rm -rf "$W"
echo "corpus written to $(pwd)/$OUT and $(pwd)/keys"
