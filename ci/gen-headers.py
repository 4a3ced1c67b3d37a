#!/usr/bin/env python3
"""Generate include/gnutls/*.h with cbindgen from capi/src/<header>/*.rs.

cbindgen reads one source file, so each header's module is concatenated
into a scratch file first. Per header we add to the shared cbindgen.toml:
  - the #includes the GnuTLS header has;
  - renames: `X__enum` (the header view of an enum) becomes `X`, and the
    static-wrapper types print as the C types they wrap;
  - exclusions: the `X = c_int` aliases of those enums and the constants
    that repeat enum members (C gets them from the enum itself);
  - a trailer: capi/headers/<header>.h.in (hand-written macros) and the
    object-like alias macros of capi/abi/macro-aliases.tsv.

`--check` compares instead of writing (CI fails when headers are stale).
"""
import csv
import glob
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
HEADERS = {
    "gnutls.h": ("gnutls", ["sys/types.h", "stddef.h", "time.h", "sys/uio.h"], []),
    "compat.h": ("compat", [], []),
    "x509.h": ("x509", [], ["gnutls/gnutls.h"]),
    "x509-ext.h": ("x509_ext", [], ["gnutls/gnutls.h", "gnutls/x509.h"]),
    "abstract.h": ("abstract_", [], ["gnutls/gnutls.h", "gnutls/x509.h", "gnutls/pkcs11.h",
                                     "gnutls/openpgp.h", "gnutls/tpm.h"]),
    "crypto.h": ("crypto", [], ["gnutls/gnutls.h"]),
    "dtls.h": ("dtls", [], ["gnutls/gnutls.h"]),
    "ocsp.h": ("ocsp", [], ["gnutls/gnutls.h", "gnutls/x509.h"]),
    "pkcs7.h": ("pkcs7", [], ["gnutls/gnutls.h", "gnutls/x509.h"]),
    "pkcs11.h": ("pkcs11", ["stdarg.h"], ["gnutls/gnutls.h", "gnutls/x509.h"]),
    "pkcs12.h": ("pkcs12", [], ["gnutls/x509.h"]),
    "openpgp.h": ("openpgp", ["limits.h"], ["gnutls/gnutls.h"]),
    "tpm.h": ("tpm", [], ["gnutls/gnutls.h", "gnutls/x509.h"]),
    "urls.h": ("urls", [], ["gnutls/gnutls.h", "gnutls/x509.h", "gnutls/abstract.h"]),
    "system-keys.h": ("system_keys", [], ["gnutls/gnutls.h", "gnutls/x509.h"]),
    "self-test.h": ("self_test", [], ["gnutls/gnutls.h"]),
    "socket.h": ("socket", ["sys/socket.h"], ["gnutls/gnutls.h"]),
}
# Rust wrapper types that print as the C type they wrap.
RENAMES = {"StaticDatum": "gnutls_datum_t", "StaticStr": "const char*",
           "iovec": "struct iovec", "sockaddr": "struct sockaddr"}


def module_source(mod):
    files = sorted(glob.glob(os.path.join(ROOT, "capi", "src", mod, "*.rs")))
    files.sort(key=lambda p: (os.path.basename(p) != "types.rs", p))
    parts = []
    for p in files:
        text = open(p).read()
        text = re.sub(r"^#!\[.*?\]\n", "", text, flags=re.M | re.S)
        text = re.sub(r"^//!.*\n", "", text, flags=re.M)
        parts.append(f"// ---- {os.path.relpath(p, ROOT)}\n{text}")
    return "\n".join(parts)


def header_view(src):
    """Rewrite the Rust module into the view cbindgen should print.

    Entry points take enums as `X = c_int` aliases; the header wants the enum
    itself under that name, so the alias goes and `X__enum` becomes `X`, and
    the constants that repeat enum members go (C has them from the enum).
    cbindgen cannot print string constants: they become trailer #defines.
    """
    enums = re.findall(r"^pub enum (\w+)__enum", src, re.M)
    variants = set()
    for body in re.findall(r"^pub enum \w+__enum \{(.*?)^\}", src, re.M | re.S):
        variants |= set(re.findall(r"^\s+(\w+) =", body, re.M))
    for e in enums:
        src = re.sub(rf"^pub type {e} = c_int;\n", "", src, flags=re.M)
        src = src.replace(f"pub enum {e}__enum ", f"pub enum {e} ")
    src = re.sub(r"^pub const (\w+): c_int = .*;\n",
                 lambda m: "" if m.group(1) in variants else m.group(0), src, flags=re.M)
    strings = re.findall(r'^pub const (\w+): &str = (".*");$', src, re.M)
    src = re.sub(r'^pub const \w+: &str = .*;\n', "", src, flags=re.M)
    return src, [f"#define {n} {v}" for n, v in strings]


def toml_list(xs):
    return "[" + ", ".join(f'"{x}"' for x in xs) + "]"


def config(h, src, string_defines):
    mod, sys_inc, inc = HEADERS[h]
    exclude = sorted(set(RENAMES) - {"iovec", "sockaddr"})
    # cbindgen prints only types that some function uses; a header declares them all.
    # Only types.rs declares the header's types; other files hold entry points
    # and private helpers, which must not leak into the header.
    decls = src.split("// ---- ")[1] if "// ---- " in src else src
    include = sorted(set(re.findall(r"^pub (?:type|struct|enum|union) (\w+)", decls, re.M)) - set(RENAMES))
    rename = dict(RENAMES)
    guard = "GNUTLS_" + re.sub(r"[^A-Z0-9]", "_", h.upper())
    base = open(os.path.join(ROOT, "cbindgen.toml")).read()
    base = re.sub(r"^sys_includes = .*$", f"sys_includes = {toml_list(sys_inc + inc)}", base, flags=re.M)
    extra = [f'include_guard = "{guard}"', f'trailer = """{trailer(h, string_defines)}"""']
    base = base.replace("[fn]", "\n".join(extra) + "\n\n[fn]", 1)
    base += f"exclude = {toml_list(exclude)}\ninclude = {toml_list(include)}\n\n[export.rename]\n"
    base += "".join(f'"{k}" = "{v}"\n' for k, v in sorted(rename.items()))
    return base


def trailer(h, string_defines):
    out = list(string_defines)
    path = os.path.join(ROOT, "capi", "headers", h + ".in")
    if os.path.exists(path):
        out.append(open(path).read().rstrip("\n"))
    with open(os.path.join(ROOT, "capi", "abi", "macro-aliases.tsv")) as f:
        for r in csv.DictReader(f, delimiter="\t"):
            if r["header"] == h and not r["name"].startswith("GNUTLS_SKIP"):
                out.append(f"#define {r['name']} {r['replacement'].rstrip(',')}")
    # Includes that must follow the header's own declarations, as in GnuTLS.
    if h == "gnutls.h":
        out.append("#include <gnutls/compat.h>")
    if h == "x509.h":
        out.append("#include <gnutls/pkcs7.h>")
    return "\n" + "\n".join(out) + "\n"


def generate(h):
    mod = HEADERS[h][0]
    src, string_defines = header_view(module_source(mod))
    with tempfile.TemporaryDirectory() as tmp:
        rs = os.path.join(tmp, "lib.rs")
        open(rs, "w").write(src)
        cfg = os.path.join(tmp, "cbindgen.toml")
        open(cfg, "w").write(config(h, src, string_defines))
        out = os.path.join(tmp, "out.h")
        r = subprocess.run(["cbindgen", "-q", "--config", cfg, "--output", out, rs],
                           capture_output=True, text=True)
        if r.returncode != 0:
            sys.exit(f"cbindgen failed for {h}:\n{r.stderr}")
        return open(out).read()


def main():
    check = "--check" in sys.argv
    only = [a for a in sys.argv[1:] if not a.startswith("--")]
    stale = []
    os.makedirs(os.path.join(ROOT, "include", "gnutls"), exist_ok=True)
    for h in only or HEADERS:
        text = generate(h)
        path = os.path.join(ROOT, "include", "gnutls", h)
        old = open(path).read() if os.path.exists(path) else None
        if old != text:
            stale.append(h)
            if not check:
                open(path, "w").write(text)
    if check and stale:
        sys.exit("stale headers (run `make regen`): " + " ".join(stale))


if __name__ == "__main__":
    main()
