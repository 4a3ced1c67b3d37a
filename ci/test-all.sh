#!/usr/bin/env bash
# ci/test-all.sh BUILD: every test suite against BUILD/libgnutls.so.30, with a
# summary. Each suite prints its own results; the last line adds them up as
# "N passed, N failed" (suites, not individual cases).
set -u -o pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
passed=0 failed=0
failures=()

suite() {
    local name=$1; shift
    echo
    echo "=== $name: $*"
    if "$@"; then
        passed=$((passed + 1))
    else
        failed=$((failed + 1))
        failures+=("$name")
    fi
}

suite generated   make --no-print-directory check-generated
suite rust        cargo test --workspace --quiet
suite abi         ci/check-abi "$build/libgnutls.so.30"
suite c           tests/c/run.sh "$build"
suite programs    tests/consumers/load-test.sh "$build"
for extra in tests/install/run.sh tests/interop/run.sh tests/interop/fuzz-peer.sh tests/clientcert/run.sh \
    tests/resume/run.sh tests/resume/two-process.sh tests/ocsp/run.sh tests/programs/qemu-luks.sh tests/programs/wget-crl.sh \
    tests/programs/certtool.sh tests/programs/servers.sh tests/programs/servers2.sh tests/programs/fetchers.sh \
    tests/interop/rawpk.sh; do
    [ -x "$extra" ] && suite "$(basename "$(dirname "$extra")")/$(basename "$extra" .sh)" "$extra" "$build"
done

echo
[ ${#failures[@]} -eq 0 ] || echo "failed suites: ${failures[*]}"
echo "suites: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
