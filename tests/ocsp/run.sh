#!/usr/bin/env bash
# tests/ocsp/run.sh LIBDIR: OCSP stapling with real programs on loopback.
#   libcurl-gnutls on LIBDIR (replace mode), CURLOPT_SSL_VERIFYSTATUS, against
#     openssl s_server -status_file: a good staple passes; a revoked, a
#     foreign or no staple fails; each outcome equals the real library's.
#   gnutls-serv on LIBDIR stapling with --ocsp-response, checked by
#     openssl s_client -status.
# Corpus: tests/certs/ocsp (make-ocsp.sh). Ends with "N passed, N failed".
set -u -o pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
[ $# -ge 1 ] && [ -e "$1/libgnutls.so.30" ] || { echo "usage: $0 LIBDIR" >&2; exit 2; }
LIBDIR=$(cd "$1" && pwd)
MODE=replace
# shellcheck source=../interop/lib.sh
. "$root/tests/interop/lib.sh"
interop_setup rgnutls-ocsp
corpus="$root/tests/certs/ocsp"
passed=0 failed=0
pass() { echo "PASS $1"; passed=$((passed + 1)); }
fail() { echo "FAIL $1"; failed=$((failed + 1)); }

cc -O1 -o "$work/curl_status" "$here/curl_status.c" -l:libcurl-gnutls.so.4 || { echo "0 passed, 1 failed"; exit 1; }

# curl_case NAME STATUS_ARGS...: the same GET on the real library and on ours.
curl_case() {
    local name=$1 port real ours
    shift
    port=$(free_port) || return
    serve "$name" "$corpus" openssl s_server -accept "127.0.0.1:$port" -cert server.pem -key server.key -www "$@"
    wait_port "$port" "$srv_pid" || { fail "$name: openssl s_server did not start"; return; }
    env -u LD_LIBRARY_PATH "$work/curl_status" "https://localhost:$port/" "$corpus/ca.pem" >"$work/$name.real" 2>&1
    real=$?
    on_lib "$work/curl_status" "https://localhost:$port/" "$corpus/ca.pem" >"$work/$name.ours" 2>&1
    ours=$?
    stop_server "$srv_pid"
    if [ "$real" = "$ours" ]; then
        pass "libcurl-gnutls $name: exit $ours as on the real library ($(head -1 "$work/$name.ours"))"
    else
        fail "libcurl-gnutls $name: exit $ours, real library $real: $(head -2 "$work/$name.ours" | tr '\n' ' ')"
    fi
}

curl_case good-staple -status_file good.der
curl_case revoked-staple -status_file revoked.der
curl_case no-staple
# The good case must also really pass (not fail alike on both).
if grep -q '^curl 0 ' "$work/good-staple.ours" 2>/dev/null; then pass "good staple accepted"; else fail "good staple not accepted"; fi

# gnutls-serv on ours staples; openssl sees the response.
port=$(free_port)
serve gnutls-serv "$corpus" env "$(lib_env)" gnutls-serv -p "$port" --echo --x509certfile server.pem --x509keyfile server.key --ocsp-response good.der --ignore-ocsp-response-errors
if wait_port "$port" "$srv_pid"; then
    echo | timeout 10 openssl s_client -connect "127.0.0.1:$port" -servername localhost -status -CAfile "$corpus/ca.pem" >"$work/sclient.out" 2>&1
    if grep -q 'OCSP Response Status: successful' "$work/sclient.out" && grep -q 'Cert Status: good' "$work/sclient.out"; then
        pass "gnutls-serv (ours) staples its OCSP response"
    else
        fail "gnutls-serv (ours) stapling: $(grep -i -m2 'ocsp' "$work/sclient.out" | tr '\n' ' ')"
    fi
else
    fail "gnutls-serv (ours) did not start: $(tail -2 "$work/gnutls-serv.srv" | tr '\n' ' ')"
fi
stop_server "$srv_pid"

# A server using gnutls_certificate_set_ocsp_status_request_function2 on
# ours: the callback's response is stapled; a callback answering
# GNUTLS_E_NO_CERTIFICATE_STATUS sends none (and the handshake succeeds).
if cc -O1 -o "$work/staple_server" "$here/staple_server.c" -lgnutls; then
    for resp in good.der -; do
        port=$(free_port)
        serve "staple-cb$resp" "$corpus" env "$(lib_env)" "$work/staple_server" "$port" "$corpus" "$resp"
        if wait_port "$port" "$srv_pid"; then
            # First a client that asks for no staple: the callback is not called.
            echo | timeout 10 openssl s_client -connect "127.0.0.1:$port" -servername localhost -CAfile "$corpus/ca.pem" >"$work/sclient-nostatus.out" 2>&1
            sleep 0.2
            if [ "$resp" = good.der ]; then
                if grep -q '^handshake ok' "$work/staple-cb$resp.srv" && ! grep -q '^callback' "$work/staple-cb$resp.srv"; then
                    pass "status callback (ours) not called for a client that asks for no staple"
                else
                    fail "status callback (ours) called without status_request: $(tail -3 "$work/staple-cb$resp.srv" | tr '\n' ' ')"
                fi
            fi
            echo | timeout 10 openssl s_client -connect "127.0.0.1:$port" -servername localhost -status -CAfile "$corpus/ca.pem" >"$work/sclient-cb.out" 2>&1
            if [ "$resp" = - ]; then
                if grep -q 'OCSP response: no response sent' "$work/sclient-cb.out" && grep -q '^handshake ok' "$work/staple-cb-.srv"; then
                    pass "status callback (ours) declining: no staple, handshake ok"
                else
                    fail "status callback (ours) declining: $(grep -i -m2 'ocsp' "$work/sclient-cb.out" | tr '\n' ' ') / $(tail -2 "$work/staple-cb-.srv" | tr '\n' ' ')"
                fi
            elif grep -q 'OCSP Response Status: successful' "$work/sclient-cb.out" && grep -q 'Cert Status: good' "$work/sclient-cb.out"; then
                pass "status callback (ours, _function2) staples its response"
            else
                fail "status callback (ours) stapling: $(grep -i -m2 'ocsp' "$work/sclient-cb.out" | tr '\n' ' ') / $(tail -2 "$work/staple-cbgood.der.srv" | tr '\n' ' ')"
            fi
        else
            fail "staple_server (ours) did not start: $(tail -2 "$work/staple-cb$resp.srv" | tr '\n' ' ')"
        fi
        stop_server "$srv_pid"
    done
else
    fail "staple_server.c does not compile"
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
