#!/bin/sh
# Regenerates tests/certs/pkcs7/: a CA, an RSA and an ECDSA signer, and
# PKCS#7 / CMS structures made by OpenSSL and by the real GnuTLS certtool,
# for tests/c/diff/pkcs7.c, the fuzz seeds and tests/programs/certtool.sh.
# Keys are random; the output is committed, rerun only to change the corpus.
set -eu
cd "$(dirname "$0")"
OUT=pkcs7
W=$(mktemp -d)
trap 'rm -rf "$W"' EXIT
rm -rf "$OUT"
mkdir -p "$OUT"
cat > $W/ext.cnf <<CNF
[ v3_root ]
basicConstraints = critical,CA:TRUE
keyUsage = critical,keyCertSign,cRLSign
subjectKeyIdentifier = hash
[ v3_signer ]
basicConstraints = critical,CA:FALSE
keyUsage = critical,digitalSignature
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
CNF
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out $OUT/ca.key 2>/dev/null
openssl req -new -x509 -key $OUT/ca.key -subj "/O=rgnutls tests/CN=PKCS7 Test CA" -days 7300 \
  -set_serial 1 -extensions v3_root -config $W/ext.cnf -out $OUT/ca.pem
signer() { # NAME SERIAL KEYGEN-ARGS...
  name=$1 serial=$2; shift 2
  openssl genpkey "$@" -out $OUT/$name.key 2>/dev/null
  openssl req -new -key $OUT/$name.key -subj "/O=rgnutls tests/CN=$name signer" -out $W/req.csr
  openssl x509 -req -in $W/req.csr -CA $OUT/ca.pem -CAkey $OUT/ca.key -set_serial $serial \
    -days 7300 -extfile $W/ext.cnf -extensions v3_signer -out $OUT/$name.pem 2>/dev/null
}
signer rsa 4097 -algorithm RSA -pkeyopt rsa_keygen_bits:2048
signer ec 4098 -algorithm EC -pkeyopt ec_paramgen_curve:P-256
# A CRL for the certificate bags.
: > $W/index.txt; echo 01 > $W/crlnumber
cat > $W/ca.cnf <<CNF
[ ca ]
default_ca = d
[ d ]
database = $W/index.txt
crlnumber = $W/crlnumber
default_md = sha256
CNF
openssl ca -config $W/ca.cnf -gencrl -cert $OUT/ca.pem -keyfile $OUT/ca.key \
  -crl_lastupdate 20250101000000Z -crl_nextupdate 20450101000000Z -out $OUT/ca.crl 2>/dev/null

printf 'Hello, PKCS#7 world.\n' > $OUT/data.txt
# Certificate bags (degenerate SignedData), PEM ("PKCS7") and DER.
openssl crl2pkcs7 -certfile $OUT/rsa.pem -certfile $OUT/ca.pem -in $OUT/ca.crl -out $OUT/bag.p7b
openssl crl2pkcs7 -certfile $OUT/rsa.pem -certfile $OUT/ca.pem -in $OUT/ca.crl -outform DER -out $OUT/bag.p7b.der
openssl crl2pkcs7 -nocrl -certfile $OUT/ec.pem -out $OUT/certs-only.p7b
# The same bag under the "CMS" PEM label.
sed 's/PKCS7-----/CMS-----/' $OUT/certs-only.p7b > $OUT/certs-only.cms
# OpenSSL signatures: embedded and detached, RSA and ECDSA, with signed attributes.
osign() { # OUT KEY [opts]
  o=$1 k=$2; shift 2
  openssl cms -sign -binary -in $OUT/data.txt -signer $OUT/$k.pem -inkey $OUT/$k.key -md sha256 \
    -outform DER -out $OUT/$o "$@"
}
osign ossl-rsa.p7s rsa -nodetach
osign ossl-rsa-detached.p7s rsa
osign ossl-ec.p7s ec -nodetach
osign ossl-rsa-noattr.p7s rsa -nodetach -noattr
osign ossl-rsa-nocerts.p7s rsa -nodetach -nocerts
# Signer named by subject key identifier, without and with its certificate.
osign ossl-rsa-keyid.p7s rsa -nodetach -keyid -nocerts
osign ossl-ec-keyid-cert.p7s ec -nodetach -keyid
# Content of another type than data.
osign ossl-rsa-econtent.p7s rsa -nodetach -econtent_type 1.2.3.4
# Streamed: BER with indefinite lengths and the content in chunks.
osign ossl-rsa-ber.p7s rsa -nodetach -stream
# GnuTLS signatures (the real certtool): deterministic RSA without time.
ctsign() { # OUT KEY [opts]
  o=$1 k=$2; shift 2
  env -u LD_LIBRARY_PATH certtool --load-privkey $OUT/$k.key --load-certificate $OUT/$k.pem \
    --infile $OUT/data.txt --outder --outfile $OUT/$o "$@" >/dev/null 2>&1
}
ctsign gnutls-rsa.p7s rsa --p7-sign --p7-include-cert
ctsign gnutls-rsa-detached.p7s rsa --p7-detached-sign
ctsign gnutls-rsa-time.p7s rsa --p7-sign --p7-time --p7-include-cert
ctsign gnutls-ec.p7s ec --p7-sign --p7-include-cert
ctsign gnutls-rsa-nocert.p7s rsa --p7-sign --no-p7-include-cert
# Signers GnuTLS refuses: an expired certificate and one whose key usage
# does not allow signatures (same RSA key, issued by the CA with certtool).
cat > $W/expired.tmpl <<T
cn = "expired signer"
organization = "rgnutls tests"
serial = 4099
activation_date = "2001-01-01 00:00:00 UTC"
expiration_date = "2002-01-01 00:00:00 UTC"
signing_key
T
cat > $W/keyenc.tmpl <<T
cn = "encryption-only signer"
organization = "rgnutls tests"
serial = 4100
expiration_days = 7300
encryption_key
T
for n in expired keyenc; do
  env -u LD_LIBRARY_PATH certtool --generate-certificate --load-privkey $OUT/rsa.key --load-ca-certificate $OUT/ca.pem \
    --load-ca-privkey $OUT/ca.key --template $W/$n.tmpl --outfile $OUT/$n.pem >/dev/null 2>&1
  env -u LD_LIBRARY_PATH certtool --p7-sign --load-privkey $OUT/rsa.key --load-certificate $OUT/$n.pem \
    --infile $OUT/data.txt --outder --outfile $OUT/signed-by-$n.p7s >/dev/null 2>&1
done
# A corrupted signature (last byte of the RSA signature flipped).
python3 - "$OUT" <<'PY'
import sys
d = sys.argv[1]
b = bytearray(open(f"{d}/gnutls-rsa.p7s", "rb").read())
b[-1] ^= 1
open(f"{d}/bad-sig.p7s", "wb").write(bytes(b))
raw = open(f"{d}/bag.p7b.der", "rb").read()
open(f"{d}/truncated.der", "wb").write(raw[: len(raw) // 2])
pem = open(f"{d}/bag.p7b").read()
open(f"{d}/truncated.pem", "w").write(pem[: len(pem) // 2])
open(f"{d}/garbage.bin", "wb").write(bytes((i * 37 + 11) % 256 for i in range(300)))
PY
