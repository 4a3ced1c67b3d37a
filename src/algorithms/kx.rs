//! `gnutls_kx_algorithm_t`.

/// One key exchange of the registry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KxInfo {
    pub id: i32,
    /// Name as `gnutls_kx_get_name` returns it.
    pub name: &'static str,
    /// Whether our TLS stack (rustls) can negotiate it.
    pub implemented: bool,
}

pub const UNKNOWN: i32 = 0;
pub const RSA: i32 = 1;
pub const DHE_DSS: i32 = 2;
pub const DHE_RSA: i32 = 3;
pub const ANON_DH: i32 = 4;
pub const SRP: i32 = 5;
pub const RSA_EXPORT: i32 = 6;
pub const SRP_RSA: i32 = 7;
pub const SRP_DSS: i32 = 8;
pub const PSK: i32 = 9;
pub const DHE_PSK: i32 = 10;
pub const ANON_ECDH: i32 = 11;
pub const ECDHE_RSA: i32 = 12;
pub const ECDHE_ECDSA: i32 = 13;
pub const ECDHE_PSK: i32 = 14;
pub const RSA_PSK: i32 = 15;
pub const VKO_GOST_12: i32 = 16;
/// GNUTLS_KX_INVALID: GnuTLS still names it "RSA-EXPORT" and ends its list with it.
pub const INVALID: i32 = -1;

const fn k(id: i32, name: &'static str, implemented: bool) -> KxInfo {
    KxInfo {
        id,
        name,
        implemented,
    }
}

/// In the order of GnuTLS's `gnutls_kx_list()`. RSA_EXPORT (6) has no entry: GnuTLS 3.7
/// dropped it, keeping only its name under the invalid id.
#[rustfmt::skip]
pub static KXS: &[KxInfo] = &[
    k(ECDHE_RSA, "ECDHE-RSA", true),
    k(ECDHE_ECDSA, "ECDHE-ECDSA", true),
    k(RSA, "RSA", false),
    k(DHE_RSA, "DHE-RSA", false),
    k(DHE_DSS, "DHE-DSS", false),
    k(PSK, "PSK", false),
    k(RSA_PSK, "RSA-PSK", false),
    k(DHE_PSK, "DHE-PSK", false),
    k(ECDHE_PSK, "ECDHE-PSK", false),
    k(SRP_DSS, "SRP-DSS", false),
    k(SRP_RSA, "SRP-RSA", false),
    k(SRP, "SRP", false),
    k(ANON_DH, "ANON-DH", false),
    k(ANON_ECDH, "ANON-ECDH", false),
    k(VKO_GOST_12, "VKO-GOST-12", false),
    k(INVALID, "RSA-EXPORT", false),
];

pub fn info(id: i32) -> Option<&'static KxInfo> {
    KXS.iter().find(|e| e.id == id)
}

/// Case-insensitive name lookup over the whole table.
pub fn by_name(name: &str) -> Option<&'static KxInfo> {
    KXS.iter().find(|e| super::name_eq(e.name, name))
}

pub fn implemented() -> impl Iterator<Item = &'static KxInfo> {
    KXS.iter().filter(|e| e.implemented)
}
