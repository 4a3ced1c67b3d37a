#!/usr/bin/env python3
"""Regenerate everything that follows from the one symbol list.

Inputs (checked in):
  capi/abi/exports.tsv             the 1339 exports of GnuTLS 3.7.9: name, version node, kind
  capi/abi/version-nodes.txt       the version nodes and their parents
  capi/abi/prototypes.tsv          the public prototypes (from the reference headers)
  capi/abi/private-prototypes.tsv  the private exports' signatures, which no header declares
  capi/abi/stub-reasons.tsv        why a family of functions is a stub
  capi/src/**.rs, capi/c/*.c       the hand-written entry points: whatever is defined
                                   there is "implemented"; a `// rgnutls: partial: WHY`
                                   comment above it makes it "partial"
  capi/abi/symbol-demand.tsv,     how many of 216 real Debian programs import each symbol,
  capi/abi/consumers.tsv          and which (copied from shared/abi)

Outputs:
  capi/src/<header>/stubs.rs       an honest stub for every function not written by hand
  capi/libgnutls.map               the version script, with the node parent chain
  COMPAT.md                        each symbol's status, and the summary

`ci/regen.py --check` fails when any output is stale.
"""
import csv
import glob
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ABI = os.path.join(ROOT, "capi", "abi")
HEADER_MODULES = {
    "gnutls.h": "gnutls", "x509.h": "x509", "x509-ext.h": "x509_ext",
    "abstract.h": "abstract_", "crypto.h": "crypto", "dtls.h": "dtls",
    "ocsp.h": "ocsp", "pkcs7.h": "pkcs7", "pkcs11.h": "pkcs11",
    "pkcs12.h": "pkcs12", "compat.h": "compat", "openpgp.h": "openpgp",
    "tpm.h": "tpm", "urls.h": "urls", "system-keys.h": "system_keys",
    "self-test.h": "self_test", "socket.h": "socket", None: "private",
}


def tsv(path):
    with open(path) as f:
        return list(csv.DictReader((l for l in f if not l.startswith("#")), delimiter="\t"))


def load():
    exports = tsv(os.path.join(ABI, "exports.tsv"))
    protos = {r["name"]: r for r in tsv(os.path.join(ABI, "prototypes.tsv"))}
    for r in tsv(os.path.join(ABI, "private-prototypes.tsv")):
        r["header"] = None
        protos[r["name"]] = r
    enum_types = set()
    for path in glob.glob(os.path.join(ROOT, "capi", "src", "*", "types.rs")):
        enum_types |= set(re.findall(r"^pub enum (\w+)__enum", open(path).read(), re.M))
    reasons = [(re.compile(r["pattern"]), r["reason"]) for r in tsv(os.path.join(ABI, "stub-reasons.tsv"))]
    return exports, protos, enum_types, reasons


def hand_written():
    """Symbols defined by hand, with their status note ('' or 'partial: ...')."""
    found = {}
    files = [p for p in glob.glob(os.path.join(ROOT, "capi", "src", "**", "*.rs"), recursive=True)
             if os.path.basename(p) != "stubs.rs"]
    for path in files:
        lines = open(path).read().split("\n")
        for i, line in enumerate(lines):
            m = re.match(r"\s*pub (?:unsafe )?(?:extern \"C\" fn|static(?: mut)?) (\w+)", line)
            if not m or "#[no_mangle]" not in "".join(lines[max(0, i - 3):i]):
                continue
            # The status marker belongs to this function only if it sits in
            # the run of comment and attribute lines right above it.
            note = ""
            j = i - 1
            while j >= 0 and re.match(r"\s*(//|#\[)", lines[j]):
                n = re.search(r"// rgnutls: (partial|unsupported): (.*)", lines[j])
                if n:
                    note = f"{n.group(1)}: {n.group(2).strip()}"
                j -= 1
            found[m.group(1)] = (note, os.path.relpath(path, ROOT))
    return found


def c_defined(exports):
    """Exports defined in capi/c/*.c (function definitions, not declarations)."""
    found = {}
    for path in glob.glob(os.path.join(ROOT, "capi", "c", "*.c")):
        text = open(path).read()
        for e in exports:
            if re.search(rf"\b{e['symbol']}\s*\([^;{{]*\)\s*\{{", text):
                found[e["symbol"]] = ("", os.path.relpath(path, ROOT))
    return found


def stub_reason(name, reasons):
    for pat, why in reasons:
        if pat.search(name):
            return why
    return "not implemented yet"


def stubs(exports, protos, enum_types, done, reasons):
    per = {mod: [] for mod in HEADER_MODULES.values()}
    for e in exports:
        name = e["symbol"]
        if e["kind"] != "FUNC" or name in done:
            continue
        p = protos[name]
        mod = HEADER_MODULES[p["header"]]
        ret = p["rust_ret"].strip()
        fail = p.get("failure", "").strip()
        if not fail and ret in enum_types:
            fail = "0"  # an enum result reports "unknown", which is 0 in every GnuTLS enum
        body = f"stub!({name}, {fail})" if fail else f"stub!({name})"
        sig = f"pub extern \"C\" fn {name}({p['rust_params']})" + (f" -> {ret}" if ret else "")
        params = [x.split(":")[0].strip() for x in p["rust_params"].split(",") if x.strip()]
        allow = "#[allow(unused_variables)]\n" if params else ""
        per[mod].append(f"/// Stub: {stub_reason(name, reasons)}.\n#[no_mangle]\n{allow}{sig} {{\n    {body}\n}}\n")
    out = {}
    for mod, items in per.items():
        head = ("//! Generated by ci/regen.py from capi/abi/: do not edit.\n"
                "//! Every export of GnuTLS 3.7.9 not written by hand in this module is an\n"
                "//! honest stub: it logs once and returns the documented failure.\n"
                "#![allow(non_snake_case, clippy::too_many_arguments)]\n\n"
                "#[allow(unused_imports)]\nuse crate::ctypes::*;\n"
                "#[allow(unused_imports)]\nuse crate::stub;\n"
                "#[allow(unused_imports)]\nuse crate::types::*;\n\n")
        out[os.path.join(ROOT, "capi", "src", mod, "stubs.rs")] = head + "\n".join(items)
    return out


def version_script(exports):
    nodes = []
    for line in open(os.path.join(ABI, "version-nodes.txt")):
        if line.startswith("#") or not line.strip():
            continue
        cols = line.split("\t")
        if cols[1].startswith("GNUTLS"):
            nodes.append((cols[1], cols[2]))
    by_node = {}
    for e in exports:
        by_node.setdefault(e["version_node"], []).append(e["symbol"])
    text = ["/* Generated by ci/regen.py from capi/abi/exports.tsv: do not edit.",
            "   GnuTLS 3.7.9's version nodes, in definition order, with their parents. */"]
    for i, (node, parent) in enumerate(nodes):
        text.append(f"{node} {{")
        text.append("  global:")
        for s in sorted(by_node.get(node, [])):
            text.append(f"    {s};")
        if i == 0:
            text.append("  local:\n    *;")
        text.append("}" + (f" {parent};" if parent != "-" else ";"))
    return "\n".join(text) + "\n"


def compat(exports, done, reasons):
    demand_path = os.path.join(ABI, "symbol-demand.tsv")
    demand, users = {}, {}
    for r in tsv(demand_path):
        demand[r["symbol"]] = int(r["number_of_consumers"])
        users[r["symbol"]] = r["consumers"]
    status = {}
    for e in exports:
        n = e["symbol"]
        if n in done:
            note = done[n][0]
            status[n] = ("partial", note[len("partial: "):]) if note.startswith("partial") else \
                ("unsupported", note[len("unsupported: "):]) if note.startswith("unsupported") else \
                ("implemented", "")
        else:
            why = stub_reason(n, reasons)
            # Stubs the engine will never fill are "unsupported", the rest "stub".
            status[n] = ("unsupported", why[len("unsupported: "):]) if why.startswith("unsupported: ") else ("stub", why)
    impl = {n for n, (s, _) in status.items() if s in ("implemented", "partial")}
    imported = [n for n in status if demand.get(n, 0) > 0]
    consumers = {}
    cpath = os.path.join(ABI, "consumers.tsv")
    for r in tsv(cpath):
        consumers.setdefault(r["consumer"], set()).add(r["symbol"])
    full = [c for c, syms in consumers.items() if syms <= impl]
    lines = ["# COMPAT.md: the status of every GnuTLS 3.7.9 export in rgnutls", "",
             "Generated by `ci/regen.py` from `capi/abi/` and the entry points in `capi/`; CI fails when it is stale.", "",
             "## Summary", "",
             f"- Implemented (fully or partly): **{len(impl)} of {len(status)}** exports.",
             f"- Of the {len(imported)} exports that real Debian programs import: **{len(impl & set(imported))}** implemented.",
             f"- Real programs (of the {len(consumers)} Debian ELFs that import from libgnutls) with every import implemented: **{len(full)}**.",
             f"- Unsupported by design (the engine cannot do it; the function says so): {sum(1 for v in status.values() if v[0] == 'unsupported')}. Not implemented yet: {sum(1 for v in status.values() if v[0] == 'stub')}.",
             f"- Every export exists with its exact version node; stubs log `<name> is not implemented` once and return GnuTLS's documented failure.",
             "",
             "Status: `implemented`; `partial` (what is missing follows); `unsupported` (the engine cannot do it, and the function says so);",
             "`stub` (not implemented yet, with the reason). *Users* is how many of the 216 real Debian ELFs import the symbol.", "",
             "| symbol | version | status | users | notes |", "|---|---|---|---:|---|"]
    for e in sorted(exports, key=lambda e: (-demand.get(e["symbol"], 0), e["symbol"])):
        n = e["symbol"]
        s, why = status[n]
        lines.append(f"| `{n}` | {e['version_node']} | {s} | {demand.get(n, 0)} | {why} |")
    return "\n".join(lines) + "\n"


def misplaced(protos, done):
    """Entry points written outside their header's module: cbindgen would
    declare them in the wrong header."""
    out = []
    for name, (_, path) in done.items():
        p = protos.get(name)
        if not p or not path.startswith("capi/src/"):
            continue
        want = HEADER_MODULES[p["header"]]
        got = path.split("/")[2]
        if got != want and want != "private":
            out.append(f"{name} is in {path}, but <gnutls/{p['header']}> is capi/src/{want}/")
    return out


def main():
    check = "--check" in sys.argv
    exports, protos, enum_types, reasons = load()
    done = hand_written()
    wrong = misplaced(protos, done)
    if wrong:
        print("\n".join(wrong))
        sys.exit(1)
    done.update(c_defined(exports))
    outputs = stubs(exports, protos, enum_types, done, reasons)
    outputs[os.path.join(ROOT, "capi", "libgnutls.map")] = version_script(exports)
    outputs[os.path.join(ROOT, "COMPAT.md")] = compat(exports, done, reasons)
    stale = []
    for path, text in outputs.items():
        old = open(path).read() if os.path.exists(path) else None
        if old != text:
            stale.append(os.path.relpath(path, ROOT))
            if not check:
                with open(path, "w") as f:
                    f.write(text)
    if check and stale:
        print("stale generated files (run `make regen`):", " ".join(stale))
        sys.exit(1)


if __name__ == "__main__":
    main()
