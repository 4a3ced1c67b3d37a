//! `gnutls_mac_algorithm_t`.

/// One MAC of the registry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MacInfo {
    pub id: i32,
    /// Name as `gnutls_mac_get_name` returns it.
    pub name: &'static str,
    /// Output length (`gnutls_hmac_get_len`).
    pub output_len: usize,
    /// Nominal key size (`gnutls_hmac_get_key_size`).
    pub key_size: usize,
    /// Nonce size (`gnutls_mac_get_nonce_size`), non-zero for GMAC/UMAC.
    pub nonce_size: usize,
    /// PKCS#5 PRF OID (hmacWithSHAx) where one exists.
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
pub const AEAD: i32 = 200;
pub const UMAC_96: i32 = 201;
pub const UMAC_128: i32 = 202;
pub const AES_CMAC_128: i32 = 203;
pub const AES_CMAC_256: i32 = 204;
pub const AES_GMAC_128: i32 = 205;
pub const AES_GMAC_192: i32 = 206;
pub const AES_GMAC_256: i32 = 207;
pub const GOST28147_TC26Z_IMIT: i32 = 208;
pub const SHAKE_128: i32 = 209;
pub const SHAKE_256: i32 = 210;
pub const MAGMA_OMAC: i32 = 211;
pub const KUZNYECHIK_OMAC: i32 = 212;

#[allow(clippy::too_many_arguments)]
const fn m(
    id: i32,
    name: &'static str,
    len: usize,
    key: usize,
    nonce: usize,
    oid: Option<&'static str>,
    implemented: bool,
) -> MacInfo {
    MacInfo {
        id,
        name,
        output_len: len,
        key_size: key,
        nonce_size: nonce,
        oid,
        implemented,
    }
}

/// In the order of GnuTLS's `gnutls_mac_list()`, then the entries it names but does not list.
#[rustfmt::skip]
pub static MACS: &[MacInfo] = &[
    m(SHA1, "SHA1", 20, 20, 0, Some("1.2.840.113549.2.7"), true),
    m(SHA256, "SHA256", 32, 32, 0, Some("1.2.840.113549.2.9"), true),
    m(SHA384, "SHA384", 48, 48, 0, Some("1.2.840.113549.2.10"), true),
    m(SHA512, "SHA512", 64, 64, 0, Some("1.2.840.113549.2.11"), true),
    m(SHA224, "SHA224", 28, 28, 0, Some("1.2.840.113549.2.8"), true),
    m(UMAC_96, "UMAC-96", 12, 16, 8, None, false),
    m(UMAC_128, "UMAC-128", 16, 16, 8, None, false),
    // Marks a cipher suite whose integrity comes from the AEAD cipher.
    m(AEAD, "AEAD", 0, 0, 0, None, true),
    m(MD5, "MD5", 16, 16, 0, None, true),
    m(GOSTR_94, "GOSTR341194", 32, 32, 0, Some("1.2.643.2.2.10"), false),
    m(STREEBOG_256, "STREEBOG-256", 32, 32, 0, Some("1.2.643.7.1.1.4.1"), false),
    m(STREEBOG_512, "STREEBOG-512", 64, 64, 0, Some("1.2.643.7.1.1.4.2"), false),
    m(AES_CMAC_128, "AES-CMAC-128", 16, 16, 0, None, true),
    m(AES_CMAC_256, "AES-CMAC-256", 16, 32, 0, None, true),
    m(AES_GMAC_128, "AES-GMAC-128", 16, 16, 12, None, true),
    m(AES_GMAC_192, "AES-GMAC-192", 16, 24, 12, None, true),
    m(AES_GMAC_256, "AES-GMAC-256", 16, 32, 12, None, true),
    m(GOST28147_TC26Z_IMIT, "GOST28147-TC26Z-IMIT", 4, 32, 0, None, false),
    m(MAGMA_OMAC, "OMAC-MAGMA", 8, 32, 0, None, false),
    m(KUZNYECHIK_OMAC, "OMAC-KUZNYECHIK", 16, 32, 0, None, false),
    // Named but not available as MACs in GnuTLS either.
    m(NULL, "MAC-NULL", 0, 0, 0, None, false),
    m(RMD160, "RIPEMD160", 20, 20, 0, None, false),
    m(MD2, "MD2", 0, 0, 0, None, false),
    m(SHA3_224, "SHA3-224", 28, 28, 0, None, false),
    m(SHA3_256, "SHA3-256", 32, 32, 0, None, false),
    m(SHA3_384, "SHA3-384", 48, 48, 0, None, false),
    m(SHA3_512, "SHA3-512", 64, 64, 0, None, false),
    m(MD5_SHA1, "MD5+SHA1", 36, 36, 0, None, false),
    m(SHAKE_128, "SHAKE-128", 0, 0, 0, None, false),
    m(SHAKE_256, "SHAKE-256", 0, 0, 0, None, false),
];

pub fn info(id: i32) -> Option<&'static MacInfo> {
    MACS.iter().find(|e| e.id == id)
}

/// Case-insensitive name lookup over the whole table.
pub fn by_name(name: &str) -> Option<&'static MacInfo> {
    MACS.iter().find(|e| super::name_eq(e.name, name))
}

/// `gnutls_oid_to_mac`, restricted to what we implement as GnuTLS restricts to what it has.
pub fn by_oid(oid: &str) -> Option<&'static MacInfo> {
    MACS.iter().find(|e| e.oid == Some(oid))
}

pub fn implemented() -> impl Iterator<Item = &'static MacInfo> {
    MACS.iter().filter(|e| e.implemented)
}
