//! `gnutls_digest_algorithm_t` (same numbers as the MACs they are built on).

/// One hash of the registry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DigestInfo {
    pub id: i32,
    /// Name as `gnutls_digest_get_name` returns it.
    pub name: &'static str,
    /// Output length (`gnutls_hash_get_len`); 0 for the SHAKE XOFs, as in GnuTLS.
    pub output_len: usize,
    /// Internal block size (HMAC, PBKDF2).
    pub block_size: usize,
    /// Algorithm OID (`gnutls_digest_get_oid`).
    pub oid: Option<&'static str>,
    pub implemented: bool,
}

pub const UNKNOWN: i32 = 0;
pub const NULL: i32 = 1;
pub const MD5: i32 = 2;
pub const SHA1: i32 = 3;
pub const RMD160: i32 = 4;
pub const MD2: i32 = 5;
pub const SHA256: i32 = 6;
pub const SHA384: i32 = 7;
pub const SHA512: i32 = 8;
pub const SHA224: i32 = 9;
pub const SHA3_224: i32 = 10;
pub const SHA3_256: i32 = 11;
pub const SHA3_384: i32 = 12;
pub const SHA3_512: i32 = 13;
pub const MD5_SHA1: i32 = 14;
pub const GOSTR_94: i32 = 15;
pub const STREEBOG_256: i32 = 16;
pub const STREEBOG_512: i32 = 17;
pub const SHAKE_128: i32 = 209;
pub const SHAKE_256: i32 = 210;

const fn d(
    id: i32,
    name: &'static str,
    len: usize,
    block: usize,
    oid: &'static str,
    implemented: bool,
) -> DigestInfo {
    DigestInfo {
        id,
        name,
        output_len: len,
        block_size: block,
        oid: Some(oid),
        implemented,
    }
}

/// In the order of GnuTLS's `gnutls_digest_list()`, then the rest.
#[rustfmt::skip]
pub static DIGESTS: &[DigestInfo] = &[
    d(SHA1, "SHA1", 20, 64, "1.3.14.3.2.26", true),
    d(SHA256, "SHA256", 32, 64, "2.16.840.1.101.3.4.2.1", true),
    d(SHA384, "SHA384", 48, 128, "2.16.840.1.101.3.4.2.2", true),
    d(SHA512, "SHA512", 64, 128, "2.16.840.1.101.3.4.2.3", true),
    d(SHA224, "SHA224", 28, 64, "2.16.840.1.101.3.4.2.4", true),
    // GnuTLS 3.7.9 computes SHA3 and SHAKE but leaves them out of its list.
    d(SHA3_224, "SHA3-224", 28, 144, "2.16.840.1.101.3.4.2.7", true),
    d(SHA3_256, "SHA3-256", 32, 136, "2.16.840.1.101.3.4.2.8", true),
    d(SHA3_384, "SHA3-384", 48, 104, "2.16.840.1.101.3.4.2.9", true),
    d(SHA3_512, "SHA3-512", 64, 72, "2.16.840.1.101.3.4.2.10", true),
    d(MD5, "MD5", 16, 64, "1.2.840.113549.2.5", true),
    d(GOSTR_94, "GOSTR341194", 32, 32, "1.2.643.2.2.9", false),
    d(STREEBOG_256, "STREEBOG-256", 32, 64, "1.2.643.7.1.1.2.2", false),
    d(STREEBOG_512, "STREEBOG-512", 64, 64, "1.2.643.7.1.1.2.3", false),
    d(RMD160, "RIPEMD160", 20, 64, "1.3.36.3.2.1", false),
    d(MD2, "MD2", 0, 16, "1.2.840.113549.2.2", false),
    d(SHAKE_128, "SHAKE-128", 0, 168, "2.16.840.1.101.3.4.2.11", true),
    d(SHAKE_256, "SHAKE-256", 0, 136, "2.16.840.1.101.3.4.2.12", true),
];

pub fn info(id: i32) -> Option<&'static DigestInfo> {
    DIGESTS.iter().find(|e| e.id == id)
}

/// Case-insensitive name lookup over the whole table.
pub fn by_name(name: &str) -> Option<&'static DigestInfo> {
    DIGESTS.iter().find(|e| super::name_eq(e.name, name))
}

/// `gnutls_oid_to_digest` over the whole table.
pub fn by_oid(oid: &str) -> Option<&'static DigestInfo> {
    DIGESTS.iter().find(|e| e.oid == Some(oid))
}

/// What rgnutls can hash. Unlike GnuTLS's list this includes SHA3/SHAKE.
pub fn implemented() -> impl Iterator<Item = &'static DigestInfo> {
    DIGESTS.iter().filter(|e| e.implemented)
}
