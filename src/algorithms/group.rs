//! `gnutls_group_t`: TLS key-exchange groups (ECDH curves and FFDHE groups).

use super::{curve, pk};

/// One group of the registry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct GroupInfo {
    pub id: i32,
    /// Name as `gnutls_group_get_name` returns it.
    pub name: &'static str,
    /// TLS NamedGroup codepoint.
    pub tls_id: u16,
    /// The curve behind an ECDH group (same number as the group).
    pub curve: Option<i32>,
    /// Key type of the shares.
    pub pk: i32,
    /// FFDHE prime size in bits, 0 for curves.
    pub prime_bits: u32,
    pub implemented: bool,
}

pub const INVALID: i32 = 0;
pub const SECP192R1: i32 = curve::SECP192R1;
pub const SECP224R1: i32 = curve::SECP224R1;
pub const SECP256R1: i32 = curve::SECP256R1;
pub const SECP384R1: i32 = curve::SECP384R1;
pub const SECP521R1: i32 = curve::SECP521R1;
pub const X25519: i32 = curve::X25519;
pub const X448: i32 = curve::X448;
pub const GC256A: i32 = curve::GOST256A;
pub const GC256B: i32 = curve::GOST256B;
pub const GC256C: i32 = curve::GOST256C;
pub const GC256D: i32 = curve::GOST256D;
pub const GC512A: i32 = curve::GOST512A;
pub const GC512B: i32 = curve::GOST512B;
pub const GC512C: i32 = curve::GOST512C;
pub const FFDHE2048: i32 = 256;
pub const FFDHE3072: i32 = 257;
pub const FFDHE4096: i32 = 258;
pub const FFDHE8192: i32 = 259;
pub const FFDHE6144: i32 = 260;

const fn ec(id: i32, name: &'static str, tls_id: u16, pk: i32, implemented: bool) -> GroupInfo {
    GroupInfo {
        id,
        name,
        tls_id,
        curve: Some(id),
        pk,
        prime_bits: 0,
        implemented,
    }
}

const fn ff(id: i32, name: &'static str, tls_id: u16, bits: u32) -> GroupInfo {
    GroupInfo {
        id,
        name,
        tls_id,
        curve: None,
        pk: pk::DH,
        prime_bits: bits,
        implemented: false,
    }
}

/// In the order of GnuTLS's `gnutls_group_list()`, then the rest.
#[rustfmt::skip]
pub static GROUPS: &[GroupInfo] = &[
    ec(SECP192R1, "SECP192R1", 19, pk::ECDSA, false),
    ec(SECP224R1, "SECP224R1", 21, pk::ECDSA, false),
    ec(SECP256R1, "SECP256R1", 23, pk::ECDSA, true),
    ec(SECP384R1, "SECP384R1", 24, pk::ECDSA, true),
    ec(SECP521R1, "SECP521R1", 25, pk::ECDSA, false),
    ec(X25519, "X25519", 29, pk::ECDH_X25519, true),
    ec(GC256B, "GC256B", 35, pk::GOST_12_256, false),
    ec(GC512A, "GC512A", 38, pk::GOST_12_512, false),
    ec(X448, "X448", 30, pk::ECDH_X448, false),
    ff(FFDHE2048, "FFDHE2048", 0x0100, 2048),
    ff(FFDHE3072, "FFDHE3072", 0x0101, 3072),
    ff(FFDHE4096, "FFDHE4096", 0x0102, 4096),
    ff(FFDHE6144, "FFDHE6144", 0x0103, 6144),
    ff(FFDHE8192, "FFDHE8192", 0x0104, 8192),
    ec(GC512B, "GC512B", 39, pk::GOST_12_512, false),
    ec(GC512C, "GC512C", 40, pk::GOST_12_512, false),
    ec(GC256A, "GC256A", 34, pk::GOST_12_256, false),
    ec(GC256C, "GC256C", 36, pk::GOST_12_256, false),
    ec(GC256D, "GC256D", 37, pk::GOST_12_256, false),
];

pub fn info(id: i32) -> Option<&'static GroupInfo> {
    GROUPS.iter().find(|e| e.id == id)
}

/// Case-insensitive name lookup over the whole table.
pub fn by_name(name: &str) -> Option<&'static GroupInfo> {
    GROUPS.iter().find(|e| super::name_eq(e.name, name))
}

pub fn by_tls_id(tls_id: u16) -> Option<&'static GroupInfo> {
    GROUPS.iter().find(|e| e.tls_id == tls_id)
}

pub fn implemented() -> impl Iterator<Item = &'static GroupInfo> {
    GROUPS.iter().filter(|e| e.implemented)
}
