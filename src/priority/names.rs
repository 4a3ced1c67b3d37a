//! Name lookups for priority strings, on top of the shared registry
//! (`crate::algorithms`).
//!
//! The registry knows every GnuTLS name; what it cannot say is which names
//! the real GnuTLS 3.7.9 build refuses or ignores inside a priority string
//! because it has no backend for them (recorded with the real library:
//! `gnutls_*_get_id(name)` fails). Those exceptions live here.

use crate::algorithms;

/// MAC names GnuTLS knows but rejects in priority strings.
const MACS_REJECTED: &[&str] = &[
    "MAC-NULL",
    "RIPEMD160",
    "MD2",
    "SHA3-224",
    "SHA3-256",
    "SHA3-384",
    "SHA3-512",
    "MD5+SHA1",
    "SHAKE-128",
    "SHAKE-256",
];
/// Cipher names GnuTLS accepts but ignores (no implementation).
const CIPHERS_IGNORED: &[&str] = &["ARCFOUR-40"];
/// Curve names GnuTLS rejects after CURVE- (no implementation).
const CURVES_REJECTED: &[&str] = &[
    "CryptoPro-B",
    "CryptoPro-C",
    "CryptoPro-XchB",
    "TC26-512-B",
    "TC26-512-C",
    "TC26-256-A",
    "TC26-256-C",
    "TC26-256-D",
];

fn listed(list: &[&str], name: &str) -> bool {
    list.iter().any(|n| n.eq_ignore_ascii_case(name))
}

fn id(v: i32) -> u32 {
    u32::try_from(v).unwrap_or(0)
}

/// A cipher by name; `Some((id, usable))`, where an unusable name is
/// accepted by GnuTLS and ignored.
pub(crate) fn cipher(name: &str) -> Option<(u32, bool)> {
    algorithms::cipher::by_name(name).map(|c| (id(c.id), !listed(CIPHERS_IGNORED, c.name)))
}

/// MAC by name; names GnuTLS cannot use do not match at all.
pub(crate) fn mac(name: &str) -> Option<u32> {
    algorithms::mac::by_name(name)
        .filter(|m| !listed(MACS_REJECTED, m.name))
        .map(|m| id(m.id))
}

/// Key exchange by name. `Some(None)` is a legacy name that is accepted but
/// selects nothing (RSA-EXPORT).
pub(crate) fn kx(name: &str) -> Option<Option<u32>> {
    if name.eq_ignore_ascii_case("RSA-EXPORT") {
        return Some(None);
    }
    algorithms::kx::by_name(name).map(|k| Some(id(k.id)))
}

pub(crate) fn protocol(name: &str) -> Option<u32> {
    algorithms::protocol::by_name(name).map(|p| id(p.id))
}

/// Group by name (GROUP-xxx): any known name, implemented or not.
pub(crate) fn group(name: &str) -> Option<u32> {
    algorithms::group::by_name(name).map(|g| id(g.id))
}

/// Curve by name (CURVE-xxx): only curves GnuTLS itself can use.
pub(crate) fn curve(name: &str) -> Option<u32> {
    algorithms::curve::by_name(name)
        .filter(|c| !listed(CURVES_REJECTED, c.name))
        .map(|c| id(c.id))
}

pub(crate) fn sign(name: &str) -> Option<u32> {
    algorithms::sign::by_name(name).map(|s| id(s.id))
}

/// Certificate type names accepted after CTYPE- ("X.509", "X509", "RAWPK").
pub(crate) fn cert_type(name: &str) -> Option<u32> {
    if name.eq_ignore_ascii_case("X.509") || name.eq_ignore_ascii_case("X509") {
        Some(super::ids::CRT_X509)
    } else if name.eq_ignore_ascii_case("RAWPK") {
        Some(super::ids::CRT_RAWPK)
    } else {
        None
    }
}
