#!/usr/bin/env bash
# tests/programs/certtool.sh BUILD: the real certtool on BUILD/libgnutls.so.30
# (replace mode): key generation, a self-signed CA, a certificate it signs,
# reading keys and certificates back, chain verification, PKCS#7, PKCS#12
# (--to-p12 read by OpenSSL, --p12-info) and certificate requests (made,
# read, and turned into certificates). What ours
# makes is checked with the system library; where the output is
# deterministic (key and certificate info), ours must print exactly what
# the system library prints.
set -u -o pipefail
[ $# -ge 1 ] || { echo "usage: $0 BUILD" >&2; exit 2; }
build=$(cd "$1" && pwd)
P=$(cd "$(dirname "$0")/../certs/pkcs7" && pwd) || exit 2
keys=$(cd "$(dirname "$0")/../certs/keys" && pwd)
crqs=$(cd "$(dirname "$0")/../certs/crq" && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/rgnutls-certtool.XXXXXX")
trap 'rm -rf "$work"' EXIT
passed=0 failed=0
check() { if eval "$2" >"$work/log" 2>&1; then echo "PASS $1"; passed=$((passed + 1)); else echo "FAIL $1: $(tail -c 300 "$work/log")"; failed=$((failed + 1)); fi; }
ours() { env LD_LIBRARY_PATH="$build" timeout 120 certtool "$@"; }
real() { env -u LD_LIBRARY_PATH timeout 120 certtool "$@"; }
# Both libraries print the same for the same input.
same() { diff <(ours "$@" 2>&1) <(real "$@" 2>&1); }
verified() { grep -q '^Chain verification output: Verified\.'; }
cd "$work" || exit 2
cat >t.tmpl <<'T'
cn = "test.example"
organization = "Org"
serial = 7
expiration_days = 30
dns_name = "a.example"
tls_www_server
signing_key
encryption_key
T
cat >ca.tmpl <<'T'
cn = "Test CA"
dns_name = "ca.example"
ca
cert_signing_key
expiration_days = 365
T

check "generate-privkey ecdsa" "ours --generate-privkey --key-type ecdsa --outfile k.pem && real --key-info --infile k.pem"
[ -s k.pem ] || real --generate-privkey --key-type ecdsa --outfile k.pem >/dev/null 2>&1
check "generate-privkey rsa" "ours --generate-privkey --key-type rsa --bits 2048 --outfile cak.pem && real --key-info --infile cak.pem | grep -q 'Medium (2048 bits)'"
[ -s cak.pem ] || real --generate-privkey --key-type rsa --bits 2048 --outfile cak.pem >/dev/null 2>&1
check "key-info ecdsa" "same --key-info --infile k.pem"
check "key-info rsa" "same --key-info --infile cak.pem"

check "generate-self-signed" "ours --generate-self-signed --load-privkey k.pem --template t.tmpl --outfile c.pem && real --certificate-info --infile c.pem | grep -q 'DNSname: a.example'"
[ -s c.pem ] || real --generate-self-signed --load-privkey k.pem --template t.tmpl --outfile c.pem >/dev/null 2>&1
check "certificate-info" "ours --certificate-info --infile c.pem | grep -q 'test.example'"
check "certificate-info same" "same --certificate-info --infile c.pem"

check "generate-self-signed ca" "ours --generate-self-signed --load-privkey cak.pem --template ca.tmpl --outfile ca.pem && real --verify --load-ca-certificate ca.pem --infile ca.pem | verified"
[ -s ca.pem ] || real --generate-self-signed --load-privkey cak.pem --template ca.tmpl --outfile ca.pem >/dev/null 2>&1
check "ca certificate-info same" "same --certificate-info --infile ca.pem"

check "generate-certificate" "ours --generate-certificate --load-privkey k.pem --load-ca-certificate ca.pem --load-ca-privkey cak.pem --template t.tmpl --outfile leaf.pem && real --verify --load-ca-certificate ca.pem --infile leaf.pem | verified"
[ -s leaf.pem ] || real --generate-certificate --load-privkey k.pem --load-ca-certificate ca.pem --load-ca-privkey cak.pem --template t.tmpl --outfile leaf.pem >/dev/null 2>&1
check "leaf certificate-info same" "same --certificate-info --infile leaf.pem"
check "leaf extensions" "ours --certificate-info --infile leaf.pem | grep -A1 'Authority Key Identifier' | grep -q \"\$(real --certificate-info --infile ca.pem | grep -A1 'Subject Key Identifier' | tail -1)\""

check "verify" "ours --verify --load-ca-certificate ca.pem --infile leaf.pem | verified"
check "verify untrusted" "! ours --verify --load-ca-certificate c.pem --infile leaf.pem | verified"

# PKCS#7 (tests/certs/pkcs7, made by make-pkcs7.sh): info, verification
# and signing. RSA signatures without a time are deterministic, so ours
# must write exactly the bytes the system library writes. Error messages
# are our own wording: only the status lines without them are compared.
nomsg() { sed 's/\(verification failed\|import error\): .*/\1/'; }
samemsg() { diff <(ours "$@" 2>&1 | nomsg; echo "rc=$?") <(real "$@" 2>&1 | nomsg; echo "rc=$?"); }
check "p7-info der (ours prints)" "ours --p7-info --inder --infile $P/ossl-rsa.p7s | grep -q 'Signature Algorithm: RSA-SHA256'"
check "p7-info der" "same --p7-info --inder --infile $P/ossl-rsa.p7s"
check "p7-info pem bag" "same --p7-info --infile $P/bag.p7b"
check "p7-info time attrs" "same --p7-info --inder --infile $P/gnutls-rsa-time.p7s"
check "p7-info show-data" "same --p7-info --p7-show-data --inder --infile $P/gnutls-rsa.p7s"
check "p7-info ecdsa" "same --p7-info --inder --infile $P/ossl-ec.p7s"
check "p7-info other content type" "same --p7-info --inder --infile $P/ossl-rsa-econtent.p7s"
check "p7-verify other content type" "samemsg --p7-verify --inder --infile $P/ossl-rsa-econtent.p7s --load-ca-certificate $P/ca.pem"
check "p7-print" "same --p7-print --infile $P/bag.p7b"
check "p7-info garbage" "samemsg --p7-info --inder --infile $P/garbage.bin"
check "p7-info truncated" "samemsg --p7-info --infile $P/truncated.pem"
check "p7-verify" "samemsg --p7-verify --inder --infile $P/ossl-rsa.p7s --load-ca-certificate $P/ca.pem"
# BER input: GnuTLS re-exports the content still in BER, we in DER, so the
# PKCS7 block certtool prints at the end is left out.
nop7() { sed '/BEGIN PKCS7/,$d'; }
check "p7-info ber" "diff <(ours --p7-info --inder --infile $P/ossl-rsa-ber.p7s 2>&1 | nop7) <(real --p7-info --inder --infile $P/ossl-rsa-ber.p7s 2>&1 | nop7)"
check "p7-verify ber" "samemsg --p7-verify --inder --infile $P/ossl-rsa-ber.p7s --load-ca-certificate $P/ca.pem"
check "p7-verify ecdsa" "samemsg --p7-verify --inder --infile $P/gnutls-ec.p7s --load-ca-certificate $P/ca.pem"
check "p7-verify bad signature" "samemsg --p7-verify --inder --infile $P/bad-sig.p7s --load-ca-certificate $P/ca.pem"
check "p7-verify untrusted" "samemsg --p7-verify --inder --infile $P/ossl-rsa.p7s --load-ca-certificate $P/rsa.pem --load-certificate $P/ec.pem"
check "p7-verify expired signer" "samemsg --p7-verify --inder --infile $P/signed-by-expired.p7s --load-ca-certificate $P/ca.pem"
check "p7-verify expired signer given" "samemsg --p7-verify --inder --infile $P/signed-by-expired.p7s --load-certificate $P/expired.pem"
check "p7-verify encryption-only signer" "samemsg --p7-verify --inder --infile $P/signed-by-keyenc.p7s --load-ca-certificate $P/ca.pem"
check "p7-verify detached" "samemsg --p7-verify --inder --infile $P/ossl-rsa-detached.p7s --load-ca-certificate $P/ca.pem --load-data $P/data.txt"
check "p7-verify detached wrong data" "samemsg --p7-verify --inder --infile $P/gnutls-rsa-detached.p7s --load-ca-certificate $P/ca.pem --load-data $P/ca.pem"
check "p7-verify signer" "samemsg --p7-verify --inder --infile $P/gnutls-rsa-nocert.p7s --load-certificate $P/rsa.pem"
check "p7-sign rsa" "same --p7-sign --load-privkey $P/rsa.key --load-certificate $P/rsa.pem --infile $P/data.txt"
check "p7-detached-sign rsa" "same --p7-detached-sign --load-privkey $P/rsa.key --load-certificate $P/rsa.pem --infile $P/data.txt"
check "p7-sign rsa sha512 no cert" "same --p7-sign --no-p7-include-cert --hash sha512 --load-privkey $P/rsa.key --load-certificate $P/rsa.pem --infile $P/data.txt"
check "p7-sign ecdsa time" "ours --p7-sign --p7-time --load-privkey $P/ec.key --load-certificate $P/ec.pem --infile $P/data.txt --outfile ec.p7 && real --p7-verify --infile ec.p7 --load-ca-certificate $P/ca.pem 2>&1 | grep -q 'Signature status: ok'"
K=$P/../keys
check "p7-sign ed25519" "same --p7-sign --load-privkey $K/ed25519.key --load-certificate $K/ed25519.pem --infile $P/data.txt"
check "p7-sign rsa-pss" "ours --p7-sign --load-privkey $K/rsa-pss.key --load-certificate $K/rsa-pss.pem --infile $P/data.txt --outfile pss.p7 && real --p7-verify --infile pss.p7 --load-certificate $K/rsa-pss.pem 2>&1 | grep -q 'Signature status: ok'"
check "p7-info rsa-pss" "same --p7-info --infile pss.p7"
check "p7-generate" "same --p7-generate --load-certificate $P/ca.pem --load-crl $P/ca.crl"
# PKCS#12 (--to-p12, --p12-info). Ours writes what OpenSSL and the system
# library read; both libraries print the same for a file either wrote (or
# OpenSSL did); and what ours writes is what the system library writes,
# apart from the random salts (and so the encrypted key's bytes).
p12() { "$1" --to-p12 --load-certificate $P/rsa.pem --load-privkey $P/rsa.key --p12-name test --password secret --outder "${@:2}"; }
p12info() { "$1" --p12-info --inder --password secret --infile "$2" 2>&1; }
nosalt() { sed '/^\s*Salt\( size\)\?: /d; /BEGIN ENCRYPTED PRIVATE KEY/,/END ENCRYPTED PRIVATE KEY/d'; }
p12msg() { diff <(ours "$@" 2>&1 | sed 's/^\(verify_mac\|bag_decrypt\): .*/\1/') <(real "$@" 2>&1 | sed 's/^\(verify_mac\|bag_decrypt\): .*/\1/'); }
check "to-p12" "p12 ours --outfile ours.p12 && openssl pkcs12 -in ours.p12 -info -noout -passin pass:secret"
[ -s ours.p12 ] || p12 real --outfile ours.p12 >/dev/null 2>&1
p12 real --outfile real.p12 >/dev/null 2>&1
check "p12-info ours-written same" "diff <(p12info ours ours.p12) <(p12info real ours.p12)"
check "p12-info system-written same" "diff <(p12info ours real.p12) <(p12info real real.p12)"
check "p12-info openssl-written same" "diff <(p12info ours $P/../pkcs12/aes.p12) <(p12info real $P/../pkcs12/aes.p12)"
check "to-p12 as the system library writes" "diff <(p12info real ours.p12 | nosalt) <(p12info real real.p12 | nosalt)"
check "to-p12 pkcs12-3des" "p12 ours --pkcs-cipher 3des-pkcs12 --outfile 3des.p12 && openssl pkcs12 -in 3des.p12 -info -noout -passin pass:secret && diff <(p12info ours 3des.p12) <(p12info real 3des.p12)"
for c in 3des aes-192 rc2-40 arcfour; do
    check "to-p12 $c" "p12 ours --pkcs-cipher $c --outfile c-$c.p12 && openssl pkcs12 -legacy -in c-$c.p12 -info -noout -passin pass:secret && diff <(p12info ours c-$c.p12) <(p12info real c-$c.p12)"
done
check "to-p12 aes-256 pem" "ours --to-p12 --load-certificate $P/rsa.pem --load-privkey $P/rsa.key --p12-name test --password secret --pkcs-cipher aes-256 --outfile pem.p12 && grep -q 'BEGIN PKCS12' pem.p12 && real --p12-info --password secret --infile pem.p12 | grep -q 'PBES2-AES256-CBC'"
check "p12-info wrong password" "p12msg --p12-info --inder --password wrong --infile ours.p12"

# Certificate requests. With the fixed RSA key of the corpus, PKCS#1 v1.5
# makes the request and the certificate deterministic: ours must write the
# very bytes the system library writes.
cat >req.tmpl <<'T'
cn = "req.example"
organization = "Org"
country = GR
dns_name = "a.example"
dns_name = "b.example"
ip_address = "10.0.0.1"
email = "me@a.example"
challenge_password = "secret123"
tls_www_server
tls_www_client
signing_key
encryption_key
tls_feature = 5
T
cat >fromreq.tmpl <<'T'
serial = 9
activation_date = "2024-02-01 00:00:00"
expiration_date = "2033-02-01 00:00:00"
honor_crq_extensions
tls_www_server
T
cat >fixedca.tmpl <<'T'
cn = "Fixed CA"
ca
cert_signing_key
serial = 1
activation_date = "2024-01-01 00:00:00"
expiration_date = "2034-01-01 00:00:00"
T
real --generate-self-signed --load-privkey "$keys/rsa-pkcs1.pem" --template fixedca.tmpl --outfile fixedca.pem >/dev/null 2>&1
check "generate-request rsa" "ours --generate-request --load-privkey $keys/rsa-pkcs1.pem --template req.tmpl --outfile req.pem && real --crq-info --infile req.pem | grep -q 'Self signature: verified'"
check "generate-request rsa same bytes" "real --generate-request --load-privkey $keys/rsa-pkcs1.pem --template req.tmpl --outfile req-real.pem && cmp req.pem req-real.pem"
check "generate-request ecdsa" "ours --generate-request --load-privkey k.pem --template req.tmpl --outfile req-ec.pem && real --crq-info --infile req-ec.pem | grep -q 'Self signature: verified'"
[ -s req-real.pem ] || real --generate-request --load-privkey "$keys/rsa-pkcs1.pem" --template req.tmpl --outfile req-real.pem >/dev/null 2>&1
for f in req-real.pem req-ec.pem "$crqs/certtool-rsa.pem" "$crqs/certtool-ec.pem" "$crqs/openssl-ec.pem"; do
    check "crq-info same $(basename "$f")" "[ -s $f ] && same --crq-info --infile $f"
done
check "crq-info same openssl-rsa-sha1.der" "same --crq-info --inder --infile $crqs/openssl-rsa-sha1.der"
check "generate-certificate load-request" "ours --generate-certificate --load-request req-real.pem --load-ca-certificate fixedca.pem --load-ca-privkey $keys/rsa-pkcs1.pem --template fromreq.tmpl --outfile fromreq.pem && real --verify --load-ca-certificate fixedca.pem --infile fromreq.pem | verified"
check "generate-certificate load-request same bytes" "real --generate-certificate --load-request req-real.pem --load-ca-certificate fixedca.pem --load-ca-privkey $keys/rsa-pkcs1.pem --template fromreq.tmpl --outfile fromreq-real.pem && cmp fromreq.pem fromreq-real.pem"
check "generate-certificate load-request ecdsa" "ours --generate-certificate --load-request req-ec.pem --load-ca-certificate ca.pem --load-ca-privkey cak.pem --template fromreq.tmpl --outfile fromreq-ec.pem && real --verify --load-ca-certificate ca.pem --infile fromreq-ec.pem | verified"
cat >names.tmpl <<'T'
cn = "names.example"
serial = 3
activation_date = "2024-01-01 00:00:00"
expiration_date = "2030-01-01 00:00:00"
xmpp_name = "me@xmpp.example"
other_name = "1.2.3.4 0c0378797a"
tls_feature = 5
tls_feature = 17
T
check "generate-self-signed other names and TLS features same bytes" "ours --generate-self-signed --load-privkey $keys/rsa-pkcs1.pem --template names.tmpl --outfile names.pem && real --generate-self-signed --load-privkey $keys/rsa-pkcs1.pem --template names.tmpl --outfile names-real.pem && cmp names.pem names-real.pem"
check "other names certificate-info same" "[ -s names-real.pem ] && same --certificate-info --infile names-real.pem"
check "crq-info garbage" "! ours --crq-info --infile $keys/garbage.txt"

echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
