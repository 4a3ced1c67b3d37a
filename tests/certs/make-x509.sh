#!/bin/sh
# Regenerates tests/certs/x509/: single self-signed certificates with varied
# names, SANs and extensions, for the certificate getter and hostname tests
# (tests/c/diff/x509_crt.c). Validity spans 2020..2040; keys are random.
# Output is committed; rerun only to change it.
set -eu
cd "$(dirname "$0")"
O=x509
rm -rf $O && mkdir -p $O
openssl ecparam -name prime256v1 -genkey -noout -out $O/key.pem
# mk NAME SUBJECT EXTENSIONS... : self-signed, extra args go to openssl req
mk() {
  name=$1 subj=$2; shift 2
  openssl req -new -x509 -key $O/key.pem -utf8 -subj "$subj" -not_before 20200101000000Z -not_after 20400101000000Z \
    -out $O/$name.pem "$@" 2>/dev/null || \
  openssl req -new -x509 -key $O/key.pem -utf8 -subj "$subj" -days 5000 -out $O/$name.pem "$@"
}
mk dn-multi "/C=US/ST=California/L=San Francisco/O=Org, Inc./OU=Dev/OU=Ops/CN=multi.example.com/emailAddress=admin@example.com/DC=example/DC=com/UID=jdoe/serialNumber=1234/title=Boss/description=Desc/businessCategory=Biz/pseudonym=Pseu/favouriteDrink=tea/jurisdictionC=DE/street=Main St 1/postalCode=94000/givenName=John/SN=Doe/initials=JD" \
  -addext "subjectAltName=DNS:multi.example.com"
mk dn-rdnplus "/O=Plus Org/OU=A+CN=plus.example.com" -multivalue-rdn -addext "basicConstraints=critical,CA:TRUE,pathlen:2" \
  -addext "keyUsage=critical,keyCertSign,cRLSign,digitalSignature"
mk dn-escape '/O= lead and trail /OU=#hash/CN=a,b\+c"d\\e<f>g;h=i\/j'  -addext "basicConstraints=CA:FALSE"
mk dn-utf8 "/O=Ünïcødé Ørg/CN=utf8.example.com"
mk san-all "/CN=cn.example.com" -addext "subjectAltName=DNS:*.example.com,DNS:w*.test.org,DNS:*.com,DNS:www.*.net,DNS:xn--bcher-kva.example,email:admin@example.com,URI:https://example.com/path,IP:10.0.0.1,IP:2001:db8::1,RID:1.2.3.4,otherName:1.3.6.1.4.1.311.20.2.3;UTF8:user@example.com,dirName:dir_sect" \
  -addext "keyUsage=keyEncipherment,keyAgreement,encipherOnly,decipherOnly,nonRepudiation,dataEncipherment" \
  -addext "extendedKeyUsage=serverAuth" -config ./x509-dir.cnf
mk cn-ip "/CN=127.0.0.1"
mk cn-wild "/CN=*.cnwild.example.com"
mk ip-san-cn "/CN=ipcn.example.com" -addext "subjectAltName=IP:10.1.2.3"
mk email-san-cn "/CN=mail.example.com" -addext "subjectAltName=email:x@example.com"
mk no-ext "/CN=noext.example.com" -addext "basicConstraints=CA:FALSE"
# A serial whose first byte has the high bit set (DER adds a leading zero).
openssl req -new -x509 -key $O/key.pem -subj "/CN=serial.example.com" -set_serial 0x80a1b2c3d4e5f60718 -days 5000 -out $O/serial.pem
rm -f $O/key.pem
