#!/bin/sh
# Regenerates tests/certs/long/: a root, 16 intermediate CAs under it and a
# leaf (www.example.com, key leaf.key), for the chain length limits:
#   chain17.pem  leaf + CA 16..1 (17 certificates; GnuTLS reads 16 of them)
#   chain16.pem  leaf + CA 16..2 (16 certificates; CA 1 is its trusted issuer)
#   root.pem, ca1.pem: the trust for each.
# Keys are random; rerun only to change the corpus. Valid 20 years from
# generation (OpenSSL 3.0 cannot set fixed dates here).
set -eu
cd "$(dirname "$0")"
rm -rf long work-long
mkdir -p long work-long
W=work-long
cat > $W/ext.cnf <<'CNF'
[ca]
basicConstraints=critical,CA:TRUE
keyUsage=critical,keyCertSign,cRLSign
[leaf]
basicConstraints=critical,CA:FALSE
keyUsage=critical,digitalSignature
subjectAltName=DNS:www.example.com
CNF
key() { openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out "$1" 2>/dev/null; }
# sign CN KEY ISSUER_CERT ISSUER_KEY EXT OUT
sign() {
  openssl req -new -key "$2" -subj "/CN=$1" -out $W/req.csr
  openssl x509 -req -in $W/req.csr -CA "$3" -CAkey "$4" -set_serial "$(od -An -N8 -tu8 /dev/urandom | tr -d ' ')" \
    -days 7300 -extfile $W/ext.cnf -extensions "$5" -out "$6" 2>/dev/null
}
key $W/k0.pem
openssl req -x509 -new -key $W/k0.pem -subj "/CN=Long Root" -days 7300 \
  -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign" -out $W/c0.pem
for i in $(seq 1 16); do
  key $W/k$i.pem
  sign "Long CA $i" $W/k$i.pem $W/c$((i - 1)).pem $W/k$((i - 1)).pem ca $W/c$i.pem
done
key long/leaf.key
sign www.example.com long/leaf.key $W/c16.pem $W/k16.pem leaf $W/leaf.pem
cat $W/leaf.pem $(for i in $(seq 16 -1 1); do echo $W/c$i.pem; done) > long/chain17.pem
cat $W/leaf.pem $(for i in $(seq 16 -1 2); do echo $W/c$i.pem; done) > long/chain16.pem
cp $W/c0.pem long/root.pem
cp $W/c1.pem long/ca1.pem
rm -rf $W
