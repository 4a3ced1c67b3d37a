#!/usr/bin/env bash
# run-errors-dump.sh: the error/alert API of a libgnutls.so.30 against the
# real library's answers.
#
# usage: tests/c/run-errors-dump.sh LIBDIR          compare LIBDIR's library with the fixture
#        tests/c/run-errors-dump.sh --write-fixture  regenerate the fixture from the system library
#
# Builds errors_dump.c, runs it with LIBDIR first on LD_LIBRARY_PATH and
# compares its output with tests/fixtures/errors_real.txt (the same fixture
# tests/errors_table.rs checks the Rust tables against).
set -u -o pipefail

here=$(cd "$(dirname "$0")" && pwd)
fixture="$here/../fixtures/errors_real.txt"
work=$(mktemp -d "${TMPDIR:-/tmp}/errors-dump.XXXXXX")
trap 'rm -rf "$work"' EXIT

cc -O0 -o "$work/errors_dump" "$here/errors_dump.c" -lgnutls || exit 2

if [ "${1:-}" = "--write-fixture" ]; then
    env -u LD_LIBRARY_PATH -u LD_PRELOAD "$work/errors_dump" > "$fixture" || exit 1
    echo "run-errors-dump: wrote $fixture"
    exit 0
fi
[ $# -eq 1 ] || { echo "usage: $0 LIBDIR | --write-fixture" >&2; exit 2; }
libdir=$(cd "$1" 2>/dev/null && pwd) || { echo "run-errors-dump: no such directory: $1" >&2; exit 2; }

env -u LD_PRELOAD LD_LIBRARY_PATH="$libdir" timeout 30 "$work/errors_dump" >"$work/out" 2>"$work/err" </dev/null
rc=$?
if [ "$rc" -ne 0 ]; then
    echo "FAIL errors_dump exited $rc: $(head -c 300 "$work/err" | tr '\n' ' ')"
    echo "0 passed, 1 failed"
    exit 1
fi
# One result per fixture line, so a partial implementation shows its progress.
passed=0
failed=0
while IFS= read -r want && IFS= read -r got <&3; do
    if [ "$want" = "$got" ]; then
        passed=$((passed + 1))
    else
        echo "FAIL want: $want"
        echo "     got:  $got"
        failed=$((failed + 1))
    fi
done < "$fixture" 3< "$work/out"
if [ "$(wc -l < "$fixture")" != "$(wc -l < "$work/out")" ]; then
    echo "FAIL line count: $(wc -l < "$work/out") lines, fixture has $(wc -l < "$fixture")"
    failed=$((failed + 1))
fi
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
