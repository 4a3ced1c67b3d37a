//! `gnutls_ecc_curve_t`.

use super::pk;

/// One elliptic curve of the registry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CurveInfo {
    pub id: i32,
    /// Name as `gnutls_ecc_curve_get_name` returns it.
    pub name: &'static str,
    /// Named-curve OID (`gnutls_ecc_curve_get_oid`).
    pub oid: &'static str,
    /// Size in bytes of a field element (`gnutls_ecc_curve_get_size`).
    pub size: usize,
    /// `gnutls_ecc_curve_get_pk` (GnuTLS gives 0 for the CryptoPro curves).
    pub pk: i32,
    /// TLS NamedGroup codepoint, where the curve is a TLS group.
    pub tls_group: Option<u16>,
    pub implemented: bool,
}

pub const INVALID: i32 = 0;
pub const SECP224R1: i32 = 1;
pub const SECP256R1: i32 = 2;
pub const SECP384R1: i32 = 3;
pub const SECP521R1: i32 = 4;
pub const SECP192R1: i32 = 5;
pub const X25519: i32 = 6;
pub const ED25519: i32 = 7;
pub const GOST256CPA: i32 = 8;
pub const GOST256CPB: i32 = 9;
pub const GOST256CPC: i32 = 10;
pub const GOST256CPXA: i32 = 11;
pub const GOST256CPXB: i32 = 12;
pub const GOST512A: i32 = 13;
pub const GOST512B: i32 = 14;
pub const GOST512C: i32 = 15;
pub const GOST256A: i32 = 16;
pub const GOST256B: i32 = 17;
pub const GOST256C: i32 = 18;
pub const GOST256D: i32 = 19;
pub const X448: i32 = 20;
pub const ED448: i32 = 21;

const fn e(
    id: i32,
    name: &'static str,
    oid: &'static str,
    size: usize,
    pk: i32,
    tls: Option<u16>,
    implemented: bool,
) -> CurveInfo {
    CurveInfo {
        id,
        name,
        oid,
        size,
        pk,
        tls_group: tls,
        implemented,
    }
}

/// In the order of GnuTLS's `gnutls_ecc_curve_list()`, then the curves it names but lacks.
#[rustfmt::skip]
pub static CURVES: &[CurveInfo] = &[
    e(SECP192R1, "SECP192R1", "1.2.840.10045.3.1.1", 24, pk::ECDSA, Some(19), false),
    e(SECP224R1, "SECP224R1", "1.3.132.0.33", 28, pk::ECDSA, Some(21), false),
    e(SECP256R1, "SECP256R1", "1.2.840.10045.3.1.7", 32, pk::ECDSA, Some(23), true),
    e(SECP384R1, "SECP384R1", "1.3.132.0.34", 48, pk::ECDSA, Some(24), true),
    e(SECP521R1, "SECP521R1", "1.3.132.0.35", 66, pk::ECDSA, Some(25), false),
    e(X25519, "X25519", "1.3.101.110", 32, pk::ECDH_X25519, Some(29), true),
    e(ED25519, "Ed25519", "1.3.101.112", 32, pk::EDDSA_ED25519, None, true),
    e(X448, "X448", "1.3.101.111", 56, pk::ECDH_X448, Some(30), false),
    e(ED448, "Ed448", "1.3.101.113", 57, pk::EDDSA_ED448, None, false),
    e(GOST256CPA, "CryptoPro-A", "1.2.643.2.2.35.1", 32, pk::UNKNOWN, None, false),
    e(GOST256CPXA, "CryptoPro-XchA", "1.2.643.2.2.36.0", 32, pk::UNKNOWN, None, false),
    e(GOST256B, "TC26-256-B", "1.2.643.7.1.2.1.1.2", 32, pk::GOST_12_256, Some(35), false),
    e(GOST512A, "TC26-512-A", "1.2.643.7.1.2.1.2.1", 64, pk::GOST_12_512, Some(38), false),
    e(GOST256CPB, "CryptoPro-B", "1.2.643.2.2.35.2", 32, pk::UNKNOWN, None, false),
    e(GOST256CPC, "CryptoPro-C", "1.2.643.2.2.35.3", 32, pk::UNKNOWN, None, false),
    e(GOST256CPXB, "CryptoPro-XchB", "1.2.643.2.2.36.1", 32, pk::UNKNOWN, None, false),
    e(GOST512B, "TC26-512-B", "1.2.643.7.1.2.1.2.2", 64, pk::GOST_12_512, Some(39), false),
    e(GOST512C, "TC26-512-C", "1.2.643.7.1.2.1.2.3", 64, pk::GOST_12_512, Some(40), false),
    e(GOST256A, "TC26-256-A", "1.2.643.7.1.2.1.1.1", 32, pk::GOST_12_256, Some(34), false),
    e(GOST256C, "TC26-256-C", "1.2.643.7.1.2.1.1.3", 32, pk::GOST_12_256, Some(36), false),
    e(GOST256D, "TC26-256-D", "1.2.643.7.1.2.1.1.4", 32, pk::GOST_12_256, Some(37), false),
];

pub fn info(id: i32) -> Option<&'static CurveInfo> {
    CURVES.iter().find(|e| e.id == id)
}

/// Case-insensitive name lookup over the whole table.
pub fn by_name(name: &str) -> Option<&'static CurveInfo> {
    CURVES.iter().find(|e| super::name_eq(e.name, name))
}

/// `gnutls_oid_to_ecc_curve` over the whole table.
pub fn by_oid(oid: &str) -> Option<&'static CurveInfo> {
    CURVES.iter().find(|e| e.oid == oid)
}

pub fn implemented() -> impl Iterator<Item = &'static CurveInfo> {
    CURVES.iter().filter(|e| e.implemented)
}
