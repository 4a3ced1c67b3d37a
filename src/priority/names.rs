//! GnuTLS 3.7.9 algorithm names and ids, as the priority parser needs them.
//!
//! Temporary: these tables move to the shared registry (`crate::algorithms`,
//! branch `crypto`) once it lands; only this file then changes. The rows were
//! recorded from the real library (`gnutls_*_get_name` over all ids, plus
//! whether `gnutls_*_get_id` accepts the name back).

/// One named algorithm: GnuTLS id, canonical name, and whether the library
/// lets a priority string select it by that name (`usable`).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Named {
    pub id: u32,
    pub name: &'static str,
    pub usable: bool,
}

const fn n(id: u32, name: &'static str, usable: bool) -> Named {
    Named { id, name, usable }
}

fn find(table: &'static [Named], name: &str) -> Option<&'static Named> {
    table.iter().find(|e| e.name.eq_ignore_ascii_case(name))
}

pub(crate) static CIPHERS: &[Named] = &[
    n(1, "NULL", true),
    n(2, "ARCFOUR-128", true),
    n(3, "3DES-CBC", true),
    n(4, "AES-128-CBC", true),
    n(5, "AES-256-CBC", true),
    n(6, "ARCFOUR-40", false),
    n(7, "CAMELLIA-128-CBC", true),
    n(8, "CAMELLIA-256-CBC", true),
    n(9, "AES-192-CBC", true),
    n(10, "AES-128-GCM", true),
    n(11, "AES-256-GCM", true),
    n(12, "CAMELLIA-192-CBC", true),
    n(13, "SALSA20-256", true),
    n(14, "ESTREAM-SALSA20-256", true),
    n(15, "CAMELLIA-128-GCM", true),
    n(16, "CAMELLIA-256-GCM", true),
    n(17, "RC2-40", true),
    n(18, "DES-CBC", true),
    n(19, "AES-128-CCM", true),
    n(20, "AES-256-CCM", true),
    n(21, "AES-128-CCM-8", true),
    n(22, "AES-256-CCM-8", true),
    n(23, "CHACHA20-POLY1305", true),
    n(24, "GOST28147-TC26Z-CFB", true),
    n(25, "GOST28147-CPA-CFB", true),
    n(26, "GOST28147-CPB-CFB", true),
    n(27, "GOST28147-CPC-CFB", true),
    n(28, "GOST28147-CPD-CFB", true),
    n(29, "AES-128-CFB8", true),
    n(30, "AES-192-CFB8", true),
    n(31, "AES-256-CFB8", true),
    n(32, "AES-128-XTS", true),
    n(33, "AES-256-XTS", true),
    n(34, "GOST28147-TC26Z-CNT", true),
    n(35, "CHACHA20-64", true),
    n(36, "CHACHA20-32", true),
    n(37, "AES-128-SIV", true),
    n(38, "AES-256-SIV", true),
    n(39, "AES-192-GCM", true),
    n(40, "MAGMA-CTR-ACPKM", true),
    n(41, "KUZNYECHIK-CTR-ACPKM", true),
];

pub(crate) static MACS: &[Named] = &[
    n(1, "MAC-NULL", false),
    n(2, "MD5", true),
    n(3, "SHA1", true),
    n(4, "RIPEMD160", false),
    n(5, "MD2", false),
    n(6, "SHA256", true),
    n(7, "SHA384", true),
    n(8, "SHA512", true),
    n(9, "SHA224", true),
    n(10, "SHA3-224", false),
    n(11, "SHA3-256", false),
    n(12, "SHA3-384", false),
    n(13, "SHA3-512", false),
    n(14, "MD5+SHA1", false),
    n(15, "GOSTR341194", true),
    n(16, "STREEBOG-256", true),
    n(17, "STREEBOG-512", true),
    n(200, "AEAD", true),
    n(201, "UMAC-96", true),
    n(202, "UMAC-128", true),
    n(203, "AES-CMAC-128", true),
    n(204, "AES-CMAC-256", true),
    n(205, "AES-GMAC-128", true),
    n(206, "AES-GMAC-192", true),
    n(207, "AES-GMAC-256", true),
    n(208, "GOST28147-TC26Z-IMIT", true),
    n(209, "SHAKE-128", false),
    n(210, "SHAKE-256", false),
    n(211, "OMAC-MAGMA", true),
    n(212, "OMAC-KUZNYECHIK", true),
];

pub(crate) static KXS: &[Named] = &[
    n(1, "RSA", true),
    n(2, "DHE-DSS", true),
    n(3, "DHE-RSA", true),
    n(4, "ANON-DH", true),
    n(5, "SRP", true),
    n(7, "SRP-RSA", true),
    n(8, "SRP-DSS", true),
    n(9, "PSK", true),
    n(10, "DHE-PSK", true),
    n(11, "ANON-ECDH", true),
    n(12, "ECDHE-RSA", true),
    n(13, "ECDHE-ECDSA", true),
    n(14, "ECDHE-PSK", true),
    n(15, "RSA-PSK", true),
    n(16, "VKO-GOST-12", true),
];

pub(crate) static PROTOCOLS: &[Named] = &[
    n(1, "SSL3.0", true),
    n(2, "TLS1.0", true),
    n(3, "TLS1.1", true),
    n(4, "TLS1.2", true),
    n(5, "TLS1.3", true),
    n(200, "DTLS0.9", true),
    n(201, "DTLS1.0", true),
    n(202, "DTLS1.2", true),
];

pub(crate) static GROUPS: &[Named] = &[
    n(1, "SECP224R1", true),
    n(2, "SECP256R1", true),
    n(3, "SECP384R1", true),
    n(4, "SECP521R1", true),
    n(5, "SECP192R1", true),
    n(6, "X25519", true),
    n(13, "GC512A", true),
    n(14, "GC512B", false),
    n(15, "GC512C", false),
    n(16, "GC256A", false),
    n(17, "GC256B", true),
    n(18, "GC256C", false),
    n(19, "GC256D", false),
    n(20, "X448", true),
    n(256, "FFDHE2048", true),
    n(257, "FFDHE3072", true),
    n(258, "FFDHE4096", true),
    n(259, "FFDHE8192", true),
    n(260, "FFDHE6144", true),
];

pub(crate) static CURVES: &[Named] = &[
    n(1, "SECP224R1", true),
    n(2, "SECP256R1", true),
    n(3, "SECP384R1", true),
    n(4, "SECP521R1", true),
    n(5, "SECP192R1", true),
    n(6, "X25519", true),
    n(7, "Ed25519", true),
    n(8, "CryptoPro-A", true),
    n(9, "CryptoPro-B", false),
    n(10, "CryptoPro-C", false),
    n(11, "CryptoPro-XchA", true),
    n(12, "CryptoPro-XchB", false),
    n(13, "TC26-512-A", true),
    n(14, "TC26-512-B", false),
    n(15, "TC26-512-C", false),
    n(16, "TC26-256-A", false),
    n(17, "TC26-256-B", true),
    n(18, "TC26-256-C", false),
    n(19, "TC26-256-D", false),
    n(20, "X448", true),
    n(21, "Ed448", true),
];

pub(crate) static SIGNS: &[Named] = &[
    n(1, "RSA-SHA1", true),
    n(2, "DSA-SHA1", true),
    n(3, "RSA-MD5", true),
    n(4, "RSA-MD2", true),
    n(5, "RSA-RMD160", true),
    n(6, "RSA-SHA256", true),
    n(7, "RSA-SHA384", true),
    n(8, "RSA-SHA512", true),
    n(9, "RSA-SHA224", true),
    n(10, "DSA-SHA224", true),
    n(11, "DSA-SHA256", true),
    n(12, "ECDSA-SHA1", true),
    n(13, "ECDSA-SHA224", true),
    n(14, "ECDSA-SHA256", true),
    n(15, "ECDSA-SHA384", true),
    n(16, "ECDSA-SHA512", true),
    n(17, "DSA-SHA384", true),
    n(18, "DSA-SHA512", true),
    n(20, "ECDSA-SHA3-224", true),
    n(21, "ECDSA-SHA3-256", true),
    n(22, "ECDSA-SHA3-384", true),
    n(23, "ECDSA-SHA3-512", true),
    n(24, "DSA-SHA3-224", true),
    n(25, "DSA-SHA3-256", true),
    n(26, "DSA-SHA3-384", true),
    n(27, "DSA-SHA3-512", true),
    n(28, "RSA-SHA3-224", true),
    n(29, "RSA-SHA3-256", true),
    n(30, "RSA-SHA3-384", true),
    n(31, "RSA-SHA3-512", true),
    n(32, "RSA-PSS-SHA256", true),
    n(33, "RSA-PSS-SHA384", true),
    n(34, "RSA-PSS-SHA512", true),
    n(35, "EdDSA-Ed25519", true),
    n(36, "RSA-RAW", true),
    n(37, "ECDSA-SECP256R1-SHA256", true),
    n(38, "ECDSA-SECP384R1-SHA384", true),
    n(39, "ECDSA-SECP521R1-SHA512", true),
    n(40, "RSA-PSS-RSAE-SHA256", true),
    n(41, "RSA-PSS-RSAE-SHA384", true),
    n(42, "RSA-PSS-RSAE-SHA512", true),
    n(43, "GOSTR341001", true),
    n(44, "GOSTR341012-256", true),
    n(45, "GOSTR341012-512", true),
    n(46, "EdDSA-Ed448", true),
];

/// Cipher by name; `usable` is false when the library knows the name but has
/// no implementation (then the priority token is accepted and ignored).
pub(crate) fn cipher(name: &str) -> Option<&'static Named> {
    find(CIPHERS, name)
}

/// MAC by name; names the library cannot use do not match at all.
pub(crate) fn mac(name: &str) -> Option<u32> {
    find(MACS, name).filter(|e| e.usable).map(|e| e.id)
}

/// Key exchange by name. `Some(None)` is a legacy name that is accepted but
/// selects nothing (RSA-EXPORT).
pub(crate) fn kx(name: &str) -> Option<Option<u32>> {
    if name.eq_ignore_ascii_case("RSA-EXPORT") {
        return Some(None);
    }
    find(KXS, name).map(|e| Some(e.id))
}

pub(crate) fn protocol(name: &str) -> Option<u32> {
    find(PROTOCOLS, name).map(|e| e.id)
}

/// Group by name (GROUP-xxx): any known name, supported or not.
pub(crate) fn group(name: &str) -> Option<u32> {
    find(GROUPS, name).map(|e| e.id)
}

/// Curve by name (CURVE-xxx): only curves the library can use.
pub(crate) fn curve(name: &str) -> Option<u32> {
    find(CURVES, name).filter(|e| e.usable).map(|e| e.id)
}

pub(crate) fn sign(name: &str) -> Option<u32> {
    find(SIGNS, name).map(|e| e.id)
}

/// Certificate type names accepted after CTYPE-.
pub(crate) fn cert_type(name: &str) -> Option<u32> {
    if name.eq_ignore_ascii_case("X.509") || name.eq_ignore_ascii_case("X509") {
        Some(super::ids::CRT_X509)
    } else if name.eq_ignore_ascii_case("RAWPK") {
        Some(super::ids::CRT_RAWPK)
    } else {
        None
    }
}
