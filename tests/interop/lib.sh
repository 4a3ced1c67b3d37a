# lib.sh: shared helpers for the interop scripts (sourced, not run).
#
# The caller sets LIBDIR (absolute) and MODE (replace|preload) and calls
# interop_setup; afterwards $work is a private temp dir removed at exit and
# every server started with `serve` is killed at exit.

# Run a program on the library under test.
on_lib() {
    if [ "${MODE:-replace}" = preload ]; then
        LD_PRELOAD="$LIBDIR/libgnutls.so.30" "$@"
    else
        LD_LIBRARY_PATH="$LIBDIR${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}" "$@"
    fi
}

# The same, as one NAME=VALUE word for env(1).
lib_env() {
    if [ "${MODE:-replace}" = preload ]; then
        echo "LD_PRELOAD=$LIBDIR/libgnutls.so.30"
    else
        echo "LD_LIBRARY_PATH=$LIBDIR"
    fi
}

server_pids=()
interop_cleanup() {
    local p
    for p in "${server_pids[@]}"; do
        kill "$p" 2>/dev/null
    done
    for p in "${server_pids[@]}"; do
        wait "$p" 2>/dev/null
    done
    [ -n "${work:-}" ] && [ -z "${KEEP_WORK:-}" ] && rm -rf "$work"
}

interop_setup() { # interop_setup PREFIX
    work=$(mktemp -d "/tmp/$1.XXXXXX")
    trap interop_cleanup EXIT
    trap 'exit 130' INT TERM
    next_port_=$((20000 + RANDOM % 20000))
}

# A TCP port nobody listens on (bounded search).
free_port() {
    local i
    for ((i = 0; i < 200; i++)); do
        next_port_=$((next_port_ + 1))
        if [ -z "$(ss -Htan "( sport = :$next_port_ )" 2>/dev/null)" ]; then
            echo "$next_port_"
            return 0
        fi
    done
    echo "no free port" >&2
    return 1
}

# serve NAME DIR CMD...: start a server in DIR (stdin /dev/null, output in
# $work/NAME.srv), bounded to 300 s; sets $srv_pid to the timeout(1) wrapper.
serve() {
    local name=$1 dir=$2
    shift 2
    (cd "$dir" && exec timeout 300 "$@") </dev/null >"$work/$name.srv" 2>&1 &
    srv_pid=$!
    server_pids+=("$srv_pid")
}

# wait_port PORT [PID]: until something listens on 127.0.0.1:PORT (<= 20 s).
wait_port() {
    local i
    for ((i = 0; i < 200; i++)); do
        if [ -n "$(ss -Hltn "( sport = :$1 )" 2>/dev/null)" ]; then
            return 0
        fi
        if [ -n "${2:-}" ] && ! kill -0 "$2" 2>/dev/null; then
            return 1
        fi
        sleep 0.1
    done
    return 1
}

stop_server() { # stop_server PID
    kill "$1" 2>/dev/null
    wait "$1" 2>/dev/null
    return 0
}

# talk OUT EXPECT INPUT CMD...: run CMD (bounded to 30 s) with INPUT on its
# stdin, then keep stdin open until OUT contains EXPECT (<= 20 s) or CMD
# exits; then close stdin and wait. stderr goes to OUT.err. Returns CMD's status.
talk() {
    local out=$1 expect=$2 input=$3 fifo pid fd i rc
    shift 3
    fifo=$(mktemp -u "$work/fifo.XXXXXX")
    mkfifo "$fifo"
    timeout 30 "$@" <"$fifo" >"$out" 2>"$out.err" &
    pid=$!
    exec {fd}>"$fifo"
    printf '%s' "$input" >&"$fd" 2>/dev/null
    for ((i = 0; i < 200; i++)); do
        grep -qF -- "$expect" "$out" 2>/dev/null && break
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.1
    done
    exec {fd}>&-
    wait "$pid"
    rc=$?
    rm -f "$fifo"
    return $rc
}

# died_of_signal STATUS: 128+N from a shell, or timeout(1)'s 124/137.
died_of_signal() {
    [ "$1" -gt 128 ] || [ "$1" -eq 124 ]
}

# Results, shared by the suites that source this file: one line per case
# (PASS name | FAIL name: reason, with excerpts), then `report`.
passed=0
failed=0
pass() { echo "PASS $1"; passed=$((passed + 1)); }
# fail NAME REASON [FILE...]: the stubs the FILEs say were called, then the
# last lines of each FILE (gnutls-cli's fingerprint lines left out).
fail() {
    local name=$1 why=$2 f
    shift 2
    echo "FAIL $name: $why"
    [ $# -gt 0 ] && grep -h 'is not implemented' "$@" 2>/dev/null | awk '!seen[$0]++' | tail -n 5 | sed 's/^/    | /'
    for f in "$@"; do
        [ -s "$f" ] && grep -v '^[[:space:]]*$' "$f" | grep -vE '^\s+(sha|pin)|is not implemented' | tail -n 4 | sed 's/^/    | /'
    done
    failed=$((failed + 1))
}
# want NAME: the case runs (ONLY=regex narrows the suite).
want() { [ -z "${ONLY:-}" ] || [[ $1 =~ $ONLY ]]; }
# report: the summary line; fails when a case failed.
report() {
    echo "$passed passed, $failed failed"
    [ "$failed" -eq 0 ]
}
