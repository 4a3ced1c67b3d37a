#!/bin/sh
# Regenerates tests/certs/x509more/: certificates with the extensions
# tests/c/diff/x509_more.c reads (authority information access, TLS
# features, several key purposes). Self-signed, valid 2020..2040, keys
# random. Output is committed; rerun only to change it.
set -eu
cd "$(dirname "$0")"
O=x509more
rm -rf $O && mkdir -p $O
cat > $O/ext.cnf <<'CNF'
[req]
distinguished_name = dn
[dn]
[aia_feat]
basicConstraints = CA:FALSE
authorityInfoAccess = OCSP;URI:http://ocsp1.example.com/,caIssuers;URI:http://ca.example.com/ca.crt,OCSP;URI:http://ocsp2.example.com/,caIssuers;DNS:ca.example.com,1.2.3.4;URI:http://other.example.com/
tlsfeature = status_request,status_request_v2
extendedKeyUsage = critical,serverAuth,clientAuth,codeSigning,1.2.3.4.5
[feat_one]
basicConstraints = CA:FALSE
tlsfeature = status_request
[aia_crit]
basicConstraints = CA:FALSE
authorityInfoAccess = critical,OCSP;URI:http://ocsp.example.com/
CNF
openssl genrsa -out $O/rsa.key 2048 2>/dev/null
openssl ecparam -name prime256v1 -genkey -noout -out $O/ec.key
mk() {
  name=$1 key=$2 subj=$3 sect=$4
  openssl req -new -x509 -key $O/$key -subj "$subj" -config $O/ext.cnf -extensions $sect \
    -not_before 20200101000000Z -not_after 20400101000000Z -out $O/$name.pem 2>/dev/null || \
  openssl req -new -x509 -key $O/$key -subj "$subj" -config $O/ext.cnf -extensions $sect -days 5000 -out $O/$name.pem
}
mk aia-feat rsa.key "/CN=aia.example.com" aia_feat
mk feat-one ec.key "/CN=feat.example.com" feat_one
mk aia-crit ec.key "/CN=aiacrit.example.com" aia_crit
rm -f $O/rsa.key $O/ec.key $O/ext.cnf
