#!/usr/bin/env bash
# tests/programs/certtool.sh BUILD: the real certtool on BUILD/libgnutls.so.30
# (replace mode): key generation, a self-signed certificate from a template,
# and reading it back. What ours makes is checked with the system library.
set -u -o pipefail
[ $# -ge 1 ] || { echo "usage: $0 BUILD" >&2; exit 2; }
build=$(cd "$1" && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/rgnutls-certtool.XXXXXX")
trap 'rm -rf "$work"' EXIT
passed=0 failed=0
check() { if eval "$2" >"$work/log" 2>&1; then echo "PASS $1"; passed=$((passed + 1)); else echo "FAIL $1: $(tail -c 300 "$work/log")"; failed=$((failed + 1)); fi; }
ours() { env LD_LIBRARY_PATH="$build" timeout 120 certtool "$@"; }
real() { env -u LD_LIBRARY_PATH timeout 120 certtool "$@"; }
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
check "generate-privkey ecdsa" "ours --generate-privkey --key-type ecdsa --outfile k.pem && real --key-info --infile k.pem"
[ -s k.pem ] || real --generate-privkey --key-type ecdsa --outfile k.pem >/dev/null 2>&1
check "generate-self-signed" "ours --generate-self-signed --load-privkey k.pem --template t.tmpl --outfile c.pem && real --verify --load-ca-certificate c.pem --infile c.pem"
[ -s c.pem ] || real --generate-self-signed --load-privkey k.pem --template t.tmpl --outfile c.pem >/dev/null 2>&1
check "certificate-info" "ours --certificate-info --infile c.pem | grep -q 'test.example'"
echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
