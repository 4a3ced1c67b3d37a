#!/bin/sh
# Regenerates tests/certs/x509ext2/: certificates with CRL distribution
# points (several points, reasons, a relative name, a CRL issuer) and an
# issuer alternative name with other names, and an authority key
# identifier naming its issuer and serial, read by
# tests/c/diff/crt_fields.c and crt_fields2.c. Self-signed, valid 2020..2040, keys random.
# Output is committed; rerun only to change it. Unique identifiers, which
# OpenSSL cannot set, are made by the test itself.
set -eu
cd "$(dirname "$0")"
O=x509ext2
mkdir -p $O
rm -f $O/crldp*.pem $O/aki*.pem
cat > $O/ext.cnf <<'CNF'
[req]
distinguished_name = dn
[dn]
[crldp]
basicConstraints = CA:FALSE
crlDistributionPoints = URI:http://crl1.example.com/a.crl,URI:http://crl1.example.com/b.crl,dp2,dp3,dp4
issuerAltName = email:ca@example.com,otherName:1.3.6.1.5.5.7.8.5;UTF8:xmpp@example.com,otherName:1.2.3.4.5;UTF8:custom,DNS:ca.example.com
subjectAltName = DNS:leaf.example.com,otherName:1.2.3.4.6;UTF8:value,otherName:1.3.6.1.4.1.311.20.2.3;UTF8:upn@example.com
[dp2]
fullname = URI:ldap://ldap.example.com/cn=crl,DNS:crl2.example.com
reasons = keyCompromise, CACompromise, superseded
[dp3]
relativename = relname
reasons = AACompromise, certificateHold
CRLissuer = dirName:crlissuer
[dp4]
fullname = URI:http://crl4.example.com/d.crl
CRLissuer = URI:http://issuer.example.com/
[crlissuer]
CN = CRL Issuer
[relname]
CN = Relative CRL
[crldp_aa]
basicConstraints = CA:FALSE
crlDistributionPoints = dpaa,URI:http://plain.example.com/p.crl
[dpaa]
fullname = URI:http://aa.example.com/aa.crl
reasons = keyCompromise, AACompromise
[aki_issuer]
basicConstraints = CA:TRUE
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always,issuer:always
[crldp_crit]
basicConstraints = CA:FALSE
crlDistributionPoints = critical,URI:http://crit.example.com/c.crl
CNF
openssl ecparam -name prime256v1 -genkey -noout -out $O/ec.key
mk() {
  name=$1 subj=$2 sect=$3
  openssl req -new -x509 -key $O/ec.key -subj "$subj" -config $O/ext.cnf -extensions $sect \
    -not_before 20200101000000Z -not_after 20400101000000Z -out $O/$name.pem 2>/dev/null || \
  openssl req -new -x509 -key $O/ec.key -subj "$subj" -config $O/ext.cnf -extensions $sect -days 5000 -out $O/$name.pem
}
mk crldp "/CN=crldp.example.com" crldp
mk crldp-aa "/CN=crldpaa.example.com" crldp_aa
mk aki-issuer "/CN=aki.example.com/O=AKI Org" aki_issuer
mk crldp-crit "/CN=crldpcrit.example.com" crldp_crit
rm -f $O/ec.key $O/ext.cnf
