#!/usr/bin/env bash
# tests/install/run.sh BUILD: `make install` into a temporary prefix, then a
# program built with `pkg-config --cflags --libs gnutls` against it links to
# rgnutls, compiles with our headers, and runs on our library.
set -u -o pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/rgnutls-install.XXXXXX")
trap 'rm -rf "$work"' EXIT
passed=0 failed=0
check() { if eval "$2"; then echo "PASS $1"; passed=$((passed + 1)); else echo "FAIL $1"; failed=$((failed + 1)); fi; }

prefix="$work/prefix"
check "make install PREFIX=$prefix" "make -C '$root' --no-print-directory install PREFIX='$prefix' >'$work/install.log' 2>&1"
check "files installed" "[ -x '$prefix/lib/libgnutls.so.30' ] && [ -L '$prefix/lib/libgnutls.so' ] && [ -f '$prefix/include/gnutls/gnutls.h' ] && [ -f '$prefix/include/gnutls/x509.h' ]"
check "pkg-config reports 3.7.9" "[ \"\$(PKG_CONFIG_PATH='$prefix/lib/pkgconfig' pkg-config --modversion gnutls)\" = 3.7.9 ]"
cat > "$work/prog.c" <<'C'
#include <gnutls/gnutls.h>
#include <gnutls/crypto.h>
#include <stdio.h>
int main(void)
{
	unsigned char d[32];
	gnutls_global_init();
	if (gnutls_hash_fast(GNUTLS_DIG_SHA256, "abc", 3, d) != 0)
		return 1;
	printf("%s %02x%02x\n", gnutls_check_version(NULL), d[0], d[1]);
	gnutls_global_deinit();
	return 0;
}
C
flags=$(PKG_CONFIG_PATH="$prefix/lib/pkgconfig" pkg-config --cflags --libs gnutls)
check "compiles with pkg-config flags, -Wall -Werror" "cc -Wall -Werror -o '$work/prog' '$work/prog.c' $flags"
check "uses the installed headers" "grep -q rgnutls '$prefix/include/gnutls/gnutls.h'"
check "runs on the installed library" "[ \"\$(LD_LIBRARY_PATH='$prefix/lib' '$work/prog')\" = '3.7.9 ba78' ]"
check "and only that library" "LD_LIBRARY_PATH='$prefix/lib' LD_DEBUG=libs '$work/prog' 2>&1 | grep 'calling init:.*libgnutls' | grep -q '$prefix/lib/libgnutls.so.30'"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
