#!/usr/bin/env bash
# tests/programs/qemu-luks.sh BUILD: qemu-img and qemu-io make and read LUKS
# disk images with BUILD/libgnutls.so.30 in place of the real library.
# Images made by ours must open with the real library and the other way
# round, with the same bytes inside.
#
# Note: Debian's QEMU 10 takes its ciphers, hashes and PBKDF2 from nettle
# directly; through libgnutls it uses gnutls_rnd (LUKS salts, master key,
# IV material) plus the TLS entry points it never calls here. The test
# checks that binding, so it proves our random numbers make valid LUKS
# volumes, not our AES-XTS (tests/c/diff/crypto.c covers that).
set -u -o pipefail
[ $# -ge 1 ] || { echo "usage: $0 BUILD" >&2; exit 2; }
build=$(cd "$1" && pwd)
command -v qemu-img >/dev/null || { echo "qemu-img not installed (apt install qemu-utils)"; echo "0 passed, 1 failed"; exit 1; }
work=$(mktemp -d "${TMPDIR:-/tmp}/rgnutls-luks.XXXXXX")
trap 'rm -rf "$work"' EXIT
cd "$work"
passed=0 failed=0
pass() { echo "PASS $1"; passed=$((passed + 1)); }
fail() { echo "FAIL $1"; failed=$((failed + 1)); }
ours() { env LD_LIBRARY_PATH="$build" "$@"; }
real() { env -u LD_LIBRARY_PATH -u LD_PRELOAD "$@"; }
secret=(--object secret,id=sec0,data=abc)
# A short PBKDF2 calibration keeps the test quick (qemu's default is 2 s).
create() { "$@" qemu-img create -f luks "${secret[@]}" -o key-secret=sec0,iter-time=50 "$img" 4M >/dev/null; }
opts() { echo "driver=luks,key-secret=sec0,file.filename=$1"; }
write_into() { "$@" qemu-img convert -n "${secret[@]}" -f raw data.raw --target-image-opts "$(opts "$img")" ; }
read_out() { "$@" qemu-img convert "${secret[@]}" --image-opts "$(opts "$img")" -O raw "$out"; }

head -c 4194304 /dev/urandom > data.raw

# Only our libgnutls is loaded in replace mode.
if ours env LD_DEBUG=libs qemu-img --version 2>&1 >/dev/null | grep 'calling init' | grep -q "$build/libgnutls.so.30" &&
   ! ours env LD_DEBUG=libs qemu-img --version 2>&1 >/dev/null | grep 'calling init' | grep -q '/lib/x86_64-linux-gnu/libgnutls'; then
    pass "replace mode: qemu-img loads $build/libgnutls.so.30 and not the system one"
else
    fail "replace mode: the library loaded is not ours"
fi

# The crypto qemu-img gets from libgnutls is bound to ours.
if ours env LD_DEBUG=bindings qemu-img create -f luks "${secret[@]}" -o key-secret=sec0,iter-time=10 bind.luks 1M 2>&1 >/dev/null |
        grep "symbol \`gnutls_rnd'" | grep -q "to $build/libgnutls.so.30"; then
    pass "qemu-img's gnutls_rnd binds to ours"
else
    fail "qemu-img's gnutls_rnd does not bind to ours"
fi

for maker in ours real; do
    img=$maker.luks
    if create $maker && write_into $maker; then pass "$maker: create a LUKS image and write 4 MiB into it"; else fail "$maker: create/write"; continue; fi
    for reader in ours real; do
        out=$maker-by-$reader.raw
        if read_out $reader && cmp -s data.raw "$out"; then
            pass "image made by $maker, read by $reader: same bytes"
        else
            fail "image made by $maker, read by $reader"
        fi
    done
done

# qemu-io on ours: sector writes at odd offsets, read back with a pattern check.
img=ours.luks
if ours qemu-io "${secret[@]}" --image-opts "$(opts "$img")" -c 'write -P 0x5a 4096 65536' -c 'write -P 0xa5 1048064 1024' \
        -c 'read -P 0x5a 4096 65536' -c 'read -P 0xa5 1048064 1024' 2>&1 | tee io.log | grep -q 'Pattern verification failed'; then
    fail "qemu-io pattern write/read"
elif [ "$(grep -c '^read ' io.log)" = 2 ]; then
    pass "qemu-io: pattern writes read back"
else
    fail "qemu-io: $(tail -2 io.log)"
fi
# ... and the real library sees the same sectors.
out=check.raw
if read_out real && cmp -s <(head -c 65536 <(tail -c +4097 "$out")) <(head -c 65536 /dev/zero | tr '\0' '\132'); then
    pass "sectors written by qemu-io on ours read back by the real library"
else
    fail "sectors written by qemu-io on ours, read by the real library"
fi

# A wrong passphrase is refused.
if ours qemu-img convert --object secret,id=sec0,data=wrong --image-opts "$(opts ours.luks)" -O raw bad.raw 2>/dev/null; then
    fail "wrong passphrase accepted"
else
    pass "wrong passphrase refused"
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
