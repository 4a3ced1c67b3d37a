#!/usr/bin/env python3
"""Import GnuTLS 3.7.9's C ABI facts from the system headers into rgnutls.

This is a maintainer tool, run once (or when the target ABI changes), not by
the build. It reads /usr/include/gnutls/*.h -- the reference for prototypes,
constants and struct layouts -- and writes what we own from then on:

  capi/abi/prototypes.tsv      every declared function: header, name, C and Rust signatures
  capi/src/<hdr>/types.rs      Rust declarations of each header's types and constants,
                               written so that cbindgen regenerates the header from them
  capi/abi/macros.tsv          object-like macros that are not plain numbers (aliases), for review

Only names, numbers and layouts cross over; no comments or prose are taken.
Function-like macros are written by hand in cbindgen.toml's trailers.
"""
import os
import re
import subprocess
import sys

import pycparser
import pycparser.c_generator
from pycparser import c_ast

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SYS = "/usr/include/gnutls"
# The headers libgnutls.so.30 itself declares, and the Rust module each maps to.
HEADERS = {
    "gnutls.h": "gnutls", "x509.h": "x509", "x509-ext.h": "x509_ext",
    "abstract.h": "abstract_", "crypto.h": "crypto", "dtls.h": "dtls",
    "ocsp.h": "ocsp", "pkcs7.h": "pkcs7", "pkcs11.h": "pkcs11",
    "pkcs12.h": "pkcs12", "compat.h": "compat", "openpgp.h": "openpgp",
    "tpm.h": "tpm", "urls.h": "urls", "system-keys.h": "system_keys",
    "self-test.h": "self_test", "socket.h": "socket",
}
RUST_KEYWORDS = {"type", "ref", "in", "fn", "self", "mod", "use", "match", "loop",
                 "move", "impl", "trait", "struct", "enum", "where", "crate", "super",
                 "box", "priv", "final", "override", "abstract", "macro", "yield", "dyn"}

BASIC = {
    ("int",): "c_int", ("signed", "int"): "c_int", ("unsigned", "int"): "c_uint",
    ("unsigned",): "c_uint", ("long",): "c_long", ("long", "int"): "c_long",
    ("unsigned", "long"): "c_ulong", ("long", "long"): "c_longlong",
    ("unsigned", "long", "long"): "c_ulonglong", ("char",): "c_char",
    ("unsigned", "char"): "c_uchar", ("signed", "char"): "c_schar",
    ("short",): "c_short", ("unsigned", "short"): "c_ushort", ("void",): "c_void",
    ("size_t",): "size_t", ("ssize_t",): "ssize_t", ("time_t",): "time_t",
    ("off_t",): "off_t", ("pid_t",): "pid_t", ("socklen_t",): "socklen_t",
    ("va_list",): "va_list", ("double",): "f64", ("float",): "f32",
}


def preprocess():
    fake = os.path.join(ROOT, "ci", "fakeinc")
    inc = "/tmp/rgnutls-import-inc"
    os.makedirs(inc, exist_ok=True)
    link = os.path.join(inc, "gnutls")
    if not os.path.exists(link):
        os.symlink(SYS, link)
    src = "".join(f"#include <gnutls/{h}>\n" for h in HEADERS)
    return subprocess.run(
        ["gcc", "-E", "-nostdinc", "-I", fake, "-I", inc, "-D__attribute__(x)=", "-"],
        input=src, capture_output=True, text=True, check=True).stdout


def header_of(coord):
    path = str(coord.file) if coord else ""
    f = os.path.basename(path)
    return f if f in HEADERS and "/gnutls/" in path else None


class Translator:
    def __init__(self):
        self.enum_typedefs = set()
        self.unions = []  # (name, fields) met inside structs, emitted before them
        self.array_typedefs = {}  # typedef name -> element type, for arrays
        # C function types (typedef int f(int);): Rust has no such type, so
        # they are declared as function pointers and `f *` becomes just `f`.
        self.fn_typedefs = set()

    def rust(self, node, fnptr_ok=True):
        """Rust spelling of a C type node."""
        if isinstance(node, c_ast.TypeDecl):
            t = node.type
            if isinstance(t, c_ast.IdentifierType):
                names = tuple(n for n in t.names if n != "signed") or ("int",)
                if tuple(t.names) in BASIC:
                    return BASIC[tuple(t.names)]
                if names in BASIC:
                    return BASIC[names]
                assert len(t.names) == 1, t.names
                return t.names[0]
            if isinstance(t, c_ast.Struct) and t.decls is not None:
                # an anonymous struct nested in another: declare it on its own
                name = t.name or f"{node.declname}_anon_st"
                self.unions.append((name, [(d.name, self.rust(d.type)) for d in t.decls], "struct"))
                return name
            if isinstance(t, c_ast.Struct):
                return {"iovec": "iovec", "sockaddr": "sockaddr"}.get(t.name, t.name)
            if isinstance(t, c_ast.Enum):
                return "c_int"
            if isinstance(t, c_ast.Union):
                name = t.name or f"{node.declname}_union"
                self.unions.append((name, [(d.name, self.rust(d.type)) for d in t.decls], "union"))
                return name
            raise ValueError(f"type {t}")
        if isinstance(node, c_ast.PtrDecl):
            inner = node.type
            if isinstance(inner, c_ast.TypeDecl) and isinstance(inner.type, c_ast.IdentifierType) \
                    and inner.type.names[0] in self.fn_typedefs:
                return inner.type.names[0]
            if isinstance(inner, c_ast.FuncDecl):
                return f"Option<{self.fnptr(inner)}>"
            const = isinstance(inner, c_ast.TypeDecl) and "const" in inner.quals or \
                isinstance(inner, c_ast.PtrDecl) and "const" in inner.quals
            return ("*const " if const else "*mut ") + self.rust(inner)
        if isinstance(node, c_ast.ArrayDecl):
            return f"[{self.rust(node.type)}; {node.dim.value}]"
        if isinstance(node, c_ast.FuncDecl):
            return f"Option<{self.fnptr(node)}>"
        raise ValueError(f"node {node}")

    def params(self, func):
        out = []
        if func.args is None:
            return out
        for i, p in enumerate(func.args.params):
            if isinstance(p, c_ast.EllipsisParam):
                out.append(("...", "..."))
                continue
            r = self.param_type(p.type)
            if r == "c_void":
                continue  # (void)
            name = p.name or f"arg{i}"
            if name in RUST_KEYWORDS:
                name += "_"
            out.append((name, r))
        return out

    def param_type(self, node):
        """As rust(), but arrays decay to pointers, as in C parameter lists."""
        if isinstance(node, c_ast.ArrayDecl):
            inner = node.type
            const = isinstance(inner, c_ast.TypeDecl) and "const" in inner.quals
            return ("*const " if const else "*mut ") + self.rust(inner)
        if isinstance(node, c_ast.TypeDecl) and isinstance(node.type, c_ast.IdentifierType) \
                and node.type.names[0] in self.array_typedefs:
            elem = self.array_typedefs[node.type.names[0]]
            return ("*const " if "const" in node.quals else "*mut ") + elem
        return self.rust(node)

    def ret(self, func):
        r = self.rust(func.type)
        return "" if r == "c_void" else r

    def fnptr(self, func):
        args = ", ".join(f"{n}: {t}" if n != "..." else "..." for n, t in self.params(func))
        r = self.ret(func)
        return f"unsafe extern \"C\" fn({args})" + (f" -> {r}" if r else "")


def c_text(node):
    return pycparser.c_generator.CGenerator().visit(node)


def macros():
    """Object-like macros, per header, as (name, replacement)."""
    per = {h: [] for h in HEADERS}
    for h in HEADERS:
        text = open(os.path.join(SYS, h)).read()
        text = re.sub(r"\\\n", " ", text)
        for m in re.finditer(r"^#\s*define\s+([A-Za-z_][A-Za-z0-9_]*)(?=[ \t]|$)[ \t]*(.*)$", text, re.M):
            name, val = m.group(1), re.sub(r"/\*.*?\*/", "", m.group(2)).strip()
            if name.endswith("_H") or name.startswith("_") or not val:
                continue
            per[h].append((name, val))
    return per


def eval_int(val, known):
    expr = val
    expr = re.sub(r"\b(\d+)[uUlL]+\b", r"\1", expr)
    expr = re.sub(r"\b(0x[0-9a-fA-F]+)[uUlL]+\b", r"\1", expr)
    expr = re.sub(r"\((unsigned|int|unsigned int|gnutls_[a-z_]+_t)\)", "", expr)
    names = re.findall(r"[A-Za-z_][A-Za-z0-9_]*", re.sub(r"\b0[xX][0-9a-fA-F]+", "", expr))
    for n in names:
        if n not in known:
            return None
    try:
        return int(eval(expr, {}, dict(known)))
    except Exception:
        return None


def main():
    text = preprocess()
    ast = pycparser.CParser().parse(text, "gnutls-all.i")
    tr = Translator()
    items = {h: [] for h in HEADERS}       # Rust source lines per header
    protos = []
    enum_values = {}
    seen_types = set()

    for ext in ast.ext:
        h = header_of(ext.coord)
        if h is None:
            continue
        out = items[h]
        if isinstance(ext, c_ast.Typedef):
            name = ext.name
            if name in seen_types:
                continue
            seen_types.add(name)
            t = ext.type
            inner = t.type if isinstance(t, c_ast.TypeDecl) else None
            if isinstance(inner, c_ast.Enum):
                vals = enum_body(inner, enum_values)
                out.append(("enum", name, inner.name, vals))
            elif isinstance(inner, c_ast.Struct) and inner.decls is not None:
                fields = [(d.name, tr.rust(d.type)) for d in inner.decls]
                for uname, ufields, ukind in tr.unions:
                    out.append((ukind, uname, ufields))
                tr.unions.clear()
                out.append(("struct", name, fields))
            elif isinstance(t, c_ast.PtrDecl) and isinstance(t.type, c_ast.TypeDecl) \
                    and isinstance(t.type.type, c_ast.Struct) and t.type.type.decls is None:
                sname = t.type.type.name
                if sname not in seen_types:
                    seen_types.add(sname)
                    out.append(("opaque", sname))
                out.append(("alias", name, ("*const " if "const" in t.type.quals else "*mut ") + sname))
            elif isinstance(t, c_ast.PtrDecl) and isinstance(t.type, c_ast.FuncDecl):
                out.append(("alias", name, f"Option<{tr.fnptr(t.type)}>"))
            elif isinstance(t, c_ast.FuncDecl):
                # a function type (not pointer): C uses it as `name *`; Rust has no such type
                tr.fn_typedefs.add(name)
                out.append(("fntype", name, f"Option<{tr.fnptr(t)}>"))
            else:
                if isinstance(t, c_ast.ArrayDecl):
                    tr.array_typedefs[name] = tr.rust(t.type)
                out.append(("alias", name, tr.rust(t)))
        elif isinstance(ext, c_ast.Decl) and isinstance(ext.type, c_ast.FuncDecl):
            f = ext.type
            params = tr.params(f)
            protos.append((h, ext.name, c_text(ext).replace("\n", " "), tr.ret(f),
                           ", ".join(f"{n}: {t}" for n, t in params)))
        elif isinstance(ext, c_ast.Decl) and ext.name is None and isinstance(ext.type, c_ast.Enum):
            out.append(("enum", None, ext.type.name, enum_body(ext.type, enum_values)))
        elif isinstance(ext, c_ast.Decl) and ext.name is None and isinstance(ext.type, c_ast.Struct):
            s = ext.type
            if s.name not in seen_types:
                seen_types.add(s.name)
                if s.decls is None:
                    out.append(("opaque", s.name))
                else:
                    out.append(("struct", s.name, [(d.name, tr.rust(d.type)) for d in s.decls]))
        elif isinstance(ext, c_ast.Decl) and "extern" in ext.storage:
            out.append(("extern", ext.name, tr.rust(ext.type)))
        else:
            print("skipped:", h, c_text(ext)[:80], file=sys.stderr)

    write_protos(protos)
    write_types(items, macros(), enum_values)


def enum_body(enum, known):
    vals, nxt = [], 0
    for e in enum.values.enumerators:
        if e.value is not None:
            v = eval_int(c_text(e.value), known)
            assert v is not None, (e.name, c_text(e.value))
            nxt = v
        vals.append((e.name, nxt))
        known[e.name] = nxt
        nxt += 1
    return vals


def write_protos(protos):
    path = os.path.join(ROOT, "capi", "abi", "prototypes.tsv")
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write("header\tname\trust_ret\trust_params\tc_prototype\n")
        for h, name, c, ret, params in sorted(protos, key=lambda p: p[1]):
            f.write(f"{h}\t{name}\t{ret}\t{params}\t{c}\n")


def write_types(items, macs, known):
    all_aliases = []
    for h, mod in HEADERS.items():
        lines = [
            f"//! Types and constants of <gnutls/{h}>, for the C ABI and for cbindgen.",
            "//!",
            "//! Imported from the 3.7.9 reference header by ci/import-abi.py; edit by hand",
            "//! from now on. Enums are declared for the header only: entry points take",
            "//! them as C ints (`*_t` aliases), so an unknown value is never undefined",
            "//! behaviour in Rust.",
            "#![allow(non_camel_case_types, non_upper_case_globals, dead_code, clippy::upper_case_acronyms)]",
            "",
            "#[allow(unused_imports)]",
            "use crate::ctypes::*;",
            "#[allow(unused_imports)]",
            "use crate::types::*;",
        ]
        lines.append("")
        for it in items[h]:
            kind = it[0]
            if kind == "enum":
                _, tname, tag, vals = it
                rname = tname or tag
                if rname is None:
                    # anonymous enum: its constants become plain #defines
                    for n, v in vals:
                        lines.append(f"pub const {n}: c_int = {v};")
                    lines.append("")
                    continue
                lines.append(f"/// Header view of `{rname}`; crosses the ABI as `c_int`.")
                lines.append("#[repr(C)]")
                lines.append(f"pub enum {rname}__enum {{")
                used = set()
                for n, v in vals:
                    if v not in used:  # Rust forbids repeated values; repeats stay plain constants
                        lines.append(f"    {n} = {v},")
                        used.add(v)
                lines.append("}")
                if tname:
                    lines.append(f"pub type {tname} = c_int;")
                for n, v in vals:
                    lines.append(f"pub const {n}: c_int = {v};")
                lines.append("")
            elif kind == "struct":
                _, name, fields = it
                lines.append("#[repr(C)]")
                lines.append("#[derive(Clone, Copy)]")
                lines.append(f"pub struct {name} {{")
                for fname, ftype in fields:
                    if fname in RUST_KEYWORDS:
                        fname = "r#" + fname
                    lines.append(f"    pub {fname}: {ftype},")
                lines.append("}")
                lines.append("")
            elif kind == "union":
                _, name, fields = it
                lines.append("#[repr(C)]")
                lines.append("#[derive(Clone, Copy)]")
                lines.append(f"pub union {name} {{")
                for fname, ftype in fields:
                    lines.append(f"    pub {fname}: {ftype},")
                lines.append("}")
                lines.append("")
            elif kind == "opaque":
                lines.append(f"pub struct {it[1]} {{")
                lines.append("    _private: [u8; 0],")
                lines.append("}")
            elif kind in ("alias", "fntype"):
                lines.append(f"pub type {it[1]} = {it[2]};")
            elif kind == "extern":
                lines.append(f"// extern variable {it[1]}: {it[2]} (defined in capi/src/gnutls/vars.rs)")
        # numeric and string macros
        lines.append("")
        aliases = []
        for name, val in macs[h]:
            if name in known:
                continue
            if val.startswith('"'):
                lines.append(f"pub const {name}: &str = {val};")
                continue
            v = eval_int(val, known)
            if v is not None:
                ty = "c_int" if -2**31 <= v < 2**31 else "c_uint"
                sval = hex(v) if re.search(r"0x|<<", val) and v >= 0 else str(v)
                if re.fullmatch(r"[A-Z_][A-Z0-9_]*", val):
                    sval = val
                lines.append(f"pub const {name}: {ty} = {sval};")
                known[name] = v
            else:
                aliases.append((name, val))
        for name, val in aliases:
            if re.fullmatch(r"[A-Z_][A-Z0-9_]*", val) and eval_int(val, known) is not None:
                lines.append(f"pub const {name}: c_int = {val};")
            else:
                all_aliases.append((h, name, val))
        d = os.path.join(ROOT, "capi", "src", mod)
        os.makedirs(d, exist_ok=True)
        with open(os.path.join(d, "types.rs"), "w") as f:
            f.write("\n".join(lines) + "\n")
    # Object-like macros that name another function, type or macro: the header
    # generator repeats them as #defines in each header's trailer.
    with open(os.path.join(ROOT, "capi", "abi", "macro-aliases.tsv"), "w") as f:
        f.write("header\tname\treplacement\n")
        for h, name, val in all_aliases:
            f.write(f"{h}\t{name}\t{val}\n")


if __name__ == "__main__":
    main()
