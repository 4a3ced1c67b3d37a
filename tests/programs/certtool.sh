#!/usr/bin/env bash
# tests/programs/certtool.sh BUILD: the real certtool on BUILD/libgnutls.so.30
# (replace mode): key generation, a self-signed CA, a certificate it signs,
# reading keys and certificates back, and chain verification. What ours
# makes is checked with the system library; where the output is
# deterministic (key and certificate info), ours must print exactly what
# the system library prints.
set -u -o pipefail
[ $# -ge 1 ] || { echo "usage: $0 BUILD" >&2; exit 2; }
build=$(cd "$1" && pwd)
P=$(cd "$(dirname "$0")/../certs/pkcs7" && pwd) || exit 2
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

echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
