//! `gnutls_sec_param_t` and the key-size tables behind it.

use super::pk;

/// One security level and the key sizes that reach it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SecParamInfo {
    pub id: i32,
    /// Name as `gnutls_sec_param_get_name` returns it.
    pub name: &'static str,
    pub symmetric_bits: u32,
    /// RSA / DH modulus bits.
    pub pk_bits: u32,
    /// DSA bits (GnuTLS keeps a separate column).
    pub dsa_bits: u32,
    /// Elliptic-curve bits.
    pub ecc_bits: u32,
}

pub const UNKNOWN: i32 = 0;
pub const INSECURE: i32 = 5;
pub const EXPORT: i32 = 10;
pub const VERY_WEAK: i32 = 15;
pub const WEAK: i32 = 20;
pub const LOW: i32 = 25;
pub const LEGACY: i32 = 30;
pub const MEDIUM: i32 = 35;
pub const HIGH: i32 = 40;
pub const ULTRA: i32 = 45;
pub const FUTURE: i32 = 50;

const fn sp(
    id: i32,
    name: &'static str,
    sym: u32,
    pk_bits: u32,
    dsa: u32,
    ecc: u32,
) -> SecParamInfo {
    SecParamInfo {
        id,
        name,
        symmetric_bits: sym,
        pk_bits,
        dsa_bits: dsa,
        ecc_bits: ecc,
    }
}

/// Ascending security; the bit lookups depend on that order.
#[rustfmt::skip]
pub static SEC_PARAMS: &[SecParamInfo] = &[
    sp(INSECURE, "Insecure", 0, 0, 0, 0),
    sp(EXPORT, "Export", 42, 512, 0, 0),
    sp(VERY_WEAK, "Very weak", 64, 767, 0, 0),
    sp(WEAK, "Weak", 72, 1008, 1008, 160),
    sp(LOW, "Low", 80, 1024, 1024, 160),
    sp(LEGACY, "Legacy", 96, 1776, 2048, 192),
    sp(MEDIUM, "Medium", 112, 2048, 2048, 224),
    sp(HIGH, "High", 128, 3072, 3072, 256),
    sp(ULTRA, "Ultra", 192, 8192, 8192, 384),
    sp(FUTURE, "Future", 256, 15360, 15360, 512),
];

pub fn info(id: i32) -> Option<&'static SecParamInfo> {
    SEC_PARAMS.iter().find(|e| e.id == id)
}

/// `gnutls_sec_param_get_name`.
pub fn get_name(id: i32) -> &'static str {
    info(id).map_or("Unknown", |e| e.name)
}

fn uses_ecc(pk_id: i32) -> bool {
    pk::info(pk_id).is_some_and(|p| p.ecc)
}

/// `gnutls_sec_param_to_pk_bits`.
pub fn to_pk_bits(pk_id: i32, param: i32) -> u32 {
    let Some(e) = info(param) else { return 0 };
    if pk_id == pk::DSA {
        e.dsa_bits
    } else if uses_ecc(pk_id) {
        e.ecc_bits
    } else {
        e.pk_bits
    }
}

/// `gnutls_sec_param_to_symmetric_bits`.
pub fn to_symmetric_bits(param: i32) -> u32 {
    info(param).map_or(0, |e| e.symmetric_bits)
}

/// `gnutls_pk_bits_to_sec_param`: the highest level whose size `bits` reaches.
/// DSA is judged on the RSA column, as GnuTLS does.
pub fn from_pk_bits(pk_id: i32, bits: u32) -> i32 {
    if bits == 0 {
        return UNKNOWN;
    }
    let ecc = uses_ecc(pk_id);
    SEC_PARAMS
        .iter()
        .rfind(|e| (if ecc { e.ecc_bits } else { e.pk_bits }) <= bits)
        .map_or(INSECURE, |e| e.id)
}
