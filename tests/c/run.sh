#!/usr/bin/env bash
# tests/c/run.sh BUILD: the C test suite against BUILD/libgnutls.so.30.
#
# Differential tests, tests/c/diff/*.c: each program is compiled against the
# system GnuTLS headers and run twice, on the real libgnutls and on ours
# (BUILD first on LD_LIBRARY_PATH); the outputs must be identical, except
# lines starting with '~' (free wording, such as error messages), which
# are left out of the comparison. Each is also compiled against our
# generated headers (-Wall -Werror) and must print the same on ours.
# Ours runs under valgrind when it is installed (VALGRIND=0 turns it off).
#
# Then tests that only make sense on ours (tests/c/ours/*.c, which print
# "ok" lines and exit 0), the struct layout check and the fixture scripts.
set -u -o pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
[ $# -ge 1 ] || { echo "usage: $0 BUILD" >&2; exit 2; }
build=$(cd "$1" && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/rgnutls-c.XXXXXX")
trap 'rm -rf "$work"' EXIT
passed=0 failed=0
pass() { echo "PASS $1"; passed=$((passed + 1)); }
fail() { echo "FAIL $1"; failed=$((failed + 1)); }

vg=()
if [ "${VALGRIND:-1}" = 1 ] && command -v valgrind >/dev/null; then
    vg=(valgrind -q --error-exitcode=99 --leak-check=no --errors-for-leak-kinds=none --suppressions="$root/tests/valgrind.supp")
fi
real() { env -u LD_LIBRARY_PATH -u LD_PRELOAD timeout 120 "$@"; }
ours() { env -u LD_PRELOAD LD_LIBRARY_PATH="$build" timeout 300 "${vg_now[@]}" "$@"; }
vg_now=("${vg[@]}")

# Tests find the certificate corpus here, whatever their working directory.
export RGNUTLS_CERTS="$root/tests/certs/"
cflags=(-O1 -g -Wall -Werror -Wno-deprecated-declarations)
for src in "$here"/diff/*.c; do
    [ -e "$src" ] || continue
    t=$(basename "$src" .c)
    if ! cc "${cflags[@]}" -o "$work/$t.sys" "$src" -lgnutls 2>"$work/$t.cc"; then
        fail "$t: does not compile against the system headers: $(head -c 300 "$work/$t.cc")"; continue
    fi
    if ! cc "${cflags[@]}" -I"$root/include" -o "$work/$t.ours" "$src" -L"$build" -lgnutls 2>"$work/$t.cc"; then
        fail "$t: does not compile against our headers: $(head -c 300 "$work/$t.cc")"; continue
    fi
    # A test that says "rgnutls-test: no-valgrind" runs ours without it
    # (GnuTLS's 600000-round key derivations are too slow under valgrind).
    if grep -q 'rgnutls-test: no-valgrind' "$src"; then vg_now=(); else vg_now=("${vg[@]}"); fi
    (cd "$work" && real "./$t.sys" >"$t.real" 2>"$t.real.err"); rc_real=$?
    (cd "$work" && ours "./$t.sys" >"$t.out" 2>"$t.out.err"); rc_ours=$?
    (cd "$work" && ours "./$t.ours" >"$t.out2" 2>"$t.out2.err"); rc_ours2=$?
    if [ "$rc_real" != "$rc_ours" ] || [ "$rc_ours" != "$rc_ours2" ]; then
        fail "$t: exit status real=$rc_real ours=$rc_ours ours-headers=$rc_ours2 $(tail -c 400 "$work/$t.out.err")"; continue
    fi
    if ! diff <(grep -v '^~' "$work/$t.real") <(grep -v '^~' "$work/$t.out") >"$work/$t.diff"; then
        fail "$t: output differs from the real libgnutls (< real, > ours):"; head -20 "$work/$t.diff"; continue
    fi
    if ! diff -q "$work/$t.out" "$work/$t.out2" >/dev/null; then
        fail "$t: built against our headers, it prints something else"; continue
    fi
    pass "$t ($(grep -vc '^~' "$work/$t.real") lines equal)"
done

vg_now=("${vg[@]}")
for src in "$here"/ours/*.c; do
    [ -e "$src" ] || continue
    t=$(basename "$src" .c)
    if ! cc "${cflags[@]}" -I"$root/include" -o "$work/$t" "$src" -L"$build" -lgnutls 2>"$work/$t.cc"; then
        fail "$t: does not compile: $(head -c 300 "$work/$t.cc")"; continue
    fi
    if (cd "$work" && ours "./$t" >"$t.out" 2>&1); then pass "$t"; else fail "$t: $(tail -5 "$work/$t.out")"; fi
done

# Every public struct has the real size and field offsets.
if cc -Wall -Werror -o "$work/layout.sys" "$here/layout.c" && cc -Wall -Werror -I"$root/include" -o "$work/layout.ours" "$here/layout.c" \
    && diff <("$work/layout.sys") <("$work/layout.ours") >/dev/null; then
    pass "layout: struct sizes and offsets equal"
else
    fail "layout: struct sizes or offsets differ"
fi

for script in run-errors-dump.sh run-copyreloc.sh; do
    if out=$("$here/$script" "$build" 2>&1); then pass "$script: $(tail -1 <<<"$out")"; else fail "$script: $(tail -3 <<<"$out")"; fi
done

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
