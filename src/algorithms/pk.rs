//! `gnutls_pk_algorithm_t`.

/// One public-key algorithm of the registry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PkInfo {
    pub id: i32,
    /// Name as `gnutls_pk_get_name` returns it.
    pub name: &'static str,
    /// SubjectPublicKeyInfo algorithm OID (`gnutls_pk_get_oid`).
    pub oid: Option<&'static str>,
    /// Whether the key type uses the ECC columns of the security-parameter table.
    pub ecc: bool,
    pub implemented: bool,
}

pub const UNKNOWN: i32 = 0;
pub const RSA: i32 = 1;
pub const DSA: i32 = 2;
pub const DH: i32 = 3;
pub const ECDSA: i32 = 4;
pub const ECDH_X25519: i32 = 5;
pub const RSA_PSS: i32 = 6;
pub const EDDSA_ED25519: i32 = 7;
pub const GOST_01: i32 = 8;
pub const GOST_12_256: i32 = 9;
pub const GOST_12_512: i32 = 10;
pub const ECDH_X448: i32 = 11;
pub const EDDSA_ED448: i32 = 12;

const fn p(
    id: i32,
    name: &'static str,
    oid: Option<&'static str>,
    ecc: bool,
    implemented: bool,
) -> PkInfo {
    PkInfo {
        id,
        name,
        oid,
        ecc,
        implemented,
    }
}

/// In the order of GnuTLS's `gnutls_pk_list()` (without its duplicate RSA alias).
#[rustfmt::skip]
pub static PKS: &[PkInfo] = &[
    p(RSA, "RSA", Some("1.2.840.113549.1.1.1"), false, true),
    p(RSA_PSS, "RSA-PSS", Some("1.2.840.113549.1.1.10"), false, false),
    p(DSA, "DSA", Some("1.2.840.10040.4.1"), false, false),
    p(GOST_12_512, "GOST R 34.10-2012-512", Some("1.2.643.7.1.1.1.2"), true, false),
    p(GOST_12_256, "GOST R 34.10-2012-256", Some("1.2.643.7.1.1.1.1"), true, false),
    p(GOST_01, "GOST R 34.10-2001", Some("1.2.643.2.2.19"), true, false),
    p(ECDSA, "EC/ECDSA", Some("1.2.840.10045.2.1"), true, true),
    p(EDDSA_ED25519, "EdDSA (Ed25519)", Some("1.3.101.112"), true, true),
    p(EDDSA_ED448, "EdDSA (Ed448)", Some("1.3.101.113"), true, false),
    p(DH, "DH", None, false, false),
    p(ECDH_X25519, "ECDH (X25519)", Some("1.3.101.110"), true, true),
    p(ECDH_X448, "ECDH (X448)", Some("1.3.101.111"), true, false),
];

/// Extra spellings GnuTLS accepts for RSA: a name for `gnutls_pk_get_id`
/// and the X.500 rsa OID for `gnutls_oid_to_pk`.
const RSA_ALIAS_NAME: &str = "RSA (X.509)";
const RSA_ALIAS_OID: &str = "2.5.8.1.1";
/// GnuTLS names the unknown id after GOST R 34.10-94, which it otherwise does not know.
const UNKNOWN_ID_NAME: &str = "GOST R 34.10-94";

pub fn info(id: i32) -> Option<&'static PkInfo> {
    PKS.iter().find(|e| e.id == id)
}

/// Name lookup. Unlike the other families GnuTLS matches these names case-sensitively.
pub fn by_name(name: &str) -> Option<&'static PkInfo> {
    if name == RSA_ALIAS_NAME {
        return info(RSA);
    }
    PKS.iter().find(|e| e.name == name)
}

/// `gnutls_oid_to_pk` over the whole table.
pub fn by_oid(oid: &str) -> Option<&'static PkInfo> {
    if oid == RSA_ALIAS_OID {
        return info(RSA);
    }
    PKS.iter().find(|e| e.oid == Some(oid))
}

/// `gnutls_pk_algorithm_get_name`: `None` for ids GnuTLS does not know.
pub fn algorithm_get_name(id: i32) -> Option<&'static str> {
    if id == UNKNOWN {
        return Some(UNKNOWN_ID_NAME);
    }
    info(id).map(|e| e.name)
}

/// `gnutls_pk_get_name`: like [`algorithm_get_name`] but never `None`.
pub fn get_name(id: i32) -> &'static str {
    algorithm_get_name(id).unwrap_or("Unknown")
}

pub fn implemented() -> impl Iterator<Item = &'static PkInfo> {
    PKS.iter().filter(|e| e.implemented)
}
