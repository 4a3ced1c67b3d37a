#!/bin/sh
# Regenerates tests/certs/pkcs12/ from the CRL corpus's CA and "good"
# server key (run make-crl.sh first): PKCS#12 files in the encodings
# OpenSSL writes, for tests/c/diff/pkcs12.c. Password "secret" unless noted.
set -eu
cd "$(dirname "$0")"
OUT=pkcs12
rm -rf "$OUT"
mkdir -p "$OUT"
K=crl/good.key
C=crl/good.pem
CA=crl/ca.pem
# OpenSSL 3 default: PBES2 (PBKDF2-SHA256, AES-256-CBC) bags, SHA-256 MAC.
openssl pkcs12 -export -inkey $K -in $C -certfile $CA -name "good server" -passout pass:secret -out $OUT/aes.p12
# Key and leaf only.
openssl pkcs12 -export -inkey $K -in $C -passout pass:secret -out $OUT/leaf-only.p12
# Legacy PKCS#12 PBE: 3DES for the key, RC2-40 for the certificates, SHA-1 MAC.
if openssl pkcs12 -export -legacy -inkey $K -in $C -certfile $CA -passout pass:secret -out $OUT/legacy.p12 2>/dev/null; then :
else
  openssl pkcs12 -export -keypbe PBE-SHA1-3DES -certpbe PBE-SHA1-3DES -macalg sha1 -inkey $K -in $C -certfile $CA -passout pass:secret -out $OUT/legacy.p12
fi
# 3DES everywhere (readable without RC2).
openssl pkcs12 -export -keypbe PBE-SHA1-3DES -certpbe PBE-SHA1-3DES -macalg sha1 -inkey $K -in $C -certfile $CA -passout pass:secret -out $OUT/3des.p12
# Certificates not encrypted, key encrypted.
openssl pkcs12 -export -certpbe NONE -inkey $K -in $C -certfile $CA -passout pass:secret -out $OUT/clearcerts.p12
# Empty password.
openssl pkcs12 -export -inkey $K -in $C -certfile $CA -passout pass: -out $OUT/nopass.p12
# Certificates only (a CA bundle).
openssl pkcs12 -export -nokeys -in $CA -passout pass:secret -out $OUT/certs-only.p12
# GnuTLS 3.7 (certtool's default): PBES2 AES-128 whose PRF identifier has
# no parameters, SHA-256 MAC, 600000 rounds.
cat $C $CA > $OUT/chain.tmp
certtool --to-p12 --load-privkey $K --load-certificate $OUT/chain.tmp --p12-name "good server" --password secret --outder --outfile $OUT/gnutls.p12
rm -f $OUT/chain.tmp
