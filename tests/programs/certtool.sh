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

echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
