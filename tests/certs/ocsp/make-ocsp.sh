#!/bin/sh
# Regenerates the OCSP corpus: a CA, a server certificate (localhost,
# 127.0.0.1), a revoked one, a delegated OCSP responder, and responses made
# with `openssl ocsp`. Output is committed; rerun only to change it (keys and
# times change). Responses are valid for 20 years from generation.
set -eu
cd "$(dirname "$0")"
rm -rf work ./*.pem ./*.key ./*.der
mkdir work
cat > work/ext.cnf <<'CNF'
[ ca ]
basicConstraints = critical,CA:TRUE
keyUsage = critical,keyCertSign,cRLSign
subjectKeyIdentifier = hash
[ server ]
basicConstraints = critical,CA:FALSE
keyUsage = critical,digitalSignature,keyEncipherment
extendedKeyUsage = serverAuth
subjectAltName = DNS:localhost,IP:127.0.0.1
authorityInfoAccess = OCSP;URI:http://127.0.0.1:8888/
[ signer ]
basicConstraints = critical,CA:FALSE
keyUsage = critical,digitalSignature
extendedKeyUsage = OCSPSigning
CNF
days=7300
openssl req -x509 -newkey rsa:2048 -nodes -keyout ca.key -out ca.pem -days $days -subj "/CN=OCSP Test CA" \
    -extensions ca -config work/ext.cnf -set_serial 1 2>/dev/null
cert() { # name subject extensions serial
    openssl req -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout "$1.key" -out work/$1.csr -subj "$2" 2>/dev/null
    openssl x509 -req -in work/$1.csr -CA ca.pem -CAkey ca.key -out "$1.pem" -days $days -extfile work/ext.cnf -extensions "$3" -set_serial "$4" 2>/dev/null
}
cert server "/CN=localhost" server 4096
cert revoked "/CN=revoked.example.com" server 4097
cert other "/CN=unknown.example.com" server 4098
cert signer "/CN=OCSP Responder" signer 4099
# openssl's CA database: server valid, revoked revoked (keyCompromise).
exp=$(openssl x509 -in server.pem -noout -enddate | sed 's/notAfter=//')
expz=$(date -u -d "$exp" +%y%m%d%H%M%SZ)
printf 'V\t%s\t\t1000\tunknown\t/CN=localhost\n' "$expz" > work/index.txt
printf 'R\t%s\t200101000000Z,keyCompromise\t1001\tunknown\t/CN=revoked.example.com\n' "$expz" >> work/index.txt
resp() { # output cert signer-cert signer-key [extra openssl ocsp options]
    out=$1 c=$2 sc=$3 sk=$4; shift 4
    openssl ocsp -index work/index.txt -rsigner "$sc" -rkey "$sk" -CA ca.pem -issuer ca.pem -cert "$c" \
        -ndays $days -respout "$out" "$@" >/dev/null 2>&1
}
resp good.der server.pem ca.pem ca.key -no_nonce
# Without nextUpdate (no -ndays): GnuTLS then gives the staple a fixed lifetime.
openssl ocsp -index work/index.txt -rsigner ca.pem -rkey ca.key -CA ca.pem -issuer ca.pem -cert server.pem \
    -respout nonext.der -no_nonce >/dev/null 2>&1
resp good-nonce.der server.pem ca.pem ca.key -nonce
resp revoked.der revoked.pem ca.pem ca.key -no_nonce
resp unknown.der other.pem ca.pem ca.key -no_nonce
resp delegated.der server.pem signer.pem signer.key -no_nonce
resp keyid.der server.pem ca.pem ca.key -resp_key_id -no_nonce
# Signed by the server's own key: not a valid responder.
resp badsigner.der server.pem server.pem server.key -resp_no_certs -no_nonce
resp work/nocerts.der server.pem ca.pem ca.key -resp_no_certs -no_nonce
# A mangled signature (the last byte, without certificates after it), and a
# mangled signature of the certificate the response carries.
python3 - <<'PY'
d = bytearray(open("work/nocerts.der", "rb").read())
d[-1] ^= 0x55
open("badsig.der", "wb").write(bytes(d))
d = bytearray(open("good.der", "rb").read())
d[-40] ^= 0x55
open("badcert.der", "wb").write(bytes(d))
PY
# Non-successful statuses carry no responseBytes.
printf 'asn1=SEQUENCE:r\n[r]\ns=ENUMERATED:3\n' > work/trylater.cnf
openssl asn1parse -genconf work/trylater.cnf -out trylater.der >/dev/null
printf 'asn1=SEQUENCE:r\n[r]\ns=ENUMERATED:1\n' > work/malformed.cnf
openssl asn1parse -genconf work/malformed.cnf -out malformed-status.der >/dev/null
{ echo "-----BEGIN OCSP RESPONSE-----"; base64 -w 64 good.der; echo "-----END OCSP RESPONSE-----"; } > good.pem
# A request as gnutls-cli or openssl would send.
openssl ocsp -issuer ca.pem -cert server.pem -no_nonce -reqout req.der >/dev/null 2>&1
openssl ocsp -issuer ca.pem -cert server.pem -nonce -reqout req-nonce.der >/dev/null 2>&1
rm -rf work
