#!/usr/bin/env bash
# load-test.sh: do real Debian programs load and start on a replacement
# libgnutls.so.30?
#
# usage: tests/consumers/load-test.sh [--mode replace|preload|both] LIBDIR
#
# LIBDIR holds the libgnutls.so.30 under test. For every consumer ELF listed in
# shared/abi/consumers.tsv that is installed here, and for each mode
#   replace  LIBDIR first on LD_LIBRARY_PATH (the library replaces the real one)
#   preload  LD_PRELOAD=LIBDIR/libgnutls.so.30
# it runs these checks, each compared with the same check on the real library:
#   ldd      `ldd -r` (bind every symbol, run nothing): no new "undefined symbol",
#            "version ... not found" or missing-library lines, and libgnutls.so.30
#            resolves to LIBDIR's file
#   dlopen   (shared libraries) dlopen(RTLD_NOW) from a helper linked to nothing
#            but libc: same result as with the real library
#   run      (programs in run-args.tsv, lighttpd+mod_gnutls, a libcurl-gnutls
#            program) start it with harmless arguments: same exit status, no
#            loader errors, and LD_DEBUG=scopes shows that the only
#            libgnutls.so.30 in the process is LIBDIR's
# One line per program and mode (PASS/FAIL, SKIP when not installed), then
# "N passed, N failed". Exit status 0 when nothing failed.
#
# Environment: CONSUMERS_TSV overrides where consumers.tsv is read from;
# LOAD_TEST_TIMEOUT (seconds, default 30) bounds each program run.
set -u -o pipefail

usage() {
    echo "usage: $0 [--mode replace|preload|both] LIBDIR" >&2
    exit 2
}

mode=both
while [ $# -gt 0 ]; do
    case "$1" in
        --mode) [ $# -ge 2 ] || usage; mode=$2; shift 2 ;;
        --mode=*) mode=${1#--mode=}; shift ;;
        -h|--help) usage ;;
        --) shift; break ;;
        -*) usage ;;
        *) break ;;
    esac
done
[ $# -eq 1 ] || usage
case "$mode" in
    replace) modes=(replace) ;;
    preload) modes=(preload) ;;
    both) modes=(replace preload) ;;
    *) usage ;;
esac

libdir=$(cd "$1" 2>/dev/null && pwd) || { echo "load-test: no such directory: $1" >&2; exit 2; }
lib="$libdir/libgnutls.so.30"
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
timeout_s=${LOAD_TEST_TIMEOUT:-30}

tsv=${CONSUMERS_TSV:-}
if [ -z "$tsv" ]; then
    for candidate in "$repo/capi/abi/consumers.tsv" "$repo/../shared/abi/consumers.tsv"; do
        if [ -r "$candidate" ]; then tsv=$candidate; break; fi
    done
fi
if [ -z "$tsv" ] || [ ! -r "$tsv" ]; then echo "load-test: consumers.tsv not found (set CONSUMERS_TSV)" >&2; exit 2; fi

work=$(mktemp -d "${TMPDIR:-/tmp}/load-test.XXXXXX")
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/cwd"

echo "load-test: library $lib, mode $mode, consumers from $tsv"
[ -e "$lib" ] || echo "load-test: note: $lib does not exist; every check will fail"

# --- helpers built for this run (linked against the real world, not LIBDIR) ---
dlopen_check="$work/dlopen-check"
cc -o "$dlopen_check" "$here/dlopen-check.c" -ldl 2>"$work/cc-dlopen.err" \
    || { echo "load-test: cannot build dlopen-check:" >&2; cat "$work/cc-dlopen.err" >&2; exit 2; }

curl_helper="$work/curl-gnutls-version"
if ! cc -o "$curl_helper" "$here/curl-gnutls-version.c" -l:libcurl-gnutls.so.4 2>"$work/cc-curl.err"; then
    echo "load-test: note: cannot build the libcurl-gnutls program (libcurl4-gnutls-dev missing?)"
    curl_helper=""
fi

# lighttpd configuration that loads mod_gnutls and sets up a TLS socket, so
# `lighttpd -tt` (check config and preflight, then exit) makes mod_gnutls
# read a certificate and key through GnuTLS without serving anything.
lighttpd_conf="$work/lighttpd/lighttpd.conf"
mkdir -p "$work/lighttpd/www"
{
    echo "server.document-root = \"$work/lighttpd/www\""
    echo 'server.bind = "127.0.0.1"'
    echo 'server.port = 18443'
    echo 'server.modules += ("mod_gnutls")'
    if openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes \
        -keyout "$work/lighttpd/key.pem" -out "$work/lighttpd/cert.pem" \
        -days 2 -subj /CN=localhost >/dev/null 2>&1; then
        cat "$work/lighttpd/key.pem" "$work/lighttpd/cert.pem" > "$work/lighttpd/server.pem"
        echo 'ssl.engine = "enable"'
        echo "ssl.pemfile = \"$work/lighttpd/server.pem\""
    fi
} > "$lighttpd_conf"

# --- run arguments ---
declare -A run_args=()
while IFS=$'\t' read -r path args; do
    case "$path" in ''|'#'*) continue ;; esac
    run_args["$path"]=$args
done < "$here/run-args.tsv"

# The environment that puts LIBDIR's library in place for a mode.
mode_env() {
    case "$1" in
        replace) echo "LD_LIBRARY_PATH=$libdir${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}" ;;
        preload) echo "LD_PRELOAD=$lib" ;;
        real) echo "RGNUTLS_LOAD_TEST=real" ;;  # placeholder: no change
    esac
}

# Loader complaints in a file, one per line, normalised so real and test
# runs compare (addresses dropped).
loader_errors() {
    grep -E "symbol lookup error|undefined symbol|version \`[^']*' not found|error while loading shared libraries|=> not found|cannot be preloaded" "$1" 2>/dev/null \
        | sed -e 's/ *(0x[0-9a-f]*)//g' -e 's/^[[:space:]]*//' | sort -u
}

# Loader complaints in TEST that the real-library run BASE did not have.
new_loader_errors() {
    comm -13 <(loader_errors "$1") <(loader_errors "$2")
}

# run_cmd PREFIX MODE CMD...: runs CMD with stdin closed and a time limit;
# PREFIX.out/.err/.rc get its output and status, PREFIX.dbg.* the loader's
# LD_DEBUG=scopes trace (which lists every object's full path).
run_cmd() {
    local prefix=$1 m=$2
    shift 2
    (
        cd "$work/cwd" || exit 125
        exec timeout -k 5 "$timeout_s" env -u LD_LIBRARY_PATH -u LD_PRELOAD \
            "$(mode_env "$m")" LD_DEBUG=scopes LD_DEBUG_OUTPUT="$prefix.dbg" "$@"
    ) </dev/null >"$prefix.out" 2>"$prefix.err"
    echo $? > "$prefix.rc"
}

# Every distinct libgnutls.so.30 object the loader traced under PREFIX.
gnutls_objects() {
    cat "$1".dbg.* 2>/dev/null | tr -s ' \t' '\n' | sed 's/^object=//' | grep -E '(^|/)libgnutls\.so\.30$' | sort -u
}

# Proof that the process used LIBDIR's library and no other: prints why not.
runtime_proof_problem() {
    local objects
    objects=$(gnutls_objects "$1")
    if [ -z "$objects" ]; then
        echo "no libgnutls.so.30 seen in the loader trace"
    elif [ "$objects" != "$lib" ]; then
        echo "loaded $(echo "$objects" | tr '\n' ' ' | sed 's/ $//')"
    fi
}

# ldd_check ELF MODE ID: prints nothing when fine, else the problem.
ldd_check() {
    local elf=$1 m=$2 id=$3 base="$work/$3.ldd.real" test="$work/$3.ldd.$2"
    [ -e "$base" ] || env -u LD_LIBRARY_PATH -u LD_PRELOAD ldd -r "$elf" >"$base" 2>&1
    env -u LD_LIBRARY_PATH -u LD_PRELOAD "$(mode_env "$m")" ldd -r "$elf" >"$test" 2>&1
    local errors resolved path
    errors=$(new_loader_errors "$base" "$test")
    [ -z "$errors" ] || { echo "ldd: $(echo "$errors" | head -3 | tr '\n' ';')"; return; }
    resolved=$(sed -n 's/^[[:space:]]*libgnutls\.so\.30 => \([^ ]*\) .*/\1/p' "$test" | sort -u)
    if [ "$m" = preload ]; then
        grep -qF "$lib (" "$test" || { echo "ldd: $lib not preloaded"; return; }
        # ldd may print the NEEDED entry under the name of the file it shares
        # its identity with (a symlink's target): same file is the same object.
        for path in $resolved; do
            [ "$path" = "$lib" ] || [ "$path" -ef "$lib" ] || { echo "ldd: libgnutls.so.30 => $path"; return; }
        done
    else
        [ "$resolved" = "$lib" ] || echo "ldd: libgnutls.so.30 => ${resolved:-nothing}"
    fi
}

# compare_run LABEL PREFIX_REAL PREFIX_TEST: prints nothing when fine.
compare_run() {
    local label=$1 base=$2 test=$3 rc_base rc_test errors proof
    rc_base=$(cat "$base.rc")
    rc_test=$(cat "$test.rc")
    errors=$(new_loader_errors "$base.err" "$test.err")
    if [ -n "$errors" ]; then
        echo "$label: $(echo "$errors" | head -3 | tr '\n' ';')"
    elif [ "$rc_test" != "$rc_base" ]; then
        echo "$label: exit $rc_test (real library: $rc_base): $(head -c 200 "$test.err" | tr '\n' ' ')"
    else
        proof=$(runtime_proof_problem "$test")
        [ -z "$proof" ] || echo "$label: $proof"
    fi
}

# run_check ELF MODE ID LABEL CMD...: starts CMD on the real library (once)
# and in MODE, and compares.
run_check() {
    local m=$2 id=$3 label=$4
    shift 4
    [ -e "$work/$id.$label.real.rc" ] || run_cmd "$work/$id.$label.real" real "$@"
    run_cmd "$work/$id.$label.$m" "$m" "$@"
    compare_run "$label" "$work/$id.$label.real" "$work/$id.$label.$m"
}

# dlopen_check ELF MODE ID: same dlopen outcome and message as the real library.
dlopen_check_lib() {
    local elf=$1 m=$2 id=$3 base="$work/$3.dl.real" test="$work/$3.dl.$2" objects
    [ -e "$base.rc" ] || run_cmd "$base" real "$dlopen_check" "$elf"
    run_cmd "$test" "$m" "$dlopen_check" "$elf"
    if [ "$(cat "$test.rc")" != "$(cat "$base.rc")" ] || ! cmp -s "$base.out" "$test.out"; then
        echo "dlopen: $(head -c 200 "$test.out" | tr '\n' ' ')(real library: $(head -c 200 "$base.out" | tr '\n' ' '))"
        return
    fi
    # A plugin whose host symbols are missing fails to dlopen on the real
    # library too; the loader may not trace its scope then, so only a wrong
    # library is a failure. When it loads, LIBDIR's must be the one.
    objects=$(gnutls_objects "$test")
    if [ "$(cat "$test.rc")" = 0 ] || [ -n "$objects" ]; then
        local proof
        proof=$(runtime_proof_problem "$test")
        [ -z "$proof" ] || echo "dlopen: $proof"
    fi
}

passed=0
failed=0
skipped=0
n=0
mapfile -t elfs < <(tail -n +2 "$tsv" | cut -f1 | sed 's/^[^:]*://' | sort -u)

for elf in "${elfs[@]}"; do
    n=$((n + 1))
    id="elf$n"
    if [ ! -e "$elf" ]; then
        echo "SKIP $elf (not installed)"
        skipped=$((skipped + 1))
        continue
    fi
    is_lib=no
    case "$(basename "$elf")" in *.so|*.so.*) is_lib=yes ;; esac
    for m in "${modes[@]}"; do
        problems=()
        checks=(ldd)
        p=$(ldd_check "$elf" "$m" "$id"); [ -z "$p" ] || problems+=("$p")
        if [ "$is_lib" = yes ]; then
            checks+=(dlopen)
            p=$(dlopen_check_lib "$elf" "$m" "$id"); [ -z "$p" ] || problems+=("$p")
        fi
        if [ -n "${run_args[$elf]+set}" ]; then
            # shellcheck disable=SC2206 # arguments are space separated by design
            args=(${run_args[$elf]})
            checks+=("run ${run_args[$elf]}")
            p=$(run_check "$elf" "$m" "$id" run "$elf" "${args[@]}"); [ -z "$p" ] || problems+=("$p")
        fi
        case "$(basename "$elf")" in
            mod_gnutls.so)
                if command -v lighttpd >/dev/null; then
                    checks+=("lighttpd -tt")
                    p=$(run_check "$elf" "$m" "$id" lighttpd lighttpd -tt -f "$lighttpd_conf")
                    [ -z "$p" ] || problems+=("$p")
                fi ;;
            libcurl-gnutls.so.*)
                if [ -n "$curl_helper" ]; then
                    checks+=("curl-gnutls-version")
                    p=$(run_check "$elf" "$m" "$id" curl "$curl_helper"); [ -z "$p" ] || problems+=("$p")
                fi ;;
        esac
        what=$(IFS=,; echo "${checks[*]}")
        if [ ${#problems[@]} -eq 0 ]; then
            echo "PASS $m $elf [$what]"
            passed=$((passed + 1))
        else
            echo "FAIL $m $elf [$what] $(IFS='|'; echo "${problems[*]}")"
            failed=$((failed + 1))
        fi
    done
done

echo "skipped: $skipped not installed"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
