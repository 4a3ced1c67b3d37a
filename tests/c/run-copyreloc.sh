#!/usr/bin/env bash
# run-copyreloc.sh: do programs that copy GnuTLS's data objects into
# themselves (R_X86_64_COPY) see the same bytes on a replacement library?
#
# usage: tests/c/run-copyreloc.sh LIBDIR          compare LIBDIR's library with the fixture
#        tests/c/run-copyreloc.sh --write-fixture  regenerate the fixture from the system library
#
# Builds copyreloc.c twice (-no-pie and default PIE) against the system
# headers and library, checks with readelf that the objects really are COPY
# relocations, then runs each build with LIBDIR's libgnutls.so.30 in front
# (LD_LIBRARY_PATH) and preloaded (LD_PRELOAD). Each run must exit 0, print
# exactly tests/fixtures/copyreloc_real.txt, give no loader warning (such as
# "has different size in shared object") and, by its LD_DEBUG=scopes trace,
# have LIBDIR's library as its only libgnutls.so.30.
# Prints one PASS/FAIL line per check and "N passed, N failed".
set -u -o pipefail

here=$(cd "$(dirname "$0")" && pwd)
fixture="$here/../fixtures/copyreloc_real.txt"
work=$(mktemp -d "${TMPDIR:-/tmp}/copyreloc.XXXXXX")
trap 'rm -rf "$work"' EXIT

build() {  # build NAME EXTRA_CFLAGS...
    local name=$1
    shift
    cc -O0 "$@" -o "$work/$name" "$here/copyreloc.c" -lgnutls -lnettle 2>"$work/$name.cc.err" || {
        echo "run-copyreloc: cannot build $name:" >&2
        cat "$work/$name.cc.err" >&2
        exit 2
    }
}

build copyreloc-nopie -no-pie
build copyreloc-pie -fpie -pie

if [ "${1:-}" = "--write-fixture" ]; then
    env -u LD_LIBRARY_PATH -u LD_PRELOAD "$work/copyreloc-nopie" > "$fixture" || exit 1
    echo "run-copyreloc: wrote $fixture"
    exit 0
fi
[ $# -eq 1 ] || { echo "usage: $0 LIBDIR | --write-fixture" >&2; exit 2; }
libdir=$(cd "$1" 2>/dev/null && pwd) || { echo "run-copyreloc: no such directory: $1" >&2; exit 2; }
lib="$libdir/libgnutls.so.30"

passed=0
failed=0
report() {  # report LABEL PROBLEM
    if [ -z "$2" ]; then
        echo "PASS $1"
        passed=$((passed + 1))
    else
        echo "FAIL $1: $2"
        failed=$((failed + 1))
    fi
}

# Every object copyreloc.c touches must be a COPY relocation in both builds.
objects=(gnutls_free gnutls_malloc gnutls_calloc gnutls_realloc gnutls_strdup)
for n in 2048 3072 4096 6144 8192; do
    objects+=("gnutls_ffdhe_${n}_group_prime" "gnutls_ffdhe_${n}_group_generator"
              "gnutls_ffdhe_${n}_group_q" "gnutls_ffdhe_${n}_key_bits")
done
for n in 1024 1536 2048 3072 4096 8192; do
    objects+=("gnutls_srp_${n}_group_prime" "gnutls_srp_${n}_group_generator")
done

for build in copyreloc-nopie copyreloc-pie; do
    readelf -rW "$work/$build" > "$work/$build.relocs"
    missing=()
    for obj in "${objects[@]}"; do
        grep -qE "R_X86_64_COPY +[0-9a-f]+ $obj@" "$work/$build.relocs" || missing+=("$obj")
    done
    report "$build: R_X86_64_COPY for all ${#objects[@]} objects (gnutls_free, gnutls_ffdhe_2048_group_prime, ...)" \
        "${missing[*]:+no COPY relocation for ${missing[*]}}"
done

for build in copyreloc-nopie copyreloc-pie; do
    for mode in replace preload; do
        case $mode in
            replace) placement="LD_LIBRARY_PATH=$libdir" ;;
            preload) placement="LD_PRELOAD=$lib" ;;
        esac
        out="$work/$build.$mode"
        env -u LD_LIBRARY_PATH -u LD_PRELOAD "$placement" LD_DEBUG=scopes LD_DEBUG_OUTPUT="$out.dbg" \
            timeout 30 "$work/$build" >"$out.out" 2>"$out.err" </dev/null
        rc=$?
        loaded=$(cat "$out".dbg.* 2>/dev/null | tr -s ' \t' '\n' | sed 's/^object=//' \
            | grep -E '(^|/)libgnutls\.so\.30$' | sort -u | tr '\n' ' ' | sed 's/ $//')
        problem=""
        if [ "$rc" -ne 0 ]; then
            problem="exit $rc: $(head -c 300 "$out.err" | tr '\n' ' ')$(diff "$fixture" "$out.out" | grep '^[<>]' | head -4 | tr '\n' ' ')"
        elif [ -s "$out.err" ]; then
            problem="loader/program messages: $(head -c 300 "$out.err" | tr '\n' ' ')"
        elif [ "$loaded" != "$lib" ]; then
            problem="libgnutls.so.30 loaded from: ${loaded:-nowhere}"
        elif ! cmp -s "$fixture" "$out.out"; then
            problem="output differs from the real library: $(diff "$fixture" "$out.out" | grep '^[<>]' | head -4 | tr '\n' ' ')"
        fi
        report "$build $mode: same object bytes, sizes and allocator behaviour as the real library" "$problem"
    done
done

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
