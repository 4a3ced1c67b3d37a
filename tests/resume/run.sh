#!/usr/bin/env bash
# tests/resume/run.sh LIBDIR: session resumption interop with real programs,
# rgnutls (LIBDIR/libgnutls.so.30) on one side. Loopback only; each server
# is started for one case and stopped after it.
#  - gnutls-cli --resume (ours) against openssl s_server, TLS 1.2 and 1.3
#  - gnutls-cli --resume (real) against gnutls-serv on ours, TLS 1.2 and 1.3
#  - openssl s_client -sess_out/-sess_in against gnutls-serv on ours
#  - two libcurl-gnutls handles sharing a session cache (ours), TLS 1.2
set -u
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
lib=$(cd "${1:?usage: $0 LIBDIR}" && pwd)
certs="$root/tests/certs"
work=$(mktemp -d); trap 'kill $(jobs -p) 2>/dev/null; rm -rf "$work"' EXIT
passed=0 failed=0
pass() { echo "PASS $1"; passed=$((passed + 1)); }
fail() { echo "FAIL $1"; failed=$((failed + 1)); }
ours=(env LD_LIBRARY_PATH="$lib")
port() { echo $((20000 + RANDOM % 20000)); }
stop() { kill "$1" 2>/dev/null; wait "$1" 2>/dev/null; }
# Until something listens on 127.0.0.1:PORT (at most 10 s): a loaded machine
# may take longer than any fixed sleep to start a server.
listening() { for _ in $(seq 100); do ss -Hltn "( sport = :$1 )" | grep -q . && return 0; sleep 0.1; done; return 1; }

for v in 1.2 1.3; do
    p=$(port)
    openssl s_server -accept 127.0.0.1:$p -cert "$certs/chains/valid.pem" -key "$certs/keys/leaf-ec.key" -cert_chain "$certs/chains/valid.pem" \
        -tls${v/./_} -www >"$work/ss.log" 2>&1 & pid=$!; listening $p
    "${ours[@]}" timeout 20 gnutls-cli --resume --x509cafile "$certs/chains/root.pem" \
        --sni-hostname www.example.com --verify-hostname www.example.com -p $p 127.0.0.1 </dev/null >"$work/cli.log" 2>&1
    if grep -q "This is a resumed session" "$work/cli.log"; then pass "gnutls-cli (ours) --resume vs openssl s_server TLS $v"
    else fail "gnutls-cli (ours) --resume vs openssl s_server TLS $v: $(tail -2 "$work/cli.log" | tr '\n' ' ')"; fi
    stop $pid

    p=$(port)
    "${ours[@]}" gnutls-serv -p $p --x509certfile "$certs/chains/valid.pem" --x509keyfile "$certs/keys/leaf-ec.key" \
        --priority "NORMAL:-VERS-ALL:+VERS-TLS$v" >"$work/gs.log" 2>&1 & pid=$!; listening $p
    timeout 20 gnutls-cli --resume --x509cafile "$certs/chains/root.pem" --sni-hostname www.example.com \
        --verify-hostname www.example.com -p $p 127.0.0.1 </dev/null >"$work/cli.log" 2>&1
    if grep -q "This is a resumed session" "$work/cli.log"; then pass "gnutls-cli --resume vs gnutls-serv (ours) TLS $v"
    else fail "gnutls-cli --resume vs gnutls-serv (ours) TLS $v: $(tail -1 "$work/gs.log") $(tail -1 "$work/cli.log")"; fi
    stop $pid
done

p=$(port)
"${ours[@]}" gnutls-serv -p $p --x509certfile "$certs/chains/valid.pem" --x509keyfile "$certs/keys/leaf-ec.key" \
    >"$work/gs.log" 2>&1 & pid=$!; listening $p
# Stay connected a moment: TLS 1.3 tickets follow the handshake, and an
# s_client that leaves at once may not have read them yet.
(sleep 0.5; echo) | timeout 10 openssl s_client -connect 127.0.0.1:$p -CAfile "$certs/chains/root.pem" -sess_out "$work/sess" >/dev/null 2>&1
out=$(echo | timeout 10 openssl s_client -connect 127.0.0.1:$p -CAfile "$certs/chains/root.pem" -sess_in "$work/sess" 2>&1)
if grep -q "^Reused" <<<"$out"; then pass "openssl s_client -sess_in vs gnutls-serv (ours)"
else fail "openssl s_client -sess_in vs gnutls-serv (ours): $(tail -1 "$work/gs.log")"; fi
stop $pid

cc -o "$work/curl_share" "$here/curl_share.c" /usr/lib/x86_64-linux-gnu/libcurl-gnutls.so.4 2>"$work/cc.log"
p=$(port)
openssl s_server -accept 127.0.0.1:$p -cert "$certs/chains/valid.pem" -key "$certs/keys/leaf-ec.key" -cert_chain "$certs/chains/valid.pem" -tls1_2 -www \
    >"$work/ss.log" 2>&1 & pid=$!; listening $p
out=$("${ours[@]}" timeout 20 "$work/curl_share" $p - 2>&1)
if grep -q "request 1: rc 0 Reused" <<<"$out"; then pass "libcurl-gnutls shared session cache (ours) TLS 1.2"
else fail "libcurl-gnutls shared session cache (ours) TLS 1.2: $(tr '\n' ' ' <<<"$out")"; fi
stop $pid

"$here/two-process.sh" "$lib" >"$work/two.log" 2>&1 && pass "two server processes share a ticket key" \
    || fail "two server processes share a ticket key: $(tail -2 "$work/two.log" | tr '\n' ' ')"

echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
