#!/bin/sh
# Installs the Debian 12 packages the test suite needs: the real GnuTLS
# programs and libraries we load-test against, a C toolchain with the GnuTLS
# and libcurl-gnutls headers for the C test programs, and the tools the
# shell tests call. Safe to run again: it does nothing when all are present.
set -eu

PACKAGES="
binutils
ca-certificates
cups-daemon
cups-ipp-utils
curl
exim4-daemon-light
gcc
git
glib-networking
gnutls-bin
iproute2
knot-dnsutils
ldap-utils
lftp
libc6-dev
libcurl3-gnutls
libcurl4-gnutls-dev
libgnutls28-dev
libgnutls30
libnet-ssleay-perl
lighttpd
lighttpd-mod-gnutls
make
msmtp
openssl
pkg-config
procps
python3
python3-gi
qemu-utils
slapd
swaks
valgrind
wget
"

missing=""
for pkg in $PACKAGES; do
    status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
    case "$status" in
        "install ok installed") ;;
        *) missing="$missing $pkg" ;;
    esac
done

# cbindgen regenerates include/gnutls/*.h; CI checks they are not stale.
need_cbindgen=no
command -v cbindgen >/dev/null 2>&1 || [ -x "$HOME/.cargo/bin/cbindgen" ] || need_cbindgen=yes

if [ -z "$missing" ] && [ "$need_cbindgen" = no ]; then
    echo "install-test-deps: all packages already installed"
    exit 0
fi
if [ "$need_cbindgen" = yes ]; then
    echo "install-test-deps: installing cbindgen"
    cargo install --locked cbindgen --version 0.29.4
fi
[ -n "$missing" ] || exit 0

if [ "$(id -u)" -ne 0 ]; then
    echo "install-test-deps: need root to install:$missing" >&2
    exit 1
fi

# Package scripts must not start daemons (lighttpd would bind port 80):
# a policy-rc.d that answers 101 forbids it. Only add one if none exists.
policy=/usr/sbin/policy-rc.d
added_policy=no
if [ ! -e "$policy" ]; then
    printf '#!/bin/sh\nexit 101\n' > "$policy"
    chmod 755 "$policy"
    added_policy=yes
fi
cleanup() { [ "$added_policy" = yes ] && rm -f "$policy"; return 0; }
trap cleanup EXIT

echo "install-test-deps: installing$missing"
export DEBIAN_FRONTEND=noninteractive
apt-get update
# shellcheck disable=SC2086 # word splitting of the package list is intended
apt-get install -y --no-install-recommends $missing
