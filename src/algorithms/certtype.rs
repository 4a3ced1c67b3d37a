//! `gnutls_certificate_type_t`.

/// One certificate type of the registry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CertTypeInfo {
    pub id: i32,
    /// Name as `gnutls_certificate_type_get_name` returns it.
    pub name: &'static str,
    /// Spellings `gnutls_certificate_type_get_id` accepts (it does not accept `name` for RPK).
    pub id_names: &'static [&'static str],
    pub implemented: bool,
}

pub const UNKNOWN: i32 = 0;
pub const X509: i32 = 1;
pub const OPENPGP: i32 = 2;
pub const RAWPK: i32 = 3;

#[rustfmt::skip]
pub static CERT_TYPES: &[CertTypeInfo] = &[
    CertTypeInfo { id: X509, name: "X.509", id_names: &["X.509", "X509"], implemented: true },
    CertTypeInfo { id: RAWPK, name: "Raw Public Key", id_names: &["RAWPK", "RawPK"], implemented: true },
];

pub fn info(id: i32) -> Option<&'static CertTypeInfo> {
    CERT_TYPES.iter().find(|e| e.id == id)
}

/// `gnutls_certificate_type_get_id`: case-insensitive over the accepted spellings.
pub fn by_name(name: &str) -> Option<&'static CertTypeInfo> {
    CERT_TYPES
        .iter()
        .find(|e| e.id_names.iter().any(|n| super::name_eq(n, name)))
}

pub fn implemented() -> impl Iterator<Item = &'static CertTypeInfo> {
    CERT_TYPES.iter().filter(|e| e.implemented)
}
