#!/usr/bin/env bash
# tests/programs/fetchers.sh LIBDIR: two everyday HTTPS clients on
# LIBDIR/libgnutls.so.30 (replace mode), against tiny_https.py (Python ssl,
# OpenSSL) on 127.0.0.1 only:
#
#   apt     its https method (which links libgnutls directly) updates from
#           a local repository and downloads a package, bytes compared;
#           refuses an untrusted server and a wrong host name
#   git     Debian's git clones a repository over HTTPS (git-remote-https,
#           through libcurl-gnutls), files compared; refuses an untrusted
#           server
#
# One line per case: PASS name | FAIL name: reason, then "N passed, N failed";
# exit status 1 if anything failed. Develop against the real library first:
#   mkdir -p /tmp/reallib && ln -sf /lib/x86_64-linux-gnu/libgnutls.so.30 /tmp/reallib/
#   tests/programs/fetchers.sh /tmp/reallib
# Environment: KEEP_WORK=1 keeps the temp dir; ONLY=regex runs only matching cases.
set -u -o pipefail
[ $# -eq 1 ] || { echo "usage: $0 LIBDIR" >&2; exit 2; }
[ -e "$1/libgnutls.so.30" ] || { echo "$0: no libgnutls.so.30 in $1" >&2; exit 2; }
LIBDIR=$(cd "$1" && pwd)
MODE=replace
export MODE
here=$(cd "$(dirname "$0")" && pwd)
interop=$(cd "$here/../interop" && pwd)
# shellcheck source=tests/interop/lib.sh
. "$interop/lib.sh"

GIT=/usr/bin/git # Debian's (a second git may sit in /usr/local)
APT_HTTPS=/usr/lib/apt/methods/https
for tool in apt-get dpkg-deb python3 sha256sum ss timeout "$GIT" "$APT_HTTPS"; do
    command -v "$tool" >/dev/null || [ -x "$tool" ] || { echo "$0: $tool is required" >&2; exit 2; }
done

interop_setup rgnutls-fetchers
"$interop/certs.sh" "$work/c" || exit 2
C=$work/c

# https_server NAME CHAIN KEY DIR: tiny_https.py on a free port ($port).
https_server() {
    port=$(free_port) || exit 2
    serve "$1" "$work" python3 "$here/tiny_https.py" "$port" "$2" "$3" "$4"
    wait_port "$port" "$srv_pid" || { echo "$0: $1 did not start" >&2; cat "$work/$1.srv" >&2; exit 2; }
}

# ------------------------------------------------------------------ apt
# A flat repository with one package, served by the test CA's RSA host.
repo=$work/repo
mkdir -p "$repo" "$work/pkg/DEBIAN" "$work/pkg/usr/share/doc/rgnutls-probe"
cat >"$work/pkg/DEBIAN/control" <<'EOF'
Package: rgnutls-probe
Version: 1.0
Architecture: all
Maintainer: rgnutls tests <tests@example.com>
Description: a package that only exists to be downloaded
EOF
head -c 200000 /dev/urandom >"$work/pkg/usr/share/doc/rgnutls-probe/payload"
dpkg-deb --build --root-owner-group "$work/pkg" "$repo/rgnutls-probe_1.0_all.deb" >/dev/null || exit 2
deb=$repo/rgnutls-probe_1.0_all.deb
{
    cat "$work/pkg/DEBIAN/control"
    echo "Filename: ./rgnutls-probe_1.0_all.deb"
    echo "Size: $(stat -c %s "$deb")"
    echo "SHA256: $(sha256sum "$deb" | cut -d' ' -f1)"
    echo
} >"$repo/Packages"
{
    echo "Origin: rgnutls"
    echo "Label: rgnutls"
    echo "Date: $(date -u -R)"
    echo "SHA256:"
    echo " $(sha256sum "$repo/Packages" | cut -d' ' -f1) $(stat -c %s "$repo/Packages") Packages"
} >"$repo/Release"
https_server apt-repo "$C/rsa-chain.pem" "$C/rsa.key" "$repo"
apt_port=$port
# The same repository under a certificate for another host name.
https_server apt-wronghost "$C/wronghost-chain.pem" "$C/wronghost.key" "$repo"
apt_wrong_port=$port

# apt_run NAME PORT CA ARGS...: apt-get with a private state, as root without
# its sandbox user (the build directory need not be readable by _apt).
apt_run() {
    local name=$1 port=$2 ca=$3 d=$work/apt-$1
    shift 3
    mkdir -p "$d/lists/partial" "$d/cache/archives/partial" "$d/etc/sources.list.d" "$d/etc/preferences.d" "$d/out"
    echo "deb [trusted=yes] https://localhost:$port/ ./" >"$d/etc/sources.list"
    (cd "$d/out" && on_lib timeout 60 apt-get -q \
        -o Dir::Etc="$d/etc" -o Dir::Etc::SourceList="$d/etc/sources.list" \
        -o Dir::Etc::SourceParts="$d/etc/sources.list.d" -o Dir::Etc::Parts="$d/etc/apt.conf.d" \
        -o Dir::State="$d" -o Dir::State::Lists="$d/lists" -o Dir::State::status=/dev/null \
        -o Dir::Cache="$d/cache" -o Debug::NoLocking=1 -o APT::Sandbox::User=root \
        -o Acquire::https::CaInfo="$ca" -o Acquire::Retries=0 "$@") >"$work/$name.out" 2>&1
}

name=apt-update-and-download
if want "$name"; then
    if apt_run "$name" "$apt_port" "$C/ca.pem" update &&
        apt_run "$name" "$apt_port" "$C/ca.pem" download rgnutls-probe &&
        cmp -s "$deb" "$work/apt-$name/out/rgnutls-probe_1.0_all.deb"; then
        pass "$name"
    else
        fail "$name" "update or download failed, or the package differs" "$work/$name.out"
    fi
fi

name=apt-refuses-untrusted
if want "$name"; then
    apt_run "$name" "$apt_port" "$C/otherca.pem" update
    if grep -q "rgnutls-probe" "$work/apt-$name/lists/"*Packages 2>/dev/null; then
        fail "$name" "the index was fetched from an untrusted server" "$work/$name.out"
    elif grep -qiE "certificate|handshake|verif" "$work/$name.out"; then
        pass "$name"
    else
        fail "$name" "no certificate error reported" "$work/$name.out"
    fi
fi

name=apt-refuses-wrong-host
if want "$name"; then
    apt_run "$name" "$apt_wrong_port" "$C/ca.pem" update
    if grep -q "rgnutls-probe" "$work/apt-$name/lists/"*Packages 2>/dev/null; then
        fail "$name" "the index was fetched despite the wrong host name" "$work/$name.out"
    elif grep -qiE "certificate|handshake|verif|name" "$work/$name.out"; then
        pass "$name"
    else
        fail "$name" "no certificate error reported" "$work/$name.out"
    fi
fi

# apt-get starts its https method itself: that child must load LIBDIR's
# libgnutls.so.30 and no other (the loader's log of every process).
name=apt-method-loads-ours
if want "$name"; then
    LD_DEBUG=libs LD_DEBUG_OUTPUT=$work/ld-apt apt_run "$name" "$apt_port" "$C/ca.pem" update
    inits=$(cat "$work"/ld-apt.* 2>/dev/null | grep -E 'calling init: .*libgnutls\.so\.30$' |
        sed 's/.*calling init: //' | sort -u)
    if [ "$inits" = "$LIBDIR/libgnutls.so.30" ]; then
        pass "$name"
    else
        fail "$name" "libgnutls.so.30 initialised from: ${inits:-nothing}" "$work/$name.out"
    fi
fi

# ------------------------------------------------------------------ git
# A repository published for git's "dumb" HTTP protocol (static files).
src=$work/src
mkdir -p "$src" "$work/git-www"
export GIT_CONFIG_NOSYSTEM=1 HOME=$work
"$GIT" init -q "$src"
head -c 300000 /dev/urandom >"$src/blob.bin"
echo "hello over rgnutls" >"$src/README"
"$GIT" -C "$src" add . && "$GIT" -C "$src" -c user.name=t -c user.email=t@example.com commit -qm init
"$GIT" clone -q --bare "$src" "$work/git-www/repo.git"
"$GIT" -C "$work/git-www/repo.git" update-server-info
https_server git-www "$C/ecdsa-chain.pem" "$C/ecdsa.key" "$work/git-www"
git_port=$port

name=git-clone
if want "$name"; then
    if GIT_SSL_CAINFO=$C/ca.pem on_lib timeout 60 "$GIT" clone -q "https://localhost:$git_port/repo.git" \
        "$work/$name" >"$work/$name.out" 2>&1 &&
        cmp -s "$src/blob.bin" "$work/$name/blob.bin" && cmp -s "$src/README" "$work/$name/README"; then
        pass "$name"
    else
        fail "$name" "clone failed or the files differ" "$work/$name.out"
    fi
fi

name=git-remote-https-loads-ours
if want "$name"; then
    GIT_SSL_CAINFO=$C/ca.pem LD_DEBUG=libs LD_DEBUG_OUTPUT=$work/ld-git on_lib timeout 60 "$GIT" clone -q \
        "https://localhost:$git_port/repo.git" "$work/$name" >"$work/$name.out" 2>&1
    inits=$(cat "$work"/ld-git.* 2>/dev/null | grep -E 'calling init: .*libgnutls\.so\.30$' |
        sed 's/.*calling init: //' | sort -u)
    if [ "$inits" = "$LIBDIR/libgnutls.so.30" ]; then
        pass "$name"
    else
        fail "$name" "libgnutls.so.30 initialised from: ${inits:-nothing}" "$work/$name.out"
    fi
fi

name=git-refuses-untrusted
if want "$name"; then
    if GIT_SSL_CAINFO=$C/otherca.pem on_lib timeout 60 "$GIT" clone -q "https://localhost:$git_port/repo.git" \
        "$work/$name" >"$work/$name.out" 2>&1; then
        fail "$name" "cloned from an untrusted server" "$work/$name.out"
    elif grep -qiE "certificate|verif" "$work/$name.out"; then
        pass "$name"
    else
        fail "$name" "no certificate error reported" "$work/$name.out"
    fi
fi

report
